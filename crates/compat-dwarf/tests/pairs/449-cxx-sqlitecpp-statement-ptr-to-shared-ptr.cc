// expect: breaking
// why: SQLiteCpp 3 replaces the hand-written reference-counted Statement::Ptr (sqlite3 *, sqlite3_stmt *, unsigned
// why: *refcount: 24 bytes) by std::shared_ptr<sqlite3_stmt> (16 bytes) in Statement and Column. Statements are
// why: constructed by the caller (SQLite::Statement query(db, "SELECT ..."), on its stack), Column is returned by
// why: value from Statement::getColumn into a caller slot, and Column::getIndex is inline: mIndex moves from byte 24
// why: to 16, Column shrinks from 32 to 24 bytes and Statement's members after mStmtPtr move by 8, while
// why: Column(Statement::Ptr &, int) is no longer exported under its old mangled name.
// abidiff: 12 agree
//--- v1/Statement.h
#include <string>
struct sqlite3;
struct sqlite3_stmt;
namespace SQLite {
class Column;
class Statement {
public:
  class Ptr {
  public:
    Ptr(sqlite3 *apSQLite, const std::string &aQuery);
    Ptr(const Ptr &aPtr);
    ~Ptr();
    operator sqlite3_stmt *() const { return mpStmt; }
  private:
    sqlite3 *mpSQLite;
    sqlite3_stmt *mpStmt;
    unsigned int *mpRefCount;
  };
  Statement(sqlite3 *apSQLite, const char *apQuery);
  ~Statement();
  bool executeStep();
  Column getColumn(const int aIndex);
  int getColumnCount() const { return mColumnCount; }
private:
  std::string mQuery;
  Ptr mStmtPtr;
  int mColumnCount;
  bool mbHasRow;
  bool mbDone;
};
class Column {
public:
  Column(Statement::Ptr &aStmtPtr, int aIndex) noexcept;
  ~Column();
  int getInt() const noexcept;
  int getIndex() const noexcept { return mIndex; }
private:
  Statement::Ptr mStmtPtr;
  int mIndex;
};
}
//--- v2/Statement.h
#include <memory>
#include <string>
struct sqlite3;
struct sqlite3_stmt;
namespace SQLite {
class Column;
using TStatementPtr = std::shared_ptr<sqlite3_stmt>;
class Statement {
public:
  Statement(sqlite3 *apSQLite, const char *apQuery);
  ~Statement();
  bool executeStep();
  Column getColumn(const int aIndex);
  int getColumnCount() const { return mColumnCount; }
private:
  std::string mQuery;
  TStatementPtr mStmtPtr;
  int mColumnCount;
  bool mbHasRow;
  bool mbDone;
};
class Column {
public:
  Column(const TStatementPtr &aStmtPtr, int aIndex) noexcept;
  ~Column();
  int getInt() const noexcept;
  int getIndex() const noexcept { return mIndex; }
private:
  TStatementPtr mStmtPtr;
  int mIndex;
};
}
//--- v1
#include "Statement.h"
struct sqlite3 { int step; };
struct sqlite3_stmt { sqlite3 *db; int row; int columns; };
namespace SQLite {
Statement::Ptr::Ptr(sqlite3 *apSQLite, const std::string &aQuery) : mpSQLite(apSQLite), mpStmt(new sqlite3_stmt{apSQLite, 0, (int)aQuery.size() % 7 + 1}), mpRefCount(new unsigned int(1)) {}
Statement::Ptr::Ptr(const Ptr &aPtr) : mpSQLite(aPtr.mpSQLite), mpStmt(aPtr.mpStmt), mpRefCount(aPtr.mpRefCount) { ++*mpRefCount; }
Statement::Ptr::~Ptr() { if (--*mpRefCount == 0) { delete mpStmt; delete mpRefCount; } }
Statement::Statement(sqlite3 *apSQLite, const char *apQuery) : mQuery(apQuery), mStmtPtr(apSQLite, mQuery), mColumnCount(((sqlite3_stmt *)mStmtPtr)->columns), mbHasRow(false), mbDone(false) {}
Statement::~Statement() {}
bool Statement::executeStep() { sqlite3_stmt *s = mStmtPtr; mbHasRow = ++s->row <= 3; mbDone = !mbHasRow; return mbHasRow; }
Column Statement::getColumn(const int aIndex) { return Column(mStmtPtr, aIndex); }
Column::Column(Statement::Ptr &aStmtPtr, int aIndex) noexcept : mStmtPtr(aStmtPtr), mIndex(aIndex) {}
Column::~Column() {}
int Column::getInt() const noexcept { sqlite3_stmt *s = mStmtPtr; return s->row * 10 + mIndex; }
}
//--- v2
#include "Statement.h"
struct sqlite3 { int step; };
struct sqlite3_stmt { sqlite3 *db; int row; int columns; };
namespace SQLite {
static TStatementPtr prepare(sqlite3 *db, const std::string &q) { return TStatementPtr(new sqlite3_stmt{db, 0, (int)q.size() % 7 + 1}); }
Statement::Statement(sqlite3 *apSQLite, const char *apQuery) : mQuery(apQuery), mStmtPtr(prepare(apSQLite, mQuery)), mColumnCount(mStmtPtr->columns), mbHasRow(false), mbDone(false) {}
Statement::~Statement() {}
bool Statement::executeStep() { mbHasRow = ++mStmtPtr->row <= 3; mbDone = !mbHasRow; return mbHasRow; }
Column Statement::getColumn(const int aIndex) { return Column(mStmtPtr, aIndex); }
Column::Column(const TStatementPtr &aStmtPtr, int aIndex) noexcept : mStmtPtr(aStmtPtr), mIndex(aIndex) {}
Column::~Column() {}
int Column::getInt() const noexcept { return mStmtPtr->row * 10 + mIndex; }
}
