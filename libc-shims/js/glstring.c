/* glGetString and glGetStringi return pointers that stay valid for the
 * program's lifetime. The strings are made once, here in C, so that the JS
 * runtime needs no access to malloc. */

#include <GLES3/gl3.h>
#include <stdlib.h>

/* The length of the string (without its NUL), copying it when it fits in
 * cap bytes; -1 when the request is an error (recorded for glGetError). */
__attribute__((import_module("env"), import_name("__wasmcc_gl_string")))
int __wasmcc_gl_string(GLenum name, int index, char *buf, int cap);

struct cached {
    GLenum name;
    int index;
    char *text;
    struct cached *next;
};

static struct cached *cache;

static const GLubyte *lookup(GLenum name, int index) {
    for (struct cached *c = cache; c; c = c->next) {
        if (c->name == name && c->index == index) return (const GLubyte *)c->text;
    }
    int len = __wasmcc_gl_string(name, index, 0, 0);
    if (len < 0) return 0;
    struct cached *c = malloc(sizeof *c);
    char *text = malloc((size_t)len + 1);
    if (!c || !text) {
        free(c);
        free(text);
        return 0;
    }
    __wasmcc_gl_string(name, index, text, len + 1);
    c->name = name;
    c->index = index;
    c->text = text;
    c->next = cache;
    cache = c;
    return (const GLubyte *)text;
}

const GLubyte *glGetString(GLenum name) {
    return lookup(name, -1);
}

const GLubyte *glGetStringi(GLenum name, GLuint index) {
    return lookup(name, (int)index);
}
