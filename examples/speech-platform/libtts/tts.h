/* libtts: the speech-synthesis library of the example platform.
 * Version 1 is the released interface; building with -DTTS_V2 gives the
 * next version, which moves a member of a caller-filled struct and drops a
 * deprecated function. */
#ifndef TTS_H
#define TTS_H

/* Filled in by callers and handed to tts_speak. */
struct tts_voice {
    int id;
#ifdef TTS_V2
    int pitch;      /* new in 2: inserted before rate, so rate moves */
#endif
    int rate;
};

int tts_open(const char *model);
int tts_speak(const struct tts_voice *voice, const char *text);
void tts_close(void);

#ifndef TTS_V2
/* Deprecated since 1.0 (deprecation D-1 in compat.toml): use tts_speak. */
__attribute__((deprecated("use tts_speak")))
int tts_say(const char *text);
#endif

#ifdef TTS_V2
int tts_stream(const struct tts_voice *voice, const char *text, int chunk);
#endif

#endif
