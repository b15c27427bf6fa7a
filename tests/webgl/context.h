/* The WebGL context the tests draw on: a size x size canvas, WebGL 1 or 2,
 * without antialiasing so that a pixel read back is exactly the colour drawn;
 * and shaders and programs made from source. */
#include <GLES2/gl2.h>
#include <emscripten/html5.h>
#include <stddef.h>

static void make_context(int version, int size) {
    emscripten_set_canvas_element_size("#canvas", size, size);
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = version;
    attrs.antialias = 0;
    emscripten_webgl_make_context_current(emscripten_webgl_create_context("#canvas", &attrs));
}

static GLuint shader(GLenum type, const char *src) {
    GLuint s = glCreateShader(type);
    glShaderSource(s, 1, &src, NULL);
    glCompileShader(s);
    return s;
}

/* A program of the two shaders, linked with attribute i of the NULL-ended
 * `attribs` at location i, and made current. */
static GLuint use_program(const char *vs, const char *fs, const char *const *attribs) {
    GLuint prog = glCreateProgram();
    glAttachShader(prog, shader(GL_VERTEX_SHADER, vs));
    glAttachShader(prog, shader(GL_FRAGMENT_SHADER, fs));
    for (GLuint i = 0; attribs[i]; i++)
        glBindAttribLocation(prog, i, attribs[i]);
    glLinkProgram(prog);
    glUseProgram(prog);
    return prog;
}
