// expect: breaking
// why: struct nvme_passthru_cmd is filled by callers and passed to nvme_submit_admin_passthru, which writes the
// why: completion's result back into it. v2 widens result from __u32 to __u64 (the kernel's 64-bit passthru): the
// why: member moves from offset 68 to 72 with the 8-byte alignment and the struct grows from 72 to 80 bytes, so the
// why: library reads past a v1 caller's command and writes 8 bytes where it had 4.
// abidiff: 4 agree
//--- v1/nvme_ioctl.h
#include <linux/types.h>
struct nvme_passthru_cmd { __u8 opcode; __u8 flags; __u16 rsvd1; __u32 nsid; __u32 cdw2; __u32 cdw3; __u64 metadata; __u64 addr; __u32 metadata_len; __u32 data_len; __u32 cdw10; __u32 cdw11; __u32 cdw12; __u32 cdw13; __u32 cdw14; __u32 cdw15; __u32 timeout_ms; __u32 result; };
int nvme_submit_admin_passthru(int fd, struct nvme_passthru_cmd *cmd, __u32 *result);
int nvme_identify_ctrl_raw(int fd, void *data);
//--- v2/nvme_ioctl.h
#include <linux/types.h>
struct nvme_passthru_cmd { __u8 opcode; __u8 flags; __u16 rsvd1; __u32 nsid; __u32 cdw2; __u32 cdw3; __u64 metadata; __u64 addr; __u32 metadata_len; __u32 data_len; __u32 cdw10; __u32 cdw11; __u32 cdw12; __u32 cdw13; __u32 cdw14; __u32 cdw15; __u32 timeout_ms; __u64 result; };
int nvme_submit_admin_passthru(int fd, struct nvme_passthru_cmd *cmd, __u32 *result);
int nvme_identify_ctrl_raw(int fd, void *data);
//--- v1
#include <string.h>
#include "nvme_ioctl.h"
int nvme_submit_admin_passthru(int fd, struct nvme_passthru_cmd *cmd, __u32 *result) { if (fd < 0) return -1; cmd->result = cmd->opcode == 0x06 ? 0x1u : 0u; if (result) *result = cmd->result; return 0; }
int nvme_identify_ctrl_raw(int fd, void *data) { struct nvme_passthru_cmd cmd; memset(&cmd, 0, sizeof cmd); cmd.opcode = 0x06; cmd.addr = (__u64)(unsigned long)data; cmd.data_len = 4096; cmd.cdw10 = 1; return nvme_submit_admin_passthru(fd, &cmd, 0); }
//--- v2
#include <string.h>
#include "nvme_ioctl.h"
int nvme_submit_admin_passthru(int fd, struct nvme_passthru_cmd *cmd, __u32 *result) { if (fd < 0) return -1; cmd->result = cmd->opcode == 0x06 ? 0x100000001ull : 0u; if (result) *result = (__u32)cmd->result; return 0; }
int nvme_identify_ctrl_raw(int fd, void *data) { struct nvme_passthru_cmd cmd; memset(&cmd, 0, sizeof cmd); cmd.opcode = 0x06; cmd.addr = (__u64)(unsigned long)data; cmd.data_len = 4096; cmd.cdw10 = 1; return nvme_submit_admin_passthru(fd, &cmd, 0); }
