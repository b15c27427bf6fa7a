/* EGL 1.4 over WebGL: one display, the page's canvas ("#canvas") as the
 * only window, and WebGL contexts (emscripten_webgl_*) as OpenGL ES 2.0 or
 * 3.0 contexts. What the browser cannot do (pixmaps, pbuffers, binding
 * surfaces to textures) fails with the error the specification gives for an
 * unsupported request. The browser presents the canvas after each frame, so
 * eglSwapBuffers has nothing to do.
 *
 * Linked only into programs that call an egl* function. */

#include <EGL/egl.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <stdint.h>
#include <stdlib.h>

#define DISPLAY ((EGLDisplay)1)
#define CANVAS "#canvas"
#define MAX_OBJECTS 8

/* EGL_OPENGL_ES3_BIT (EGL 1.5 / EGL_KHR_create_context). */
#define ES3_BIT 0x40

/* The configs offered: every combination of alpha, depth, stencil and
 * multisampling that a WebGL context's attributes can ask for. */
struct config {
    EGLint alpha, depth, stencil, samples;
};
static const struct config configs[] = {
    {0, 0, 0, 0}, {8, 0, 0, 0}, {0, 24, 0, 0}, {8, 24, 0, 0},
    {0, 24, 8, 0}, {8, 24, 8, 0}, {0, 0, 8, 0}, {8, 0, 8, 0},
    {0, 0, 0, 4}, {8, 0, 0, 4}, {0, 24, 0, 4}, {8, 24, 0, 4},
    {0, 24, 8, 4}, {8, 24, 8, 4}, {0, 0, 8, 4}, {8, 0, 8, 4},
};
#define NUM_CONFIGS ((EGLint)(sizeof configs / sizeof configs[0]))

struct context {
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE handle; /* 0: free slot */
    EGLint config; /* index into configs */
    EGLint version;
};
struct surface {
    int used;
    EGLint config;
};

static EGLint error = EGL_SUCCESS;
static int initialized;
static struct context contexts[MAX_OBJECTS];
static struct surface surfaces[MAX_OBJECTS];
static EGLContext current_context = EGL_NO_CONTEXT;
static EGLSurface current_draw = EGL_NO_SURFACE, current_read = EGL_NO_SURFACE;

/* Sets the error eglGetError reports and returns `value`. */
#define FAIL(code, value) (error = (code), (value))
#define OK(value) (error = EGL_SUCCESS, (value))

/* Handles are 1-based indices, so that 0 is EGL_NO_*. */
static EGLint config_index(EGLConfig config) {
    uintptr_t i = (uintptr_t)config;
    return i >= 1 && i <= (uintptr_t)NUM_CONFIGS ? (EGLint)(i - 1) : -1;
}
static struct context *context_of(EGLContext ctx) {
    uintptr_t i = (uintptr_t)ctx;
    return i >= 1 && i <= MAX_OBJECTS && contexts[i - 1].handle ? &contexts[i - 1] : NULL;
}
static struct surface *surface_of(EGLSurface surface) {
    uintptr_t i = (uintptr_t)surface;
    return i >= 1 && i <= MAX_OBJECTS && surfaces[i - 1].used ? &surfaces[i - 1] : NULL;
}

/* EGL_BAD_DISPLAY for another display, EGL_NOT_INITIALIZED before eglInitialize. */
static int display_ok(EGLDisplay dpy) {
    if (dpy != DISPLAY) return FAIL(EGL_BAD_DISPLAY, 0);
    if (!initialized) return FAIL(EGL_NOT_INITIALIZED, 0);
    return 1;
}

EGLDisplay eglGetDisplay(EGLNativeDisplayType display_id) {
    /* The page is the one display. */
    return display_id == EGL_DEFAULT_DISPLAY ? OK(DISPLAY) : OK(EGL_NO_DISPLAY);
}

EGLBoolean eglInitialize(EGLDisplay dpy, EGLint *major, EGLint *minor) {
    if (dpy != DISPLAY) return FAIL(EGL_BAD_DISPLAY, EGL_FALSE);
    initialized = 1;
    if (major) *major = 1;
    if (minor) *minor = 4;
    return OK(EGL_TRUE);
}

