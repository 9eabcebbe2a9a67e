// expect: info
// why: The caller-filled class table struct stream_class adds two vfuncs (seek, tell) and shrinks padding from
// why: 6 to 4 pointers, as GLib classes do: the new members take padding[0] and padding[1]'s 16 bytes in place,
// why: the table keeps 64 bytes and read/close keep their slots; old callers zeroed the padding, so seek and
// why: tell are NULL, which the library checks.
// abidiff: 4 disagree: abidiff reports padding shrunk and moved; seek and tell take padding[0] and padding[1]'s 16 bytes in place, so the table's size and the slots of read and close are unchanged (as in 114).
//--- v1/stream.h
struct stream_class { long (*read)(void *s, void *buf, unsigned long n); int (*close)(void *s); void *padding[6]; };
int stream_class_install(const struct stream_class *klass);
//--- v2/stream.h
struct stream_class { long (*read)(void *s, void *buf, unsigned long n); int (*close)(void *s);
                      long (*seek)(void *s, long off, int whence); long (*tell)(void *s); void *padding[4]; };
int stream_class_install(const struct stream_class *klass);
//--- v1
#include "stream.h"
static const struct stream_class *installed;
int stream_class_install(const struct stream_class *klass) { installed = klass; return klass->read ? 0 : -1; }
//--- v2
#include "stream.h"
static const struct stream_class *installed;
int stream_class_install(const struct stream_class *klass)
{
    installed = klass;
    if (klass->seek && !klass->tell) return -1;
    return klass->read ? 0 : -1;
}
