#define _GNU_SOURCE
#include <errno.h>
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
