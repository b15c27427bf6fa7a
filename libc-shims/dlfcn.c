/*
 * Dynamic loading: a wasm program is one module linked ahead of time, and
 * nothing can be loaded into it or looked up in it by name. dlopen and dlsym
 * return NULL and dlclose fails; dlerror then says why, once, as POSIX asks.
 */
#include <dlfcn.h>
#include <stdio.h>

static char message[256];
static int has_error;

static void set_error(const char *what, const char *name) {
    snprintf(message, sizeof message, "%s%s%s: dynamic loading is not supported", what,
             name ? " " : "", name ? name : "");
    has_error = 1;
}

void *dlopen(const char *file, int mode) {
    (void)mode;
    set_error("dlopen", file);
    return NULL;
}

void *dlsym(void *restrict handle, const char *restrict name) {
    (void)handle;
    set_error("dlsym", name);
    return NULL;
}

int dlclose(void *handle) {
    (void)handle;
    set_error("dlclose", NULL);
    return -1;
}

char *dlerror(void) {
    if (!has_error)
        return NULL;
    has_error = 0;
    return message;
}

int dladdr(const void *addr, Dl_info *info) {
    (void)addr, (void)info;
    return 0;
}
