/*
 * KHR/khrplatform.h -- base types and calling-convention macros shared by
 * the Khronos API headers (GLES2, GLES3, EGL) in the wasmcc sysroot.
 *
 * The only platform wasmcc builds for is 32-bit WebAssembly (ILP32: int,
 * long and pointers are 4 bytes, long long is 8 bytes), where the GL and EGL
 * entry points are provided by the JavaScript runtime over WebGL.  The
 * widths below are written for that data model.
 */
#ifndef KHRONOS_KHRPLATFORM_H_
#define KHRONOS_KHRPLATFORM_H_

/* Calling-convention and linkage hooks.  Plain C calls on WebAssembly. */
#ifndef KHRONOS_APICALL
#define KHRONOS_APICALL
#endif
#ifndef KHRONOS_APIENTRY
#define KHRONOS_APIENTRY
#endif
#ifndef KHRONOS_APIATTRIBUTES
#define KHRONOS_APIATTRIBUTES
#endif

/* Fixed-width integers. */
typedef signed char khronos_int8_t;
typedef unsigned char khronos_uint8_t;
typedef signed short int khronos_int16_t;
typedef unsigned short int khronos_uint16_t;
typedef signed int khronos_int32_t;
typedef unsigned int khronos_uint32_t;
/* __extension__ keeps -pedantic quiet about long long in C89 and C++98. */
#if defined(__GNUC__) || defined(__clang__)
#define KHRONOS_EXTENSION_ __extension__
#else
#define KHRONOS_EXTENSION_
#endif
KHRONOS_EXTENSION_ typedef signed long long int khronos_int64_t;
KHRONOS_EXTENSION_ typedef unsigned long long int khronos_uint64_t;
#define KHRONOS_SUPPORT_INT64 1

/* Pointer-sized integers: long is as wide as a pointer on wasm32. */
typedef signed long int khronos_intptr_t;
typedef unsigned long int khronos_uintptr_t;
typedef signed long int khronos_ssize_t;
typedef unsigned long int khronos_usize_t;

/* Floating point. */
typedef float khronos_float_t;
#define KHRONOS_SUPPORT_FLOAT 1

/* Times in nanoseconds: unsigned for absolute times, signed for differences. */
typedef khronos_uint64_t khronos_utime_nanoseconds_t;
typedef khronos_int64_t khronos_stime_nanoseconds_t;

/* Forces an enum to be 32 bits wide. */
#ifndef KHRONOS_MAX_ENUM
#define KHRONOS_MAX_ENUM 0x7FFFFFFF
#endif

typedef enum {
    KHRONOS_FALSE = 0,
    KHRONOS_TRUE = 1,
    KHRONOS_BOOLEAN_ENUM_FORCE_SIZE = KHRONOS_MAX_ENUM
} khronos_boolean_enum_t;

#endif /* KHRONOS_KHRPLATFORM_H_ */
