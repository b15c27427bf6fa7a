/* Mouse and gamepad input through SDL's own Emscripten backend. The page's
 * side acts as the user: mouse events at known places on a canvas of
 * 320x240 pixels shown at 640x480 CSS pixels, then a "standard" gamepad
 * (headless Chromium has none, so navigator.getGamepads is replaced) that
 * connects, presses A, moves its left stick and disconnects. Each input is
 * dispatched from a timer, between frames, as a user's arrives. The
 * program prints the SDL events it gets and exits when the pad is gone. */
#include <SDL.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <stdio.h>
#include <stdlib.h>

/* A mouse event at (x, y) CSS pixels from the canvas's top left corner. */
EM_JS(void, page_mouse, (const char *type, double x, double y, int button), {
    const kind = UTF8ToString(type);
    setTimeout(() => {
        const canvas = document.getElementById('canvas');
        const r = canvas.getBoundingClientRect();
        canvas.dispatchEvent(new MouseEvent(kind, {
            bubbles: true, cancelable: true, view: window,
            /* MouseEvent positions are whole pixels: the next one past x, y. */
            clientX: Math.ceil(r.left + x), clientY: Math.ceil(r.top + y),
            button: button, buttons: kind == 'mousedown' ? 1 << button : 0,
        }));
    }, 0);
});

/* The gamepad: `what` is connect, press, tilt or disconnect. The stick
 * moves twice, half right with the press, then full left, as SDL may take
 * an axis's first reading after the open as its resting value. */
EM_JS(void, page_gamepad, (const char *what), {
    const step = UTF8ToString(what);
    setTimeout(() => {
        const fire = (type, pad) => {
            const e = new Event(type);
            e.gamepad = pad;
            window.dispatchEvent(e);
        };
        if (step == 'connect') {
            const pad = {
                id: 'Test Pad (STANDARD GAMEPAD)', index: 0, connected: true,
                mapping: 'standard', timestamp: performance.now(),
                axes: [0, 0, 0, 0],
                buttons: Array.from({ length: 17 }, () => ({ pressed: false, touched: false, value: 0 })),
            };
            globalThis.testPad = pad;
            navigator.getGamepads = () => [pad, null, null, null];
            fire('gamepadconnected', pad);
        } else if (step == 'press') {
            const pad = globalThis.testPad;
            pad.buttons[0] = { pressed: true, touched: true, value: 1 };
            pad.axes[0] = 0.5;
            pad.timestamp = performance.now();
        } else if (step == 'tilt') {
            const pad = globalThis.testPad;
            pad.axes[0] = -1;
            pad.timestamp = performance.now();
        } else {
            const pad = globalThis.testPad;
            pad.connected = false;
            navigator.getGamepads = () => [null, null, null, null];
            fire('gamepaddisconnected', pad);
        }
    }, 0);
});

static SDL_Renderer *renderer;
static SDL_GameController *controller;
static int frames, mouse_seen, pressed_seen;

static void frame(void) {
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        switch (e.type) {
        case SDL_MOUSEMOTION:
            printf("motion %d %d\n", e.motion.x, e.motion.y);
            break;
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP:
            printf("%s %d at %d %d\n", e.type == SDL_MOUSEBUTTONDOWN ? "down" : "up",
                   e.button.button, e.button.x, e.button.y);
            if (e.type == SDL_MOUSEBUTTONUP && e.button.button == SDL_BUTTON_RIGHT) {
                mouse_seen = 1;
                page_gamepad("connect");
            }
            break;
        case SDL_JOYDEVICEADDED:
            printf("joystick added %d\n", e.jdevice.which);
            break;
        case SDL_CONTROLLERDEVICEADDED:
            controller = SDL_GameControllerOpen(e.cdevice.which);
            printf("controller added %d: %s\n", e.cdevice.which,
                   controller ? SDL_GameControllerName(controller) : SDL_GetError());
            if (controller) {
                SDL_Joystick *joystick = SDL_GameControllerGetJoystick(controller);
                printf("joystick %s: %d axes, %d buttons\n", SDL_JoystickName(joystick),
                       SDL_JoystickNumAxes(joystick), SDL_JoystickNumButtons(joystick));
            }
            page_gamepad("press");
            break;
        case SDL_CONTROLLERBUTTONDOWN:
            printf("controller button %s\n",
                   SDL_GameControllerGetStringForButton((SDL_GameControllerButton)e.cbutton.button));
            page_gamepad("tilt");
            pressed_seen |= 1;
            break;
        case SDL_CONTROLLERAXISMOTION:
            if (e.caxis.value != 0) {
                printf("controller axis %s %d\n",
                       SDL_GameControllerGetStringForAxis((SDL_GameControllerAxis)e.caxis.axis),
                       e.caxis.value);
                pressed_seen |= 2;
            }
            break;
        case SDL_CONTROLLERDEVICEREMOVED:
            printf("controller removed\n");
            SDL_GameControllerClose(controller);
            emscripten_cancel_main_loop();
            SDL_Quit();
            exit(0);
        }
    }
    if (pressed_seen == 3) {
        pressed_seen = 4;
        page_gamepad("disconnect");
    }
    SDL_SetRenderDrawColor(renderer, 0, 0, 64, 255);
    SDL_RenderClear(renderer);
    SDL_RenderPresent(renderer);
    if (++frames == 5) {
        /* Into the canvas, a left click, then to the lower right, a right click. */
        page_mouse("mousemove", 200, 100, 0);
        page_mouse("mousedown", 200, 100, 0);
        page_mouse("mouseup", 200, 100, 0);
        page_mouse("mousemove", 600, 440, 0);
        page_mouse("mousedown", 600, 440, 2);
        page_mouse("mouseup", 600, 440, 2);
    }
}

int main(void) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_GAMECONTROLLER) != 0) {
        printf("SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    SDL_Window *window = SDL_CreateWindow("input", SDL_WINDOWPOS_UNDEFINED,
                                          SDL_WINDOWPOS_UNDEFINED, 320, 240, 0);
    renderer = SDL_CreateRenderer(window, -1, 0);
    if (!window || !renderer) {
        printf("window: %s\n", SDL_GetError());
        return 1;
    }
    /* Shown at twice its size: SDL reports positions in the window's pixels. */
    emscripten_set_element_css_size("#canvas", 640, 480);
    emscripten_set_main_loop(frame, 0, 0);
    return 0;
}
