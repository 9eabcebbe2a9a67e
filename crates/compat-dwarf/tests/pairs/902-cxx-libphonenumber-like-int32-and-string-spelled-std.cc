// expect: none
// why: libphonenumber's headers used the int32 typedef of its base/basictypes.h and a using std::string declaration;
// why: v2 spells the same declarations std::int32_t and std::string. int32 and std::int32_t are both typedefs of int and
// why: the unqualified string named std::string, so every parameter, result and member denotes the same type and every
// why: mangled name is unchanged.
// abidiff: 0 agree
//--- v1/phonenumberutil.h
#include <string>
typedef int int32;
namespace i18n { namespace phonenumbers {
using std::string;
class PhoneNumber {
public:
    PhoneNumber();
    int32 country_code() const { return country_code_; }
    void set_country_code(int32 value) { country_code_ = value; }
    const string &national_number() const { return national_number_; }
    void set_national_number(const string &value) { national_number_ = value; }
private:
    int32 country_code_;
    string national_number_;
};
class PhoneNumberUtil {
public:
    static PhoneNumberUtil *GetInstance();
    int32 GetCountryCodeForRegion(const string &region_code) const;
    void GetNationalSignificantNumber(const PhoneNumber &number, string *national_significant_num) const;
    bool IsValidNumberForRegion(const PhoneNumber &number, const string &region_code) const;
private:
    PhoneNumberUtil();
    int32 default_country_;
};
} }
//--- v2/phonenumberutil.h
#include <cstdint>
#include <string>
namespace i18n { namespace phonenumbers {
class PhoneNumber {
public:
    PhoneNumber();
    std::int32_t country_code() const { return country_code_; }
    void set_country_code(std::int32_t value) { country_code_ = value; }
    const std::string &national_number() const { return national_number_; }
    void set_national_number(const std::string &value) { national_number_ = value; }
private:
    std::int32_t country_code_;
    std::string national_number_;
};
class PhoneNumberUtil {
public:
    static PhoneNumberUtil *GetInstance();
    std::int32_t GetCountryCodeForRegion(const std::string &region_code) const;
    void GetNationalSignificantNumber(const PhoneNumber &number, std::string *national_significant_num) const;
    bool IsValidNumberForRegion(const PhoneNumber &number, const std::string &region_code) const;
private:
    PhoneNumberUtil();
    std::int32_t default_country_;
};
} }
//--- v1
#include "phonenumberutil.h"
namespace i18n { namespace phonenumbers {
PhoneNumber::PhoneNumber() : country_code_(0) {}
PhoneNumberUtil::PhoneNumberUtil() : default_country_(1) {}
PhoneNumberUtil *PhoneNumberUtil::GetInstance() { static PhoneNumberUtil instance; return &instance; }
int32 PhoneNumberUtil::GetCountryCodeForRegion(const string &region_code) const {
    if (region_code == "US" || region_code == "CA") return 1;
    if (region_code == "GB") return 44;
    if (region_code == "DE") return 49;
    return 0;
}
void PhoneNumberUtil::GetNationalSignificantNumber(const PhoneNumber &number, string *national_significant_num) const {
    national_significant_num->clear();
    for (char c : number.national_number()) if (c >= '0' && c <= '9') national_significant_num->push_back(c);
}
bool PhoneNumberUtil::IsValidNumberForRegion(const PhoneNumber &number, const string &region_code) const {
    string nsn; GetNationalSignificantNumber(number, &nsn);
    return number.country_code() == GetCountryCodeForRegion(region_code) && nsn.size() >= 7 && nsn.size() <= 12;
}
} }
//--- v2
#include "phonenumberutil.h"
namespace i18n { namespace phonenumbers {
PhoneNumber::PhoneNumber() : country_code_(0) {}
PhoneNumberUtil::PhoneNumberUtil() : default_country_(1) {}
PhoneNumberUtil *PhoneNumberUtil::GetInstance() { static PhoneNumberUtil instance; return &instance; }
std::int32_t PhoneNumberUtil::GetCountryCodeForRegion(const std::string &region_code) const {
    if (region_code == "US" || region_code == "CA") return 1;
    if (region_code == "GB") return 44;
    if (region_code == "DE") return 49;
    return 0;
}
void PhoneNumberUtil::GetNationalSignificantNumber(const PhoneNumber &number, std::string *national_significant_num) const {
    national_significant_num->clear();
    for (char c : number.national_number()) if (c >= '0' && c <= '9') national_significant_num->push_back(c);
}
bool PhoneNumberUtil::IsValidNumberForRegion(const PhoneNumber &number, const std::string &region_code) const {
    std::string nsn; GetNationalSignificantNumber(number, &nsn);
    return number.country_code() == GetCountryCodeForRegion(region_code) && nsn.size() >= 7 && nsn.size() <= 12;
}
} }
