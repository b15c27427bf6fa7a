/* Legacy OpenGL ES 2.0: vertices and indices straight from client memory,
 * with no buffer bound (needs -sFULL_ES2 on WebGL). A red triangle on the
 * left comes from glDrawArrays (first = 1, a padded stride), a green one on
 * the right from glDrawElements with client-side indices that skip the
 * array's first vertices. Prints a few pixels and the GL error. */

#include <GLES2/gl2.h>
#include <emscripten/html5.h>
#include <stdio.h>

#include "context.h"

static const char *vs =
    "attribute vec2 position;\n"
    "void main() { gl_Position = vec4(position, 0.0, 1.0); }\n";
static const char *fs =
    "precision mediump float;\n"
    "uniform vec4 color;\n"
    "void main() { gl_FragColor = color; }\n";

/* x, y, and a third float the stride skips. */
static const GLfloat left[] = {
    9, 9, 9, /* never drawn: glDrawArrays starts at 1 */
    -0.9f, -0.5f, 7, -0.1f, -0.5f, 7, -0.5f, 0.5f, 7,
};
static const GLfloat right[] = {
    9, 9, 9, 9, 9, 9, 9, 9, /* vertices 0-3, never indexed */
    0.1f, -0.5f, 0.9f, -0.5f, 0.5f, 0.5f,
};
static const GLushort indices[] = {4, 5, 6};

static void pixel(int x, int y) {
    unsigned char p[4] = {0};
    glReadPixels(x, y, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, p);
    printf("pixel %d,%d: %d %d %d %d\n", x, y, p[0], p[1], p[2], p[3]);
}

int main(void) {
    emscripten_set_canvas_element_size("#canvas", 256, 256);
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.antialias = 0;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context("#canvas", &attrs);
    if (!ctx) {
        printf("no context\n");
        return 1;
    }
    emscripten_webgl_make_context_current(ctx);
    static const char *const attribs[] = {"position", NULL};
    GLuint prog = use_program(vs, fs, attribs);
    GLint color = glGetUniformLocation(prog, "color");
    glViewport(0, 0, 256, 256);
    glClearColor(0, 0, 0, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    glEnableVertexAttribArray(0);

    glUniform4f(color, 1, 0, 0, 1);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 3 * sizeof(GLfloat), left);
    glDrawArrays(GL_TRIANGLES, 1, 3);

    glUniform4f(color, 0, 1, 0, 1);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, right);
    glDrawElements(GL_TRIANGLES, 3, GL_UNSIGNED_SHORT, indices);

    printf("error: 0x%x\n", glGetError());
    pixel(64, 110);
    pixel(192, 110);
    pixel(128, 240);
    return 0;
}
