// expect: info
// why: googletest 1.10 renames "test case" to "test suite": testing::Test, which every TEST_F fixture derives
// why: from, gains the static member functions SetUpTestSuite and TearDownTestSuite next to the kept
// why: SetUpTestCase and TearDownTestCase. Static members take no vtable slot and no space in the object:
// why: Test keeps its 16 bytes and its vtable order, and two symbols are added, which is compatible (as in 231).
// abidiff: 4 disagree: abidiff reports two functions added; adding static member functions is compatible, and Test keeps its size, members and vtable (as in 231).
//--- v1/gtest.h
namespace testing {
class Test {
public:
  virtual ~Test();
  static void SetUpTestCase();
  static void TearDownTestCase();
  static bool HasFailure();
  void Run();
protected:
  Test();
  virtual void SetUp();
  virtual void TearDown();
private:
  virtual void TestBody() = 0;
  int failures_;
};
}
//--- v2/gtest.h
namespace testing {
class Test {
public:
  virtual ~Test();
  static void SetUpTestSuite();
  static void TearDownTestSuite();
  static void SetUpTestCase();
  static void TearDownTestCase();
  static bool HasFailure();
  void Run();
protected:
  Test();
  virtual void SetUp();
  virtual void TearDown();
private:
  virtual void TestBody() = 0;
  int failures_;
};
}
//--- v1
#include "gtest.h"
namespace testing {
static int g_failures;
static int g_suite_depth;
Test::Test() : failures_(0) {}
Test::~Test() {}
void Test::SetUpTestCase() { g_suite_depth += 2; }
void Test::TearDownTestCase() { g_suite_depth -= 2; }
bool Test::HasFailure() { return g_failures != 0 || g_suite_depth < 0; }
void Test::SetUp() { failures_ = 0; }
void Test::TearDown() { if (failures_ < 0) failures_ = 0; }
void Test::Run() { SetUp(); TestBody(); TearDown(); g_failures += failures_; }
}
//--- v2
#include "gtest.h"
namespace testing {
static int g_failures;
static int g_suite_depth;
Test::Test() : failures_(0) {}
Test::~Test() {}
void Test::SetUpTestSuite() { g_suite_depth += 1; }
void Test::TearDownTestSuite() { g_suite_depth -= 1; }
void Test::SetUpTestCase() { g_suite_depth += 2; }
void Test::TearDownTestCase() { g_suite_depth -= 2; }
bool Test::HasFailure() { return g_failures != 0 || g_suite_depth < 0; }
void Test::SetUp() { failures_ = 0; }
void Test::TearDown() { if (failures_ < 0) failures_ = 0; }
void Test::Run() { SetUp(); TestBody(); TearDown(); g_failures += failures_; }
}
