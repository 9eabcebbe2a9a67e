// expect: info
// why: VkStructureType tags the caller-filled create-info structs. v2 adds two enumerators with new values
// why: (1000059000 and 1000059001) before VK_STRUCTURE_TYPE_MAX_ENUM = 0x7FFFFFFF: every old enumerator keeps its
// why: value, the enum stays a 4-byte unsigned int (MAX_ENUM already bounded it), and VkApplicationInfo keeps its
// why: layout: an addition (as in 221 and 420).
// abidiff: 0 agree
//--- v1/vulkan_core.h
#include <stdint.h>
typedef enum VkStructureType { VK_STRUCTURE_TYPE_APPLICATION_INFO = 0, VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO = 1, VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO = 2, VK_STRUCTURE_TYPE_MAX_ENUM = 0x7FFFFFFF } VkStructureType;
typedef struct VkApplicationInfo { VkStructureType sType; const void *pNext; const char *pApplicationName; uint32_t applicationVersion; const char *pEngineName; uint32_t engineVersion; uint32_t apiVersion; } VkApplicationInfo;
typedef struct VkInstance_T *VkInstance;
int vkCreateInstance(const VkApplicationInfo *pApplicationInfo, const void *pAllocator, VkInstance *pInstance);
//--- v2/vulkan_core.h
#include <stdint.h>
typedef enum VkStructureType { VK_STRUCTURE_TYPE_APPLICATION_INFO = 0, VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO = 1, VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO = 2, VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2 = 1000059000, VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2 = 1000059001, VK_STRUCTURE_TYPE_MAX_ENUM = 0x7FFFFFFF } VkStructureType;
typedef struct VkApplicationInfo { VkStructureType sType; const void *pNext; const char *pApplicationName; uint32_t applicationVersion; const char *pEngineName; uint32_t engineVersion; uint32_t apiVersion; } VkApplicationInfo;
typedef struct VkInstance_T *VkInstance;
int vkCreateInstance(const VkApplicationInfo *pApplicationInfo, const void *pAllocator, VkInstance *pInstance);
//--- v1
#include <stdlib.h>
#include "vulkan_core.h"
struct VkInstance_T { uint32_t apiVersion; };
int vkCreateInstance(const VkApplicationInfo *a, const void *pAllocator, VkInstance *pInstance) { (void)pAllocator; if (!a || a->sType != VK_STRUCTURE_TYPE_APPLICATION_INFO) return -3; VkInstance i = malloc(sizeof *i); if (!i) return -1; i->apiVersion = a->apiVersion; *pInstance = i; return 0; }
//--- v2
#include <stdlib.h>
#include "vulkan_core.h"
struct VkInstance_T { uint32_t apiVersion; };
int vkCreateInstance(const VkApplicationInfo *a, const void *pAllocator, VkInstance *pInstance) { (void)pAllocator; if (!a || a->sType != VK_STRUCTURE_TYPE_APPLICATION_INFO) return -3; VkInstance i = malloc(sizeof *i); if (!i) return -1; i->apiVersion = a->apiVersion; *pInstance = i; return 0; }
