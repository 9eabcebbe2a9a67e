// expect: breaking
// why: the other side of 766: struct pci_id_match is filled by callers and handed in (pci_id_match_iterator_create
// why: takes a pointer to const and nothing hands one out). v2 renames the uint16_t domain at byte 0 to domain_16 in
// why: place and adds uint32_t domain in the old tail padding (byte 20, size 24 kept), which the library now reads
// why: to match devices: old callers never set those bytes, so the library matches on whatever was on their stack.
// abidiff: 4 agree
//--- v1/pciaccess.h
#include <stdint.h>
struct pci_id_match { uint16_t domain; uint16_t vendor_id; uint32_t device_class; intptr_t match_data; uint32_t device_class_mask; };
struct pci_device_iterator;
struct pci_device_iterator *pci_id_match_iterator_create(const struct pci_id_match *match);
int pci_iterator_matches(const struct pci_device_iterator *iter, uint32_t domain, uint32_t vendor_id);
void pci_iterator_destroy(struct pci_device_iterator *iter);
//--- v2/pciaccess.h
#include <stdint.h>
struct pci_id_match { uint16_t domain_16; uint16_t vendor_id; uint32_t device_class; intptr_t match_data; uint32_t device_class_mask; uint32_t domain; };
struct pci_device_iterator;
struct pci_device_iterator *pci_id_match_iterator_create(const struct pci_id_match *match);
int pci_iterator_matches(const struct pci_device_iterator *iter, uint32_t domain, uint32_t vendor_id);
void pci_iterator_destroy(struct pci_device_iterator *iter);
//--- v1
#include <stdlib.h>
#include "pciaccess.h"
struct pci_device_iterator { uint32_t domain; uint32_t vendor_id; };
struct pci_device_iterator *pci_id_match_iterator_create(const struct pci_id_match *match) { struct pci_device_iterator *it = calloc(1, sizeof *it); if (it && match) { it->domain = match->domain; it->vendor_id = match->vendor_id; } return it; }
int pci_iterator_matches(const struct pci_device_iterator *iter, uint32_t domain, uint32_t vendor_id) { return iter && iter->domain == domain && iter->vendor_id == vendor_id; }
void pci_iterator_destroy(struct pci_device_iterator *iter) { free(iter); }
//--- v2
#include <stdlib.h>
#include "pciaccess.h"
struct pci_device_iterator { uint32_t domain; uint32_t vendor_id; };
struct pci_device_iterator *pci_id_match_iterator_create(const struct pci_id_match *match) { struct pci_device_iterator *it = calloc(1, sizeof *it); if (it && match) { it->domain = match->domain; it->vendor_id = match->vendor_id; } return it; }
int pci_iterator_matches(const struct pci_device_iterator *iter, uint32_t domain, uint32_t vendor_id) { return iter && iter->domain == domain && iter->vendor_id == vendor_id; }
void pci_iterator_destroy(struct pci_device_iterator *iter) { free(iter); }
