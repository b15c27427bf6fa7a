/* strupr and strlwr, the DOS/Windows calls Emscripten's libc keeps: change
 * a string to upper or lower case in place and return it. */

#include <ctype.h>
#include <string.h>

char *strupr(char *s) {
    for (char *p = s; *p; p++)
        *p = (char)toupper((unsigned char)*p);
    return s;
}

char *strlwr(char *s) {
    for (char *p = s; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return s;
}
