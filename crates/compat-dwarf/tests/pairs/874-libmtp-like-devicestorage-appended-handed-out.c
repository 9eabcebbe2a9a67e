// expect: warning
// why: LIBMTP_devicestorage_t is declared with its members in libmtp.h, but consumers only get the list from the
// why: library (LIBMTP_Get_Storage_List allocates it and links it through next and prev) and pass an element back to
// why: LIBMTP_Format_Storage. v2 appends MaxObjects: every existing member keeps its offset, the element grows, which
// why: matters only if consumers copy, allocate or embed it; only the public headers can tell: undecided (as in 305).
// abidiff: 4 agree
//--- mtp-device.h
#include <stdint.h>
typedef struct LIBMTP_mtpdevice_struct LIBMTP_mtpdevice_t;
LIBMTP_mtpdevice_t *LIBMTP_Open_Raw_Device(uint32_t bus, uint8_t devnum);
void LIBMTP_Release_Device(LIBMTP_mtpdevice_t *device);
//--- v1/libmtp.h
typedef struct LIBMTP_devicestorage_struct LIBMTP_devicestorage_t;
struct LIBMTP_devicestorage_struct {
    uint32_t id;
    uint16_t StorageType;
    uint16_t FilesystemType;
    uint16_t AccessCapability;
    uint64_t MaxCapacity;
    uint64_t FreeSpaceInBytes;
    uint64_t FreeSpaceInObjects;
    char *StorageDescription;
    char *VolumeIdentifier;
    LIBMTP_devicestorage_t *next;
    LIBMTP_devicestorage_t *prev;
};
LIBMTP_devicestorage_t *LIBMTP_Get_Storage_List(LIBMTP_mtpdevice_t *device);
int LIBMTP_Format_Storage(LIBMTP_mtpdevice_t *device, LIBMTP_devicestorage_t *storage);
//--- v2/libmtp.h
typedef struct LIBMTP_devicestorage_struct LIBMTP_devicestorage_t;
struct LIBMTP_devicestorage_struct {
    uint32_t id;
    uint16_t StorageType;
    uint16_t FilesystemType;
    uint16_t AccessCapability;
    uint64_t MaxCapacity;
    uint64_t FreeSpaceInBytes;
    uint64_t FreeSpaceInObjects;
    char *StorageDescription;
    char *VolumeIdentifier;
    LIBMTP_devicestorage_t *next;
    LIBMTP_devicestorage_t *prev;
    uint64_t MaxObjects;
};
LIBMTP_devicestorage_t *LIBMTP_Get_Storage_List(LIBMTP_mtpdevice_t *device);
int LIBMTP_Format_Storage(LIBMTP_mtpdevice_t *device, LIBMTP_devicestorage_t *storage);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "mtp-device.h"
#include "libmtp.h"
struct LIBMTP_mtpdevice_struct { uint32_t bus; uint8_t devnum; LIBMTP_devicestorage_t *storage; };
LIBMTP_mtpdevice_t *LIBMTP_Open_Raw_Device(uint32_t bus, uint8_t devnum) { LIBMTP_mtpdevice_t *d = calloc(1, sizeof *d); if (d) { d->bus = bus; d->devnum = devnum; } return d; }
LIBMTP_devicestorage_t *LIBMTP_Get_Storage_List(LIBMTP_mtpdevice_t *device) {
    if (!device) return 0;
    if (!device->storage) {
        LIBMTP_devicestorage_t *s = calloc(1, sizeof *s);
        if (!s) return 0;
        s->id = 0x10001; s->StorageType = 3; s->FilesystemType = 2; s->AccessCapability = 0;
        s->MaxCapacity = 1ULL << 34; s->FreeSpaceInBytes = 1ULL << 33; s->FreeSpaceInObjects = 0xFFFFFFFFu;
        s->StorageDescription = strdup("Internal storage");
        device->storage = s;
    }
    return device->storage;
}
int LIBMTP_Format_Storage(LIBMTP_mtpdevice_t *device, LIBMTP_devicestorage_t *storage) { if (!device || !storage || storage->AccessCapability != 0) return -1; storage->FreeSpaceInBytes = storage->MaxCapacity; return 0; }
void LIBMTP_Release_Device(LIBMTP_mtpdevice_t *device) {
    if (!device) return;
    for (LIBMTP_devicestorage_t *s = device->storage, *n; s; s = n) { n = s->next; free(s->StorageDescription); free(s->VolumeIdentifier); free(s); }
    free(device);
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "mtp-device.h"
#include "libmtp.h"
struct LIBMTP_mtpdevice_struct { uint32_t bus; uint8_t devnum; LIBMTP_devicestorage_t *storage; };
LIBMTP_mtpdevice_t *LIBMTP_Open_Raw_Device(uint32_t bus, uint8_t devnum) { LIBMTP_mtpdevice_t *d = calloc(1, sizeof *d); if (d) { d->bus = bus; d->devnum = devnum; } return d; }
LIBMTP_devicestorage_t *LIBMTP_Get_Storage_List(LIBMTP_mtpdevice_t *device) {
    if (!device) return 0;
    if (!device->storage) {
        LIBMTP_devicestorage_t *s = calloc(1, sizeof *s);
        if (!s) return 0;
        s->id = 0x10001; s->StorageType = 3; s->FilesystemType = 2; s->AccessCapability = 0;
        s->MaxCapacity = 1ULL << 34; s->FreeSpaceInBytes = 1ULL << 33; s->FreeSpaceInObjects = 0xFFFFFFFFu;
        s->StorageDescription = strdup("Internal storage");
        s->MaxObjects = 65535;
        device->storage = s;
    }
    return device->storage;
}
int LIBMTP_Format_Storage(LIBMTP_mtpdevice_t *device, LIBMTP_devicestorage_t *storage) { if (!device || !storage || storage->AccessCapability != 0) return -1; storage->FreeSpaceInBytes = storage->MaxCapacity; storage->FreeSpaceInObjects = storage->MaxObjects; return 0; }
void LIBMTP_Release_Device(LIBMTP_mtpdevice_t *device) {
    if (!device) return;
    for (LIBMTP_devicestorage_t *s = device->storage, *n; s; s = n) { n = s->next; free(s->StorageDescription); free(s->VolumeIdentifier); free(s); }
    free(device);
}
