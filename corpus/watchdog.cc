#include "claimtrace/watchdog.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

namespace claimtrace::watchdog_internal {

using Clock = std::chrono::steady_clock;

// A worker that could not be started (thread limits) is retried this often.
constexpr auto kRetrySpawn = std::chrono::milliseconds(10);

// Shared by the Pool and every worker thread, which may outlive the Pool when
// abandoned. Lock order: only mu_.
class Core : public std::enable_shared_from_this<Core> {
  struct Thread : Worker {
    explicit Thread(Core* core) : Worker(core) {}
    std::thread thread;
  };

 public:
  Core(const WatchdogOptions& options, size_t count, Loop loop)
      : budget_(options.budget), max_abandoned_(std::max<size_t>(1, options.max_abandoned)), count_(count),
        loop_(std::make_shared<const Loop>(std::move(loop))) {}

  // Throws std::system_error when not even one worker (or the monitor) can
  // be started; workers beyond the first that cannot be started are retried.
  void Start(size_t jobs) {
    if (budget_.count() > 0) monitor_ = std::thread([this] { Monitor(); });
    std::unique_lock<std::mutex> lock(mu_);
    try {
      for (size_t i = 0; i < std::max<size_t>(1, jobs); ++i) {
        if (!Spawn(/*must=*/workers_.empty() && i + 1 == std::max<size_t>(1, jobs))) ++missing_;
      }
    } catch (const std::system_error&) {
      finished_ = true;
      monitor_wake_.notify_all();
      lock.unlock();
      if (monitor_.joinable()) monitor_.join();
      throw;
    }
  }

  Worker::Next Take(size_t* task) {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      if (stopped_) return Worker::Next::kEnd;
      if (!timed_out_.empty()) {
        *task = timed_out_.front();
        timed_out_.erase(timed_out_.begin());
        return Worker::Next::kTimedOut;
      }
      if (next_ >= count_) return Worker::Next::kEnd;
      if (abandoned_ < max_abandoned_) {
        *task = next_++;
        return Worker::Next::kTask;
      }
      changed_.wait(lock);
    }
  }

  void Begin(Worker* w, size_t task) {
    if (budget_.count() <= 0) return;
    const Clock::time_point deadline = Clock::now() + budget_;
    std::lock_guard<std::mutex> lock(mu_);
    w->busy_ = true;
    w->task_ = task;
    w->deadline_ = deadline;
  }

  bool Finish(Worker* w) {
    if (budget_.count() <= 0) return true;
    std::lock_guard<std::mutex> lock(mu_);
    w->busy_ = false;
    return !w->abandoned_;
  }

  void Stop() {
    std::lock_guard<std::mutex> lock(mu_);
    stopped_ = true;
    changed_.notify_all();
  }

  Status TimeoutStatus() const {
    return Status(ErrorCode::kTimeout, "the document took longer than the time budget of " +
                                           std::to_string(budget_.count()) + " ms; its work was abandoned");
  }

  void Wait() {
    std::vector<std::shared_ptr<Thread>> ended;
    {
      std::unique_lock<std::mutex> lock(mu_);
      if (finished_) return;
      changed_.wait(lock, [&] { return live_ == 0 && (stopped_ || (next_ >= count_ && timed_out_.empty())); });
      finished_ = true;
      monitor_wake_.notify_all();
      ended.swap(workers_);
    }
    if (monitor_.joinable()) monitor_.join();
    // Only workers that left their loop are here; abandoned ones were detached.
    for (auto& w : ended) {
      if (w->thread.joinable()) w->thread.join();
    }
    std::lock_guard<std::mutex> lock(mu_);
    loop_.reset();  // abandoned workers hold their own reference
  }

  size_t still_running() const {
    std::lock_guard<std::mutex> lock(mu_);
    return abandoned_;
  }

