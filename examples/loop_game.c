/* A legacy game loop, unchanged for the web: main is
 *
 *     while (running) { update(); draw(); usleep(16000); }
 *
 * With -sASYNCIFY each usleep gives the browser its turn (it draws the frame
 * and delivers key presses), then the loop carries on where it was.
 *
 *   wasmcc -sASYNCIFY examples/loop_game.c -o loop_game.html && wasmrun loop_game.html
 *
 * Bounce the ball with the paddle: Left/Right arrows (or A/D) move it, Space
 * serves, Escape quits. Changes of state are printed to stdout.
 *
 * With the argument --frames N it plays N frames by itself and then prints
 * how many animation frames the browser ran meanwhile (the tests use this). */

#include <GLES2/gl2.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Keyboard: html5.h's key callbacks record each key as held, and count its
 * presses, so that a tap shorter than a frame still counts; the loop polls
 * them once per frame. */
enum { KEY_LEFT, KEY_RIGHT, KEY_A, KEY_D, KEY_SPACE, KEY_ESCAPE, KEY_COUNT };
static const char *const key_names[KEY_COUNT] = {"ArrowLeft", "ArrowRight", "a", "d", " ", "Escape"};
static int held[KEY_COUNT], presses[KEY_COUNT];

static int key_index(const char *name) {
    for (int k = 0; k < KEY_COUNT; k++)
        if (strcmp(key_names[k], name) == 0)
            return k;
    return -1;
}

static bool on_key(int type, const EmscriptenKeyboardEvent *e, void *user_data) {
    (void)user_data;
    int k = key_index(e->key);
    if (k < 0)
        return false;
    if (type == EMSCRIPTEN_EVENT_KEYDOWN) {
        held[k] = 1;
        if (!e->repeat)
            presses[k]++;
    } else {
        held[k] = 0;
    }
    return true; /* the game's keys do not scroll the page */
}

static int key_held(const char *name) {
    return held[key_index(name)];
}

static int key_presses(const char *name) {
    int k = key_index(name), n = presses[k];
    presses[k] = 0;
    return n;
}

/* The browser's animation frames, counted in JS: the tests check that they
 * run between the loop's iterations. */
EM_JS(void, count_animation_frames, (void), {
    Module.animationFrames = 0;
    const tick = () => {
        Module.animationFrames++;
        requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
});

EM_JS(int, animation_frames, (void), { return Module.animationFrames; });

static void install_input(void) {
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, NULL, false, on_key);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, NULL, false, on_key);
    count_animation_frames();
}

/* A listener keeps a program alive after main returns; the game is over. */
static void remove_input(void) {
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, NULL, false, NULL);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, NULL, false, NULL);
}

#define WIDTH 320
#define HEIGHT 240

/* The game, in pixels with y up. */
static float paddle_x = WIDTH / 2, ball_x, ball_y, ball_vx, ball_vy;
static int served, score, lives = 3, running = 1, frames;
static const float paddle_w = 48, paddle_h = 8, paddle_y = 16, ball_size = 8;

static void reset_ball(void) {
    served = 0;
    ball_x = paddle_x;
    ball_y = paddle_y + paddle_h;
    ball_vx = ball_vy = 0;
}

static void serve(void) {
    served = 1;
    ball_vx = (score % 2) ? -2.5f : 2.5f;
    ball_vy = 3.0f;
    printf("serve\n");
}

static int pressed(const char *a, const char *b) {
    return key_presses(a) + key_presses(b);
}

static void update(int autoplay) {
    int left = pressed("ArrowLeft", "a"), right = pressed("ArrowRight", "d");
    float move = 4.0f * (float)(key_held("ArrowLeft") + key_held("a") - key_held("ArrowRight") -
                                key_held("d"));
    move -= 8.0f * (float)(left - right);
    if (left)
        printf("left\n");
    if (right)
        printf("right\n");
    if (autoplay)
        move = ball_x < paddle_x ? -4.0f : 4.0f;
    paddle_x -= move;
    if (paddle_x < paddle_w / 2)
        paddle_x = paddle_w / 2;
    if (paddle_x > WIDTH - paddle_w / 2)
        paddle_x = WIDTH - paddle_w / 2;
    if (!served) {
        ball_x = paddle_x;
        if (key_presses(" ") || autoplay)
            serve();
        return;
    }
    ball_x += ball_vx;
    ball_y += ball_vy;
    if (ball_x < ball_size / 2 || ball_x > WIDTH - ball_size / 2)
        ball_vx = -ball_vx;
    if (ball_y > HEIGHT - ball_size / 2)
        ball_vy = -ball_vy;
    int over_paddle = ball_x > paddle_x - paddle_w / 2 - ball_size / 2 &&
                      ball_x < paddle_x + paddle_w / 2 + ball_size / 2;
    if (ball_vy < 0 && ball_y < paddle_y + paddle_h + ball_size / 2 && ball_y > paddle_y &&
        over_paddle) {
        ball_vy = -ball_vy * 1.05f;
        score++;
        printf("score %d\n", score);
    } else if (ball_y < 0) {
        lives--;
        printf("missed: %d lives left\n", lives);
        if (lives == 0) {
            printf("game over: score %d\n", score);
            running = 0;
        }
        reset_ball();
    }
}

