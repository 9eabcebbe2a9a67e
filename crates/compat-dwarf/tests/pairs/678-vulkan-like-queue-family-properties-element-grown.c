// expect: breaking
// why: vkGetPhysicalDeviceQueueFamilyProperties(dev, &count, props) writes into an array of VkQueueFamilyProperties
// why: the caller allocates with the count it queried first; nothing hands one out. v2 appends VkExtent3D
// why: minImageTransferGranularity, growing the element from 12 to 24 bytes: the library writes past the end of
// why: old callers' arrays and at the wrong stride.
// abidiff: 4 agree
//--- v1/vulkan_core.h
#include <stdint.h>
typedef uint32_t VkFlags;
typedef VkFlags VkQueueFlags;
typedef struct VkPhysicalDevice_T *VkPhysicalDevice;
typedef struct VkQueueFamilyProperties { VkQueueFlags queueFlags; uint32_t queueCount; uint32_t timestampValidBits; } VkQueueFamilyProperties;
void vkGetPhysicalDeviceQueueFamilyProperties(VkPhysicalDevice physicalDevice, uint32_t *pQueueFamilyPropertyCount, VkQueueFamilyProperties *pQueueFamilyProperties);
//--- v2/vulkan_core.h
#include <stdint.h>
typedef uint32_t VkFlags;
typedef VkFlags VkQueueFlags;
typedef struct VkPhysicalDevice_T *VkPhysicalDevice;
typedef struct VkExtent3D { uint32_t width; uint32_t height; uint32_t depth; } VkExtent3D;
typedef struct VkQueueFamilyProperties { VkQueueFlags queueFlags; uint32_t queueCount; uint32_t timestampValidBits; VkExtent3D minImageTransferGranularity; } VkQueueFamilyProperties;
void vkGetPhysicalDeviceQueueFamilyProperties(VkPhysicalDevice physicalDevice, uint32_t *pQueueFamilyPropertyCount, VkQueueFamilyProperties *pQueueFamilyProperties);
//--- v1
#include "vulkan_core.h"
struct VkPhysicalDevice_T { uint32_t nfamilies; };
void vkGetPhysicalDeviceQueueFamilyProperties(VkPhysicalDevice d, uint32_t *count, VkQueueFamilyProperties *p) { if (!p) { *count = d->nfamilies; return; } for (uint32_t i = 0; i < *count && i < d->nfamilies; i++) { p[i].queueFlags = 1u << i; p[i].queueCount = 4; p[i].timestampValidBits = 64; } }
//--- v2
#include "vulkan_core.h"
struct VkPhysicalDevice_T { uint32_t nfamilies; };
void vkGetPhysicalDeviceQueueFamilyProperties(VkPhysicalDevice d, uint32_t *count, VkQueueFamilyProperties *p) { if (!p) { *count = d->nfamilies; return; } for (uint32_t i = 0; i < *count && i < d->nfamilies; i++) { p[i].queueFlags = 1u << i; p[i].queueCount = 4; p[i].timestampValidBits = 64; p[i].minImageTransferGranularity.width = 1; p[i].minImageTransferGranularity.height = 1; p[i].minImageTransferGranularity.depth = 1; } }
