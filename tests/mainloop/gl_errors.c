/* glGetError answers as GLES does: our own errors (unknown names, GLES 3
 * calls on a WebGL 1 context) and WebGL's, one at a time. */
#include <GLES3/gl3.h>
#include <emscripten/html5.h>
#include <stdio.h>

int main(void) {
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context("#canvas", &attrs);
  if (!context || emscripten_webgl_make_context_current(context) != EMSCRIPTEN_RESULT_SUCCESS) {
    printf("no context\n");
    return 1;
  }
  printf("current: %d\n", emscripten_webgl_get_current_context() == context);
  printf("start: 0x%x\n", glGetError());
  glUseProgram(1234);
  printf("bad program: 0x%x\n", glGetError());
  printf("then: 0x%x\n", glGetError());
  glBindVertexArray(0);
  printf("es3 on webgl1: 0x%x\n", glGetError());
  glEnable(0x1234);
  printf("bad enum: 0x%x\n", glGetError());
  GLint viewport[4];
  glGetIntegerv(GL_VIEWPORT, viewport);
  printf("viewport: %d %d %d %d\n", viewport[0], viewport[1], viewport[2], viewport[3]);
  GLint max_size = 0;
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max_size);
  printf("max texture size ok: %d\n", max_size >= 1024);
  printf("extensions: %s\n", glGetString(GL_EXTENSIONS) ? "yes" : "no");
  printf("destroy: %d\n", emscripten_webgl_destroy_context(context));
  printf("current after: %d\n", (int)emscripten_webgl_get_current_context());
  return 0;
}