EGLBoolean eglTerminate(EGLDisplay dpy) {
    if (dpy != DISPLAY) return FAIL(EGL_BAD_DISPLAY, EGL_FALSE);
    /* Contexts and surfaces go away; a current one stays usable until it
     * is released, as the specification allows. */
    for (int i = 0; i < MAX_OBJECTS; i++) {
        if (contexts[i].handle && (EGLContext)(uintptr_t)(i + 1) != current_context) {
            emscripten_webgl_destroy_context(contexts[i].handle);
            contexts[i].handle = 0;
        }
        if ((EGLSurface)(uintptr_t)(i + 1) != current_draw) surfaces[i].used = 0;
    }
    initialized = 0;
    return OK(EGL_TRUE);
}

const char *eglQueryString(EGLDisplay dpy, EGLint name) {
    if (!display_ok(dpy)) return NULL;
    switch (name) {
    case EGL_VENDOR:
        return OK("wasmcc");
    case EGL_VERSION:
        return OK("1.4 wasmcc (WebGL)");
    case EGL_EXTENSIONS:
        return OK("");
    case EGL_CLIENT_APIS:
        return OK("OpenGL_ES");
    default:
        return FAIL(EGL_BAD_PARAMETER, NULL);
    }
}

/* A config's value for an attribute; 0 with *known = 0 for an unknown one. */
static EGLint config_value(EGLint index, EGLint attribute, int *known) {
    const struct config *c = &configs[index];
    *known = 1;
    switch (attribute) {
    case EGL_BUFFER_SIZE:
        return 24 + c->alpha;
    case EGL_RED_SIZE:
    case EGL_GREEN_SIZE:
    case EGL_BLUE_SIZE:
        return 8;
    case EGL_ALPHA_SIZE:
        return c->alpha;
    case EGL_DEPTH_SIZE:
        return c->depth;
    case EGL_STENCIL_SIZE:
        return c->stencil;
    case EGL_SAMPLES:
        return c->samples;
    case EGL_SAMPLE_BUFFERS:
        return c->samples ? 1 : 0;
    case EGL_CONFIG_ID:
        return index + 1;
    case EGL_RENDERABLE_TYPE:
    case EGL_CONFORMANT:
        return EGL_OPENGL_ES2_BIT | ES3_BIT;
    case EGL_SURFACE_TYPE:
        return EGL_WINDOW_BIT;
    case EGL_COLOR_BUFFER_TYPE:
        return EGL_RGB_BUFFER;
    case EGL_CONFIG_CAVEAT:
    case EGL_TRANSPARENT_TYPE:
        return EGL_NONE;
    case EGL_NATIVE_RENDERABLE:
        return EGL_TRUE;
    case EGL_MIN_SWAP_INTERVAL:
        return 0;
    case EGL_MAX_SWAP_INTERVAL:
        return 60;
    case EGL_LEVEL:
    case EGL_LUMINANCE_SIZE:
    case EGL_ALPHA_MASK_SIZE:
    case EGL_NATIVE_VISUAL_ID:
    case EGL_NATIVE_VISUAL_TYPE:
    case EGL_MAX_PBUFFER_WIDTH:
    case EGL_MAX_PBUFFER_HEIGHT:
    case EGL_MAX_PBUFFER_PIXELS:
    case EGL_BIND_TO_TEXTURE_RGB:
    case EGL_BIND_TO_TEXTURE_RGBA:
    case EGL_TRANSPARENT_RED_VALUE:
    case EGL_TRANSPARENT_GREEN_VALUE:
    case EGL_TRANSPARENT_BLUE_VALUE:
        return 0;
    default:
        *known = 0;
        return 0;
    }
}

EGLBoolean eglGetConfigAttrib(EGLDisplay dpy, EGLConfig config, EGLint attribute, EGLint *value) {
    if (!display_ok(dpy)) return EGL_FALSE;
    EGLint index = config_index(config);
    if (index < 0) return FAIL(EGL_BAD_CONFIG, EGL_FALSE);
    int known;
    EGLint v = config_value(index, attribute, &known);
    if (!known) return FAIL(EGL_BAD_ATTRIBUTE, EGL_FALSE);
    if (value) *value = v;
    return OK(EGL_TRUE);
}

EGLBoolean eglGetConfigs(EGLDisplay dpy, EGLConfig *out, EGLint config_size, EGLint *num_config) {
    if (!display_ok(dpy)) return EGL_FALSE;
    if (!num_config) return FAIL(EGL_BAD_PARAMETER, EGL_FALSE);
    EGLint n = 0;
    for (EGLint i = 0; i < NUM_CONFIGS && (!out || n < config_size); i++) {
        if (out) out[n] = (EGLConfig)(uintptr_t)(i + 1);
        n++;
    }
    *num_config = n;
    return OK(EGL_TRUE);
}

