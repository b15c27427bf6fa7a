/* OpenAL 1.1 on wasmcc's runtime: devices and contexts, buffers, sources
 * that play for their duration, a stream whose buffers become processed as
 * time passes, getters, errors and strings. Each line is `name value`; the
 * test compares them with what the OpenAL 1.1 specification says.
 * Build with -sASYNCIFY (usleep lets time pass). */

#include <AL/al.h>
#include <AL/alc.h>
#include <AL/alext.h>
#include <emscripten.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define RATE 22050

static short tone[RATE / 5]; /* 0.2 s */
static short chunk[3][RATE * 3 / 10]; /* 0.3 s each */

static ALint geti(ALuint src, ALenum param) {
    ALint v = -1;
    alGetSourcei(src, param, &v);
    return v;
}

static const char *state_name(ALint s) {
    switch (s) {
    case AL_INITIAL: return "initial";
    case AL_PLAYING: return "playing";
    case AL_PAUSED: return "paused";
    case AL_STOPPED: return "stopped";
    }
    return "?";
}

int main(void) {
    for (int i = 0; i < RATE / 5; i++) tone[i] = (short)(12000 * sin(i * 2 * M_PI * 440 / RATE));
    for (int b = 0; b < 3; b++)
        for (int i = 0; i < RATE * 3 / 10; i++) chunk[b][i] = (short)(8000 * sin(i * 2 * M_PI * 220 * (b + 1) / RATE));

    /* Devices and contexts. */
    const ALCchar *list = alcGetString(NULL, ALC_DEVICE_SPECIFIER);
    printf("device-list %s then %d\n", list, list[strlen(list) + 1]);
    printf("default-device %s\n", alcGetString(NULL, ALC_DEFAULT_DEVICE_SPECIFIER));
    printf("bad-device-name %d\n", alcOpenDevice("no such device") == NULL);
    printf("bad-device-name-error %#x\n", alcGetError(NULL));
    ALCdevice *dev = alcOpenDevice(NULL);
    printf("device %d\n", dev != NULL);
    printf("device-name %s\n", alcGetString(dev, ALC_DEVICE_SPECIFIER));
    printf("alc-enumeration %d %d\n", alcIsExtensionPresent(dev, "ALC_ENUMERATION_EXT"),
           alcIsExtensionPresent(dev, "ALC_NO_SUCH_EXT"));
    ALCint attrs[] = {ALC_FREQUENCY, RATE, 0};
    ALCcontext *ctx = alcCreateContext(dev, attrs);
    printf("context %d\n", ctx != NULL);
    printf("current-before %d\n", alcGetCurrentContext() == NULL);
    printf("make-current %d\n", alcMakeContextCurrent(ctx));
    printf("current %d\n", alcGetCurrentContext() == ctx);
    printf("contexts-device %d\n", alcGetContextsDevice(ctx) == dev);
    ALCint major = 0, minor = 0, freq = 0;
    alcGetIntegerv(dev, ALC_MAJOR_VERSION, 1, &major);
    alcGetIntegerv(dev, ALC_MINOR_VERSION, 1, &minor);
    alcGetIntegerv(dev, ALC_FREQUENCY, 1, &freq);
    printf("alc-version %d.%d\n", major, minor);
    printf("alc-frequency %d\n", freq);
    printf("alc-error %d\n", alcGetError(dev));
    alcGetIntegerv(dev, 0x7777, 1, &freq);
    printf("alc-bad-enum %#x\n", alcGetError(dev));
    ALCboolean made = alcMakeContextCurrent((ALCcontext *)12345);
    printf("alc-bad-context %d %#x\n", made, alcGetError(NULL));

    /* Strings. */
    printf("version %.3s\n", alGetString(AL_VERSION));
    printf("renderer %d vendor %d\n", alGetString(AL_RENDERER) != NULL, alGetString(AL_VENDOR) != NULL);
    printf("float32 %d %d\n", alIsExtensionPresent("AL_EXT_float32"), alIsExtensionPresent("AL_EXT_NOPE"));
    printf("extensions-has-float32 %d\n", strstr(alGetString(AL_EXTENSIONS), "AL_EXT_FLOAT32") != NULL);
    printf("error-string %s\n", alGetString(AL_INVALID_NAME));
    printf("enum-value %#x\n", alGetEnumValue("AL_FORMAT_MONO_FLOAT32"));
    const ALchar *bad = alGetString(0x7777);
    printf("bad-string %d %#x\n", bad == NULL, alGetError());

    /* Buffers. */
    ALuint buf, src;
    alGenBuffers(1, &buf);
    alGenSources(1, &src);
    printf("is %d %d %d %d\n", alIsBuffer(buf), alIsSource(src), alIsSource(buf), alIsBuffer(src));
    alBufferData(buf, AL_FORMAT_MONO16, tone, sizeof tone, RATE);
    ALint bf, bb, bc, bs;
    alGetBufferi(buf, AL_FREQUENCY, &bf);
    alGetBufferi(buf, AL_BITS, &bb);
    alGetBufferi(buf, AL_CHANNELS, &bc);
    alGetBufferi(buf, AL_SIZE, &bs);
    printf("buffer %d %d %d %d\n", bf, bb, bc, bs);
    ALuint fbuf;
    alGenBuffers(1, &fbuf);
    static float stereo[2 * 4410];
    alBufferData(fbuf, AL_FORMAT_STEREO_FLOAT32, stereo, sizeof stereo, 44100);
    alGetBufferi(fbuf, AL_BITS, &bb);
    alGetBufferi(fbuf, AL_CHANNELS, &bc);
    ALenum float_error = alGetError();
    printf("float-buffer %d %d %#x\n", bb, bc, float_error);

    /* Getters return what setters set. */
    alSourcef(src, AL_GAIN, 0.5f);
    alSourcef(src, AL_PITCH, 1.0f);
    alSource3f(src, AL_POSITION, 1.0f, 2.0f, -3.0f);
    ALfloat vel[3] = {0.25f, 0.0f, -0.5f};
    alSourcefv(src, AL_VELOCITY, vel);
    alSourcei(src, AL_SOURCE_RELATIVE, AL_TRUE);
    alSourcef(src, AL_REFERENCE_DISTANCE, 2.0f);
    alSourcef(src, AL_ROLLOFF_FACTOR, 0.5f);
    alSourcef(src, AL_MAX_DISTANCE, 100.0f);
    ALfloat g, x, y, z, v[3];
    alGetSourcef(src, AL_GAIN, &g);
    alGetSource3f(src, AL_POSITION, &x, &y, &z);
    alGetSourcefv(src, AL_VELOCITY, v);
    printf("gain %.2f position %.1f %.1f %.1f velocity %.2f %.2f %.2f\n", g, x, y, z, v[0], v[1], v[2]);
    ALfloat rd, rf, md;
    alGetSourcef(src, AL_REFERENCE_DISTANCE, &rd);
    alGetSourcef(src, AL_ROLLOFF_FACTOR, &rf);
    alGetSourcef(src, AL_MAX_DISTANCE, &md);
    printf("distances %.1f %.1f %.1f relative %d\n", rd, rf, md, geti(src, AL_SOURCE_RELATIVE));
    alSourcei(src, AL_SOURCE_RELATIVE, AL_FALSE);
    alSource3f(src, AL_POSITION, 0, 0, 0);
    printf("initial %s type %#x\n", state_name(geti(src, AL_SOURCE_STATE)), geti(src, AL_SOURCE_TYPE));

    alListenerf(AL_GAIN, 0.75f);
    alListener3f(AL_POSITION, 4, 5, 6);
    ALfloat orient[6] = {0, 0, -1, 0, 1, 0}, o[6], lg;
    orient[0] = 1;
    alListenerfv(AL_ORIENTATION, orient);
    alGetListenerfv(AL_ORIENTATION, o);
    alGetListenerf(AL_GAIN, &lg);
    alGetListener3f(AL_POSITION, &x, &y, &z);
    printf("listener %.2f %.0f %.0f %.0f orientation %.0f %.0f %.0f %.0f %.0f %.0f\n", lg, x, y, z, o[0], o[1],
           o[2], o[3], o[4], o[5]);
    printf("distance-model %#x\n", alGetInteger(AL_DISTANCE_MODEL));
    alDistanceModel(AL_LINEAR_DISTANCE_CLAMPED);
    alDopplerFactor(2.0f);
    printf("distance-model-set %#x doppler %.1f\n", alGetInteger(AL_DISTANCE_MODEL), alGetFloat(AL_DOPPLER_FACTOR));
    alDistanceModel(AL_INVERSE_DISTANCE_CLAMPED);

    /* Errors. */
    printf("no-error %#x\n", alGetError());
    alSourcePlay(src + 1000);
    printf("bad-source %#x\n", alGetError());
    alSourcef(src, 0x7777, 1.0f);
    printf("bad-enum %#x\n", alGetError());
    alSourcef(src, AL_GAIN, -1.0f);
    printf("bad-value %#x\n", alGetError());
    alSourcef(src, AL_POSITION, 1.0f);
    printf("scalar-for-vector %#x\n", alGetError());
    alSourcei(src, AL_BUFFER, 999999);
    printf("bad-buffer-for-source %#x\n", alGetError());
    alBufferData(buf, 0x7777, tone, sizeof tone, RATE);
    printf("bad-format %#x\n", alGetError());
    alBufferData(buf, AL_FORMAT_STEREO16, tone, 6, RATE);
    printf("bad-size %#x\n", alGetError());
    alSourcei(src, AL_SOURCE_STATE, AL_PLAYING);
    printf("read-only %#x\n", alGetError());
    alSourcePlay(src + 1000);
    alSourcef(src, 0x7777, 1.0f);
    ALenum first = alGetError();
    printf("first-error-kept %#x then %#x\n", first, alGetError());

    /* A static buffer plays for its duration: 0.2 s. */
    alSourcei(src, AL_BUFFER, (ALint)buf);
    printf("attached %d type %#x\n", geti(src, AL_BUFFER) == (ALint)buf, geti(src, AL_SOURCE_TYPE));
    alDeleteBuffers(1, &buf);
    ALenum in_use = alGetError();
    printf("delete-in-use %#x still %d\n", in_use, alIsBuffer(buf));
    double t0 = emscripten_get_now();
    alSourcePlay(src);
    printf("after-play %s\n", state_name(geti(src, AL_SOURCE_STATE)));
    usleep(100000);
    ALfloat off;
    alGetSourcef(src, AL_SEC_OFFSET, &off);
    ALint samples = geti(src, AL_SAMPLE_OFFSET);
    double dt = (emscripten_get_now() - t0) / 1000;
    printf("mid-play %s offset-ok %d samples-ok %d\n", state_name(geti(src, AL_SOURCE_STATE)),
           fabs(off - dt) < 0.03, dt < 0.2 ? abs(samples - (int)(dt * RATE)) < RATE * 3 / 100 : 1);
    alSourcei(src, AL_BUFFER, 0);
    printf("attach-while-playing %#x\n", alGetError());
    usleep(250000);
    printf("after-duration %s offset %d\n", state_name(geti(src, AL_SOURCE_STATE)), geti(src, AL_SAMPLE_OFFSET));

    /* Pause keeps the position, and pitch 2 halves the duration. */
    alSourcef(src, AL_PITCH, 2.0f);
    alSourcePlay(src);
    usleep(30000);
    alSourcePause(src);
    alGetSourcef(src, AL_SEC_OFFSET, &off);
    usleep(150000);
    ALfloat off2;
    alGetSourcef(src, AL_SEC_OFFSET, &off2);
    printf("paused %s kept %d\n", state_name(geti(src, AL_SOURCE_STATE)), off == off2 && off > 0);
    t0 = emscripten_get_now();
    alSourcePlay(src);
    while (geti(src, AL_SOURCE_STATE) == AL_PLAYING) usleep(5000);
    dt = (emscripten_get_now() - t0) / 1000;
    printf("resumed-for %d\n", dt >= (0.2 - off) / 2 - 0.01 && dt < 0.2);
    alSourcef(src, AL_PITCH, 1.0f);

    /* Looping keeps playing; stop, rewind. */
    alSourcei(src, AL_LOOPING, AL_TRUE);
    alSourcePlay(src);
    usleep(300000);
    printf("looping %s\n", state_name(geti(src, AL_SOURCE_STATE)));
    alSourceStop(src);
    printf("stopped %s\n", state_name(geti(src, AL_SOURCE_STATE)));
    alSourceRewind(src);
    printf("rewound %s\n", state_name(geti(src, AL_SOURCE_STATE)));
    alSourcei(src, AL_LOOPING, AL_FALSE);

    /* Offsets set before playing are where play starts. */
    alSourcei(src, AL_SAMPLE_OFFSET, RATE / 10);
    t0 = emscripten_get_now();
    alSourcePlay(src);
    while (geti(src, AL_SOURCE_STATE) == AL_PLAYING) usleep(5000);
    dt = (emscripten_get_now() - t0) / 1000;
    printf("from-offset-for %d\n", dt >= 0.09 && dt < 0.18);
    alSourcei(src, AL_SAMPLE_OFFSET, RATE);
    printf("offset-past-end %#x\n", alGetError());

    /* A stream: three 0.3 s buffers queued; they become processed in turn. */
    ALuint stream, bufs[3];
    alGenSources(1, &stream);
    alGenBuffers(3, bufs);
    for (int b = 0; b < 3; b++) alBufferData(bufs[b], AL_FORMAT_MONO16, chunk[b], sizeof chunk[b], RATE);
    alSourceQueueBuffers(stream, 3, bufs);
    printf("queued %d processed %d type %#x\n", geti(stream, AL_BUFFERS_QUEUED), geti(stream, AL_BUFFERS_PROCESSED),
           geti(stream, AL_SOURCE_TYPE));
    alSourceQueueBuffers(src, 1, bufs);
    printf("queue-on-static %#x\n", alGetError());
    t0 = emscripten_get_now();
    alSourcePlay(stream);
    printf("stream-start %s processed %d\n", state_name(geti(stream, AL_SOURCE_STATE)),
           geti(stream, AL_BUFFERS_PROCESSED));
    ALuint got = 0;
    alSourceUnqueueBuffers(stream, 1, &got);
    printf("unqueue-unprocessed %#x\n", alGetError());
    int seen = 0, last = 0, monotonic = 1;
    while (geti(stream, AL_SOURCE_STATE) == AL_PLAYING) {
        int p = geti(stream, AL_BUFFERS_PROCESSED);
        if (p < last) monotonic = 0;
        if (p > last) seen |= 1 << p;
        last = p;
        usleep(20000);
    }
    dt = (emscripten_get_now() - t0) / 1000;
    printf("stream-grew %d %d %d monotonic %d\n", !!(seen & 2), !!(seen & 4), geti(stream, AL_BUFFERS_PROCESSED),
           monotonic);
    printf("stream-for %d\n", dt >= 0.89 && dt < 1.3);
    ALuint back[2] = {0, 0};
    alSourceUnqueueBuffers(stream, 2, back);
    printf("unqueued %d %d left %d processed %d\n", back[0] == bufs[0], back[1] == bufs[1],
           geti(stream, AL_BUFFERS_QUEUED), geti(stream, AL_BUFFERS_PROCESSED));
    /* Refill and play again: the refilled buffer joins the queue's end. */
    alBufferData(back[0], AL_FORMAT_MONO16, chunk[0], sizeof chunk[0], RATE);
    alSourceQueueBuffers(stream, 1, back);
    alSourceRewind(stream);
    alSourcePlay(stream);
    usleep(350000);
    printf("second-pass processed %d of %d\n", geti(stream, AL_BUFFERS_PROCESSED), geti(stream, AL_BUFFERS_QUEUED));
    alSourceStop(stream);
    printf("stopped-processed %d\n", geti(stream, AL_BUFFERS_PROCESSED));

    printf("end-error %#x\n", alGetError());
    alDeleteSources(1, &stream);
    alDeleteSources(1, &src);
    printf("deleted %d\n", alIsSource(src));
    alDeleteBuffers(3, bufs);
    ALenum delete_error = alGetError();
    printf("buffers-free %#x %d\n", delete_error, alIsBuffer(bufs[0]));
    alcMakeContextCurrent(NULL);
    alcDestroyContext(ctx);
    printf("closed %d\n", alcCloseDevice(dev));
    return 0;
}
