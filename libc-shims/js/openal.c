/* alGetString and alcGetString return pointers that stay valid for the
 * program's lifetime. The runtime (js-templates/lib/openal.js) decides the
 * text and records the errors; the copies are made once, here in C, so that
 * the JS runtime needs no access to malloc. A string may hold NULs of its
 * own (alcGetString's device lists end with two), so each copy keeps the
 * length the runtime gave and adds one more NUL. */

#include <AL/al.h>
#include <AL/alc.h>
#include <stdlib.h>
#include <string.h>

#define JS(name) __attribute__((import_module("env"), import_name(name)))

/* The string's length in bytes, copying it when it fits in cap bytes; -1
 * when the request is an error (recorded for alGetError or alcGetError). */
JS("__wasmcc_al_string") int __wasmcc_al_string(ALenum param, char *buf, int cap);
JS("__wasmcc_alc_string") int __wasmcc_alc_string(ALCdevice *device, ALCenum param, char *buf, int cap);

struct cached {
    int al; /* 1 for alGetString, 0 for alcGetString */
    ALCdevice *device;
    int param;
    int len;
    char *text;
    struct cached *next;
};

static struct cached *cache;

static int fetch(int al, ALCdevice *device, int param, char *buf, int cap) {
    return al ? __wasmcc_al_string(param, buf, cap) : __wasmcc_alc_string(device, param, buf, cap);
}

static const char *lookup(int al, ALCdevice *device, int param) {
    int len = fetch(al, device, param, 0, 0);
    if (len < 0) return 0;
    /* Keyed by the request and the text itself, so each distinct answer is
     * copied once and a pointer returned earlier stays valid. */
    char *text = malloc((size_t)len + 1);
    if (!text) return 0;
    fetch(al, device, param, text, len + 1);
    text[len] = 0;
    for (struct cached *c = cache; c; c = c->next) {
        if (c->al == al && c->device == device && c->param == param && c->len == len &&
            memcmp(c->text, text, (size_t)len + 1) == 0) {
            free(text);
            return c->text;
        }
    }
    struct cached *c = malloc(sizeof *c);
    if (!c) {
        free(text);
        return 0;
    }
    c->al = al;
    c->device = device;
    c->param = param;
    c->len = len;
    c->text = text;
    c->next = cache;
    cache = c;
    return text;
}

const ALchar *alGetString(ALenum param) { return lookup(1, 0, param); }

const ALCchar *alcGetString(ALCdevice *device, ALCenum param) { return lookup(0, device, param); }
