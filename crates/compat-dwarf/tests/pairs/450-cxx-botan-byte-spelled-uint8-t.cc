// expect: none
// why: Botan 2 spells its byte buffers with std::uint8_t instead of its own Botan::byte (typedef std::uint8_t byte,
// why: kept in types.h for sources that still use it): Buffered_Computation::update and final, the private virtuals
// why: add_data and final_result that hash implementations override, the secure_vector<...> results, hex_encode, and
// why: the MDx state members. Botan::byte is a typedef of uint8_t, hence of unsigned char: every mangled name
// why: (PKh, Ph), vtable slot, member and register is the same.
// abidiff: 0 agree
//--- v1/hash.h
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>
namespace Botan {
typedef std::uint8_t byte;
typedef std::uint32_t u32bit;
template <typename T> using secure_vector = std::vector<T>;
class Buffered_Computation {
public:
  virtual size_t output_length() const = 0;
  void update(const byte in[], size_t length) { add_data(in, length); }
  void final(byte out[]) { final_result(out); }
  secure_vector<byte> final() { secure_vector<byte> output(output_length()); final_result(output.data()); return output; }
  virtual ~Buffered_Computation() = default;
private:
  virtual void add_data(const byte input[], size_t length) = 0;
  virtual void final_result(byte output[]) = 0;
};
class HashFunction : public Buffered_Computation {
public:
  static std::unique_ptr<HashFunction> create(const std::string &algo_spec);
  virtual std::string name() const = 0;
};
class MD5 final : public HashFunction {
public:
  MD5();
  std::string name() const override;
  size_t output_length() const override;
private:
  void add_data(const byte input[], size_t length) override;
  void final_result(byte output[]) override;
  byte m_buffer[64];
  u32bit m_digest[4];
  std::uint64_t m_count;
};
std::string hex_encode(const byte input[], size_t input_length, bool uppercase = true);
}
//--- v2/hash.h
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>
namespace Botan {
typedef std::uint8_t byte;
typedef std::uint32_t u32bit;
template <typename T> using secure_vector = std::vector<T>;
class Buffered_Computation {
public:
  virtual size_t output_length() const = 0;
  void update(const uint8_t in[], size_t length) { add_data(in, length); }
  void final(uint8_t out[]) { final_result(out); }
  secure_vector<uint8_t> final() { secure_vector<uint8_t> output(output_length()); final_result(output.data()); return output; }
  virtual ~Buffered_Computation() = default;
private:
  virtual void add_data(const uint8_t input[], size_t length) = 0;
  virtual void final_result(uint8_t output[]) = 0;
};
class HashFunction : public Buffered_Computation {
public:
  static std::unique_ptr<HashFunction> create(const std::string &algo_spec);
  virtual std::string name() const = 0;
};
class MD5 final : public HashFunction {
public:
  MD5();
  std::string name() const override;
  size_t output_length() const override;
private:
  void add_data(const uint8_t input[], size_t length) override;
  void final_result(uint8_t output[]) override;
  uint8_t m_buffer[64];
  uint32_t m_digest[4];
  std::uint64_t m_count;
};
std::string hex_encode(const uint8_t input[], size_t input_length, bool uppercase = true);
}
//--- v1
#include <cstring>
#include "hash.h"
namespace Botan {
MD5::MD5() : m_buffer(), m_digest{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476}, m_count(0) {}
std::string MD5::name() const { return "MD5"; }
size_t MD5::output_length() const { return 16; }
void MD5::add_data(const byte input[], size_t length) {
  for (size_t i = 0; i < length; i++) { m_buffer[m_count % 64] ^= input[i]; m_digest[i % 4] = (m_digest[i % 4] << 5 | m_digest[i % 4] >> 27) + input[i]; m_count++; }
}
void MD5::final_result(byte output[]) { std::memcpy(output, m_digest, 16); m_count = 0; }
std::unique_ptr<HashFunction> HashFunction::create(const std::string &algo_spec) { return algo_spec == "MD5" ? std::unique_ptr<HashFunction>(new MD5) : nullptr; }
std::string hex_encode(const byte input[], size_t input_length, bool uppercase) {
  const char *tab = uppercase ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < input_length; i++) { out += tab[input[i] >> 4]; out += tab[input[i] & 15]; }
  return out;
}
}
//--- v2
#include <cstring>
#include "hash.h"
namespace Botan {
MD5::MD5() : m_buffer(), m_digest{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476}, m_count(0) {}
std::string MD5::name() const { return "MD5"; }
size_t MD5::output_length() const { return 16; }
void MD5::add_data(const uint8_t input[], size_t length) {
  for (size_t i = 0; i < length; i++) { m_buffer[m_count % 64] ^= input[i]; m_digest[i % 4] = (m_digest[i % 4] << 5 | m_digest[i % 4] >> 27) + input[i]; m_count++; }
}
void MD5::final_result(uint8_t output[]) { std::memcpy(output, m_digest, 16); m_count = 0; }
std::unique_ptr<HashFunction> HashFunction::create(const std::string &algo_spec) { return algo_spec == "MD5" ? std::unique_ptr<HashFunction>(new MD5) : nullptr; }
std::string hex_encode(const uint8_t input[], size_t input_length, bool uppercase) {
  const char *tab = uppercase ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < input_length; i++) { out += tab[input[i] >> 4]; out += tab[input[i] & 15]; }
  return out;
}
}
