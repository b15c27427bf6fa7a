/* A game's save folder on IDBFS: written from C, saved with FS.syncfs(false),
   removed from memory, loaded back with FS.syncfs(true) and read from C. */
#include <emscripten.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

static void put(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  if (!f || fputs(text, f) < 0 || fclose(f)) { printf("cannot write %s\n", path); exit(1); }
}

static void show(const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) { printf("%s: missing\n", path); return; }
  char buf[128];
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  buf[n] = 0;
  fclose(f);
  printf("%s: %s", path, buf);
}

/* After the store is loaded back: the saved file is there, the removed one is not. */
EMSCRIPTEN_KEEPALIVE void loaded(void) {
  show("/save/slot1.sav");
  show("/save/levels/best.txt");
  show("/save/old.sav");
  exit(0);
}

/* After the first save: remove a file and save again, then empty memfs's
   folder and load the store. */
EMSCRIPTEN_KEEPALIVE void saved(void) {
  remove("/save/old.sav");
  EM_ASM({
    FS.syncfs(false, function (err) {
      if (err) { out('save failed: ' + err); return; }
      FS.unlink('/save/slot1.sav');
      FS.unlink('/save/levels/best.txt');
      FS.rmdir('/save/levels');
      FS.syncfs(true, function (err) {
        if (err) { out('load failed: ' + err); return; }
        Module._loaded();
      });
    });
  });
}

int main(void) {
  EM_ASM({
    FS.mkdir('/save');
    FS.mount(IDBFS, {}, '/save');
  });
  mkdir("/save/levels", 0755);
  put("/save/slot1.sav", "level=3 lives=2\n");
  put("/save/levels/best.txt", "12.5s\n");
  put("/save/old.sav", "stale\n");
  EM_ASM({
    FS.syncfs(false, function (err) {
      if (err) { out('save failed: ' + err); return; }
      Module._saved();
    });
  });
  emscripten_exit_with_live_runtime();
  return 0;
}
