// expect: breaking
// why: benchmark::State is built by the library and handed by reference to every user benchmark function, whose
// why: loop runs State's inline KeepRunning, reading total_iterations_ and max_iterations directly. v2 inserts a
// why: bool finished_ before them (as Benchmark 1.5 reshuffled State): total_iterations_ moves from 0 to 8 and
// why: max_iterations from 8 to 16, so a benchmark compiled against v1 counts down the wrong word and never stops or
// why: stops at once. The class has exported member functions; its layout is compiled into consumers.
// abidiff: 4 agree
//--- v1/benchmark.h
#include <cstdint>
namespace benchmark {
typedef int64_t IterationCount;
class State {
public:
    bool KeepRunning() { if (total_iterations_ > 0) { --total_iterations_; return true; } if (!started_) { StartKeepRunning(); return total_iterations_-- > 0; } FinishKeepRunning(); return false; }
    void PauseTiming();
    void ResumeTiming();
    void SkipWithError(const char *msg);
    IterationCount iterations() const { return max_iterations - total_iterations_; }
    State(IterationCount max_iters, int thread_i);
private:
    void StartKeepRunning();
    void FinishKeepRunning();
    IterationCount total_iterations_;
public:
    const IterationCount max_iterations;
private:
    bool started_;
    bool error_occurred_;
    int thread_index_;
};
IterationCount RunOne(void (*fn)(State &), IterationCount iters);
}
//--- v2/benchmark.h
#include <cstdint>
namespace benchmark {
typedef int64_t IterationCount;
class State {
public:
    bool KeepRunning() { if (total_iterations_ > 0) { --total_iterations_; return true; } if (!started_) { StartKeepRunning(); return total_iterations_-- > 0; } FinishKeepRunning(); return false; }
    void PauseTiming();
    void ResumeTiming();
    void SkipWithError(const char *msg);
    IterationCount iterations() const { return max_iterations - total_iterations_; }
    State(IterationCount max_iters, int thread_i);
private:
    void StartKeepRunning();
    void FinishKeepRunning();
    bool finished_;
    IterationCount total_iterations_;
public:
    const IterationCount max_iterations;
private:
    bool started_;
    bool error_occurred_;
    int thread_index_;
};
IterationCount RunOne(void (*fn)(State &), IterationCount iters);
}
//--- v1
#include "benchmark.h"
namespace benchmark {
State::State(IterationCount max_iters, int thread_i) : total_iterations_(0), max_iterations(max_iters), started_(false), error_occurred_(false), thread_index_(thread_i) {}
void State::PauseTiming() {}
void State::ResumeTiming() {}
void State::SkipWithError(const char *msg) { error_occurred_ = msg != 0; total_iterations_ = 0; }
void State::StartKeepRunning() { started_ = true; total_iterations_ = error_occurred_ ? 0 : max_iterations; }
void State::FinishKeepRunning() { started_ = false; }
IterationCount RunOne(void (*fn)(State &), IterationCount iters) { State s(iters, 0); fn(s); return s.iterations(); }
}
//--- v2
#include "benchmark.h"
namespace benchmark {
State::State(IterationCount max_iters, int thread_i) : finished_(false), total_iterations_(0), max_iterations(max_iters), started_(false), error_occurred_(false), thread_index_(thread_i) {}
void State::PauseTiming() {}
void State::ResumeTiming() {}
void State::SkipWithError(const char *msg) { error_occurred_ = msg != 0; total_iterations_ = 0; }
void State::StartKeepRunning() { started_ = true; finished_ = false; total_iterations_ = error_occurred_ ? 0 : max_iterations; }
void State::FinishKeepRunning() { started_ = false; finished_ = true; }
IterationCount RunOne(void (*fn)(State &), IterationCount iters) { State s(iters, 0); fn(s); return s.iterations(); }
}
