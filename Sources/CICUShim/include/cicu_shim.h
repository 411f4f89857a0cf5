// CICUShim: the part of ICU that Sangam uses, behind plain C types.
//
// ICU's own headers are included only in cicu_shim.c: exposing them to Swift would clash with
// the ICU that Foundation bundles (duplicate `UErrorCode` at the Clang-module level) and would
// tie callers to ICU's version-suffixed symbol names (`ubrk_open_72`).
//
// Conventions: text crosses as UTF-16 (`uint16_t`) or UTF-8 (`uint8_t`) buffers with explicit
// lengths; every call that can fail takes `int32_t *status`, which must be 0 on entry and is an
// ICU UErrorCode on return (> 0 is an error, < 0 a warning). `cicu_error_name` names it.

#ifndef CICU_SHIM_H
#define CICU_SHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: Errors

/// ICU's symbolic name for a status code, such as "U_BUFFER_OVERFLOW_ERROR". Never NULL.
const char *cicu_error_name(int32_t status);

/// The ICU version this process is running against, such as "72.1". Never NULL.
const char *cicu_version(void);

// MARK: Normalisation

/// Normalisation forms the shim exposes.
enum {
    CICU_FORM_NFC = 0,
    CICU_FORM_NFKC_CASEFOLD = 1,
};

/// Normalises UTF-8 `source` into `destination`; returns the length of the result in bytes.
/// If the result does not fit, status is U_BUFFER_OVERFLOW_ERROR and the return value is the
/// capacity needed. Works on UTF-8 directly (no UTF-16 round trip); the source must be valid.
int32_t cicu_normalize_utf8(int32_t form,
                            const uint8_t *source, int32_t sourceLength,
                            uint8_t *destination, int32_t capacity,
                            int32_t *status);

/// 1 when UTF-8 `source` is already in `form` (normalising would not change it), else 0.
int32_t cicu_is_normalized_utf8(int32_t form,
                                const uint8_t *source, int32_t sourceLength,
                                int32_t *status);

// MARK: Scripts

/// The ICU script code (UScriptCode) of a code point: 0 Common, 1 Inherited, 10 Devanagari,
/// 25 Latin, and so on. Returns -1 for an invalid code point.
int32_t cicu_script_of(uint32_t codePoint);

/// ICU's four-letter ISO 15924 code of a script code, such as "Deva". Never NULL.
const char *cicu_script_code(int32_t script);

// MARK: Break iteration

/// A break iterator over UTF-8 text. Opaque; one thread at a time.
typedef struct CICUBreakIterator CICUBreakIterator;

enum {
    CICU_BREAK_WORD = 1,
    CICU_BREAK_SENTENCE = 3,
};

/// The sentinel returned by `cicu_break_next` when the text is exhausted.
#define CICU_BREAK_DONE (-1)

/// Opens a word or sentence break iterator with the rules of `locale` ("en", "hi", ...).
/// Returns NULL on failure, with status set.
CICUBreakIterator *cicu_break_open(int32_t kind, const char *locale, int32_t *status);

/// Points the iterator at UTF-8 text. The bytes are not copied: they must stay valid and
/// unchanged until the next `cicu_break_set_text` or `cicu_break_close`.
void cicu_break_set_text(CICUBreakIterator *iterator,
                         const uint8_t *utf8, int64_t length,
                         int32_t *status);

/// The next boundary as a UTF-8 byte offset, or CICU_BREAK_DONE.
int64_t cicu_break_next(CICUBreakIterator *iterator);

/// The rule status of the boundary last returned: for word iterators 0 means the segment
/// before it was not a word (spaces, punctuation), 100–199 a number, 200–499 a word.
int32_t cicu_break_rule_status(const CICUBreakIterator *iterator);

void cicu_break_close(CICUBreakIterator *iterator);

// MARK: Transliteration

/// A compiled ICU transliterator. Opaque; one thread at a time.
typedef struct CICUTransliterator CICUTransliterator;

/// Opens a transliterator. With `rules` NULL, `id` names a system transform
/// ("Devanagari-Latin", "Any-NFC; Latin-ASCII"); with rules, `id` is the new transform's name.
/// On a rule syntax error, status is set and `errorLine`/`errorOffset` locate it (or -1).
/// Returns NULL on failure.
CICUTransliterator *cicu_translit_open(const uint16_t *id, int32_t idLength,
                                       const uint16_t *rules, int32_t rulesLength,
                                       int32_t *errorLine, int32_t *errorOffset,
                                       int32_t *status);

/// Transliterates `buffer[0..<length]` in place; returns the new length. If the result would
/// exceed `capacity`, status is U_BUFFER_OVERFLOW_ERROR, the buffer holds a truncated result
/// (retry from a copy of the input) and the return value is the capacity needed.
int32_t cicu_translit_apply(const CICUTransliterator *transliterator,
                            uint16_t *buffer, int32_t length, int32_t capacity,
                            int32_t *status);

void cicu_translit_close(CICUTransliterator *transliterator);


// MARK: Locale display names

/// ICU's list of ISO codes: `CICU_CODES_COUNTRIES` (two-letter region codes) or
/// `CICU_CODES_LANGUAGES` (language codes). NULL-terminated, owned by ICU, never freed.
enum {
    CICU_CODES_COUNTRIES = 0,
    CICU_CODES_LANGUAGES = 1,
};
const char *const *cicu_iso_codes(int32_t kind);

/// The display name of a country (`kind` CICU_CODES_COUNTRIES, `code` such as "IN") or a
/// language ("hi") in `displayLocale` ("en", "hi"), as UTF-16 in `destination`. Returns the
/// name's length; `*status` is positive on failure, and `U_USING_DEFAULT_WARNING` (-127) when
/// ICU has no name and fell back to the code itself.
int32_t cicu_display_name(int32_t kind, const char *code, const char *displayLocale,
                          uint16_t *destination, int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
