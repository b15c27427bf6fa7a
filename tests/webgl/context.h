/* The WebGL context the tests draw on: a size x size canvas, WebGL 1 or 2,
 * without antialiasing so that a pixel read back is exactly the colour drawn;
 * and a shader compiled from source. */
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
