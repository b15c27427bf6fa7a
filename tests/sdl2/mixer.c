/* SDL2_mixer: opens audio with Mix_OpenAudio, loads the WAV the test wrote
 * (tone.wav: 0.25 s of 44.1 kHz mono) and, when the test could make one,
 * an OGG (tone.ogg: 0.5 s) as a chunk and as music, plays them, and reports
 * what SDL_mixer says: the decoded lengths, Mix_Playing while the sound
 * plays, and the channel and music finishing, which happen only when the
 * audio device has consumed the mixed samples. Browsers start audio on the
 * first key, which the test sends. */
#include <SDL.h>
#include <SDL_mixer.h>
#include <emscripten.h>
#include <stdio.h>
#include <stdlib.h>

static Mix_Chunk *wav;
static Mix_Music *music;
static int freq, channels;
static Uint16 format;
static volatile int channel_done = -1, music_done;
static int frames;
static Uint32 started;

static void on_channel_finished(int channel) { channel_done = channel; }
static void on_music_finished(void) { music_done = 1; }

/* A chunk's length in milliseconds of the device's format. */
static int chunk_ms(const Mix_Chunk *c) {
    int frame_bytes = SDL_AUDIO_BITSIZE(format) / 8 * channels;
    return (int)((double)c->alen / frame_bytes * 1000.0 / freq + 0.5);
}

static void frame(void) {
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
    }
    frames++;
    if (channel_done >= 0 && (music == NULL || music_done)) {
        printf("channel %d finished; Mix_Playing: %d\n", channel_done, Mix_Playing(channel_done));
        printf("finished after ms: %u\n", SDL_GetTicks() - started);
        if (music) {
            printf("music finished; Mix_PlayingMusic: %d\n", Mix_PlayingMusic());
            Mix_FreeMusic(music);
        }
        Mix_FreeChunk(wav);
        Mix_CloseAudio();
        Mix_Quit();
        SDL_Quit();
        exit(0);
    }
}

int main(void) {
    if (SDL_Init(SDL_INIT_AUDIO) != 0) {
        printf("SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    int ogg = Mix_Init(MIX_INIT_OGG);
    printf("Mix_Init(MIX_INIT_OGG): %s\n", (ogg & MIX_INIT_OGG) ? "yes" : Mix_GetError());
    if (Mix_OpenAudio(44100, AUDIO_S16SYS, 2, 1024) != 0) {
        printf("Mix_OpenAudio: %s\n", Mix_GetError());
        return 1;
    }
    Mix_QuerySpec(&freq, &format, &channels);
    printf("opened: %s\n", freq > 0 && channels > 0 ? "yes" : "no");
    wav = Mix_LoadWAV("tone.wav");
    if (!wav) {
        printf("Mix_LoadWAV: %s\n", Mix_GetError());
        return 1;
    }
    printf("wav ms: %d\n", chunk_ms(wav));
    FILE *f = fopen("tone.ogg", "rb");
    if (f) {
        fclose(f);
        Mix_Chunk *ogg_chunk = Mix_LoadWAV("tone.ogg");
        printf("ogg chunk ms: %d\n", ogg_chunk ? chunk_ms(ogg_chunk) : -1);
        Mix_FreeChunk(ogg_chunk);
        music = Mix_LoadMUS("tone.ogg");
        if (!music) {
            printf("Mix_LoadMUS: %s\n", Mix_GetError());
            return 1;
        }
        printf("music type ogg: %s\n", Mix_GetMusicType(music) == MUS_OGG ? "yes" : "no");
        printf("music ms: %d\n", (int)(Mix_MusicDuration(music) * 1000 + 0.5));
        Mix_HookMusicFinished(on_music_finished);
        if (Mix_PlayMusic(music, 0) != 0) {
            printf("Mix_PlayMusic: %s\n", Mix_GetError());
            return 1;
        }
    }
    Mix_ChannelFinished(on_channel_finished);
    started = SDL_GetTicks();
    int channel = Mix_PlayChannel(-1, wav, 0);
    if (channel < 0) {
        printf("Mix_PlayChannel: %s\n", Mix_GetError());
        return 1;
    }
    printf("Mix_Playing: %d\n", Mix_Playing(channel));
    emscripten_set_main_loop(frame, 0, 0);
    return 0;
}
