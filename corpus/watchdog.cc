#include "claimtrace/watchdog.h"

#include <condition_variable>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>

namespace claimtrace {

Watchdog::Watchdog(std::chrono::milliseconds budget)
    : budget_(budget), running_(std::make_shared<std::atomic<size_t>>(0)) {}

Status Watchdog::Run(std::function<void()> work) const {
  if (budget_.count() <= 0) {
    work();
    return Status::Ok();
  }
  // Shared with the worker thread, which may outlive this call (and this
  // Watchdog) when the budget runs out.
  struct Completion {
    std::mutex mu;
    std::condition_variable cv;
    bool done = false;
  };
  auto completion = std::make_shared<Completion>();
  std::shared_ptr<std::atomic<size_t>> running = running_;
  running->fetch_add(1);
  // Shared so that the work is still here when no thread could be started.
  auto shared_work = std::make_shared<std::function<void()>>(std::move(work));
  auto body = [completion, running](std::shared_ptr<std::function<void()>> w) {
    (*w)();
    *w = nullptr;  // release what the work owns (the document) before signalling
    {
      std::lock_guard<std::mutex> lock(completion->mu);
      completion->done = true;
    }
    completion->cv.notify_all();
    running->fetch_sub(1);
  };
  try {
    std::thread(body, shared_work).detach();
  } catch (const std::system_error&) {
    // No thread to be had (resource limits): do the work here, unguarded,
    // rather than fail a document that may be fine.
    running->fetch_sub(1);
    (*shared_work)();
    return Status::Ok();
  }
  std::unique_lock<std::mutex> lock(completion->mu);
  if (completion->cv.wait_for(lock, budget_, [&] { return completion->done; })) return Status::Ok();
  return Status(ErrorCode::kTimeout, "the document took longer than the time budget of " +
                                         std::to_string(budget_.count()) + " ms; its work was abandoned");
}

}  // namespace claimtrace
