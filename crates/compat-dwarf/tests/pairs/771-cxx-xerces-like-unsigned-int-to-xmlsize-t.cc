// expect: breaking
// why: Xerces-C 3.0 replaced unsigned int by XMLSize_t (size_t) throughout its API. XMLString::subString's
// why: startIndex and endIndex are now size_t, which mangles as m instead of j: v1's
// why: _ZN11xercesc_2_99XMLString9subStringEPtPKtjj is no longer exported, so binaries built against v1 fail to
// why: bind it (stringLen's result widens too, which its mangled name does not show).
// abidiff: 12 agree
//--- v1/XMLString.hpp
typedef unsigned short XMLCh;
namespace xercesc_2_9 {
class XMLString {
public:
    static unsigned int stringLen(const XMLCh *src);
    static void subString(XMLCh *targetStr, const XMLCh *srcStr, unsigned int startIndex, unsigned int endIndex);
    static bool equals(const XMLCh *a, const XMLCh *b);
};
}
//--- v2/XMLString.hpp
#include <cstddef>
typedef unsigned short XMLCh;
typedef std::size_t XMLSize_t;
namespace xercesc_2_9 {
class XMLString {
public:
    static XMLSize_t stringLen(const XMLCh *src);
    static void subString(XMLCh *targetStr, const XMLCh *srcStr, XMLSize_t startIndex, XMLSize_t endIndex);
    static bool equals(const XMLCh *a, const XMLCh *b);
};
}
//--- v1
#include "XMLString.hpp"
namespace xercesc_2_9 {
unsigned int XMLString::stringLen(const XMLCh *src) { unsigned int n = 0; if (src) while (src[n]) n++; return n; }
void XMLString::subString(XMLCh *targetStr, const XMLCh *srcStr, unsigned int startIndex, unsigned int endIndex) { unsigned int j = 0; for (unsigned int i = startIndex; i < endIndex && srcStr[i]; i++) targetStr[j++] = srcStr[i]; targetStr[j] = 0; }
bool XMLString::equals(const XMLCh *a, const XMLCh *b) { if (!a || !b) return a == b; while (*a && *a == *b) { a++; b++; } return *a == *b; }
}
//--- v2
#include "XMLString.hpp"
namespace xercesc_2_9 {
XMLSize_t XMLString::stringLen(const XMLCh *src) { XMLSize_t n = 0; if (src) while (src[n]) n++; return n; }
void XMLString::subString(XMLCh *targetStr, const XMLCh *srcStr, XMLSize_t startIndex, XMLSize_t endIndex) { XMLSize_t j = 0; for (XMLSize_t i = startIndex; i < endIndex && srcStr[i]; i++) targetStr[j++] = srcStr[i]; targetStr[j] = 0; }
bool XMLString::equals(const XMLCh *a, const XMLCh *b) { if (!a || !b) return a == b; while (*a && *a == *b) { a++; b++; } return *a == *b; }
}
