/* Device orientation and motion callbacks, and their status functions.
 *
 * `sensors` (no argument): wasmrun sets the device's orientation and
 * motion sensors over the DevTools protocol; the program prints what its
 * callbacks receive, beside what the DOM event said (from a plain JS
 * listener), until both readings have arrived.
 *
 * `sensors dispatched`: events built in JS with known values, some of them
 * null, are dispatched on the window: null fields read as 0 with their
 * supportedFields bit clear, and a callback returning true cancels the event. */
#include <emscripten.h>
#include <emscripten/html5.h>
#include <stdio.h>
#include <string.h>

static bool got_orientation, got_motion;

static void print_orientation(const char *what, const EmscriptenDeviceOrientationEvent *e) {
    printf("%s alpha=%.3f beta=%.3f gamma=%.3f absolute=%d\n", what, e->alpha, e->beta, e->gamma,
           e->absolute);
}

static void print_motion(const char *what, const EmscriptenDeviceMotionEvent *e) {
    printf("%s acceleration=%.3f,%.3f,%.3f includingGravity=%.3f,%.3f,%.3f "
           "rotationRate=%.3f,%.3f,%.3f supportedFields=%d\n",
           what, e->accelerationX, e->accelerationY, e->accelerationZ, e->accelerationIncludingGravityX,
           e->accelerationIncludingGravityY, e->accelerationIncludingGravityZ, e->rotationRateAlpha,
           e->rotationRateBeta, e->rotationRateGamma, e->supportedFields);
}

static void print_status(void) {
    EmscriptenDeviceOrientationEvent o;
    EmscriptenDeviceMotionEvent m;
    /* Garbage in the structs, so that a field left unwritten shows. */
    memset(&o, 0x55, sizeof o);
    memset(&m, 0x55, sizeof m);
    EMSCRIPTEN_RESULT r = emscripten_get_deviceorientation_status(&o);
    printf("orientation status: %d\n", r);
    if (r == EMSCRIPTEN_RESULT_SUCCESS)
        print_orientation("orientation status", &o);
    r = emscripten_get_devicemotion_status(&m);
    printf("motion status: %d\n", r);
    if (r == EMSCRIPTEN_RESULT_SUCCESS)
        print_motion("motion status", &m);
}

/* Prints the text the page's JS left in globalThis.report. */
static void print_report(void) {
    char text[256];
    EM_ASM({ stringToUTF8(globalThis.report, $0, $1); }, text, sizeof text);
    puts(text);
}

static void stop(void) {
    print_status();
    emscripten_set_deviceorientation_callback(0, false, NULL);
    emscripten_set_devicemotion_callback(0, false, NULL);
    puts("done");
}

/* The JS listener was added first: each C line follows the DOM's own
 * values of the same event. */
static bool on_orientation(int type, const EmscriptenDeviceOrientationEvent *e, void *data) {
    char what[64];
    print_report();
    snprintf(what, sizeof what, "orientation type=%d data=%s", type, (const char *)data);
    print_orientation(what, e);
    /* Chrome may first report an orientation it cannot measure (all null). */
    if (e->alpha != 0)
        got_orientation = true;
    return e->absolute;
}

static bool on_motion(int type, const EmscriptenDeviceMotionEvent *e, void *data) {
    char what[64];
    print_report();
    snprintf(what, sizeof what, "motion type=%d data=%s", type, (const char *)data);
    print_motion(what, e);
    if (e->accelerationIncludingGravityZ != 0)
        got_motion = true;
    return false;
}

/* Sensor mode: stop once both readings have come, then print the status. */
static bool on_orientation_sensor(int type, const EmscriptenDeviceOrientationEvent *e, void *data) {
    if (got_orientation)
        return false;
    on_orientation(type, e, data);
    if (got_orientation && got_motion)
        stop();
    return false;
}

static bool on_motion_sensor(int type, const EmscriptenDeviceMotionEvent *e, void *data) {
    if (got_motion)
        return false;
    on_motion(type, e, data);
    if (got_orientation && got_motion)
        stop();
    return false;
}

int main(int argc, char **argv) {
    bool dispatched = argc > 1 && strcmp(argv[1], "dispatched") == 0;
    print_status();
    /* A plain listener on the window describes the DOM's values in the same
     * format, for the C callback to print. */
    EM_ASM({
        const n = (x) => (x == null ? 'null' : x.toFixed(3));
        const xyz = (a, k) => (a ? k.map((name) => n(a[name])).join(',') : 'null');
        addEventListener('deviceorientation', (e) => {
            globalThis.report = (`dom orientation alpha=${n(e.alpha)} beta=${n(e.beta)} gamma=${n(e.gamma)} ` +
                `absolute=${e.absolute ? 1 : 0}`);
        });
        addEventListener('devicemotion', (e) => {
            globalThis.report = (`dom motion acceleration=${xyz(e.acceleration, ['x', 'y', 'z'])} ` +
                `includingGravity=${xyz(e.accelerationIncludingGravity, ['x', 'y', 'z'])} ` +
                `rotationRate=${xyz(e.rotationRate, ['alpha', 'beta', 'gamma'])}`);
        });
    });
    if (!dispatched) {
        printf("set: %d %d\n",
               emscripten_set_deviceorientation_callback("o", false, on_orientation_sensor),
               emscripten_set_devicemotion_callback("m", false, on_motion_sensor));
        return 0;
    }
    printf("set: %d %d\n", emscripten_set_deviceorientation_callback("o", false, on_orientation),
           emscripten_set_devicemotion_callback("m", false, on_motion));
    EM_ASM({
        const prevented = [];
        const fire = (e) => prevented.push(dispatchEvent(e) ? 0 : 1);
        // Absolute: the callback returns true, which cancels the event.
        fire(new DeviceOrientationEvent('deviceorientation',
            {cancelable: true, alpha: 10.5, beta: null, gamma: -20.25, absolute: true}));
        fire(new DeviceOrientationEvent('deviceorientation', {cancelable: true, alpha: 1, beta: 2}));
        // Only acceleration, and a rotation rate without beta.
        fire(new DeviceMotionEvent('devicemotion', {cancelable: true,
            acceleration: {x: 0.5, y: -1.5, z: 2.25},
            rotationRate: {alpha: 30, beta: null, gamma: -45}}));
        // Nothing measured at all.
        fire(new DeviceMotionEvent('devicemotion', {cancelable: true}));
        globalThis.report = `prevented: ${prevented.join(' ')}`;
    });
    print_report();
    stop();
    return 0;
}
