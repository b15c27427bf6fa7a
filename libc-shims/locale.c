/* setlocale() and newlocale() for the locales wasmcc has: "C", "POSIX" and
 * C.UTF-8. musl accepts any name and quietly keeps the C locale, so a
 * program that asks for "pt_BR" believes it got it; glibc answers NULL
 * (newlocale: ENOENT) for a locale it does not have, and programs fall back
 * on that. The driver wraps both (--wrap). "" (the environment's choice) and
 * the composite names setlocale(LC_ALL, NULL) returns ("C.UTF-8;C;...") are
 * passed on. */

#include <errno.h>
#include <locale.h>
#include <string.h>

static int known(const char *name, size_t n) {
    static const char *const names[] = {"C", "POSIX", "C.UTF-8", "C.utf8", "POSIX.UTF-8"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strlen(names[i]) == n && memcmp(names[i], name, n) == 0)
            return 1;
    return 0;
}

/* Each ';'-separated part of the name is a locale wasmcc has. */
static int available(const char *name) {
    if (!name || !*name)
        return 1;
    for (;;) {
        const char *semi = strchr(name, ';');
        size_t n = semi ? (size_t)(semi - name) : strlen(name);
        if (!known(name, n))
            return 0;
        if (!semi)
            return 1;
        name = semi + 1;
    }
}

char *__real_setlocale(int category, const char *name);

char *__wrap_setlocale(int category, const char *name) {
    if (!available(name))
        return NULL;
    return __real_setlocale(category, name);
}

locale_t __real_newlocale(int mask, const char *name, locale_t base);

locale_t __wrap_newlocale(int mask, const char *name, locale_t base) {
    if (!available(name)) {
        errno = ENOENT;
        return 0;
    }
    return __real_newlocale(mask, name, base);
}
