// expect: none
// why: Crypto++ 6.0 moved typedef unsigned char byte from the global namespace into namespace CryptoPP. A typedef
// why: names its type wherever it is declared: SHA256's byte members and the byte * parameters of Update and Final
// why: are unsigned char either way, with the same layout and the same mangled names (h). Nothing changes.
// abidiff: 0 agree
//--- v1/sha.h
#include <cstddef>
typedef unsigned char byte;
namespace CryptoPP {
typedef unsigned int word32;
typedef unsigned long long word64;
class SHA256 {
public:
    SHA256();
    void Update(const byte *input, std::size_t length);
    void Final(byte *digest);
private:
    word32 m_state[8];
    word64 m_count;
    byte m_data[64];
};
}
//--- v2/sha.h
#include <cstddef>
namespace CryptoPP {
typedef unsigned char byte;
typedef unsigned int word32;
typedef unsigned long long word64;
class SHA256 {
public:
    SHA256();
    void Update(const byte *input, std::size_t length);
    void Final(byte *digest);
private:
    word32 m_state[8];
    word64 m_count;
    byte m_data[64];
};
}
//--- v1
#include <cstring>
#include "sha.h"
namespace CryptoPP {
SHA256::SHA256() : m_state{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}, m_count(0), m_data{} {}
void SHA256::Update(const byte *input, std::size_t length) { for (std::size_t i = 0; i < length; i++) { m_data[m_count % 64] ^= input[i]; m_state[i % 8] += input[i]; m_count++; } }
void SHA256::Final(byte *digest) { for (int i = 0; i < 8; i++) for (int k = 0; k < 4; k++) digest[4 * i + k] = static_cast<byte>(m_state[i] >> (24 - 8 * k)); }
}
//--- v2
#include <cstring>
#include "sha.h"
namespace CryptoPP {
SHA256::SHA256() : m_state{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}, m_count(0), m_data{} {}
void SHA256::Update(const byte *input, std::size_t length) { for (std::size_t i = 0; i < length; i++) { m_data[m_count % 64] ^= input[i]; m_state[i % 8] += input[i]; m_count++; } }
void SHA256::Final(byte *digest) { for (int i = 0; i < 8; i++) for (int k = 0; k < 4; k++) digest[4 * i + k] = static_cast<byte>(m_state[i] >> (24 - 8 * k)); }
}
