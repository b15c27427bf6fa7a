/* Uniform arrays as OpenGL ES names them, and extension entry points on
 * the context's version. A fragment shader sums a uniform array
 * vec4 parts[4] (read back as a pixel); the locations of "parts",
 * "parts[0]" and "parts[2]" are printed relative to each other, arrays are
 * set with glUniform4fv count > 1 from several starting elements, and the
 * OES vertex array and ANGLE instanced entry points draw. A second program
 * of the same shaders gets the same locations. */

#define GL_GLEXT_PROTOTYPES 1
#include <GLES2/gl2.h>
#include <GLES2/gl2ext.h>
#include <emscripten/html5.h>
#include <stdio.h>
#include <stdlib.h>

#include "context.h"

static const char *vs =
    "attribute vec2 position;\n"
    "void main() { gl_Position = vec4(position, 0.0, 1.0); }\n";
static const char *fs =
    "precision mediump float;\n"
    "uniform vec4 parts[4];\n"
    "uniform float scale;\n"
    "void main() { gl_FragColor = scale * (parts[0] + parts[1] + parts[2] + parts[3]); }\n";

static void draw_and_print(const char *what) {
    glClear(GL_COLOR_BUFFER_BIT);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    unsigned char p[4];
    glReadPixels(32, 32, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, p);
    printf("%s: %d %d %d %d\n", what, p[0], p[1], p[2], p[3]);
}

int main(int argc, char **argv) {
    int version = argc > 1 ? atoi(argv[1]) : 1;
    make_context(version, 64);

    GLuint prog = glCreateProgram();
    glAttachShader(prog, shader(GL_VERTEX_SHADER, vs));
    glAttachShader(prog, shader(GL_FRAGMENT_SHADER, fs));
    glBindAttribLocation(prog, 0, "position");
    glLinkProgram(prog);
    glUseProgram(prog);

    GLint arr = glGetUniformLocation(prog, "parts");
    GLint arr0 = glGetUniformLocation(prog, "parts[0]");
    GLint arr2 = glGetUniformLocation(prog, "parts[2]");
    GLint arr3 = glGetUniformLocation(prog, "parts[3]");
    printf("arr == arr[0]: %d\n", arr == arr0 && arr >= 0);
    printf("arr[2] - arr: %d, arr[3] - arr: %d\n", arr2 - arr, arr3 - arr);
    printf("arr[4]: %d, missing: %d, bad index: %d\n", glGetUniformLocation(prog, "parts[4]"),
           glGetUniformLocation(prog, "nothing"), glGetUniformLocation(prog, "parts[x]"));
    GLint scale = glGetUniformLocation(prog, "scale");
    printf("scale[0] of a plain uniform: %d\n", glGetUniformLocation(prog, "scale[0]"));
    glUniform1f(scale, 1.0f);

    static const GLfloat tri[] = {-1, -1, 3, -1, -1, 3};
    GLuint vao = 0;
    glGenVertexArraysOES(1, &vao);
    glBindVertexArrayOES(vao);
    printf("vao: %d, is vao: %d\n", vao != 0, glIsVertexArrayOES(vao));
    GLuint buffer;
    glGenBuffers(1, &buffer);
    glBindBuffer(GL_ARRAY_BUFFER, buffer);
    glBufferData(GL_ARRAY_BUFFER, sizeof tri, tri, GL_STATIC_DRAW);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, 0);
    glEnableVertexAttribArray(0);
    glBindVertexArrayOES(0);
    glBindVertexArrayOES(vao);
    glClearColor(0, 0, 0, 1);

    /* Four elements from "parts": 0.25 red in each, and green in parts[3]. */
    GLfloat four[16] = {0.25f, 0, 0, 0.25f, 0.25f, 0, 0, 0.25f,
                        0.25f, 0, 0, 0.25f, 0.25f, 1, 0, 0.25f};
    glUniform4fv(arr, 4, four);
    draw_and_print("all four");
    /* Two elements from "parts[2]": blue in both, replacing 2 and 3. */
    GLfloat two[8] = {0, 0, 0.5f, 0.25f, 0, 0, 0.5f, 0.25f};
    glUniform4fv(arr2, 2, two);
    draw_and_print("from [2]");
    /* One element through parts[3]'s own location: green. */
    GLfloat one[4] = {0, 1, 0, 0.25f};
    glUniform4fv(arr3, 1, one);
    draw_and_print("[3] alone");

    /* Instanced drawing through the ANGLE entry points: 1 instance. */
    glVertexAttribDivisorANGLE(0, 0);
    glDrawArraysInstancedANGLE(GL_TRIANGLES, 0, 3, 1);
    /* The default framebuffer's one colour buffer, through EXT_draw_buffers. */
    GLenum back = GL_BACK;
    glDrawBuffersEXT(1, &back);
    printf("error: 0x%x\n", glGetError());

    /* A relink keeps working locations. */
    glLinkProgram(prog);
    GLint again = glGetUniformLocation(prog, "parts[2]");
    glUniform4fv(again, 2, two);
    glUniform4fv(glGetUniformLocation(prog, "parts"), 2, two);
    glUniform1f(glGetUniformLocation(prog, "scale"), 1.0f);
    draw_and_print("after relink");
    printf("error: 0x%x\n", glGetError());

    /* A second program from the same shaders numbers its uniforms alike, so
     * locations taken from the first set the second's; glGetUniformfv reads
     * the program it names, whichever is current. */
    GLuint prog2 = glCreateProgram();
    glAttachShader(prog2, shader(GL_VERTEX_SHADER, vs));
    glAttachShader(prog2, shader(GL_FRAGMENT_SHADER, fs));
    glBindAttribLocation(prog2, 0, "position");
    glLinkProgram(prog2);
    GLint scale1 = glGetUniformLocation(prog, "scale");
    GLint parts1 = glGetUniformLocation(prog, "parts");
    printf("same locations: %d\n", scale1 == glGetUniformLocation(prog2, "scale") &&
                                       parts1 == glGetUniformLocation(prog2, "parts[0]"));
    glUseProgram(prog2);
    glUniform4fv(parts1, 4, four);
    glUniform1f(scale1, 0.5f);
    draw_and_print("second program");
    GLfloat got1 = 0, got2 = 0;
    glGetUniformfv(prog, scale1, &got1);
    glGetUniformfv(prog2, scale1, &got2);
    printf("scales: %.2f %.2f\n", got1, got2);
    printf("error: 0x%x\n", glGetError());
    return 0;
}