/* The sort of eglChooseConfig (EGL 1.4, section 3.4.1.2), for what varies
 * between our configs: more colour bits first (counting only the components
 * asked for), then smaller buffers, fewer samples, less depth and stencil. */
static int want_alpha;
static int compare_configs(const void *a, const void *b) {
    const struct config *x = &configs[*(const EGLint *)a], *y = &configs[*(const EGLint *)b];
    if (want_alpha && x->alpha != y->alpha) return y->alpha - x->alpha;
    if (x->alpha != y->alpha) return x->alpha - y->alpha; /* EGL_BUFFER_SIZE */
    if (x->samples != y->samples) return x->samples - y->samples;
    if (x->depth != y->depth) return x->depth - y->depth;
    if (x->stencil != y->stencil) return x->stencil - y->stencil;
    return *(const EGLint *)a - *(const EGLint *)b; /* EGL_CONFIG_ID */
}

EGLBoolean eglChooseConfig(EGLDisplay dpy, const EGLint *attrib_list, EGLConfig *out,
                           EGLint config_size, EGLint *num_config) {
    if (!display_ok(dpy)) return EGL_FALSE;
    if (!num_config) return FAIL(EGL_BAD_PARAMETER, EGL_FALSE);
    EGLint matches[NUM_CONFIGS];
    EGLint n = 0;
    want_alpha = 0;
    for (const EGLint *a = attrib_list; a && a[0] != EGL_NONE; a += 2) {
        if (a[0] == EGL_ALPHA_SIZE && a[1] > 0) want_alpha = 1;
    }
    for (EGLint i = 0; i < NUM_CONFIGS; i++) {
        int ok = 1;
        for (const EGLint *a = attrib_list; a && a[0] != EGL_NONE && ok; a += 2) {
            EGLint attribute = a[0], wanted = a[1];
            if (wanted == EGL_DONT_CARE) continue;
            int known;
            EGLint have = config_value(i, attribute, &known);
            switch (attribute) {
            case EGL_RENDERABLE_TYPE:
            case EGL_SURFACE_TYPE:
            case EGL_CONFORMANT:
                /* Bit masks: every bit asked for must be there. */
                ok = (have & wanted) == wanted;
                break;
            case EGL_CONFIG_ID:
            case EGL_COLOR_BUFFER_TYPE:
            case EGL_LEVEL:
            case EGL_CONFIG_CAVEAT:
            case EGL_TRANSPARENT_TYPE:
            case EGL_NATIVE_VISUAL_TYPE:
                ok = have == wanted;
                break;
            default:
                if (!known) {
                    /* Other attributes of EGL 1.4 (EGL_MATCH_NATIVE_PIXMAP,
                     * EGL_BIND_TO_*) cannot be met by a window config. */
                    ok = wanted == 0 || wanted == EGL_FALSE;
                } else {
                    /* Sizes: at least what is asked for. */
                    ok = have >= wanted;
                }
            }
        }
        if (ok) matches[n++] = i;
    }
    qsort(matches, (size_t)n, sizeof matches[0], compare_configs);
    if (out) {
        if (n > config_size) n = config_size > 0 ? config_size : 0;
        for (EGLint i = 0; i < n; i++) out[i] = (EGLConfig)(uintptr_t)(matches[i] + 1);
    }
    *num_config = n;
    return OK(EGL_TRUE);
}

EGLSurface eglCreateWindowSurface(EGLDisplay dpy, EGLConfig config, EGLNativeWindowType win,
                                  const EGLint *attrib_list) {
    (void)win;
    (void)attrib_list;
    if (!display_ok(dpy)) return EGL_NO_SURFACE;
    EGLint index = config_index(config);
    if (index < 0) return FAIL(EGL_BAD_CONFIG, EGL_NO_SURFACE);
    for (int i = 0; i < MAX_OBJECTS; i++) {
        if (!surfaces[i].used) {
            surfaces[i].used = 1;
            surfaces[i].config = index;
            return OK((EGLSurface)(uintptr_t)(i + 1));
        }
    }
    return FAIL(EGL_BAD_ALLOC, EGL_NO_SURFACE);
}

EGLSurface eglCreatePbufferSurface(EGLDisplay dpy, EGLConfig config, const EGLint *attrib_list) {
    (void)attrib_list;
    if (!display_ok(dpy)) return EGL_NO_SURFACE;
    if (config_index(config) < 0) return FAIL(EGL_BAD_CONFIG, EGL_NO_SURFACE);
    /* No config has EGL_PBUFFER_BIT. */
    return FAIL(EGL_BAD_MATCH, EGL_NO_SURFACE);
}

