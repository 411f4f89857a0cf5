#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "csystem_shim.h"

int32_t csystem_syncfs(int32_t descriptor) {
#ifdef __linux__
    return syncfs(descriptor);
#else
    (void)descriptor;
    errno = ENOSYS;
    return -1;
#endif
}

int32_t csystem_contains(const uint8_t *haystack, size_t haystack_count, const uint8_t *needle, size_t needle_count) {
    return memmem(haystack, haystack_count, needle, needle_count) != NULL;
}
