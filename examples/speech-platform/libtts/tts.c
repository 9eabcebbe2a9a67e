#include "tts.h"

static int opened;

int tts_open(const char *model) { opened = model != 0; return opened ? 0 : -1; }

int tts_speak(const struct tts_voice *voice, const char *text)
{
    return opened && text ? voice->rate : -1;
}

void tts_close(void) { opened = 0; }

#ifndef TTS_V2
int tts_say(const char *text) { return text ? 0 : -1; }
#endif

#ifdef TTS_V2
int tts_stream(const struct tts_voice *voice, const char *text, int chunk)
{
    return tts_speak(voice, text) + chunk;
}
#endif
