#include "claimtrace/watchdog.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>

namespace claimtrace {

struct Watchdog::Counts {
  std::mutex mu;
  std::condition_variable abandoned_ended;
  size_t running = 0;    // guarded by mu
  size_t abandoned = 0;  // guarded by mu: of `running`, the works Run() gave up on
};

namespace {

// One work's end, shared by Run() and the work's thread. Lock order: this
// mutex before Counts::mu.
struct Completion {
  std::mutex mu;
  std::condition_variable cv;
  bool done = false;       // guarded by mu
  bool abandoned = false;  // guarded by mu
};

}  // namespace

Watchdog::Watchdog(std::chrono::milliseconds budget, size_t max_abandoned)
    : budget_(budget), max_abandoned_(std::max<size_t>(1, max_abandoned)), counts_(std::make_shared<Counts>()) {}

size_t Watchdog::still_running() const {
  std::lock_guard<std::mutex> lock(counts_->mu);
  return counts_->running;
}

Status Watchdog::Run(std::function<void()> work) const {
  if (budget_.count() <= 0) {
    work();
    return Status::Ok();
  }
  std::shared_ptr<Counts> counts = counts_;
  {
    std::unique_lock<std::mutex> lock(counts->mu);
    counts->abandoned_ended.wait(lock, [&] { return counts->abandoned < max_abandoned_; });
    ++counts->running;
  }
  auto completion = std::make_shared<Completion>();
  // Shared so that the work is still here when no thread could be started.
  auto shared_work = std::make_shared<std::function<void()>>(std::move(work));
  auto body = [completion, counts](std::shared_ptr<std::function<void()>> w) {
    (*w)();
    *w = nullptr;  // release what the work owns (the document) before signalling
    bool was_abandoned;
    {
      std::lock_guard<std::mutex> lock(completion->mu);
      completion->done = true;
      was_abandoned = completion->abandoned;
    }
    completion->cv.notify_all();
    std::lock_guard<std::mutex> lock(counts->mu);
    --counts->running;
    if (was_abandoned) {
      --counts->abandoned;
      counts->abandoned_ended.notify_all();
    }
  };
  try {
    std::thread(body, shared_work).detach();
  } catch (const std::system_error&) {
    // No thread to be had (resource limits): do the work here, unguarded,
    // rather than fail a document that may be fine.
    {
      std::lock_guard<std::mutex> lock(counts->mu);
      --counts->running;
    }
    (*shared_work)();
    return Status::Ok();
  }
  std::unique_lock<std::mutex> lock(completion->mu);
  if (completion->cv.wait_for(lock, budget_, [&] { return completion->done; })) return Status::Ok();
  completion->abandoned = true;
  {
    std::lock_guard<std::mutex> counts_lock(counts->mu);
    ++counts->abandoned;
  }
  return Status(ErrorCode::kTimeout, "the document took longer than the time budget of " +
                                         std::to_string(budget_.count()) + " ms; its work was abandoned");
}

}  // namespace claimtrace
