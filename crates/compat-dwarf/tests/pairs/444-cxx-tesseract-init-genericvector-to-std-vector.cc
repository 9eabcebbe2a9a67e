// expect: breaking
// why: Tesseract 5 drops its own containers from the API: the full TessBaseAPI::Init and
// why: GetLoadedLanguagesAsVector take std::vector<std::string> * instead of GenericVector<STRING> *. The parameter
// why: types are part of the mangled names, so _ZN9tesseract11TessBaseAPI4InitEPKcS2_NS_13OcrEngineModeEPPciPKNS_13
// why: GenericVectorINS_6STRINGEEESA_b and its sibling are no longer exported, nor are the members of the dropped
// why: STRING class. Old binaries call them, directly or through the header's inline two-argument Init, and fail to
// why: load with undefined symbols.
// abidiff: 12 agree
//--- v1/baseapi.h
namespace tesseract {
class STRING {
public:
  STRING();
  STRING(const char *s);
  ~STRING();
  const char *c_str() const;
private:
  char *data_;
};
template <typename T> class GenericVector {
public:
  GenericVector() : size_used_(0), size_reserved_(0), data_(nullptr) {}
  ~GenericVector() { delete[] data_; }
  int size() const { return size_used_; }
  T &operator[](int i) const { return data_[i]; }
  void push_back(const T &t) { if (size_used_ == size_reserved_) reserve(size_reserved_ ? 2 * size_reserved_ : 4); data_[size_used_++] = t; }
  void reserve(int n) { T *d = new T[n]; for (int i = 0; i < size_used_; i++) d[i] = data_[i]; delete[] data_; data_ = d; size_reserved_ = n; }
private:
  int size_used_;
  int size_reserved_;
  T *data_;
};
enum OcrEngineMode { OEM_TESSERACT_ONLY, OEM_LSTM_ONLY, OEM_TESSERACT_LSTM_COMBINED, OEM_DEFAULT, OEM_COUNT };
class TessBaseAPI {
public:
  TessBaseAPI();
  virtual ~TessBaseAPI();
  int Init(const char *datapath, const char *language, OcrEngineMode mode, char **configs, int configs_size, const GenericVector<STRING> *vars_vec, const GenericVector<STRING> *vars_values, bool set_only_non_debug_params);
  int Init(const char *datapath, const char *language) { return Init(datapath, language, OEM_DEFAULT, nullptr, 0, nullptr, nullptr, false); }
  void GetLoadedLanguagesAsVector(GenericVector<STRING> *langs) const;
  const char *GetInitLanguagesAsString() const;
  void End();
private:
  char *language_;
  char *datapath_;
  OcrEngineMode last_oem_requested_;
};
}
//--- v2/baseapi.h
#include <string>
#include <vector>
namespace tesseract {
enum OcrEngineMode { OEM_TESSERACT_ONLY, OEM_LSTM_ONLY, OEM_TESSERACT_LSTM_COMBINED, OEM_DEFAULT, OEM_COUNT };
class TessBaseAPI {
public:
  TessBaseAPI();
  virtual ~TessBaseAPI();
  int Init(const char *datapath, const char *language, OcrEngineMode mode, char **configs, int configs_size, const std::vector<std::string> *vars_vec, const std::vector<std::string> *vars_values, bool set_only_non_debug_params);
  int Init(const char *datapath, const char *language) { return Init(datapath, language, OEM_DEFAULT, nullptr, 0, nullptr, nullptr, false); }
  void GetLoadedLanguagesAsVector(std::vector<std::string> *langs) const;
  const char *GetInitLanguagesAsString() const;
  void End();
private:
  char *language_;
  char *datapath_;
  OcrEngineMode last_oem_requested_;
};
}
//--- v1
#include <cstdlib>
#include <cstring>
#include "baseapi.h"
namespace tesseract {
STRING::STRING() : data_(nullptr) {}
STRING::STRING(const char *s) : data_(s ? strdup(s) : nullptr) {}
STRING::~STRING() { free(data_); }
const char *STRING::c_str() const { return data_ ? data_ : ""; }
TessBaseAPI::TessBaseAPI() : language_(nullptr), datapath_(nullptr), last_oem_requested_(OEM_DEFAULT) {}
TessBaseAPI::~TessBaseAPI() { End(); }
int TessBaseAPI::Init(const char *datapath, const char *language, OcrEngineMode mode, char **configs, int configs_size, const GenericVector<STRING> *vars_vec, const GenericVector<STRING> *vars_values, bool set_only_non_debug_params) {
  (void)configs; (void)configs_size; (void)set_only_non_debug_params;
  if (vars_vec && vars_values && vars_vec->size() != vars_values->size()) return -1;
  End();
  language_ = strdup(language ? language : "eng"); datapath_ = datapath ? strdup(datapath) : nullptr; last_oem_requested_ = mode;
  return 0;
}
void TessBaseAPI::GetLoadedLanguagesAsVector(GenericVector<STRING> *langs) const { if (language_) langs->push_back(STRING(language_)); }
const char *TessBaseAPI::GetInitLanguagesAsString() const { return language_; }
void TessBaseAPI::End() { free(language_); free(datapath_); language_ = datapath_ = nullptr; }
}
//--- v2
#include <cstdlib>
#include <cstring>
#include "baseapi.h"
namespace tesseract {
TessBaseAPI::TessBaseAPI() : language_(nullptr), datapath_(nullptr), last_oem_requested_(OEM_DEFAULT) {}
TessBaseAPI::~TessBaseAPI() { End(); }
int TessBaseAPI::Init(const char *datapath, const char *language, OcrEngineMode mode, char **configs, int configs_size, const std::vector<std::string> *vars_vec, const std::vector<std::string> *vars_values, bool set_only_non_debug_params) {
  (void)configs; (void)configs_size; (void)set_only_non_debug_params;
  if (vars_vec && vars_values && vars_vec->size() != vars_values->size()) return -1;
  End();
  language_ = strdup(language ? language : "eng"); datapath_ = datapath ? strdup(datapath) : nullptr; last_oem_requested_ = mode;
  return 0;
}
void TessBaseAPI::GetLoadedLanguagesAsVector(std::vector<std::string> *langs) const { if (language_) langs->push_back(language_); }
const char *TessBaseAPI::GetInitLanguagesAsString() const { return language_; }
void TessBaseAPI::End() { free(language_); free(datapath_); language_ = datapath_ = nullptr; }
}
