// Normalisation over UTF-8. ICU's C API (unorm2) takes only UTF-16, which would cost Sangam
// two transcodings per line; the C++ Normalizer2 works on UTF-8 in place. Exposed as plain C.

#include "cicu_shim.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

namespace {

const icu::Normalizer2 *normalizer_for(int32_t form, UErrorCode &status) {
    switch (form) {
    case CICU_FORM_NFC: return icu::Normalizer2::getNFCInstance(status);
    case CICU_FORM_NFKC_CASEFOLD: return icu::Normalizer2::getNFKCCasefoldInstance(status);
    default:
        status = U_ILLEGAL_ARGUMENT_ERROR;
        return nullptr;
    }
}

icu::StringPiece piece(const uint8_t *source, int32_t length) {
    return icu::StringPiece(reinterpret_cast<const char *>(source), length);
}

}  // namespace

extern "C" int32_t cicu_normalize_utf8(int32_t form,
                                       const uint8_t *source, int32_t sourceLength,
                                       uint8_t *destination, int32_t capacity,
                                       int32_t *status) {
    UErrorCode code = static_cast<UErrorCode>(*status);
    const icu::Normalizer2 *normalizer = normalizer_for(form, code);
    int32_t length = 0;
    if (U_SUCCESS(code)) {
        icu::CheckedArrayByteSink sink(reinterpret_cast<char *>(destination), capacity);
        normalizer->normalizeUTF8(0, piece(source, sourceLength), sink, nullptr, code);
        length = sink.NumberOfBytesAppended();
        if (U_SUCCESS(code) && sink.Overflowed()) {
            code = U_BUFFER_OVERFLOW_ERROR;
        }
    }
    *status = static_cast<int32_t>(code);
    return length;
}

extern "C" int32_t cicu_is_normalized_utf8(int32_t form,
                                           const uint8_t *source, int32_t sourceLength,
                                           int32_t *status) {
    UErrorCode code = static_cast<UErrorCode>(*status);
    const icu::Normalizer2 *normalizer = normalizer_for(form, code);
    UBool normalized = false;
    if (U_SUCCESS(code)) {
        normalized = normalizer->isNormalizedUTF8(piece(source, sourceLength), code);
    }
    *status = static_cast<int32_t>(code);
    return normalized ? 1 : 0;
}
