#include <emscripten/main_loop.h>
#include <stdio.h>
#include <stdlib.h>
static int frames;
static void bye(void) { printf("atexit ran after %d frames\n", frames); }
static void tick(void) {
  frames++;
  if (frames == 5) { emscripten_cancel_main_loop(); printf("cancelled\n"); emscripten_force_exit(3); }
}
int main(void) {
  atexit(bye);
  emscripten_set_main_loop(tick, 0, 1);
  printf("not reached\n");
  return 9;
}
