/* GL and EGL functions looked up by name, as loaders such as glad do, and
 * called through the pointers: a clear to a colour read back with
 * glReadPixels, an extension (OES vertex arrays) and, on WebGL 2, a GLES 3
 * function. Names the lookup does not know give NULL. argv[1] is the WebGL
 * version of the context (1 or 2). */
#include <EGL/egl.h>
#include <GLES2/gl2ext.h>
#include <GLES3/gl3.h>
#include <emscripten/html5.h>
#include <stdio.h>
#include <stdlib.h>

#include "context.h"

/* Ports declare it themselves. */
void *emscripten_GetProcAddress(const char *name);

#define FOUND(p) ((p) != NULL ? "found" : "NULL")

int main(int argc, char **argv) {
    int version = argc > 1 ? atoi(argv[1]) : 1;
    make_context(version, 32);

    PFNGLCLEARCOLORPROC clear_color = (PFNGLCLEARCOLORPROC)eglGetProcAddress("glClearColor");
    PFNGLCLEARPROC clear = (PFNGLCLEARPROC)eglGetProcAddress("glClear");
    PFNGLREADPIXELSPROC read_pixels = (PFNGLREADPIXELSPROC)eglGetProcAddress("glReadPixels");
    PFNGLGETSTRINGPROC get_string = (PFNGLGETSTRINGPROC)eglGetProcAddress("glGetString");
    PFNGLGETERRORPROC get_error = (PFNGLGETERRORPROC)eglGetProcAddress("glGetError");
    if (!clear_color || !clear || !read_pixels || !get_string || !get_error) {
        printf("a GLES 2 function is missing\n");
        return 1;
    }
    clear_color(1.0f, 0.0f, 1.0f, 1.0f);
    clear(GL_COLOR_BUFFER_BIT);
    unsigned char p[4] = {0};
    read_pixels(16, 16, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, p);
    printf("pixel: %d %d %d %d\n", p[0], p[1], p[2], p[3]);
    printf("version through pointer: %.9s\n", (const char *)get_string(GL_VERSION));

    /* The same function, whichever lookup finds it. */
    printf("same pointer: %d\n", emscripten_GetProcAddress("glClear") == (void *)clear &&
                                     emscripten_webgl_get_proc_address("glClear") == (void *)clear &&
                                     emscripten_webgl1_get_proc_address("glClear") == (void *)clear);

    PFNGLGENVERTEXARRAYSOESPROC gen_vao = (PFNGLGENVERTEXARRAYSOESPROC)eglGetProcAddress("glGenVertexArraysOES");
    PFNGLISVERTEXARRAYOESPROC is_vao = (PFNGLISVERTEXARRAYOESPROC)eglGetProcAddress("glIsVertexArrayOES");
    PFNGLBINDVERTEXARRAYOESPROC bind_vao = (PFNGLBINDVERTEXARRAYOESPROC)eglGetProcAddress("glBindVertexArrayOES");
    GLuint vao = 0;
    if (gen_vao && is_vao && bind_vao) {
        gen_vao(1, &vao);
        bind_vao(vao);
        printf("oes vao: %d\n", vao != 0 && is_vao(vao));
        bind_vao(0);
    } else {
        printf("oes vao: NULL\n");
    }

    PFNGLGETSTRINGIPROC get_stringi = (PFNGLGETSTRINGIPROC)eglGetProcAddress("glGetStringi");
    PFNGLGENVERTEXARRAYSPROC gen_vao3 = (PFNGLGENVERTEXARRAYSPROC)eglGetProcAddress("glGenVertexArrays");
    PFNGLISVERTEXARRAYPROC is_vao3 = (PFNGLISVERTEXARRAYPROC)eglGetProcAddress("glIsVertexArray");
    PFNGLBINDVERTEXARRAYPROC bind_vao3 = (PFNGLBINDVERTEXARRAYPROC)eglGetProcAddress("glBindVertexArray");
    printf("gles3 lookup: %s\n", FOUND(get_stringi));
    printf("webgl1 lookup of gles3: %s\n", FOUND(emscripten_webgl1_get_proc_address("glGetStringi")));
    if (version >= 2 && gen_vao3 && is_vao3 && bind_vao3) {
        GLuint vao3 = 0;
        gen_vao3(1, &vao3);
        bind_vao3(vao3);
        printf("gles3 vao: %d\n", vao3 != 0 && is_vao3(vao3));
        bind_vao3(0);
    }

    void (*egl_error)(void) = eglGetProcAddress("eglGetError");
    printf("egl lookup: %d\n", egl_error == (void (*)(void))eglGetError);
    printf("unknown: %s %s %s %s\n", FOUND(eglGetProcAddress("glNoSuchFunction")), FOUND(eglGetProcAddress("")),
           FOUND(eglGetProcAddress(NULL)), FOUND(emscripten_GetProcAddress("glclear")));
    printf("gl error: 0x%x\n", get_error());
    return 0;
}
