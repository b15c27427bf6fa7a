/* A save game that outlives the page: IDBFS at /save is loaded with
   FS.syncfs(true) at start. Without a save, the program writes one, stores
   it with FS.syncfs(false) and exits; after a reload it finds it. */
#include <emscripten.h>
#include <stdio.h>
#include <stdlib.h>

EMSCRIPTEN_KEEPALIVE void stored(void) {
  printf("stored\n");
  exit(0);
}

EMSCRIPTEN_KEEPALIVE void loaded(void) {
  FILE *f = fopen("/save/game.sav", "r");
  if (f) {
    char buf[64];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    printf("found: %s", buf);
    exit(0);
  }
  printf("no save yet\n");
  f = fopen("/save/game.sav", "w");
  if (!f || fputs("level=7 score=1200\n", f) < 0 || fclose(f)) {
    printf("cannot write the save\n");
    exit(1);
  }
  EM_ASM({
    FS.syncfs(false, function (err) {
      if (err) { out('store failed: ' + err); return; }
      Module._stored();
    });
  });
}

int main(void) {
  EM_ASM({
    FS.mkdir('/save');
    FS.mount(IDBFS, {}, '/save');
    FS.syncfs(true, function (err) {
      if (err) { out('load failed: ' + err); return; }
      Module._loaded();
    });
  });
  emscripten_exit_with_live_runtime();
  return 0;
}
