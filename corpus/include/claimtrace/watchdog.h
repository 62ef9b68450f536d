// watchdog: a per-document time budget that turns a runaway document into a
// clean kTimeout error instead of a stuck run.
//
//   claimtrace::Watchdog watchdog(std::chrono::milliseconds(60'000), /*max_abandoned=*/4);
//   auto job = std::make_shared<Job>();            // the work owns what it touches
//   claimtrace::Status s = watchdog.Run([job, extractor /* shared_ptr */] {
//     job->result = extractor->Extract(job->bytes);
//   });
//   if (!s.ok()) { /* s.code() == ErrorCode::kTimeout: write an error record */ }
//   ...
//   if (watchdog.still_running() > 0) { /* flush output, then std::_Exit(code) */ }
//
// What it can and cannot stop: Gumbo, ICU and RE2 cannot be interrupted, so
// the watchdog never stops work. Run() starts the work on its own thread and
// stops *waiting* when the budget (wall-clock time) runs out: the caller gets
// kTimeout at once and goes on with the next document, while the abandoned
// work runs to its end in the background and its result is dropped. It
// therefore bounds the time a run spends per document, not the CPU or memory
// a document uses; those are bounded before parsing by the size, depth and
// node limits (NormalizeOptions), which is what keeps abandoned work finite.
// At most `max_abandoned` abandoned works run at once: Run() waits for one of
// them to end before it starts more work, so a corpus of runaway documents
// holds a bounded number of documents in memory.
// Because abandoned work may still be running when the run is over, the work
// must own (or share ownership of) everything it touches, and the program
// should end with std::_Exit after flushing its output when still_running()
// is not zero, so that static destructors never race with it.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>

#include "claimtrace/status.h"

namespace claimtrace {

class Watchdog {
 public:
  // A budget of zero or less means none: Run() calls the work inline.
  // max_abandoned is at least 1.
  explicit Watchdog(std::chrono::milliseconds budget, size_t max_abandoned = 4);

  // Runs `work` and returns Ok when it finished within the budget, or
  // kTimeout when it did not (the work is then abandoned, still running).
  // Safe to call from several threads at once.
  Status Run(std::function<void()> work) const;

  std::chrono::milliseconds budget() const { return budget_; }
  // Abandoned or in-flight work that has not returned yet.
  size_t still_running() const;

  struct Counts;  // shared with the work's threads, which may outlive this

 private:
  std::chrono::milliseconds budget_;
  size_t max_abandoned_;
  std::shared_ptr<Counts> counts_;
};

}  // namespace claimtrace
