// expect: breaking
// why: benchmark::State is created by the library and handed by reference to each consumer benchmark function, whose
// why: inlined KeepRunning reads started_, total_iterations_ and max_iterations directly. Google Benchmark 1.5 made
// why: the counters int64_t IterationCount and moved them first for the hot loop: every member's offset changes, so
// why: old binaries' inlined loop reads the flags and counters at the wrong places; and State(size_t, int) and
// why: RunBenchmark(Function, size_t) get new mangled names (m becomes l), so their old symbols are gone.
// abidiff: 12 agree
//--- v1/benchmark.h
#include <cstddef>
#include <cstdint>
namespace benchmark {
class State {
public:
    bool KeepRunning() {
        if (!started_) StartKeepRunning();
        if (total_iterations_ < max_iterations) { ++total_iterations_; return true; }
        FinishKeepRunning();
        return false;
    }
    void PauseTiming();
    void ResumeTiming();
    void SkipWithError(const char *msg);
    State(std::size_t max_iters, int thread_i);
private:
    void StartKeepRunning();
    void FinishKeepRunning();
    bool started_;
    bool finished_;
    std::size_t total_iterations_;
    bool error_occurred_;
public:
    const int thread_index;
    const std::size_t max_iterations;
};
typedef void (*Function)(State &);
std::size_t RunBenchmark(Function fn, std::size_t iterations);
}
//--- v2/benchmark.h
#include <cstddef>
#include <cstdint>
namespace benchmark {
typedef std::int64_t IterationCount;
class State {
public:
    bool KeepRunning() {
        if (!started_) StartKeepRunning();
        if (total_iterations_ < max_iterations) { ++total_iterations_; return true; }
        FinishKeepRunning();
        return false;
    }
    void PauseTiming();
    void ResumeTiming();
    void SkipWithError(const char *msg);
    State(IterationCount max_iters, int thread_i);
private:
    IterationCount total_iterations_;
    IterationCount batch_leftover_;
public:
    const IterationCount max_iterations;
private:
    bool started_;
    bool finished_;
    bool error_occurred_;
    void StartKeepRunning();
    void FinishKeepRunning();
public:
    const int thread_index;
};
typedef void (*Function)(State &);
std::size_t RunBenchmark(Function fn, IterationCount iterations);
}
//--- v1
#include "benchmark.h"
namespace benchmark {
State::State(std::size_t max_iters, int thread_i) : started_(false), finished_(false), total_iterations_(0), error_occurred_(false), thread_index(thread_i), max_iterations(max_iters) {}
void State::PauseTiming() {}
void State::ResumeTiming() {}
void State::SkipWithError(const char *msg) { error_occurred_ = msg != nullptr; total_iterations_ = max_iterations; }
void State::StartKeepRunning() { started_ = true; }
void State::FinishKeepRunning() { finished_ = true; }
std::size_t RunBenchmark(Function fn, std::size_t iterations) { State st(iterations, 0); fn(st); return st.KeepRunning() ? 0 : iterations; }
}
//--- v2
#include "benchmark.h"
namespace benchmark {
State::State(IterationCount max_iters, int thread_i) : total_iterations_(0), batch_leftover_(0), max_iterations(max_iters), started_(false), finished_(false), error_occurred_(false), thread_index(thread_i) {}
void State::PauseTiming() {}
void State::ResumeTiming() {}
void State::SkipWithError(const char *msg) { error_occurred_ = msg != nullptr; total_iterations_ = max_iterations; batch_leftover_ = 0; }
void State::StartKeepRunning() { started_ = true; }
void State::FinishKeepRunning() { finished_ = true; }
std::size_t RunBenchmark(Function fn, IterationCount iterations) { State st(iterations, 0); fn(st); return st.KeepRunning() ? 0 : static_cast<std::size_t>(iterations); }
}
