// expect: breaking
// why: QPDFWriter::setR6EncryptionParameters is exported; v2 inserts bool allow_assemble before encrypt_metadata,
// why: which changes the mangled name from _ZN10QPDFWriter25setR6EncryptionParametersEPKcS1_bbb to ..._bbbb:
// why: binaries built against v1 no longer find the symbol they call.
// abidiff: 12 agree
//--- v1/QPDFWriter.hh
class QPDFWriter {
public:
  QPDFWriter();
  void setR6EncryptionParameters(const char *user_password, const char *owner_password, bool allow_accessibility, bool allow_extract, bool encrypt_metadata);
  int permissions() const;
private:
  int perms;
};
//--- v2/QPDFWriter.hh
class QPDFWriter {
public:
  QPDFWriter();
  void setR6EncryptionParameters(const char *user_password, const char *owner_password, bool allow_accessibility, bool allow_extract, bool allow_assemble, bool encrypt_metadata);
  int permissions() const;
private:
  int perms;
};
//--- v1
#include "QPDFWriter.hh"
QPDFWriter::QPDFWriter() : perms(0) {}
void QPDFWriter::setR6EncryptionParameters(const char *user, const char *owner, bool access, bool extract, bool meta) { perms = (user ? 1 : 0) | (owner ? 2 : 0) | (access ? 4 : 0) | (extract ? 8 : 0) | (meta ? 16 : 0); }
int QPDFWriter::permissions() const { return perms; }
//--- v2
#include "QPDFWriter.hh"
QPDFWriter::QPDFWriter() : perms(0) {}
void QPDFWriter::setR6EncryptionParameters(const char *user, const char *owner, bool access, bool extract, bool assemble, bool meta) { perms = (user ? 1 : 0) | (owner ? 2 : 0) | (access ? 4 : 0) | (extract ? 8 : 0) | (meta ? 16 : 0) | (assemble ? 32 : 0); }
int QPDFWriter::permissions() const { return perms; }
