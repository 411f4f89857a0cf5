// CSystemShim: a Linux system call and a GNU function that Swift's Glibc module does not export.

#ifndef CSYSTEM_SHIM_H
#define CSYSTEM_SHIM_H

#ifdef __cplusplus
extern "C" {
#endif

#include <stddef.h>
#include <stdint.h>

/// Flushes to disk everything written to the file system that holds the open file `descriptor`
/// (Linux `syncfs`), reporting write-back errors since `descriptor` was opened. Returns 0, or -1
/// with `errno` set: `ENOSYS` where there is no `syncfs` (callers then sync file by file).
int32_t csystem_syncfs(int32_t descriptor);

/// Whether `needle` occurs in `haystack` (GNU `memmem`): 1 or 0.
int32_t csystem_contains(const uint8_t *haystack, size_t haystack_count, const uint8_t *needle, size_t needle_count);

#ifdef __cplusplus
}
#endif

#endif
