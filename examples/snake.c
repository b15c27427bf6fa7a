/* Snake: OpenGL ES 2.0 drawing driven by emscripten_set_main_loop, and
 * html5.h keyboard and resize callbacks.
 *
 *   wasmcc examples/snake.c -o snake.html
 *
 * Arrows or WASD steer; eat the orange squares. When the snake hits a wall
 * or itself the game is over: R, Space or Enter starts again. The score is
 * drawn at the top of the canvas, and the program prints what happens
 * ("pos X,Y" on each move, "score N", "game over", "restart") so that the
 * tests, or `wasmrun snake.html`, can follow the game. The food comes from a
 * fixed pseudo-random sequence, so every game is the same for the same keys. */

#include <GLES2/gl2.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COLS 20
#define ROWS 20
/* Two rows above the field hold the score. */
#define TOP 2
#define STEP_MS 125.0

typedef struct {
    int x, y;
} Cell;

static Cell snake[COLS * ROWS];
static int length;
static int dx, dy;       /* the direction of the last move */
static int next_dx, next_dy; /* the direction asked for since */
static Cell food;
static int score;
static bool over;
static unsigned seed;
static double last_step;

static GLint rect_location, color_location;

static unsigned next_random(void) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7fff;
}

static bool on_snake(int x, int y) {
    for (int i = 0; i < length; i++)
        if (snake[i].x == x && snake[i].y == y) return true;
    return false;
}

static void place_food(void) {
    do {
        food.x = (int)(next_random() % COLS);
        food.y = (int)(next_random() % ROWS);
    } while (on_snake(food.x, food.y));
}

static void start_game(void) {
    seed = 1;
    length = 3;
    for (int i = 0; i < length; i++) snake[i] = (Cell){5 - i, 10};
    dx = next_dx = 1;
    dy = next_dy = 0;
    score = 0;
    over = false;
    place_food();
    last_step = emscripten_get_now();
    printf("score %d\n", score);
    printf("pos %d,%d\n", snake[0].x, snake[0].y);
}

static void step(void) {
    dx = next_dx;
    dy = next_dy;
    Cell head = {snake[0].x + dx, snake[0].y + dy};
    bool eats = head.x == food.x && head.y == food.y;
    /* The tail moves away this step unless the snake grows. */
    int body = eats ? length : length - 1;
    bool hits_self = false;
    for (int i = 0; i < body; i++)
        if (snake[i].x == head.x && snake[i].y == head.y) hits_self = true;
    if (head.x < 0 || head.x >= COLS || head.y < 0 || head.y >= ROWS || hits_self) {
        over = true;
        printf("game over, score %d (press R, Space or Enter)\n", score);
        return;
    }
    if (eats) length++;
    memmove(&snake[1], &snake[0], (size_t)(length - 1) * sizeof(Cell));
    snake[0] = head;
    printf("pos %d,%d\n", head.x, head.y);
    if (eats) {
        score++;
        printf("score %d\n", score);
        if (length == COLS * ROWS) {
            over = true;
            printf("game over, score %d: the field is full\n", score);
            return;
        }
        place_food();
    }
}

static void turn(int x, int y) {
    /* The snake cannot reverse onto itself. */
    if (x == -dx && y == -dy) return;
    next_dx = x;
    next_dy = y;
}

static bool on_key(int type, const EmscriptenKeyboardEvent *e, void *user_data) {
    (void)type;
    (void)user_data;
    const char *k = e->key, *c = e->code;
    if (!strcmp(k, "ArrowUp") || !strcmp(c, "KeyW")) {
        turn(0, -1);
    } else if (!strcmp(k, "ArrowDown") || !strcmp(c, "KeyS")) {
        turn(0, 1);
    } else if (!strcmp(k, "ArrowLeft") || !strcmp(c, "KeyA")) {
        turn(-1, 0);
    } else if (!strcmp(k, "ArrowRight") || !strcmp(c, "KeyD")) {
        turn(1, 0);
    } else if (!strcmp(c, "KeyR") || !strcmp(k, " ") || !strcmp(k, "Enter")) {
        if (!over) return false;
        puts("restart");
        start_game();
    } else {
        return false;
    }
    /* Handled: keep the page from scrolling on arrows and Space. */
    return true;
}

