/* fps > 0 paces the loop with timers: 20 frames at 50 fps take about 400 ms.
 * Then EM_TIMING_SETIMMEDIATE runs frames back to back. */
#include <emscripten/emscripten.h>
#include <stdio.h>

static int frames;
static double start, paced;

static void frame(void) {
  frames++;
  if (frames == 1) start = emscripten_get_now();
  if (frames == 21) {
    paced = emscripten_get_now() - start;
    printf("20 frames at 50 fps: %s\n", paced > 300 && paced < 1500 ? "in time" : "out of time");
    fprintf(stderr, "%.0f ms\n", paced);
    emscripten_set_main_loop_timing(EM_TIMING_SETIMMEDIATE, 0);
    start = emscripten_get_now();
  }
  if (frames == 221) {
    double fast = emscripten_get_now() - start;
    printf("200 immediate frames: %s\n", fast < paced ? "faster" : "slower");
    emscripten_force_exit(0);
  }
}

int main(void) {
  if (emscripten_set_main_loop_timing(EM_TIMING_RAF, 1) == 1) printf("timing without a loop\n");
  emscripten_set_main_loop(frame, 50, 1);
  return 0;
}