 private:
  // Starts a worker; false when no thread could be had, unless `must`, which
  // rethrows. Requires mu_.
  bool Spawn(bool must) {
    auto w = std::make_shared<Thread>(this);
    try {
      w->thread = std::thread(&Core::WorkerMain, shared_from_this(), w, loop_);
    } catch (const std::system_error&) {
      if (must) throw;
      return false;
    }
    workers_.push_back(std::move(w));
    ++live_;
    return true;
  }

  // The loop's captures (the caller's work, its shared documents) are
  // released before the abandoned count goes down: once still_running() is
  // zero the program may run its static destructors.
  static void WorkerMain(std::shared_ptr<Core> core, std::shared_ptr<Thread> w, std::shared_ptr<const Loop> loop) {
    const bool abandoned = (*loop)(*w);
    loop.reset();
    std::lock_guard<std::mutex> lock(core->mu_);
    if (abandoned) {
      --core->abandoned_;
    } else {
      --core->live_;
    }
    core->changed_.notify_all();
  }

  void Monitor() {
    std::unique_lock<std::mutex> lock(mu_);
    while (!finished_) {
      const Clock::time_point now = Clock::now();
      // A document registered after this point has a deadline after now +
      // budget, so sleeping that long with nothing registered is never late.
      Clock::time_point wake = now + budget_;
      // Abandoning changes workers_: collect first.
      std::vector<std::shared_ptr<Thread>> expired;
      for (const auto& w : workers_) {
        if (!w->busy_) continue;
        if (w->deadline_ <= now) {
          expired.push_back(w);
        } else {
          wake = std::min(wake, w->deadline_);
        }
      }
      for (const auto& w : expired) Abandon(w);
      while (missing_ > 0 && !stopped_ && (next_ < count_ || !timed_out_.empty()) && Spawn(false)) --missing_;
      if (missing_ > 0) wake = std::min(wake, now + kRetrySpawn);
      monitor_wake_.wait_until(lock, wake);
    }
  }

  // Requires mu_.
  void Abandon(const std::shared_ptr<Thread>& w) {
    w->busy_ = false;
    w->abandoned_ = true;
    timed_out_.push_back(w->task_);
    ++abandoned_;
    --live_;
    w->thread.detach();
    std::erase(workers_, w);
    if (!Spawn(false)) ++missing_;
    changed_.notify_all();
  }

  const std::chrono::milliseconds budget_;
  const size_t max_abandoned_;
  const size_t count_;

  mutable std::mutex mu_;
  std::condition_variable changed_;       // a timeout to deliver, an abandoned work or a worker ended, a stop
  std::condition_variable monitor_wake_;  // finished_
  // All guarded by mu_.
  std::shared_ptr<const Loop> loop_;
  std::vector<std::shared_ptr<Thread>> workers_;  // started and not abandoned
  std::vector<size_t> timed_out_;                 // documents whose timeout is not delivered yet
  size_t next_ = 0;       // the next document to start
  size_t live_ = 0;       // workers in their loop and not abandoned
  size_t abandoned_ = 0;  // abandoned works not ended yet
  size_t missing_ = 0;    // workers that could not be started, to retry
  bool stopped_ = false;
  bool finished_ = false;  // Wait() is done: the monitor ends
  std::thread monitor_;
};

Worker::Next Worker::Take(size_t* task) { return core_->Take(task); }
void Worker::Begin(size_t task) { core_->Begin(this, task); }
bool Worker::Finish() { return core_->Finish(this); }
void Worker::Stop() { core_->Stop(); }
Status Worker::TimeoutStatus() const { return core_->TimeoutStatus(); }

Pool::Pool(const WatchdogOptions& options, size_t count, Loop loop)
    : core_(std::make_shared<Core>(options, count, std::move(loop))) {
  core_->Start(options.jobs);
}

Pool::~Pool() { Wait(); }

void Pool::Wait() { core_->Wait(); }

size_t Pool::still_running() const { return core_->still_running(); }

}  // namespace claimtrace::watchdog_internal
