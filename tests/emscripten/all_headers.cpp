// The same program as C++: the headers compile there too.
#include "all_headers.c"
