// The only file in Sangam that includes zlib's header. A thin, mechanical wrapper.

#include "czlib_shim.h"

#include <stdlib.h>
#include <zlib.h>

int32_t czlib_gunzip(const uint8_t *input, size_t inputLength, uint8_t **output, size_t *outputLength) {
    z_stream stream = {0};
    // 16 + MAX_WBITS: expect a gzip header (and skip its extra field, where dictzip keeps its index).
    int result = inflateInit2(&stream, 16 + MAX_WBITS);
    if (result != Z_OK) return result;
    size_t capacity = inputLength * 4 + 1024;
    uint8_t *buffer = malloc(capacity);
    if (!buffer) { inflateEnd(&stream); return Z_MEM_ERROR; }
    stream.next_in = (Bytef *)input;
    stream.avail_in = (uInt)inputLength;
    size_t length = 0;
    for (;;) {
        if (length == capacity) {
            capacity *= 2;
            uint8_t *grown = realloc(buffer, capacity);
            if (!grown) { free(buffer); inflateEnd(&stream); return Z_MEM_ERROR; }
            buffer = grown;
        }
        stream.next_out = buffer + length;
        stream.avail_out = (uInt)(capacity - length);
        result = inflate(&stream, Z_NO_FLUSH);
        length = capacity - stream.avail_out;
        if (result == Z_STREAM_END) {
            if (stream.avail_in == 0) break;
            // Another gzip member follows.
            result = inflateReset(&stream);
            if (result != Z_OK) break;
            continue;
        }
        if (result != Z_OK) break;
    }
    inflateEnd(&stream);
    if (result != Z_STREAM_END && result != Z_OK) { free(buffer); return result == Z_BUF_ERROR ? Z_DATA_ERROR : result; }
    *output = buffer;
    *outputLength = length;
    return 0;
}

void czlib_free(uint8_t *buffer) {
    free(buffer);
}