EGLSurface eglCreatePixmapSurface(EGLDisplay dpy, EGLConfig config, EGLNativePixmapType pixmap,
                                  const EGLint *attrib_list) {
    (void)pixmap;
    (void)attrib_list;
    if (!display_ok(dpy)) return EGL_NO_SURFACE;
    if (config_index(config) < 0) return FAIL(EGL_BAD_CONFIG, EGL_NO_SURFACE);
    return FAIL(EGL_BAD_NATIVE_PIXMAP, EGL_NO_SURFACE);
}

EGLSurface eglCreatePbufferFromClientBuffer(EGLDisplay dpy, EGLenum buftype, EGLClientBuffer buffer,
                                            EGLConfig config, const EGLint *attrib_list) {
    (void)buftype;
    (void)buffer;
    (void)config;
    (void)attrib_list;
    if (!display_ok(dpy)) return EGL_NO_SURFACE;
    return FAIL(EGL_BAD_PARAMETER, EGL_NO_SURFACE);
}

EGLBoolean eglDestroySurface(EGLDisplay dpy, EGLSurface surface) {
    if (!display_ok(dpy)) return EGL_FALSE;
    struct surface *s = surface_of(surface);
    if (!s) return FAIL(EGL_BAD_SURFACE, EGL_FALSE);
    s->used = 0;
    return OK(EGL_TRUE);
}

EGLBoolean eglQuerySurface(EGLDisplay dpy, EGLSurface surface, EGLint attribute, EGLint *value) {
    if (!display_ok(dpy)) return EGL_FALSE;
    struct surface *s = surface_of(surface);
    if (!s) return FAIL(EGL_BAD_SURFACE, EGL_FALSE);
    int width = 0, height = 0;
    EGLint v;
    switch (attribute) {
    case EGL_WIDTH:
    case EGL_HEIGHT:
        emscripten_get_canvas_element_size(CANVAS, &width, &height);
        v = attribute == EGL_WIDTH ? width : height;
        break;
    case EGL_CONFIG_ID:
        v = s->config + 1;
        break;
    case EGL_RENDER_BUFFER:
        v = EGL_BACK_BUFFER;
        break;
    case EGL_SWAP_BEHAVIOR:
        /* The browser clears the canvas after presenting it. */
        v = EGL_BUFFER_DESTROYED;
        break;
    case EGL_MULTISAMPLE_RESOLVE:
        v = EGL_MULTISAMPLE_RESOLVE_DEFAULT;
        break;
    case EGL_HORIZONTAL_RESOLUTION:
    case EGL_VERTICAL_RESOLUTION:
    case EGL_PIXEL_ASPECT_RATIO:
        v = EGL_UNKNOWN;
        break;
    case EGL_LARGEST_PBUFFER:
    case EGL_MIPMAP_TEXTURE:
    case EGL_MIPMAP_LEVEL:
        v = 0;
        break;
    case EGL_TEXTURE_FORMAT:
    case EGL_TEXTURE_TARGET:
        v = EGL_NO_TEXTURE;
        break;
    case EGL_VG_ALPHA_FORMAT:
        v = EGL_VG_ALPHA_FORMAT_NONPRE;
        break;
    case EGL_VG_COLORSPACE:
        v = EGL_VG_COLORSPACE_sRGB;
        break;
    default:
        return FAIL(EGL_BAD_ATTRIBUTE, EGL_FALSE);
    }
    if (value) *value = v;
    return OK(EGL_TRUE);
}

EGLBoolean eglSurfaceAttrib(EGLDisplay dpy, EGLSurface surface, EGLint attribute, EGLint value) {
    if (!display_ok(dpy)) return EGL_FALSE;
    if (!surface_of(surface)) return FAIL(EGL_BAD_SURFACE, EGL_FALSE);
    /* The only behaviour a canvas has. */
    if (attribute == EGL_SWAP_BEHAVIOR && value == EGL_BUFFER_DESTROYED) return OK(EGL_TRUE);
    if (attribute == EGL_MIPMAP_LEVEL || attribute == EGL_MULTISAMPLE_RESOLVE ||
        attribute == EGL_SWAP_BEHAVIOR)
        return FAIL(EGL_BAD_MATCH, EGL_FALSE);
    return FAIL(EGL_BAD_ATTRIBUTE, EGL_FALSE);
}

