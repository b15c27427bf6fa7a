/* Attributes that Emscripten's headers and programs share. */
#pragma once

/* Exported from the module (and shown as Module._name), even if unused in C. */
#define EMSCRIPTEN_KEEPALIVE __attribute__((used))

/* Declares a function the JS runtime provides as the import env.NAME. */
#define EM_IMPORT(NAME) __attribute__((import_module("env"), import_name(#NAME)))

#ifdef __cplusplus
#define _EM_NOEXCEPT noexcept
#else
#define _EM_NOEXCEPT
#endif

#define _EM_NORETURN __attribute__((__noreturn__))
