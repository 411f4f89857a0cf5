// CSystemShim: Linux system calls that Swift's Glibc module does not export.

#ifndef CSYSTEM_SHIM_H
#define CSYSTEM_SHIM_H

#ifdef __cplusplus
extern "C" {
#endif

/// Flushes to disk everything written to the file system that holds the open file `descriptor`
/// (Linux `syncfs`; `sync` elsewhere). Returns 0, or -1 with `errno` set.
int csystem_syncfs(int descriptor);

#ifdef __cplusplus
}
#endif

#endif
