// expect: warning
// why: mu::ParserError is thrown by the library and read by consumers through GetPos, whose symbol does not encode its
// why: result type. v2 makes the position unsigned (member and result): the same 4 bytes at the same offset and in
// why: eax, but "no position", stored as -1, is 4294967295 to code compiled against v2, where a check pos < 0 is
// why: never true: the bits hold, their meaning does not (a same-size signedness change).
// abidiff: 4 agree
//--- v1/muParserError.h
namespace mu {
class ParserError {
public:
    ParserError(const char *msg, int errc);
    ParserError(const char *msg, int errc, const char *token, int pos);
    const char *GetMsg() const;
    const char *GetToken() const;
    int GetPos() const;
    int GetCode() const;
private:
    const char *m_strMsg;
    const char *m_strTok;
    int m_iPos;
    int m_iErrc;
};
double EvalOrThrow(const char *expr);
}
//--- v2/muParserError.h
namespace mu {
class ParserError {
public:
    ParserError(const char *msg, int errc);
    ParserError(const char *msg, int errc, const char *token, int pos);
    const char *GetMsg() const;
    const char *GetToken() const;
    unsigned GetPos() const;
    int GetCode() const;
private:
    const char *m_strMsg;
    const char *m_strTok;
    unsigned m_iPos;
    int m_iErrc;
};
double EvalOrThrow(const char *expr);
}
//--- v1
#include <cstdlib>
#include "muParserError.h"
namespace mu {
ParserError::ParserError(const char *msg, int errc) : m_strMsg(msg), m_strTok(""), m_iPos(-1), m_iErrc(errc) {}
ParserError::ParserError(const char *msg, int errc, const char *token, int pos) : m_strMsg(msg), m_strTok(token), m_iPos(pos), m_iErrc(errc) {}
const char *ParserError::GetMsg() const { return m_strMsg; }
const char *ParserError::GetToken() const { return m_strTok; }
int ParserError::GetPos() const { return m_iPos; }
int ParserError::GetCode() const { return m_iErrc; }
double EvalOrThrow(const char *expr) {
    if (!expr || !*expr) throw ParserError("Unexpected end of formula", 1);
    char *end; double v = std::strtod(expr, &end);
    if (*end) throw ParserError("Unexpected token", 2, end, static_cast<int>(end - expr));
    return v;
}
}
//--- v2
#include <cstdlib>
#include "muParserError.h"
namespace mu {
ParserError::ParserError(const char *msg, int errc) : m_strMsg(msg), m_strTok(""), m_iPos(static_cast<unsigned>(-1)), m_iErrc(errc) {}
ParserError::ParserError(const char *msg, int errc, const char *token, int pos) : m_strMsg(msg), m_strTok(token), m_iPos(static_cast<unsigned>(pos)), m_iErrc(errc) {}
const char *ParserError::GetMsg() const { return m_strMsg; }
const char *ParserError::GetToken() const { return m_strTok; }
unsigned ParserError::GetPos() const { return m_iPos; }
int ParserError::GetCode() const { return m_iErrc; }
double EvalOrThrow(const char *expr) {
    if (!expr || !*expr) throw ParserError("Unexpected end of formula", 1);
    char *end; double v = std::strtod(expr, &end);
    if (*end) throw ParserError("Unexpected token", 2, end, static_cast<int>(end - expr));
    return v;
}
}
