/* A program of the platform that uses libtts. */
#include <stdio.h>
#include "../libtts/tts.h"

int main(void)
{
    struct tts_voice v = { .id = 1, .rate = 160 };
    if (tts_open("en") != 0)
        return 1;
    printf("%d\n", tts_speak(&v, "hello"));
    tts_close();
    return 0;
}
