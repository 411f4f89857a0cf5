// CSystemShim: a Linux system call that Swift's Glibc module does not export.

#ifndef CSYSTEM_SHIM_H
#define CSYSTEM_SHIM_H

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>

/// Flushes to disk everything written to the file system that holds the open file `descriptor`
/// (Linux `syncfs`), reporting write-back errors since `descriptor` was opened. Returns 0, or -1
/// with `errno` set: `ENOSYS` where there is no `syncfs` (callers then sync file by file).
int32_t csystem_syncfs(int32_t descriptor);

#ifdef __cplusplus
}
#endif

#endif