/* One shader draws every rectangle: a unit square placed and coloured by uniforms. */
static GLint u_rect, u_color;

static GLuint compile(GLenum type, const char *source) {
    GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, NULL);
    glCompileShader(shader);
    return shader;
}

static void setup_gl(void) {
    emscripten_set_canvas_element_size("#canvas", WIDTH, HEIGHT);
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context("#canvas", &attrs);
    if (!context) {
        fprintf(stderr, "no WebGL context\n");
        exit(1);
    }
    emscripten_webgl_make_context_current(context);
    GLuint program = glCreateProgram();
    glAttachShader(program, compile(GL_VERTEX_SHADER,
                                    "attribute vec2 corner;\n"
                                    "uniform vec4 rect;\n" /* x, y, width, height in pixels */
                                    "void main() {\n"
                                    "  vec2 p = rect.xy + corner * rect.zw;\n"
                                    "  gl_Position = vec4(p / vec2(320.0, 240.0) * 2.0 - 1.0, 0.0, 1.0);\n"
                                    "}\n"));
    glAttachShader(program, compile(GL_FRAGMENT_SHADER, "precision mediump float;\n"
                                                        "uniform vec3 color;\n"
                                                        "void main() { gl_FragColor = vec4(color, 1.0); }\n"));
    glBindAttribLocation(program, 0, "corner");
    glLinkProgram(program);
    glUseProgram(program);
    u_rect = glGetUniformLocation(program, "rect");
    u_color = glGetUniformLocation(program, "color");
    static const GLfloat corners[] = {0, 0, 1, 0, 0, 1, 1, 1};
    GLuint buffer;
    glGenBuffers(1, &buffer);
    glBindBuffer(GL_ARRAY_BUFFER, buffer);
    glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, 0);
    glEnableVertexAttribArray(0);
}

static void rect(float cx, float cy, float w, float h, float r, float g, float b) {
    glUniform4f(u_rect, cx - w / 2, cy - h / 2, w, h);
    glUniform3f(u_color, r, g, b);
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
}

static void draw(void) {
    glClearColor(0.05f, 0.05f, 0.15f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    rect(paddle_x, paddle_y + paddle_h / 2, paddle_w, paddle_h, 0.9f, 0.9f, 0.9f);
    rect(ball_x, ball_y, ball_size, ball_size, 1.0f, 0.8f, 0.2f);
    for (int i = 0; i < lives; i++)
        rect(12 + 14 * i, HEIGHT - 12, 8, 8, 0.9f, 0.2f, 0.2f);
    for (int i = 0; i < score && i < 20; i++)
        rect(WIDTH - 8 - 6 * i, HEIGHT - 12, 4, 8, 0.3f, 0.9f, 0.3f);
}

int main(int argc, char **argv) {
    int autoplay_frames = 0;
    if (argc == 3 && strcmp(argv[1], "--frames") == 0)
        autoplay_frames = atoi(argv[2]);
    setup_gl();
    install_input();
    reset_ball();
    printf("ready: arrows move, space serves, escape quits\n");
    while (running) {
        update(autoplay_frames > 0);
        draw();
        /* Quitting comes last: the frame's other keys (a serve) still count. */
        if (key_presses("Escape")) {
            printf("quit\n");
            running = 0;
        }
        usleep(16000);
        frames++;
        if (autoplay_frames && frames == autoplay_frames) {
            printf("%d frames, %d animation frames\n", frames, animation_frames());
            break;
        }
    }
    printf("bye after %d frames\n", frames);
    remove_input();
    return 0;
}
