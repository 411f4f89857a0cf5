// CZlibShim: gzip decompression from zlib (Debian zlib1g-dev), behind plain C types, for reading
// dictd's `.dict.dz` files (dictzip is gzip with an index in the header's extra field).

#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Decompresses a whole gzip stream (members concatenated are read in turn).
/// On success returns 0 and sets `*output` to a malloc'd buffer of `*outputLength` bytes that the
/// caller frees with `czlib_free`; on failure returns zlib's (negative) error code and sets nothing.
int32_t czlib_gunzip(const uint8_t *input, size_t inputLength, uint8_t **output, size_t *outputLength);

/// Frees a buffer returned by `czlib_gunzip`.
void czlib_free(uint8_t *buffer);

#ifdef __cplusplus
}
#endif

#endif
