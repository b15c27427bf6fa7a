/* main returns while a main loop runs: the program lives on, and when the
 * loop is cancelled it exits with main's status, running atexit handlers. */
#include <emscripten/emscripten.h>
#include <stdio.h>
#include <stdlib.h>

static int frames;
static void bye(void) { printf("atexit\n"); }
static void tick(void) {
  printf("frame %d\n", ++frames);
  if (frames == 4) emscripten_cancel_main_loop();
}
int main(void) {
  atexit(bye);
  emscripten_set_main_loop(tick, 0, 0);
  printf("main done\n");
  return 5;
}
