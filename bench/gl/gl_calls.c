/* GL calls per second through the bindings: a draw-call-heavy frame loop.
 *
 * Each frame makes CALLS_PER_FRAME pairs of GL calls from C in one of three
 * phases: glUniform4f + glDrawArrays, glUniform4fv + glDrawArrays, and
 * glVertexAttrib4fv + glDrawElements (tiny triangles, so the browser's
 * work per call dominates, not pixels). Only the time spent inside the
 * loops is counted (emscripten_get_now), over FRAMES frames per phase after
 * WARMUP frames. Prints, per phase, the rate of the median frame (other load
 * on the machine disturbs it least) and of all frames together; then exits.
 *
 * Built the same way with wasmcc and with emcc by bench/gl/run.sh. */

#include <GLES2/gl2.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <stdio.h>
#include <stdlib.h>

#define CALLS_PER_FRAME 5000
#define WARMUP 10
#define FRAMES 60

static const char *vs =
    "attribute vec2 position;\n"
    "attribute vec4 tint;\n"
    "uniform vec4 offset;\n"
    "varying vec4 v_tint;\n"
    "void main() { gl_Position = vec4(position * 0.01 + offset.xy, 0.0, 1.0); v_tint = tint; }\n";
static const char *fs =
    "precision mediump float;\n"
    "uniform vec4 color;\n"
    "varying vec4 v_tint;\n"
    "void main() { gl_FragColor = color * v_tint; }\n";

static GLint color_loc, offset_loc;
static int frame_no;
static double spent[3][FRAMES];
static const char *names[3] = {"glUniform4f + glDrawArrays", "glUniform4fv + glDrawArrays",
                               "glVertexAttrib4fv + glDrawElements"};

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static GLuint shader(GLenum type, const char *src) {
    GLuint s = glCreateShader(type);
    glShaderSource(s, 1, &src, NULL);
    glCompileShader(s);
    return s;
}

static void frame(void) {
    int phase = frame_no / (WARMUP + FRAMES);
    int in_phase = frame_no % (WARMUP + FRAMES);
    frame_no++;
    if (phase == 3) {
        double total = 0, median_total = 0;
        for (int p = 0; p < 3; p++) {
            double sum = 0;
            for (int f = 0; f < FRAMES; f++) sum += spent[p][f];
            qsort(spent[p], FRAMES, sizeof spent[p][0], by_value);
            double median = spent[p][FRAMES / 2];
            printf("%s: %.2f M calls/s (median frame %.2f ms; all frames %.2f M calls/s)\n", names[p],
                   2.0 * CALLS_PER_FRAME / median / 1000.0, median,
                   2.0 * CALLS_PER_FRAME * FRAMES / sum / 1000.0);
            total += sum;
            median_total += median;
        }
        printf("median frames: %.2f M calls/s; all frames: %.2f M calls/s (%d calls in %.1f ms)\n",
               6.0 * CALLS_PER_FRAME / median_total / 1000.0,
               6.0 * CALLS_PER_FRAME * FRAMES / total / 1000.0, 6 * CALLS_PER_FRAME * FRAMES, total);
        printf("error: 0x%x\n", glGetError());
        emscripten_cancel_main_loop();
        exit(0);
    }
    glClear(GL_COLOR_BUFFER_BIT);
    float v[4] = {0, 0, 0, 1};
    double t0 = emscripten_get_now();
    switch (phase) {
    case 0:
        for (int i = 0; i < CALLS_PER_FRAME; i++) {
            glUniform4f(color_loc, (i & 7) / 7.0f, (i & 3) / 3.0f, 0.5f, 1.0f);
            glDrawArrays(GL_TRIANGLES, 0, 3);
        }
        break;
    case 1:
        for (int i = 0; i < CALLS_PER_FRAME; i++) {
            v[0] = (i % 100) / 50.0f - 1.0f;
            v[1] = (i / 100) / 25.0f - 1.0f;
            glUniform4fv(offset_loc, 1, v);
            glDrawArrays(GL_TRIANGLES, 0, 3);
        }
        break;
    default:
        for (int i = 0; i < CALLS_PER_FRAME; i++) {
            v[0] = (i & 1) ? 1.0f : 0.5f;
            glVertexAttrib4fv(1, v);
            glDrawElements(GL_TRIANGLES, 3, GL_UNSIGNED_SHORT, 0);
        }
        break;
    }
    double t1 = emscripten_get_now();
    if (in_phase >= WARMUP) spent[phase][in_phase - WARMUP] = t1 - t0;
}

int main(void) {
    emscripten_set_canvas_element_size("#canvas", 256, 256);
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context("#canvas", &attrs);
    if (!ctx) {
        printf("no WebGL context\n");
        return 1;
    }
    emscripten_webgl_make_context_current(ctx);
    GLuint prog = glCreateProgram();
    glAttachShader(prog, shader(GL_VERTEX_SHADER, vs));
    glAttachShader(prog, shader(GL_FRAGMENT_SHADER, fs));
    glBindAttribLocation(prog, 0, "position");
    glBindAttribLocation(prog, 1, "tint");
    glLinkProgram(prog);
    glUseProgram(prog);
    color_loc = glGetUniformLocation(prog, "color");
    offset_loc = glGetUniformLocation(prog, "offset");
    glUniform4f(color_loc, 1, 1, 1, 1);
    glUniform4f(offset_loc, 0, 0, 0, 0);
    glVertexAttrib4f(1, 1, 1, 1, 1);

    static const GLfloat tri[] = {0, 1, -1, -1, 1, -1};
    static const GLushort idx[] = {0, 1, 2};
    GLuint buffers[2];
    glGenBuffers(2, buffers);
    glBindBuffer(GL_ARRAY_BUFFER, buffers[0]);
    glBufferData(GL_ARRAY_BUFFER, sizeof tri, tri, GL_STATIC_DRAW);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, buffers[1]);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, sizeof idx, idx, GL_STATIC_DRAW);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, 0);
    glEnableVertexAttribArray(0);
    glViewport(0, 0, 256, 256);
    glClearColor(0, 0, 0, 1);
    emscripten_set_main_loop(frame, 0, 1);
    return 0;
}
