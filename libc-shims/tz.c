/*
 * Time zones: wasi-libc has no zone tables and gives local time as UTC,
 * so the zone is always UTC, with no daylight saving time.
 */
#include <time.h>

static char utc[] = "UTC";
char *tzname[2] = {utc, utc};
long timezone = 0;
int daylight = 0;

void tzset(void) {}
