// expect: breaking
// why: struct ftdi_context can be allocated by the caller and set up with ftdi_init (struct ftdi_context ftdic;
// why: ftdi_init(&ftdic); ftdi_usb_open(&ftdic, 0x0403, 0x6001)), the way the examples and most older programs use
// why: it; ftdi_new is only a malloc plus ftdi_init. libftdi 1.0 moves to libusb-1.0 and inserts struct
// why: libusb_context *usb_ctx before usb_dev: every member moves by 8 bytes (baudrate from 20 to 28, error_str from
// why: 80 to 88) and the struct grows from 96 to 104 bytes, so ftdi_init writes 8 bytes past an old caller's object,
// why: and every later call reads the members at their new offsets.
// abidiff: 4 agree
// message: ftdi_init sets up the object ftdi_new allocates
//--- v1/ftdi.h
enum ftdi_chip_type { TYPE_AM = 0, TYPE_BM = 1, TYPE_2232C = 2, TYPE_R = 3, TYPE_2232H = 4, TYPE_4232H = 5, TYPE_232H = 6 };
enum ftdi_interface { INTERFACE_ANY = 0, INTERFACE_A = 1, INTERFACE_B = 2 };
enum ftdi_module_detach_mode { AUTO_DETACH_SIO_MODULE = 0, DONT_DETACH_SIO_MODULE = 1 };
struct libusb_device_handle;
struct ftdi_context {
  struct libusb_device_handle *usb_dev;
  int usb_read_timeout;
  int usb_write_timeout;
  enum ftdi_chip_type type;
  int baudrate;
  unsigned char bitbang_enabled;
  unsigned char *readbuffer;
  unsigned int readbuffer_offset;
  unsigned int readbuffer_remaining;
  unsigned int readbuffer_chunksize;
  unsigned int writebuffer_chunksize;
  unsigned int max_packet_size;
  int interface;
  int index;
  int in_ep;
  int out_ep;
  unsigned char bitbang_mode;
  const char *error_str;
  enum ftdi_module_detach_mode module_detach_mode;
};
int ftdi_init(struct ftdi_context *ftdi);
struct ftdi_context *ftdi_new(void);
int ftdi_set_interface(struct ftdi_context *ftdi, enum ftdi_interface interface);
void ftdi_deinit(struct ftdi_context *ftdi);
void ftdi_free(struct ftdi_context *ftdi);
int ftdi_usb_open(struct ftdi_context *ftdi, int vendor, int product);
int ftdi_set_baudrate(struct ftdi_context *ftdi, int baudrate);
const char *ftdi_get_error_string(struct ftdi_context *ftdi);
//--- v2/ftdi.h
enum ftdi_chip_type { TYPE_AM = 0, TYPE_BM = 1, TYPE_2232C = 2, TYPE_R = 3, TYPE_2232H = 4, TYPE_4232H = 5, TYPE_232H = 6 };
enum ftdi_interface { INTERFACE_ANY = 0, INTERFACE_A = 1, INTERFACE_B = 2 };
enum ftdi_module_detach_mode { AUTO_DETACH_SIO_MODULE = 0, DONT_DETACH_SIO_MODULE = 1 };
struct libusb_context;
struct libusb_device_handle;
struct ftdi_context {
  struct libusb_context *usb_ctx;
  struct libusb_device_handle *usb_dev;
  int usb_read_timeout;
  int usb_write_timeout;
  enum ftdi_chip_type type;
  int baudrate;
  unsigned char bitbang_enabled;
  unsigned char *readbuffer;
  unsigned int readbuffer_offset;
  unsigned int readbuffer_remaining;
  unsigned int readbuffer_chunksize;
  unsigned int writebuffer_chunksize;
  unsigned int max_packet_size;
  int interface;
  int index;
  int in_ep;
  int out_ep;
  unsigned char bitbang_mode;
  const char *error_str;
  enum ftdi_module_detach_mode module_detach_mode;
};
int ftdi_init(struct ftdi_context *ftdi);
struct ftdi_context *ftdi_new(void);
int ftdi_set_interface(struct ftdi_context *ftdi, enum ftdi_interface interface);
void ftdi_deinit(struct ftdi_context *ftdi);
void ftdi_free(struct ftdi_context *ftdi);
int ftdi_usb_open(struct ftdi_context *ftdi, int vendor, int product);
int ftdi_set_baudrate(struct ftdi_context *ftdi, int baudrate);
const char *ftdi_get_error_string(struct ftdi_context *ftdi);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "ftdi.h"
#define ftdi_error_return(code, str) do { ftdi->error_str = str; return code; } while (0)
int ftdi_init(struct ftdi_context *ftdi) {
  if (!ftdi) return -1;
  memset(ftdi, 0, sizeof *ftdi);
  ftdi->usb_read_timeout = 5000; ftdi->usb_write_timeout = 5000; ftdi->type = TYPE_BM; ftdi->baudrate = -1;
  ftdi->readbuffer_chunksize = 4096; ftdi->writebuffer_chunksize = 4096; ftdi->max_packet_size = 0;
  ftdi->module_detach_mode = AUTO_DETACH_SIO_MODULE;
  ftdi_set_interface(ftdi, INTERFACE_ANY);
  if (!(ftdi->readbuffer = malloc(ftdi->readbuffer_chunksize))) ftdi_error_return(-1, "out of memory for readbuffer");
  return 0;
}
struct ftdi_context *ftdi_new(void) {
  struct ftdi_context *ftdi = malloc(sizeof *ftdi);
  if (ftdi && ftdi_init(ftdi) != 0) { free(ftdi); return NULL; }
  return ftdi;
}
int ftdi_set_interface(struct ftdi_context *ftdi, enum ftdi_interface interface) {
  switch (interface) {
  case INTERFACE_ANY: case INTERFACE_A: ftdi->interface = 0; ftdi->index = 1; ftdi->in_ep = 0x02; ftdi->out_ep = 0x81; break;
  case INTERFACE_B: ftdi->interface = 1; ftdi->index = 2; ftdi->in_ep = 0x04; ftdi->out_ep = 0x83; break;
  default: ftdi_error_return(-1, "Unknown interface");
  }
  return 0;
}
void ftdi_deinit(struct ftdi_context *ftdi) { if (ftdi) { free(ftdi->readbuffer); ftdi->readbuffer = NULL; } }
void ftdi_free(struct ftdi_context *ftdi) { ftdi_deinit(ftdi); free(ftdi); }
int ftdi_usb_open(struct ftdi_context *ftdi, int vendor, int product) {
  if (vendor != 0x0403) ftdi_error_return(-3, "device not found");
  ftdi->type = product == 0x6010 ? TYPE_2232H : product == 0x6014 ? TYPE_232H : TYPE_R;
  ftdi->max_packet_size = ftdi->type >= TYPE_2232H ? 512 : 64;
  return 0;
}
int ftdi_set_baudrate(struct ftdi_context *ftdi, int baudrate) {
  if (baudrate <= 0 || baudrate > 12000000) ftdi_error_return(-1, "Silly baudrate <= 0.");
  ftdi->baudrate = baudrate;
  return 0;
}
const char *ftdi_get_error_string(struct ftdi_context *ftdi) { return ftdi ? ftdi->error_str : "NULL context"; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "ftdi.h"
#define ftdi_error_return(code, str) do { ftdi->error_str = str; return code; } while (0)
static char default_usb_context;
int ftdi_init(struct ftdi_context *ftdi) {
  if (!ftdi) return -1;
  memset(ftdi, 0, sizeof *ftdi);
  ftdi->usb_ctx = (struct libusb_context *)&default_usb_context;
  ftdi->usb_read_timeout = 5000; ftdi->usb_write_timeout = 5000; ftdi->type = TYPE_BM; ftdi->baudrate = -1;
  ftdi->readbuffer_chunksize = 4096; ftdi->writebuffer_chunksize = 4096; ftdi->max_packet_size = 0;
  ftdi->module_detach_mode = AUTO_DETACH_SIO_MODULE;
  ftdi_set_interface(ftdi, INTERFACE_ANY);
  if (!(ftdi->readbuffer = malloc(ftdi->readbuffer_chunksize))) ftdi_error_return(-1, "out of memory for readbuffer");
  return 0;
}
struct ftdi_context *ftdi_new(void) {
  struct ftdi_context *ftdi = malloc(sizeof *ftdi);
  if (ftdi && ftdi_init(ftdi) != 0) { free(ftdi); return NULL; }
  return ftdi;
}
int ftdi_set_interface(struct ftdi_context *ftdi, enum ftdi_interface interface) {
  switch (interface) {
  case INTERFACE_ANY: case INTERFACE_A: ftdi->interface = 0; ftdi->index = 1; ftdi->in_ep = 0x02; ftdi->out_ep = 0x81; break;
  case INTERFACE_B: ftdi->interface = 1; ftdi->index = 2; ftdi->in_ep = 0x04; ftdi->out_ep = 0x83; break;
  default: ftdi_error_return(-1, "Unknown interface");
  }
  return 0;
}
void ftdi_deinit(struct ftdi_context *ftdi) { if (ftdi) { free(ftdi->readbuffer); ftdi->readbuffer = NULL; ftdi->usb_ctx = NULL; } }
void ftdi_free(struct ftdi_context *ftdi) { ftdi_deinit(ftdi); free(ftdi); }
int ftdi_usb_open(struct ftdi_context *ftdi, int vendor, int product) {
  if (!ftdi->usb_ctx) ftdi_error_return(-4, "libusb_init() failed");
  if (vendor != 0x0403) ftdi_error_return(-3, "device not found");
  ftdi->type = product == 0x6010 ? TYPE_2232H : product == 0x6014 ? TYPE_232H : TYPE_R;
  ftdi->max_packet_size = ftdi->type >= TYPE_2232H ? 512 : 64;
  return 0;
}
int ftdi_set_baudrate(struct ftdi_context *ftdi, int baudrate) {
  if (baudrate <= 0 || baudrate > 12000000) ftdi_error_return(-1, "Silly baudrate <= 0.");
  ftdi->baudrate = baudrate;
  return 0;
}
const char *ftdi_get_error_string(struct ftdi_context *ftdi) { return ftdi ? ftdi->error_str : "NULL context"; }