/* Keeps the canvas as large as the window allows, up to 600 pixels wide. */
static void fit_canvas(void) {
    int width = EM_ASM_INT({ return innerWidth; }) - 40;
    int height = EM_ASM_INT({ return innerHeight; }) - 160;
    int size = width * ROWS < height * COLS ? width : height * COLS / ROWS;
    if (size > 600) size = 600;
    if (size < 160) size = 160;
    emscripten_set_canvas_element_size("#canvas", size, size * (ROWS + TOP) / COLS);
}

static bool on_resize(int type, const EmscriptenUiEvent *e, void *user_data) {
    (void)type;
    (void)e;
    (void)user_data;
    fit_canvas();
    return false;
}

/* A rectangle in board cells (x right, y down; the score rows are y < 0). */
static void fill(float x, float y, float w, float h, float r, float g, float b) {
    glUniform4f(rect_location, x, y + TOP, w, h);
    glUniform4f(color_location, r, g, b, 1.0f);
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
}

/* Digits 3 wide and 5 high, one row per 3 bits, top row first. */
static const unsigned short digits[10] = {
    0x7B6F, 0x2C97, 0x73E7, 0x73CF, 0x5BC9, 0x79CF, 0x79EF, 0x7249, 0x7BEF, 0x7BCF,
};

static void draw_number(int n, float x, float y, float pixel) {
    char text[16];
    int len = snprintf(text, sizeof text, "%d", n);
    for (int i = 0; i < len; i++) {
        unsigned bits = digits[text[i] - '0'];
        for (int row = 0; row < 5; row++)
            for (int col = 0; col < 3; col++)
                if (bits & (1u << (14 - (row * 3 + col))))
                    fill(x + (i * 4 + col) * pixel, y + row * pixel, pixel, pixel, 1, 1, 1);
    }
}

static void frame(void) {
    double now = emscripten_get_now();
    /* Catch up at most a few steps, e.g. after the tab was hidden. */
    int steps = 0;
    while (!over && now - last_step >= STEP_MS && steps < 3) {
        last_step += STEP_MS;
        step();
        steps++;
    }
    if (now - last_step >= STEP_MS) last_step = now;

    int width, height;
    emscripten_get_canvas_element_size("#canvas", &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(0.08f, 0.08f, 0.1f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    fill(0, 0, COLS, ROWS, 0.13f, 0.16f, 0.13f);
    fill(food.x + 0.15f, food.y + 0.15f, 0.7f, 0.7f, 1.0f, 0.55f, 0.1f);
    for (int i = 0; i < length; i++) {
        float shade = i == 0 ? 1.0f : 0.75f;
        if (over)
            fill(snake[i].x + 0.05f, snake[i].y + 0.05f, 0.9f, 0.9f, 0.9f * shade, 0.2f, 0.2f);
        else
            fill(snake[i].x + 0.05f, snake[i].y + 0.05f, 0.9f, 0.9f, 0.3f, 0.85f * shade, 0.35f);
    }
    draw_number(score, 0.4f, -1.75f, 0.3f);
}

static const char *vertex_source =
    "attribute vec2 corner;\n"
    "uniform vec4 rect;\n"
    "const vec2 board = vec2(20.0, 22.0);\n"
    "void main() {\n"
    "  vec2 p = (rect.xy + corner * rect.zw) / board;\n"
    "  gl_Position = vec4(p.x * 2.0 - 1.0, 1.0 - p.y * 2.0, 0.0, 1.0);\n"
    "}\n";

static const char *fragment_source =
    "precision mediump float;\n"
    "uniform vec4 color;\n"
    "void main() { gl_FragColor = color; }\n";

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

int main(void) {
    fit_canvas();
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context("#canvas", &attrs);
    if (!context) {
        fprintf(stderr, "no WebGL context\n");
        return 1;
    }
    emscripten_webgl_make_context_current(context);

    GLuint program = glCreateProgram();
    glAttachShader(program, compile(GL_VERTEX_SHADER, vertex_source));
    glAttachShader(program, compile(GL_FRAGMENT_SHADER, fragment_source));
    glBindAttribLocation(program, 0, "corner");
    glLinkProgram(program);
    glUseProgram(program);
    rect_location = glGetUniformLocation(program, "rect");
    color_location = glGetUniformLocation(program, "color");

    static const GLfloat corners[] = {0, 0, 1, 0, 0, 1, 1, 1};
    GLuint buffer;
    glGenBuffers(1, &buffer);
    glBindBuffer(GL_ARRAY_BUFFER, buffer);
    glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, (void *)0);
    glEnableVertexAttribArray(0);

    /* On the window, so keys count whether or not the canvas has the focus. */
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, NULL, false, on_key);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, NULL, false, on_resize);

    start_game();
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