EGLBoolean eglBindTexImage(EGLDisplay dpy, EGLSurface surface, EGLint buffer) {
    (void)buffer;
    if (!display_ok(dpy)) return EGL_FALSE;
    if (!surface_of(surface)) return FAIL(EGL_BAD_SURFACE, EGL_FALSE);
    return FAIL(EGL_BAD_MATCH, EGL_FALSE);
}

EGLBoolean eglReleaseTexImage(EGLDisplay dpy, EGLSurface surface, EGLint buffer) {
    return eglBindTexImage(dpy, surface, buffer);
}

EGLBoolean eglCopyBuffers(EGLDisplay dpy, EGLSurface surface, EGLNativePixmapType target) {
    (void)target;
    if (!display_ok(dpy)) return EGL_FALSE;
    if (!surface_of(surface)) return FAIL(EGL_BAD_SURFACE, EGL_FALSE);
    return FAIL(EGL_BAD_NATIVE_PIXMAP, EGL_FALSE);
}

static EGLenum bound_api = EGL_OPENGL_ES_API;

EGLBoolean eglBindAPI(EGLenum api) {
    if (api != EGL_OPENGL_ES_API) return FAIL(EGL_BAD_PARAMETER, EGL_FALSE);
    bound_api = api;
    return OK(EGL_TRUE);
}

EGLenum eglQueryAPI(void) {
    return OK(bound_api);
}

EGLContext eglCreateContext(EGLDisplay dpy, EGLConfig config, EGLContext share_context,
                            const EGLint *attrib_list) {
    if (!display_ok(dpy)) return EGL_NO_CONTEXT;
    EGLint index = config_index(config);
    if (index < 0) return FAIL(EGL_BAD_CONFIG, EGL_NO_CONTEXT);
    /* WebGL contexts share nothing. */
    if (share_context != EGL_NO_CONTEXT) return FAIL(EGL_BAD_MATCH, EGL_NO_CONTEXT);
    EGLint version = 1; /* EGL's default: OpenGL ES 1.x, which WebGL is not */
    for (const EGLint *a = attrib_list; a && a[0] != EGL_NONE; a += 2) {
        if (a[0] == EGL_CONTEXT_CLIENT_VERSION) version = a[1];
        else if (a[0] != 0x30FB) /* EGL_CONTEXT_MINOR_VERSION */
            return FAIL(EGL_BAD_ATTRIBUTE, EGL_NO_CONTEXT);
    }
    if (version != 2 && version != 3) return FAIL(EGL_BAD_MATCH, EGL_NO_CONTEXT);
    int slot = -1;
    for (int i = 0; i < MAX_OBJECTS && slot < 0; i++) {
        if (!contexts[i].handle) slot = i;
    }
    if (slot < 0) return FAIL(EGL_BAD_ALLOC, EGL_NO_CONTEXT);
    const struct config *c = &configs[index];
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.alpha = c->alpha > 0;
    attrs.depth = c->depth > 0;
    attrs.stencil = c->stencil > 0;
    attrs.antialias = c->samples > 0;
    attrs.majorVersion = version == 3 ? 2 : 1;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE handle = emscripten_webgl_create_context(CANVAS, &attrs);
    /* No WebGL 2 (or not built with -sMAX_WEBGL_VERSION=2), or no WebGL. */
    if (!handle) return FAIL(EGL_BAD_MATCH, EGL_NO_CONTEXT);
    contexts[slot].handle = handle;
    contexts[slot].config = index;
    contexts[slot].version = version;
    return OK((EGLContext)(uintptr_t)(slot + 1));
}

EGLBoolean eglDestroyContext(EGLDisplay dpy, EGLContext ctx) {
    if (!display_ok(dpy)) return EGL_FALSE;
    struct context *c = context_of(ctx);
    if (!c) return FAIL(EGL_BAD_CONTEXT, EGL_FALSE);
    emscripten_webgl_destroy_context(c->handle);
    c->handle = 0;
    if (current_context == ctx) {
        current_context = EGL_NO_CONTEXT;
        current_draw = current_read = EGL_NO_SURFACE;
    }
    return OK(EGL_TRUE);
}

