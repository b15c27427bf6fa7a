/* A triangle through an EGL-created context, as legacy OpenGL ES programs
 * set one up. With the argument "3" it asks for an OpenGL ES 3.0 context
 * and no depth or stencil buffer; otherwise OpenGL ES 2.0 with depth and
 * stencil. Prints what EGL and GL report, and a few pixels. */

#include <EGL/egl.h>
#include <GLES2/gl2.h>
#include <emscripten/html5.h>
#include <stdio.h>
#include <string.h>

static const char *vs =
    "attribute vec2 position;\n"
    "void main() { gl_Position = vec4(position, 0.0, 1.0); }\n";
static const char *fs =
    "precision mediump float;\n"
    "void main() { gl_FragColor = vec4(0.0, 0.0, 1.0, 1.0); }\n";

static GLuint shader(GLenum type, const char *src) {
    GLuint s = glCreateShader(type);
    glShaderSource(s, 1, &src, NULL);
    glCompileShader(s);
    return s;
}

static void pixel(int x, int y) {
    unsigned char p[4] = {0};
    glReadPixels(x, y, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, p);
    printf("pixel %d,%d: %d %d %d %d\n", x, y, p[0], p[1], p[2], p[3]);
}

int main(int argc, char **argv) {
    int es3 = argc > 1 && strcmp(argv[1], "3") == 0;
    emscripten_set_canvas_element_size("#canvas", 200, 100);

    printf("no display yet: %d 0x%x\n", eglInitialize((EGLDisplay)7, NULL, NULL), eglGetError());
    EGLDisplay dpy = eglGetDisplay(EGL_DEFAULT_DISPLAY);
    EGLint major = 0, minor = 0;
    EGLBoolean init = eglInitialize(dpy, &major, &minor);
    printf("initialize: %d %d.%d\n", init, major, minor);
    printf("bind api: %d\n", eglBindAPI(EGL_OPENGL_ES_API));

    const EGLint with_depth[] = {EGL_RED_SIZE, 8, EGL_GREEN_SIZE, 8, EGL_BLUE_SIZE, 8,
                                 EGL_DEPTH_SIZE, 16, EGL_STENCIL_SIZE, 8,
                                 EGL_RENDERABLE_TYPE, EGL_OPENGL_ES2_BIT,
                                 EGL_SURFACE_TYPE, EGL_WINDOW_BIT, EGL_NONE};
    const EGLint plain[] = {EGL_RED_SIZE, 8, EGL_RENDERABLE_TYPE, EGL_OPENGL_ES2_BIT, EGL_NONE};
    EGLConfig config;
    EGLint n = 0;
    EGLBoolean chose = eglChooseConfig(dpy, es3 ? plain : with_depth, &config, 1, &n);
    EGLint depth = -1, stencil = -1, red = -1;
    eglGetConfigAttrib(dpy, config, EGL_DEPTH_SIZE, &depth);
    eglGetConfigAttrib(dpy, config, EGL_STENCIL_SIZE, &stencil);
    eglGetConfigAttrib(dpy, config, EGL_RED_SIZE, &red);
    printf("config: %d n=%d red=%d depth=%d stencil=%d\n", chose, n, red, depth, stencil);

    EGLSurface surface = eglCreateWindowSurface(dpy, config, 0, NULL);
    const EGLint v1[] = {EGL_NONE};
    printf("es1 context: %s 0x%x\n", eglCreateContext(dpy, config, EGL_NO_CONTEXT, v1) ? "yes" : "no",
           eglGetError());
    const EGLint version[] = {EGL_CONTEXT_CLIENT_VERSION, es3 ? 3 : 2, EGL_NONE};
    EGLContext ctx = eglCreateContext(dpy, config, EGL_NO_CONTEXT, version);
    printf("context: %s\n", ctx != EGL_NO_CONTEXT ? "yes" : "no");
    printf("make current: %d\n", eglMakeCurrent(dpy, surface, surface, ctx));
    printf("current: %d %d %d\n", eglGetCurrentContext() == ctx, eglGetCurrentDisplay() == dpy,
           eglGetCurrentSurface(EGL_DRAW) == surface);
    EGLint w = 0, h = 0, cv = 0;
    eglQuerySurface(dpy, surface, EGL_WIDTH, &w);
    eglQuerySurface(dpy, surface, EGL_HEIGHT, &h);
    eglQueryContext(dpy, ctx, EGL_CONTEXT_CLIENT_VERSION, &cv);
    printf("surface: %dx%d, client version %d\n", w, h, cv);
    printf("%s\n", glGetString(GL_VERSION));
    GLint depth_bits = -1, stencil_bits = -1;
    glGetIntegerv(GL_DEPTH_BITS, &depth_bits);
    glGetIntegerv(GL_STENCIL_BITS, &stencil_bits);
    printf("gl depth bits: %s, stencil bits: %d\n", depth_bits >= 16 ? ">=16" : depth_bits ? "few" : "0",
           stencil_bits);

    GLuint prog = glCreateProgram();
    glAttachShader(prog, shader(GL_VERTEX_SHADER, vs));
    glAttachShader(prog, shader(GL_FRAGMENT_SHADER, fs));
    glBindAttribLocation(prog, 0, "position");
    glLinkProgram(prog);
    glUseProgram(prog);
    static const GLfloat tri[] = {-0.5f, -0.5f, 0.5f, -0.5f, 0.0f, 0.5f};
    GLuint buffer;
    glGenBuffers(1, &buffer);
    glBindBuffer(GL_ARRAY_BUFFER, buffer);
    glBufferData(GL_ARRAY_BUFFER, sizeof tri, tri, GL_STATIC_DRAW);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, 0);
    glEnableVertexAttribArray(0);
    glViewport(0, 0, w, h);
    glClearColor(1, 1, 0, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    pixel(100, 40);
    pixel(5, 95);
    printf("gl error: 0x%x\n", glGetError());
    printf("swap: %d\n", eglSwapBuffers(dpy, surface));
    printf("egl error: 0x%x\n", eglGetError());
    printf("release: %d %d\n", eglMakeCurrent(dpy, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT),
           eglGetCurrentContext() == EGL_NO_CONTEXT);
    printf("destroy: %d %d\n", eglDestroyContext(dpy, ctx), eglDestroySurface(dpy, surface));
    printf("terminate: %d\n", eglTerminate(dpy));
    return 0;
}
