// watchdog: runs a run's documents on worker threads with a per-document time
// budget, so that a runaway document becomes a clean kTimeout error instead of
// a stuck run.
//
//   claimtrace::WatchdogTasks<Slot> tasks;
//   tasks.count = docs->size();
//   tasks.work = [docs, extractor](size_t i) { return Extract(*extractor, (*docs)[i]); };  // shared_ptrs
//   tasks.deliver = [&](size_t i, Slot&& slot) { /* hand to the writer */ return true; };
//   tasks.timed_out = [&](size_t i, const Status& s) { /* an error record */ return true; };
//   claimtrace::Watchdog<Slot> watchdog({.jobs = 4, .budget = 60s, .max_abandoned = 4}, std::move(tasks));
//   ... the caller's thread writes what is delivered ...
//   watchdog.Wait();
//   if (watchdog.still_running() > 0) { /* flush output, then std::_Exit(code) */ }
//
// Workers run documents inline, one after another: a document costs no thread
// creation and no handoff between threads. When there is a budget, a worker
// registers each document's deadline with one monitor thread before its work
// and takes it back after; the monitor sleeps until the earliest deadline.
//
// What it can and cannot stop: Gumbo, ICU and RE2 cannot be interrupted, so
// the watchdog never stops work. When a document misses its deadline the
// monitor abandons its worker and starts a replacement worker, which delivers
// the document's kTimeout at once and goes on with the next documents. The
// abandoned work runs to its end in the background; its result is dropped and
// its thread then ends. The budget therefore bounds the time a run waits for a
// document, not the CPU or memory a document uses; those are bounded before
// parsing by the size, depth and node limits (NormalizeOptions), which is what
// keeps abandoned work finite.
//
// At most `max_abandoned` abandoned works run at once: while that many are
// still running, no worker starts another document (timeouts are still
// delivered), so a corpus of runaway documents holds a bounded number of
// documents in memory.
//
// Because abandoned work may still be running when the run is over, `work`
// must own (or share ownership of) everything it touches; `admit`, `deliver`
// and `timed_out` are never called after Wait() returns and may use the
// caller's state. The program should end with std::_Exit after flushing its
// output when still_running() is not zero, so that static destructors never
// race with abandoned work.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <utility>

#include "claimtrace/status.h"

namespace claimtrace {

struct WatchdogOptions {
  size_t jobs = 1;                        // worker threads; at least 1
  std::chrono::milliseconds budget{0};    // per document; zero or less: none
  size_t max_abandoned = 1;               // at least 1
};

// The documents a Watchdog runs, numbered 0 .. count - 1, and what to do with
// their outcomes. Every hook runs on a worker thread.
template <class Result>
struct WatchdogTasks {
  size_t count = 0;
  // Optional. Called before document i starts, outside its budget: may wait
  // (for a writer's window, say). False: start no more documents.
  std::function<bool(size_t)> admit;
  // Document i's work, within the budget. May be abandoned and outlive the
  // Watchdog: it must own what it touches.
  std::function<Result(size_t)> work;
  // Hands over document i's result, or its timeout; either is called exactly
  // once per started document, unless the run stopped. False: stop the run.
  std::function<bool(size_t, Result&&)> deliver;
  std::function<bool(size_t, const Status&)> timed_out;
};

namespace watchdog_internal {

class Core;

// A worker's view of the watchdog; the worker loop below runs on it.
class Worker {
 public:
  enum class Next { kTask, kTimedOut, kEnd };
  // Waits for something to do: a timeout to deliver (kTimedOut), a document
  // to run (kTask), or nothing left (kEnd). Sets *task for the first two.
  Next Take(size_t* task);
  // Starts / ends document `task`'s budget. Finish() is false when the
  // document was abandoned: its result must be dropped, and the worker ends.
  void Begin(size_t task);
  bool Finish();
  // A hook asked to stop: no worker takes any more documents.
  void Stop();
  Status TimeoutStatus() const;

  explicit Worker(Core* core) : core_(core) {}

 private:
  friend class Core;
  Core* core_;
  // Guarded by Core's mutex.
  bool busy_ = false;
  bool abandoned_ = false;
  size_t task_ = 0;
  std::chrono::steady_clock::time_point deadline_;
};

// The worker loop: returns true when its worker was abandoned.
using Loop = std::function<bool(Worker&)>;

// What does not depend on the result type: workers, the monitor, counts.
class Pool {
 public:
  Pool(const WatchdogOptions& options, size_t count, Loop loop);
  ~Pool();
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;
  void Wait();
  size_t still_running() const;

 private:
  std::shared_ptr<Core> core_;
};

}  // namespace watchdog_internal

template <class Result>
class Watchdog {
 public:
  // Starts the workers (and the monitor when there is a budget).
  Watchdog(const WatchdogOptions& options, WatchdogTasks<Result> tasks)
      : pool_(options, tasks.count, MakeLoop(std::move(tasks))) {}

  // Waits until every document is delivered (or the run stopped) and every
  // worker that was not abandoned has ended. The destructor waits too.
  void Wait() { pool_.Wait(); }
  // Abandoned works that have not ended yet.
  size_t still_running() const { return pool_.still_running(); }

 private:
  static watchdog_internal::Loop MakeLoop(WatchdogTasks<Result> tasks) {
    using watchdog_internal::Worker;
    return [tasks = std::move(tasks)](Worker& worker) {
      for (size_t i = 0;;) {
        switch (worker.Take(&i)) {
          case Worker::Next::kEnd:
            return false;
          case Worker::Next::kTimedOut:
            if (!tasks.timed_out(i, worker.TimeoutStatus())) worker.Stop();
            continue;
          case Worker::Next::kTask:
            break;
        }
        if (tasks.admit && !tasks.admit(i)) {
          worker.Stop();
          continue;
        }
        worker.Begin(i);
        Result result = tasks.work(i);
        if (!worker.Finish()) return true;  // abandoned: its timeout is delivered already
        if (!tasks.deliver(i, std::move(result))) worker.Stop();
      }
    };
  }

  watchdog_internal::Pool pool_;
};

}  // namespace claimtrace
