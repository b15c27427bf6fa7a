/*
 * EGL/eglext.h -- the EGL extensions' types and tokens, for programs built
 * with wasmcc.
 *
 * Names and values follow the Khronos EGL extension registry. Code written
 * for desktop EGL (SDL's EGL layer among it) includes this header and asks
 * eglQueryString(EGL_EXTENSIONS) which extensions exist before using them:
 * wasmcc's EGL (libc-shims/js/egl.c) offers none, so only the types and
 * tokens are needed to compile, and eglGetProcAddress gives NULL for the
 * extensions' functions.
 */
#ifndef __eglext_h_
#define __eglext_h_ 1

#include <EGL/egl.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EGL_EGLEXT_VERSION 20230000

/* EGL_KHR_create_context */
#define EGL_KHR_create_context 1
#define EGL_CONTEXT_MAJOR_VERSION_KHR 0x3098
#define EGL_CONTEXT_MINOR_VERSION_KHR 0x30FB
#define EGL_CONTEXT_FLAGS_KHR 0x30FC
#define EGL_CONTEXT_OPENGL_PROFILE_MASK_KHR 0x30FD
#define EGL_CONTEXT_OPENGL_RESET_NOTIFICATION_STRATEGY_KHR 0x31BD
#define EGL_NO_RESET_NOTIFICATION_KHR 0x31BE
#define EGL_LOSE_CONTEXT_ON_RESET_KHR 0x31BF
#define EGL_CONTEXT_OPENGL_DEBUG_BIT_KHR 0x00000001
#define EGL_CONTEXT_OPENGL_FORWARD_COMPATIBLE_BIT_KHR 0x00000002
#define EGL_CONTEXT_OPENGL_ROBUST_ACCESS_BIT_KHR 0x00000004
#define EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT_KHR 0x00000001
#define EGL_CONTEXT_OPENGL_COMPATIBILITY_PROFILE_BIT_KHR 0x00000002
#define EGL_OPENGL_ES3_BIT_KHR 0x00000040

/* EGL_KHR_create_context_no_error */
#define EGL_CONTEXT_OPENGL_NO_ERROR_KHR 0x31B3

/* EGL_KHR_context_flush_control */
#define EGL_CONTEXT_RELEASE_BEHAVIOR_KHR 0x2097
#define EGL_CONTEXT_RELEASE_BEHAVIOR_NONE_KHR 0
#define EGL_CONTEXT_RELEASE_BEHAVIOR_FLUSH_KHR 0x2098

/* EGL_KHR_gl_colorspace */
#define EGL_GL_COLORSPACE_KHR 0x309D
#define EGL_GL_COLORSPACE_SRGB_KHR 0x3089
#define EGL_GL_COLORSPACE_LINEAR_KHR 0x308A

/* EGL_KHR_fence_sync, EGL_KHR_reusable_sync, EGL_KHR_wait_sync */
typedef void *EGLSyncKHR;
typedef khronos_utime_nanoseconds_t EGLTimeKHR;
#define EGL_NO_SYNC_KHR ((EGLSyncKHR)0)
#define EGL_SYNC_FENCE_KHR 0x30F9
#define EGL_SYNC_REUSABLE_KHR 0x30FA
#define EGL_SYNC_TYPE_KHR 0x30F7
#define EGL_SYNC_STATUS_KHR 0x30F1
#define EGL_SIGNALED_KHR 0x30F2
#define EGL_UNSIGNALED_KHR 0x30F3
#define EGL_TIMEOUT_EXPIRED_KHR 0x30F5
#define EGL_CONDITION_SATISFIED_KHR 0x30F6
#define EGL_SYNC_FLUSH_COMMANDS_BIT_KHR 0x0001
#define EGL_FOREVER_KHR 0xFFFFFFFFFFFFFFFFull
typedef EGLSyncKHR (EGLAPIENTRYP PFNEGLCREATESYNCKHRPROC)(EGLDisplay dpy, EGLenum type,
                                                         const EGLint *attrib_list);
typedef EGLBoolean (EGLAPIENTRYP PFNEGLDESTROYSYNCKHRPROC)(EGLDisplay dpy, EGLSyncKHR sync);
typedef EGLint (EGLAPIENTRYP PFNEGLCLIENTWAITSYNCKHRPROC)(EGLDisplay dpy, EGLSyncKHR sync,
                                                         EGLint flags, EGLTimeKHR timeout);
typedef EGLint (EGLAPIENTRYP PFNEGLWAITSYNCKHRPROC)(EGLDisplay dpy, EGLSyncKHR sync,
                                                   EGLint flags);

/* EGL_ANDROID_native_fence_sync */
#define EGL_SYNC_NATIVE_FENCE_ANDROID 0x3144
#define EGL_SYNC_NATIVE_FENCE_FD_ANDROID 0x3145
#define EGL_NO_NATIVE_FENCE_FD_ANDROID -1

/* EGL_KHR_image_base */
typedef void *EGLImageKHR;
#define EGL_NO_IMAGE_KHR ((EGLImageKHR)0)
#define EGL_IMAGE_PRESERVED_KHR 0x30D2

/* EGL_EXT_platform_base and the platforms */
typedef EGLDisplay (EGLAPIENTRYP PFNEGLGETPLATFORMDISPLAYEXTPROC)(EGLenum platform,
                                                                 void *native_display,
                                                                 const EGLint *attrib_list);
typedef EGLSurface (EGLAPIENTRYP PFNEGLCREATEPLATFORMWINDOWSURFACEEXTPROC)(
    EGLDisplay dpy, EGLConfig config, void *native_window, const EGLint *attrib_list);
#define EGL_PLATFORM_DEVICE_EXT 0x313F
#define EGL_PLATFORM_X11_KHR 0x31D5
#define EGL_PLATFORM_X11_EXT 0x31D5
#define EGL_PLATFORM_GBM_KHR 0x31D7
#define EGL_PLATFORM_GBM_MESA 0x31D7
#define EGL_PLATFORM_WAYLAND_KHR 0x31D8
#define EGL_PLATFORM_WAYLAND_EXT 0x31D8
#define EGL_PLATFORM_SURFACELESS_MESA 0x31DD
#define EGL_PLATFORM_ANGLE_ANGLE 0x3202

/* EGL_EXT_device_base */
typedef void *EGLDeviceEXT;
#define EGL_NO_DEVICE_EXT ((EGLDeviceEXT)0)
typedef EGLBoolean (EGLAPIENTRYP PFNEGLQUERYDEVICESEXTPROC)(EGLint max_devices,
                                                           EGLDeviceEXT *devices,
                                                           EGLint *num_devices);

/* EGL_EXT_pixel_format_float */
#define EGL_COLOR_COMPONENT_TYPE_EXT 0x3339
#define EGL_COLOR_COMPONENT_TYPE_FIXED_EXT 0x333A
#define EGL_COLOR_COMPONENT_TYPE_FLOAT_EXT 0x333B

/* EGL_EXT_present_opaque */
#define EGL_PRESENT_OPAQUE_EXT 0x31DF

/* EGL_KHR_surfaceless_context: no tokens; EGL_KHR_no_config_context */
#define EGL_NO_CONFIG_KHR ((EGLConfig)0)

#ifdef __cplusplus
}
#endif

#endif /* __eglext_h_ */