EGLBoolean eglQueryContext(EGLDisplay dpy, EGLContext ctx, EGLint attribute, EGLint *value) {
    if (!display_ok(dpy)) return EGL_FALSE;
    struct context *c = context_of(ctx);
    if (!c) return FAIL(EGL_BAD_CONTEXT, EGL_FALSE);
    EGLint v;
    switch (attribute) {
    case EGL_CONFIG_ID:
        v = c->config + 1;
        break;
    case EGL_CONTEXT_CLIENT_TYPE:
        v = EGL_OPENGL_ES_API;
        break;
    case EGL_CONTEXT_CLIENT_VERSION:
        v = c->version;
        break;
    case EGL_RENDER_BUFFER:
        v = current_context == ctx ? EGL_BACK_BUFFER : EGL_NONE;
        break;
    default:
        return FAIL(EGL_BAD_ATTRIBUTE, EGL_FALSE);
    }
    if (value) *value = v;
    return OK(EGL_TRUE);
}

EGLBoolean eglMakeCurrent(EGLDisplay dpy, EGLSurface draw, EGLSurface read, EGLContext ctx) {
    if (dpy != DISPLAY) return FAIL(EGL_BAD_DISPLAY, EGL_FALSE);
    if (ctx == EGL_NO_CONTEXT) {
        if (draw != EGL_NO_SURFACE || read != EGL_NO_SURFACE) return FAIL(EGL_BAD_MATCH, EGL_FALSE);
        emscripten_webgl_make_context_current(0);
        current_context = EGL_NO_CONTEXT;
        current_draw = current_read = EGL_NO_SURFACE;
        return OK(EGL_TRUE);
    }
    if (!initialized) return FAIL(EGL_NOT_INITIALIZED, EGL_FALSE);
    struct context *c = context_of(ctx);
    if (!c) return FAIL(EGL_BAD_CONTEXT, EGL_FALSE);
    if (!surface_of(draw) || !surface_of(read)) return FAIL(EGL_BAD_SURFACE, EGL_FALSE);
    if (emscripten_webgl_make_context_current(c->handle) != EMSCRIPTEN_RESULT_SUCCESS)
        return FAIL(EGL_CONTEXT_LOST, EGL_FALSE);
    current_context = ctx;
    current_draw = draw;
    current_read = read;
    return OK(EGL_TRUE);
}

EGLContext eglGetCurrentContext(void) {
    return OK(current_context);
}

EGLDisplay eglGetCurrentDisplay(void) {
    return OK(current_context ? DISPLAY : EGL_NO_DISPLAY);
}

EGLSurface eglGetCurrentSurface(EGLint readdraw) {
    if (readdraw == EGL_DRAW) return OK(current_draw);
    if (readdraw == EGL_READ) return OK(current_read);
    return FAIL(EGL_BAD_PARAMETER, EGL_NO_SURFACE);
}

EGLBoolean eglSwapBuffers(EGLDisplay dpy, EGLSurface surface) {
    if (!display_ok(dpy)) return EGL_FALSE;
    if (!surface_of(surface)) return FAIL(EGL_BAD_SURFACE, EGL_FALSE);
    if (current_draw != surface) return FAIL(EGL_BAD_SURFACE, EGL_FALSE);
    /* The browser presents the canvas when the frame's callback returns. */
    return OK(EGL_TRUE);
}

EGLBoolean eglSwapInterval(EGLDisplay dpy, EGLint interval) {
    if (!display_ok(dpy)) return EGL_FALSE;
    if (current_context == EGL_NO_CONTEXT) return FAIL(EGL_BAD_CONTEXT, EGL_FALSE);
    /* The main loop's pace: 0 as fast as timers allow, n every n-th frame
     * of the display (emscripten_set_main_loop_timing). */
    if (interval <= 0) emscripten_set_main_loop_timing(EM_TIMING_SETTIMEOUT, 0);
    else emscripten_set_main_loop_timing(EM_TIMING_RAF, interval);
    return OK(EGL_TRUE);
}

EGLBoolean eglWaitGL(void) {
    return OK(EGL_TRUE);
}

EGLBoolean eglWaitClient(void) {
    return OK(EGL_TRUE);
}

EGLBoolean eglWaitNative(EGLint engine) {
    if (engine != EGL_CORE_NATIVE_ENGINE) return FAIL(EGL_BAD_PARAMETER, EGL_FALSE);
    return OK(EGL_TRUE);
}

EGLBoolean eglReleaseThread(void) {
    eglMakeCurrent(DISPLAY, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    return OK(EGL_TRUE);
}

EGLint eglGetError(void) {
    EGLint e = error;
    error = EGL_SUCCESS;
    return e;
}
