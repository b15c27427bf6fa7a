/*
 * AL/alext.h -- the OpenAL extensions wasmcc's runtime implements.
 *
 * AL_EXT_FLOAT32: buffers of 32-bit float samples (alBufferData with the
 * formats below; samples in [-1, 1]).  AL_EXT_OFFSET, AL_EXT_LINEAR_DISTANCE
 * and AL_EXT_EXPONENT_DISTANCE name what OpenAL 1.1 made core.
 * ALC_ENUMERATE_ALL_EXT's names are in <AL/alc.h>.
 */
#ifndef AL_ALEXT_H
#define AL_ALEXT_H 1

#include <AL/al.h>
#include <AL/alc.h>

#define AL_EXT_FLOAT32 1
#define AL_FORMAT_MONO_FLOAT32 0x10010
#define AL_FORMAT_STEREO_FLOAT32 0x10011

#define AL_EXT_OFFSET 1
#define AL_EXT_LINEAR_DISTANCE 1
#define AL_EXT_EXPONENT_DISTANCE 1
#define ALC_ENUMERATION_EXT 1

#endif /* AL_ALEXT_H */
