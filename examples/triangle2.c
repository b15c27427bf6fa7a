/* The spinning triangle on WebGL 2: OpenGL ES 3.0 shaders and a vertex
 * array object.
 *
 *   wasmcc examples/triangle2.c -sMAX_WEBGL_VERSION=2 -o triangle2.html
 *
 * With the argument --probe N it draws N frames, prints the GL version and
 * a pixel read back with glReadPixels, and exits (the tests use this). */

#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *vertex_source =
    "#version 300 es\n"
    "layout(location = 0) in vec2 position;\n"
    "layout(location = 1) in vec3 color;\n"
    "uniform float angle;\n"
    "out vec3 v_color;\n"
    "void main() {\n"
    "  float c = cos(angle), s = sin(angle);\n"
    "  gl_Position = vec4(mat2(c, s, -s, c) * position, 0.0, 1.0);\n"
    "  v_color = color;\n"
    "}\n";

static const char *fragment_source =
    "#version 300 es\n"
    "precision mediump float;\n"
    "in vec3 v_color;\n"
    "out vec4 out_color;\n"
    "void main() { out_color = vec4(v_color, 1.0); }\n";

static const GLfloat vertices[] = {
    0.0f,   0.8f,  1.0f, 0.8f, 0.1f,
    -0.69f, -0.4f, 0.1f, 0.8f, 1.0f,
    0.69f,  -0.4f, 1.0f, 0.1f, 0.8f,
};

static GLint angle_location;
static GLuint vao;
static int frames;
static int probe_after;

static GLuint compile(GLenum type, const char *source) {
    GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, NULL);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[512];
        glGetShaderInfoLog(shader, sizeof log, NULL, log);
        fprintf(stderr, "shader: %s\n", log);
        exit(1);
    }
    return shader;
}

static void frame(void *arg) {
    (void)arg;
    frames++;
    glClearColor(0.0f, 0.0f, 0.2f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    glUniform1f(angle_location, (float)(emscripten_get_now() / 700.0));
    glBindVertexArray(vao);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    if (probe_after && frames == probe_after) {
        unsigned char rgba[4];
        glReadPixels(128, 128, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
        printf("pixel 128,128: %d %d %d %d\n", rgba[0], rgba[1], rgba[2], rgba[3]);
        GLint major = 0;
        glGetIntegerv(GL_MAJOR_VERSION, &major);
        printf("major version: %d\n", major);
        printf("error: 0x%x\n", glGetError());
        emscripten_force_exit(0);
    }
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "--probe") == 0) probe_after = atoi(argv[2]);

    emscripten_set_canvas_element_size("#canvas", 256, 256);
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context("#canvas", &attrs);
    if (!context) {
        fprintf(stderr, "no WebGL 2 context\n");
        return 1;
    }
    emscripten_webgl_make_context_current(context);
    printf("%s\n", glGetString(GL_VERSION));
    printf("%s\n", glGetString(GL_SHADING_LANGUAGE_VERSION));

    GLuint program = glCreateProgram();
    glAttachShader(program, compile(GL_VERTEX_SHADER, vertex_source));
    glAttachShader(program, compile(GL_FRAGMENT_SHADER, fragment_source));
    glLinkProgram(program);
    glUseProgram(program);
    angle_location = glGetUniformLocation(program, "angle");

    glGenVertexArrays(1, &vao);
    glBindVertexArray(vao);
    GLuint buffer;
    glGenBuffers(1, &buffer);
    glBindBuffer(GL_ARRAY_BUFFER, buffer);
    glBufferData(GL_ARRAY_BUFFER, sizeof vertices, vertices, GL_STATIC_DRAW);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 5 * sizeof(GLfloat), (void *)0);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, 5 * sizeof(GLfloat), (void *)(2 * sizeof(GLfloat)));
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glBindVertexArray(0);
    glViewport(0, 0, 256, 256);

    emscripten_set_main_loop_arg(frame, NULL, 0, true);
    return 0;
}
