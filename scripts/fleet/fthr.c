/* libfthr: threads and dlopen, which moved into libc at GLIBC_2.34. */
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
static void *work(void *p) { return p; }
int ft_start(void) {
    pthread_t t;
    void *h = dlopen("libm.so.6", RTLD_LAZY);
    if (h) dlclose(h);
    if (pthread_create(&t, NULL, work, NULL)) return -1;
    return pthread_join(t, NULL);
}
