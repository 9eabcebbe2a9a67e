// expect: info
// why: struct pci_device is declared with its members in pciaccess.h and consumers only get the objects
// why: pci_device_next hands out. libpciaccess 0.17 needed 32-bit PCI domains: it renamed the uint16_t domain at
// why: offset 0 to domain_16 (same type and place, so old binaries still read the low domain there) and appended
// why: uint32_t domain after int vgaarb_rsrc at offset 288, inside the 4 bytes of tail padding: the struct stays 296
// why: bytes and every old member keeps its offset, so whatever consumers read through the pointer, nothing moved.
// abidiff: 4 disagree: abidiff reports domain renamed and domain inserted; the renamed member keeps its type and offset and the new one sits in the old tail padding, so size and offsets hold.
//--- v1/pciaccess.h
#include <stdint.h>
#include <stddef.h>
typedef uint64_t pciaddr_t;
struct pci_mem_region { void *memory; pciaddr_t bus_addr; pciaddr_t base_addr; pciaddr_t size; unsigned is_IO : 1; unsigned is_prefetchable : 1; unsigned is_64 : 1; };
struct pci_device { uint16_t domain; uint8_t bus; uint8_t dev; uint8_t func; uint16_t vendor_id; uint16_t device_id; uint16_t subvendor_id; uint16_t subdevice_id; uint32_t device_class; uint8_t revision; struct pci_mem_region regions[6]; pciaddr_t rom_size; int irq; intptr_t user_data; int vgaarb_rsrc; };
struct pci_device_iterator;
int pci_system_init(void);
struct pci_device_iterator *pci_slot_match_iterator_create(const void *match);
struct pci_device *pci_device_next(struct pci_device_iterator *iter);
void pci_iterator_destroy(struct pci_device_iterator *iter);
//--- v2/pciaccess.h
#include <stdint.h>
#include <stddef.h>
typedef uint64_t pciaddr_t;
struct pci_mem_region { void *memory; pciaddr_t bus_addr; pciaddr_t base_addr; pciaddr_t size; unsigned is_IO : 1; unsigned is_prefetchable : 1; unsigned is_64 : 1; };
struct pci_device { uint16_t domain_16; uint8_t bus; uint8_t dev; uint8_t func; uint16_t vendor_id; uint16_t device_id; uint16_t subvendor_id; uint16_t subdevice_id; uint32_t device_class; uint8_t revision; struct pci_mem_region regions[6]; pciaddr_t rom_size; int irq; intptr_t user_data; int vgaarb_rsrc; uint32_t domain; };
struct pci_device_iterator;
int pci_system_init(void);
struct pci_device_iterator *pci_slot_match_iterator_create(const void *match);
struct pci_device *pci_device_next(struct pci_device_iterator *iter);
void pci_iterator_destroy(struct pci_device_iterator *iter);
//--- v1
#include <stdlib.h>
#include "pciaccess.h"
static struct pci_device devices[2];
struct pci_device_iterator { unsigned next; };
int pci_system_init(void) { devices[0].vendor_id = 0x8086; devices[0].device_id = 0x1237; devices[1].bus = 1; devices[1].vendor_id = 0x10de; return 0; }
struct pci_device_iterator *pci_slot_match_iterator_create(const void *match) { (void)match; return calloc(1, sizeof(struct pci_device_iterator)); }
struct pci_device *pci_device_next(struct pci_device_iterator *iter) { return iter && iter->next < 2 ? &devices[iter->next++] : 0; }
void pci_iterator_destroy(struct pci_device_iterator *iter) { free(iter); }
//--- v2
#include <stdlib.h>
#include "pciaccess.h"
static struct pci_device devices[2];
struct pci_device_iterator { unsigned next; };
int pci_system_init(void) { devices[0].vendor_id = 0x8086; devices[0].device_id = 0x1237; devices[1].bus = 1; devices[1].vendor_id = 0x10de; devices[1].domain = 0x10000; devices[1].domain_16 = 0xffff; return 0; }
struct pci_device_iterator *pci_slot_match_iterator_create(const void *match) { (void)match; return calloc(1, sizeof(struct pci_device_iterator)); }
struct pci_device *pci_device_next(struct pci_device_iterator *iter) { return iter && iter->next < 2 ? &devices[iter->next++] : 0; }
void pci_iterator_destroy(struct pci_device_iterator *iter) { free(iter); }
