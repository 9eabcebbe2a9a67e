// expect: info
// why: NMDeviceStateReason has explicit values; v2 inserts NM_DEVICE_STATE_REASON_IP_METHOD_UNSUPPORTED = 65 in the
// why: list before NM_DEVICE_STATE_REASON_MODEM_NOT_FOUND = 66 (as libnm places new reasons by topic), so no
// why: existing enumerator changes value: old binaries' codes keep their meaning.
// abidiff: 0 agree
//--- v1/nm-dbus-interface.h
typedef enum { NM_DEVICE_STATE_REASON_NONE = 0, NM_DEVICE_STATE_REASON_UNKNOWN = 1, NM_DEVICE_STATE_REASON_CARRIER = 40, NM_DEVICE_STATE_REASON_MODEM_NOT_FOUND = 66, NM_DEVICE_STATE_REASON_BT_FAILED = 67 } NMDeviceStateReason;
typedef struct _NMDevice NMDevice;
NMDeviceStateReason nm_device_get_state_reason(NMDevice *device);
const char *nm_device_state_reason_to_string(NMDeviceStateReason reason);
//--- v2/nm-dbus-interface.h
typedef enum { NM_DEVICE_STATE_REASON_NONE = 0, NM_DEVICE_STATE_REASON_UNKNOWN = 1, NM_DEVICE_STATE_REASON_CARRIER = 40, NM_DEVICE_STATE_REASON_IP_METHOD_UNSUPPORTED = 65, NM_DEVICE_STATE_REASON_MODEM_NOT_FOUND = 66, NM_DEVICE_STATE_REASON_BT_FAILED = 67 } NMDeviceStateReason;
typedef struct _NMDevice NMDevice;
NMDeviceStateReason nm_device_get_state_reason(NMDevice *device);
const char *nm_device_state_reason_to_string(NMDeviceStateReason reason);
//--- v1
#include "nm-dbus-interface.h"
struct _NMDevice { int state; NMDeviceStateReason reason; };
NMDeviceStateReason nm_device_get_state_reason(NMDevice *d) { return d ? d->reason : NM_DEVICE_STATE_REASON_UNKNOWN; }
const char *nm_device_state_reason_to_string(NMDeviceStateReason r) { switch (r) { case NM_DEVICE_STATE_REASON_NONE: return "none"; case NM_DEVICE_STATE_REASON_CARRIER: return "carrier"; case NM_DEVICE_STATE_REASON_MODEM_NOT_FOUND: return "modem-not-found"; case NM_DEVICE_STATE_REASON_BT_FAILED: return "bt-failed"; default: return "unknown"; } }
//--- v2
#include "nm-dbus-interface.h"
struct _NMDevice { int state; NMDeviceStateReason reason; };
NMDeviceStateReason nm_device_get_state_reason(NMDevice *d) { return d ? d->reason : NM_DEVICE_STATE_REASON_UNKNOWN; }
const char *nm_device_state_reason_to_string(NMDeviceStateReason r) { switch (r) { case NM_DEVICE_STATE_REASON_NONE: return "none"; case NM_DEVICE_STATE_REASON_CARRIER: return "carrier"; case NM_DEVICE_STATE_REASON_IP_METHOD_UNSUPPORTED: return "ip-method-unsupported"; case NM_DEVICE_STATE_REASON_MODEM_NOT_FOUND: return "modem-not-found"; case NM_DEVICE_STATE_REASON_BT_FAILED: return "bt-failed"; default: return "unknown"; } }
