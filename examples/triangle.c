/* A spinning triangle: OpenGL ES 2.0 on WebGL 1, one frame per
 * emscripten_set_main_loop call.
 *
 *   wasmcc examples/triangle.c -o triangle.html
 *
 * With the argument --probe N it draws N frames, prints the colour of a few
 * pixels read back with glReadPixels and exits (the tests use this). */

#include <GLES2/gl2.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *vertex_source =
    "attribute vec2 position;\n"
    "attribute vec3 color;\n"
    "uniform float angle;\n"
    "varying vec3 v_color;\n"
    "void main() {\n"
    "  float c = cos(angle), s = sin(angle);\n"
    "  gl_Position = vec4(c * position.x - s * position.y, s * position.x + c * position.y, 0.0, 1.0);\n"
    "  v_color = color;\n"
    "}\n";

static const char *fragment_source =
    "precision mediump float;\n"
    "varying vec3 v_color;\n"
    "void main() { gl_FragColor = vec4(v_color, 1.0); }\n";

/* x, y, r, g, b: centred on the origin and inside the unit circle, so the
 * centre is always covered and the corners never are. */
static const GLfloat vertices[] = {
    0.0f,   0.8f,  1.0f, 0.2f, 0.2f,
    -0.69f, -0.4f, 0.2f, 1.0f, 0.2f,
    0.69f,  -0.4f, 0.2f, 0.2f, 1.0f,
};

static GLint angle_location;
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

static void probe(void) {
    static const int points[][2] = {{128, 128}, {2, 2}, {253, 253}};
    for (int i = 0; i < 3; i++) {
        unsigned char rgba[4];
        glReadPixels(points[i][0], points[i][1], 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
        printf("pixel %d,%d: %d %d %d %d\n", points[i][0], points[i][1], rgba[0], rgba[1], rgba[2],
               rgba[3]);
    }
    printf("frames: %d\n", frames);
    printf("error: 0x%x\n", glGetError());
}

static void frame(void) {
    frames++;
    glClearColor(0.1f, 0.1f, 0.1f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    glUniform1f(angle_location, (float)(emscripten_get_now() / 1000.0));
    glDrawArrays(GL_TRIANGLES, 0, 3);
    if (probe_after && frames == probe_after) {
        probe();
        emscripten_cancel_main_loop();
        exit(0);
    }
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "--probe") == 0) probe_after = atoi(argv[2]);

    emscripten_set_canvas_element_size("#canvas", 256, 256);
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context("#canvas", &attrs);
    if (!context) {
        fprintf(stderr, "no WebGL context\n");
        return 1;
    }
    emscripten_webgl_make_context_current(context);
    printf("%s\n", glGetString(GL_VERSION));

    GLuint program = glCreateProgram();
    glAttachShader(program, compile(GL_VERTEX_SHADER, vertex_source));
    glAttachShader(program, compile(GL_FRAGMENT_SHADER, fragment_source));
    glBindAttribLocation(program, 0, "position");
    glBindAttribLocation(program, 1, "color");
    glLinkProgram(program);
    GLint linked = 0;
    glGetProgramiv(program, GL_LINK_STATUS, &linked);
    if (!linked) {
        fprintf(stderr, "the program did not link\n");
        return 1;
    }
    glUseProgram(program);
    angle_location = glGetUniformLocation(program, "angle");

    GLuint buffer;
    glGenBuffers(1, &buffer);
    glBindBuffer(GL_ARRAY_BUFFER, buffer);
    glBufferData(GL_ARRAY_BUFFER, sizeof vertices, vertices, GL_STATIC_DRAW);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 5 * sizeof(GLfloat), (void *)0);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, 5 * sizeof(GLfloat), (void *)(2 * sizeof(GLfloat)));
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);

    int width, height;
    emscripten_get_canvas_element_size("#canvas", &width, &height);
    glViewport(0, 0, width, height);

    emscripten_set_main_loop(frame, 0, 1);
    return 0;
}
