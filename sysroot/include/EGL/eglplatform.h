/*
 * EGL/eglplatform.h -- platform types for <EGL/egl.h> in the wasmcc sysroot.
 *
 * On WebAssembly there is one display (the page) and one window (the
 * canvas), so the native handle types are plain integers; pass 0 (or
 * EGL_DEFAULT_DISPLAY) where a native display or window is asked for.
 */
#ifndef __eglplatform_h_
#define __eglplatform_h_ 1

#include <KHR/khrplatform.h>

#ifndef EGLAPI
#define EGLAPI KHRONOS_APICALL
#endif

#ifndef EGLAPIENTRY
#define EGLAPIENTRY KHRONOS_APIENTRY
#endif
#define EGLAPIENTRYP EGLAPIENTRY *

/* Native handles: integers on wasm32, so a cast from 0 or NULL works. */
typedef int EGLNativeDisplayType;
typedef int EGLNativeWindowType;
typedef int EGLNativePixmapType;

/* Older names for the same types, from EGL 1.0 - 1.2. */
typedef EGLNativeDisplayType NativeDisplayType;
typedef EGLNativeWindowType NativeWindowType;
typedef EGLNativePixmapType NativePixmapType;

/* EGLint is 32 bits wide. */
typedef khronos_int32_t EGLint;

/* Turns a value into one of the EGL handle types in C and C++ alike. */
#if defined(__cplusplus)
#define EGL_CAST(type, value) (static_cast<type>(value))
#else
#define EGL_CAST(type, value) ((type)(value))
#endif

#endif /* __eglplatform_h_ */
