// With cicu_normalizer.cpp, the only files in Sangam that include ICU headers. Keep it a thin, mechanical wrapper:
// policy (which forms, which locales, what to do on error) lives in Swift.

#include "cicu_shim.h"

#include <stdio.h>
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uclean.h>
#include <unicode/uloc.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

const char *cicu_error_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}

const char *cicu_version(void) {
    static char text[U_MAX_VERSION_STRING_LENGTH];
    if (text[0] == 0) {
        UVersionInfo info;
        u_getVersion(info);
        u_versionToString(info, text);
    }
    return text;
}

// Normalisation lives in cicu_normalizer.cpp: ICU's UTF-8 normaliser is C++ only.

// MARK: Scripts

int32_t cicu_script_of(uint32_t codePoint) {
    UErrorCode code = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)codePoint, &code);
    return U_SUCCESS(code) ? (int32_t)script : -1;
}

const char *cicu_script_code(int32_t script) {
    const char *name = uscript_getShortName((UScriptCode)script);
    return name ? name : "Zzzz";
}

// MARK: Break iteration

struct CICUBreakIterator {
    UBreakIterator *iterator;
};

CICUBreakIterator *cicu_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    UBreakIteratorType type = kind == CICU_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &code);
    CICUBreakIterator *result = NULL;
    if (U_SUCCESS(code)) {
        result = calloc(1, sizeof *result);
        if (result) {
            result->iterator = iterator;
        } else {
            ubrk_close(iterator);
            code = U_MEMORY_ALLOCATION_ERROR;
        }
    }
    *status = (int32_t)code;
    return result;
}

void cicu_break_set_text(CICUBreakIterator *iterator,
                         const uint8_t *utf8, int64_t length,
                         int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    // A UText on the stack: the break iterator keeps its own shallow clone of it (which points
    // at the caller's bytes), so nothing outlives this call but that clone.
    UText text = UTEXT_INITIALIZER;
    utext_openUTF8(&text, (const char *)utf8, length, &code);
    if (U_SUCCESS(code)) {
        ubrk_setUText(iterator->iterator, &text, &code);
    }
    utext_close(&text);
    *status = (int32_t)code;
}

int64_t cicu_break_next(CICUBreakIterator *iterator) {
    int32_t boundary = ubrk_next(iterator->iterator);
    if (boundary == UBRK_DONE) {
        return CICU_BREAK_DONE;
    }
    // With UTF-8 UText, ICU's indexes are native, i.e. byte offsets.
    return (int64_t)boundary;
}

int32_t cicu_break_rule_status(const CICUBreakIterator *iterator) {
    return ubrk_getRuleStatus((UBreakIterator *)iterator->iterator);
}

void cicu_break_close(CICUBreakIterator *iterator) {
    if (!iterator) {
        return;
    }
    ubrk_close(iterator->iterator);
    free(iterator);
}

// MARK: Transliteration

struct CICUTransliterator {
    UTransliterator *transliterator;
};

CICUTransliterator *cicu_translit_open(const uint16_t *id, int32_t idLength,
                                       const uint16_t *rules, int32_t rulesLength,
                                       int32_t *errorLine, int32_t *errorOffset,
                                       int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    UParseError parseError = {0};
    parseError.line = -1;
    parseError.offset = -1;
    UTransliterator *transliterator =
        utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD,
                     (const UChar *)rules, rules ? rulesLength : 0, &parseError, &code);
    if (errorLine) {
        *errorLine = parseError.line;
    }
    if (errorOffset) {
        *errorOffset = parseError.offset;
    }
    CICUTransliterator *result = NULL;
    if (U_SUCCESS(code)) {
        result = calloc(1, sizeof *result);
        if (result) {
            result->transliterator = transliterator;
        } else {
            utrans_close(transliterator);
            code = U_MEMORY_ALLOCATION_ERROR;
        }
    }
    *status = (int32_t)code;
    return result;
}

int32_t cicu_translit_apply(const CICUTransliterator *transliterator,
                            uint16_t *buffer, int32_t length, int32_t capacity,
                            int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars(transliterator->transliterator, (UChar *)buffer, &textLength, capacity,
                       0, &limit, &code);
    if (U_SUCCESS(code) && textLength > capacity) {
        code = U_BUFFER_OVERFLOW_ERROR;
    }
    *status = (int32_t)code;
    return textLength;
}

void cicu_translit_close(CICUTransliterator *transliterator) {
    if (!transliterator) {
        return;
    }
    utrans_close(transliterator->transliterator);
    free(transliterator);
}

// MARK: Locale display names

const char *const *cicu_iso_codes(int32_t kind) {
    return kind == CICU_CODES_COUNTRIES ? uloc_getISOCountries() : uloc_getISOLanguages();
}

int32_t cicu_display_name(int32_t kind, const char *code, const char *displayLocale,
                          uint16_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode code_ = U_ZERO_ERROR;
    int32_t length;
    if (kind == CICU_CODES_COUNTRIES) {
        char locale[16];
        snprintf(locale, sizeof locale, "und_%s", code);
        length = uloc_getDisplayCountry(locale, displayLocale, (UChar *)destination, capacity, &code_);
    } else {
        length = uloc_getDisplayLanguage(code, displayLocale, (UChar *)destination, capacity, &code_);
    }
    *status = (int32_t)code_;
    return length;
}
