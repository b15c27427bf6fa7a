/* Legacy OpenGL ES: client-side vertex arrays drawn through a bound element
 * buffer, by glDrawRangeElements and by instanced draws (needs -sFULL_ES2 on
 * WebGL). argv[1] is the WebGL version: "1" uses ANGLE_instanced_arrays, "2"
 * the OpenGL ES 3.0 functions. One small triangle, shifted by a per-instance
 * (or constant) offset, lands in cells of a 3 x 3 grid:
 *   bottom row: a bound element buffer whose indices were written by
 *     glBufferSubData (left, green); glDrawRangeElements (middle, cyan,
 *     WebGL 2 only);
 *   middle row: glDrawArraysInstanced, 5 instances of 3 vertices, so the
 *     offsets array holds more elements than there are vertices (red);
 *   top row: glDrawElementsInstanced with client indices, 4 instances and a
 *     divisor of 2: two offsets, left and right (blue).
 * Prints the centre pixel of each cell and the GL error. */

#define GL_GLEXT_PROTOTYPES
#include <GLES3/gl3.h>
#include <GLES2/gl2ext.h>
#include <stdio.h>
#include <stdlib.h>

#include "context.h"

static const char *vs =
    "attribute vec2 position;\n"
    "attribute vec2 offset;\n"
    "void main() { gl_Position = vec4(position + offset, 0.0, 1.0); }\n";
static const char *fs =
    "precision mediump float;\n"
    "uniform vec4 color;\n"
    "void main() { gl_FragColor = color; }\n";

/* Vertices 0-3 are never drawn: the indices start at 4. */
static const GLfloat tri[] = {
    9, 9, 9, 9, 9, 9, 9, 9, -0.2f, -0.2f, 0.2f, -0.2f, 0.0f, 0.2f,
};
/* The same triangle alone, for glDrawArraysInstanced from vertex 0. */
static const GLfloat tri3[] = {-0.2f, -0.2f, 0.2f, -0.2f, 0.0f, 0.2f};
static const GLushort client_indices[] = {4, 5, 6};
/* Instances 3 and 4 repeat the right cell. */
static const GLfloat middle_row[] = {-0.6f, 0, 0, 0, 0.6f, 0, 0.6f, 0, 0.6f, 0};
static const GLfloat top_row[] = {-0.6f, 0.6f, 0.6f, 0.6f};

static int webgl2;

static void divisor(GLuint index, GLuint d) {
    if (webgl2)
        glVertexAttribDivisor(index, d);
    else
        glVertexAttribDivisorANGLE(index, d);
}

int main(int argc, char **argv) {
    webgl2 = argc > 1 && atoi(argv[1]) == 2;
    make_context(webgl2 ? 2 : 1, 256);
    static const char *const attribs[] = {"position", "offset", NULL};
    GLuint prog = use_program(vs, fs, attribs);
    GLint color = glGetUniformLocation(prog, "color");
    glViewport(0, 0, 256, 256);
    glClearColor(0, 0, 0, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, tri);

    /* Bottom left: indices 4, 5, 6 at byte 2 of a bound element buffer,
     * written after glBufferData gave it zeros. */
    GLuint elements;
    glGenBuffers(1, &elements);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, elements);
    static const GLushort zeros[4] = {0};
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, sizeof zeros, zeros, GL_STATIC_DRAW);
    glBufferSubData(GL_ELEMENT_ARRAY_BUFFER, 2, sizeof client_indices, client_indices);
    glVertexAttrib2f(1, -0.6f, -0.6f);
    glUniform4f(color, 0, 1, 0, 1);
    glDrawElements(GL_TRIANGLES, 3, GL_UNSIGNED_SHORT, (const void *)2);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, 0);

    /* Bottom middle: the range of vertices is given. */
    if (webgl2) {
        glVertexAttrib2f(1, 0, -0.6f);
        glUniform4f(color, 0, 1, 1, 1);
        glDrawRangeElements(GL_TRIANGLES, 4, 6, 3, GL_UNSIGNED_SHORT, client_indices);
    }

    /* Middle row: per-instance offsets from client memory. */
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, 0, middle_row);
    divisor(1, 1);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, tri3);
    glUniform4f(color, 1, 0, 0, 1);
    if (webgl2)
        glDrawArraysInstanced(GL_TRIANGLES, 0, 3, 5);
    else
        glDrawArraysInstancedANGLE(GL_TRIANGLES, 0, 3, 5);

    /* Top row: each offset serves two instances. */
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, tri);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, 0, top_row);
    divisor(1, 2);
    glUniform4f(color, 0, 0, 1, 1);
    if (webgl2)
        glDrawElementsInstanced(GL_TRIANGLES, 3, GL_UNSIGNED_SHORT, client_indices, 4);
    else
        glDrawElementsInstancedANGLE(GL_TRIANGLES, 3, GL_UNSIGNED_SHORT, client_indices, 4);

    printf("error: 0x%x\n", glGetError());
    static const int xs[] = {51, 128, 204}, ys[] = {44, 121, 198};
    static const char *rows[] = {"bottom", "middle", "top"};
    for (int r = 0; r < 3; r++)
        for (int c = 0; c < 3; c++) {
            unsigned char p[4] = {0};
            glReadPixels(xs[c], ys[r], 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, p);
            printf("%s %d: %d %d %d %d\n", rows[r], c, p[0], p[1], p[2], p[3]);
        }
    return 0;
}
