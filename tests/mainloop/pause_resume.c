/* Pausing stops the frames, resuming starts them again, cancelling ends the
 * program. A requestAnimationFrame loop counts time while the main loop is paused. */
#include <emscripten/emscripten.h>
#include <stdio.h>
#include <stdlib.h>

static int frames, ticks;

static bool tick(double time, void *user_data) {
  (void)time;
  (void)user_data;
  ticks++;
  if (ticks < 5) return true;
  printf("paused: %d frames after %d ticks\n", frames, ticks);
  emscripten_resume_main_loop();
  return false;
}

static void frame(void) {
  frames++;
  if (frames == 3) {
    emscripten_pause_main_loop();
    emscripten_request_animation_frame_loop(tick, NULL);
  }
  if (frames == 6) {
    printf("resumed: %d frames\n", frames);
    emscripten_cancel_main_loop();
    exit(7);
  }
}

int main(void) {
  emscripten_set_main_loop(frame, 0, 1);
  return 0;
}
