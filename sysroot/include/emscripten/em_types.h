/* Types shared by Emscripten's headers. */
#pragma once

#include <stdbool.h>

#ifndef EM_BOOL
#define EM_BOOL bool
#endif
#define EM_TRUE 1
#define EM_FALSE 0
#define EM_UTF8 char

typedef void (*em_callback_func)(void);
typedef void (*em_arg_callback_func)(void *);
typedef void (*em_str_callback_func)(const char *);
