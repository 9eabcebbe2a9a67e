// expect: breaking
// why: aiString is allocated by the caller and filled through a pointer or reference (aiString path;
// why: mat->GetTexture(aiTextureType_DIFFUSE, 0, &path); aiGetMaterialString(mat, key, 0, 0, &name)). assimp 4.0
// why: changes its length member from size_t to ai_uint32 (uint32_t) so the struct is the same on 32- and 64-bit
// why: targets: data moves from byte 8 to 4 and the struct shrinks from 1032 to 1028 bytes. The library writes the
// why: length in 4 bytes and the text from byte 4, so old callers read data[0..3] as the high half of length and a
// why: name missing its first four characters; inline accessors such as C_Str() read byte 8.
// abidiff: 4 agree
//--- v1/material.h
#include <cstddef>
#include <cstring>
#define MAXLEN 1024
struct aiString {
  aiString() : length(0) { data[0] = '\0'; }
  explicit aiString(const char *s) { Set(s); }
  void Set(const char *s) { length = std::strlen(s); if (length > MAXLEN - 1) length = MAXLEN - 1; std::memcpy(data, s, length); data[length] = '\0'; }
  const char *C_Str() const { return data; }
  size_t length;
  char data[MAXLEN];
};
enum aiTextureType { aiTextureType_NONE = 0, aiTextureType_DIFFUSE = 1, aiTextureType_SPECULAR = 2, aiTextureType_NORMALS = 6 };
enum aiReturn { aiReturn_SUCCESS = 0x0, aiReturn_FAILURE = -0x1, aiReturn_OUTOFMEMORY = -0x3 };
struct aiMaterialProperty { aiString mKey; unsigned int mSemantic; unsigned int mIndex; unsigned int mDataLength; char *mData; };
struct aiMaterial {
  aiMaterial();
  ~aiMaterial();
  aiReturn AddProperty(const aiString *pInput, const char *pKey, unsigned int type, unsigned int index);
  aiReturn Get(const char *pKey, unsigned int type, unsigned int idx, aiString &pOut) const;
  aiReturn GetTexture(aiTextureType type, unsigned int index, aiString *path) const;
  aiMaterialProperty **mProperties;
  unsigned int mNumProperties;
  unsigned int mNumAllocated;
};
extern "C" aiReturn aiGetMaterialString(const aiMaterial *pMat, const char *pKey, unsigned int type, unsigned int index, aiString *pOut);
//--- v2/material.h
#include <cstddef>
#include <cstdint>
#include <cstring>
#define MAXLEN 1024
typedef uint32_t ai_uint32;
struct aiString {
  aiString() : length(0) { data[0] = '\0'; }
  explicit aiString(const char *s) { Set(s); }
  void Set(const char *s) { size_t n = std::strlen(s); if (n > MAXLEN - 1) n = MAXLEN - 1; length = (ai_uint32)n; std::memcpy(data, s, n); data[n] = '\0'; }
  const char *C_Str() const { return data; }
  ai_uint32 length;
  char data[MAXLEN];
};
enum aiTextureType { aiTextureType_NONE = 0, aiTextureType_DIFFUSE = 1, aiTextureType_SPECULAR = 2, aiTextureType_NORMALS = 6 };
enum aiReturn { aiReturn_SUCCESS = 0x0, aiReturn_FAILURE = -0x1, aiReturn_OUTOFMEMORY = -0x3 };
struct aiMaterialProperty { aiString mKey; unsigned int mSemantic; unsigned int mIndex; unsigned int mDataLength; char *mData; };
struct aiMaterial {
  aiMaterial();
  ~aiMaterial();
  aiReturn AddProperty(const aiString *pInput, const char *pKey, unsigned int type, unsigned int index);
  aiReturn Get(const char *pKey, unsigned int type, unsigned int idx, aiString &pOut) const;
  aiReturn GetTexture(aiTextureType type, unsigned int index, aiString *path) const;
  aiMaterialProperty **mProperties;
  unsigned int mNumProperties;
  unsigned int mNumAllocated;
};
extern "C" aiReturn aiGetMaterialString(const aiMaterial *pMat, const char *pKey, unsigned int type, unsigned int index, aiString *pOut);
//--- lib.cc
#include <new>
#include "material.h"
aiMaterial::aiMaterial() : mProperties(new aiMaterialProperty *[16]), mNumProperties(0), mNumAllocated(16) {}
aiMaterial::~aiMaterial() { for (unsigned i = 0; i < mNumProperties; i++) { delete[] mProperties[i]->mData; delete mProperties[i]; } delete[] mProperties; }
aiReturn aiMaterial::AddProperty(const aiString *pInput, const char *pKey, unsigned int type, unsigned int index) {
  if (mNumProperties == mNumAllocated) return aiReturn_OUTOFMEMORY;
  aiMaterialProperty *p = new (std::nothrow) aiMaterialProperty;
  if (!p) return aiReturn_OUTOFMEMORY;
  p->mKey.Set(pKey); p->mSemantic = type; p->mIndex = index;
  p->mDataLength = (unsigned int)sizeof(aiString); p->mData = new char[sizeof(aiString)];
  std::memcpy(p->mData, pInput, sizeof(aiString));
  mProperties[mNumProperties++] = p;
  return aiReturn_SUCCESS;
}
aiReturn aiMaterial::Get(const char *pKey, unsigned int type, unsigned int idx, aiString &pOut) const { return aiGetMaterialString(this, pKey, type, idx, &pOut); }
aiReturn aiMaterial::GetTexture(aiTextureType type, unsigned int index, aiString *path) const { return aiGetMaterialString(this, "$tex.file", (unsigned int)type, index, path); }
extern "C" aiReturn aiGetMaterialString(const aiMaterial *pMat, const char *pKey, unsigned int type, unsigned int index, aiString *pOut) {
  for (unsigned i = 0; i < pMat->mNumProperties; i++) {
    const aiMaterialProperty *p = pMat->mProperties[i];
    if (p->mSemantic == type && p->mIndex == index && !std::strcmp(p->mKey.data, pKey)) { std::memcpy(pOut, p->mData, sizeof(aiString)); return aiReturn_SUCCESS; }
  }
  return aiReturn_FAILURE;
}
