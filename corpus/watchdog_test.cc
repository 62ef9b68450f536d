#include "claimtrace/watchdog.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using claimtrace::ErrorCode;
using claimtrace::Status;
using claimtrace::Watchdog;
using claimtrace::WatchdogTasks;
using namespace std::chrono_literals;

namespace {

// What the hooks saw, in the order they saw it.
struct Log {
  std::mutex mu;
  std::vector<std::pair<size_t, int>> delivered;  // (document, result)
  std::vector<size_t> timed_out;
  std::vector<Status> timeouts;
  std::set<std::thread::id> threads;

  std::vector<size_t> DeliveredDocs() {
    std::lock_guard<std::mutex> lock(mu);
    std::vector<size_t> docs;
    for (auto& [doc, result] : delivered) docs.push_back(doc);
    std::sort(docs.begin(), docs.end());
    return docs;
  }
};

// Hooks that record into `log`; `work` is the caller's.
WatchdogTasks<int> Recording(size_t count, std::shared_ptr<Log> log, std::function<int(size_t)> work) {
  WatchdogTasks<int> tasks;
  tasks.count = count;
  tasks.work = std::move(work);
  tasks.deliver = [log](size_t i, int&& r) {
    std::lock_guard<std::mutex> lock(log->mu);
    log->delivered.emplace_back(i, r);
    log->threads.insert(std::this_thread::get_id());
    return true;
  };
  tasks.timed_out = [log](size_t i, const Status& s) {
    std::lock_guard<std::mutex> lock(log->mu);
    log->timed_out.push_back(i);
    log->timeouts.push_back(s);
    return true;
  };
  return tasks;
}

std::vector<size_t> Range(size_t n) {
  std::vector<size_t> v(n);
  for (size_t i = 0; i < n; ++i) v[i] = i;
  return v;
}

// A gate that abandoned work waits on; shared, since the work may outlive the test's scope.
struct Gate {
  std::promise<void> open;
  std::shared_future<void> opened = open.get_future().share();
};

}  // namespace

TEST_CASE("without a budget every document is run once and delivered with its result") {
  auto log = std::make_shared<Log>();
  const std::thread::id caller = std::this_thread::get_id();
  Watchdog<int> watchdog({.jobs = 3, .budget = 0ms, .max_abandoned = 3},
                         Recording(100, log, [](size_t i) { return static_cast<int>(i * i); }));
  watchdog.Wait();
  CHECK(log->DeliveredDocs() == Range(100));
  for (auto& [doc, result] : log->delivered) CHECK(result == static_cast<int>(doc * doc));
  CHECK(log->timed_out.empty());
  CHECK(log->threads.size() >= 1);
  CHECK(log->threads.size() <= 3);
  CHECK(log->threads.count(caller) == 0);
  CHECK(watchdog.still_running() == 0);
}

TEST_CASE("documents within the budget run on the same few workers, no thread per document") {
  auto log = std::make_shared<Log>();
  Watchdog<int> watchdog({.jobs = 2, .budget = std::chrono::milliseconds(std::chrono::hours(1)), .max_abandoned = 2},
                         Recording(500, log, [](size_t i) { return static_cast<int>(i); }));
  watchdog.Wait();
  CHECK(log->DeliveredDocs() == Range(500));
  CHECK(log->timed_out.empty());
  CHECK(log->threads.size() <= 2);
  CHECK(watchdog.still_running() == 0);
}

TEST_CASE("zero documents: Wait returns at once") {
  auto log = std::make_shared<Log>();
  Watchdog<int> watchdog({.jobs = 4, .budget = 1000ms, .max_abandoned = 4}, Recording(0, log, [](size_t) { return 0; }));
  watchdog.Wait();
  CHECK(log->delivered.empty());
  CHECK(log->timed_out.empty());
}

TEST_CASE("a document over the budget gives kTimeout, is abandoned, not stopped, and the run goes on") {
  // Document 1 blocks until the test opens the gate after Wait() has
  // returned, so the budget is exceeded whatever the machine's speed, and the
  // run demonstrably does not wait for it.
  auto gate = std::make_shared<Gate>();
  auto finished = std::make_shared<std::promise<void>>();
  std::future<void> work_finished = finished->get_future();
  auto log = std::make_shared<Log>();
  Watchdog<int> watchdog({.jobs = 1, .budget = 200ms, .max_abandoned = 2},
                         Recording(4, log, [gate, finished](size_t i) {
                           if (i == 1) {
                             gate->opened.wait();
                             finished->set_value();
                           }
                           return static_cast<int>(10 + i);
                         }));
  watchdog.Wait();
  CHECK(log->timed_out == std::vector<size_t>{1});
  REQUIRE(log->timeouts.size() == 1);
  CHECK(log->timeouts[0].code() == ErrorCode::kTimeout);
  CHECK(std::string(log->timeouts[0].code_name()) == "timeout");
  CHECK(log->timeouts[0].message() == "the document took longer than the time budget of 200 ms; its work was abandoned");
  CHECK(log->DeliveredDocs() == std::vector<size_t>{0, 2, 3});
  CHECK(watchdog.still_running() == 1);
  gate->open.set_value();
  work_finished.wait();  // the abandoned work still ran to its end
  while (watchdog.still_running() != 0) std::this_thread::yield();
  // Its result was dropped: document 1 was never delivered.
  CHECK(log->DeliveredDocs() == std::vector<size_t>{0, 2, 3});
}

TEST_CASE("at most max_abandoned abandoned works: no document starts until one ends") {
  auto gate = std::make_shared<Gate>();
  auto started = std::make_shared<std::vector<std::atomic<bool>>>(3);
  auto first_timeout = std::make_shared<std::promise<void>>();
  auto log = std::make_shared<Log>();
  WatchdogTasks<int> tasks = Recording(3, log, [gate, started](size_t i) {
    (*started)[i] = true;
    if (i == 0) gate->opened.wait();
    return static_cast<int>(i);
  });
  tasks.timed_out = [log, first_timeout](size_t i, const Status&) {
    std::lock_guard<std::mutex> lock(log->mu);
    log->timed_out.push_back(i);
    if (i == 0) first_timeout->set_value();
    return true;
  };
  Watchdog<int> watchdog({.jobs = 1, .budget = 200ms, .max_abandoned = 1}, std::move(tasks));
  first_timeout->get_future().wait();  // the replacement worker delivered document 0's timeout
  std::this_thread::sleep_for(100ms);  // ample time for a wrong implementation to start document 1
  CHECK((*started)[1] == false);
  CHECK(watchdog.still_running() == 1);
  gate->open.set_value();
  watchdog.Wait();
  CHECK(log->timed_out == std::vector<size_t>{0});
  CHECK(log->DeliveredDocs() == std::vector<size_t>{1, 2});
}

TEST_CASE("every document is delivered or timed out exactly once when deadlines race the work") {
  // Work that takes about as long as the budget, so that the monitor's
  // timeout and the worker's end meet at every possible interleaving.
  auto log = std::make_shared<Log>();
  const size_t n = 300;
  Watchdog<int> watchdog({.jobs = 3, .budget = 1ms, .max_abandoned = 3},
                         Recording(n, log, [](size_t i) {
                           std::this_thread::sleep_for(std::chrono::microseconds(i % 7 * 300));
                           return static_cast<int>(i);
                         }));
  watchdog.Wait();
  std::vector<size_t> all = log->DeliveredDocs();
  all.insert(all.end(), log->timed_out.begin(), log->timed_out.end());
  std::sort(all.begin(), all.end());
  CHECK(all == Range(n));
  MESSAGE(log->timed_out.size(), " of ", n, " timed out");
  while (watchdog.still_running() != 0) std::this_thread::yield();
}

TEST_CASE("a hook that returns false stops the run: no more documents start") {
  auto log = std::make_shared<Log>();
  auto ran = std::make_shared<std::atomic<size_t>>(0);
  WatchdogTasks<int> tasks = Recording(1000, log, [ran](size_t i) {
    ++*ran;
    return static_cast<int>(i);
  });
  tasks.deliver = [log](size_t i, int&&) {
    std::lock_guard<std::mutex> lock(log->mu);
    log->delivered.emplace_back(i, 0);
    return i < 4;  // the consumer fails at document 4
  };
  Watchdog<int> watchdog({.jobs = 1, .budget = 0ms, .max_abandoned = 1}, std::move(tasks));
  watchdog.Wait();
  CHECK(log->DeliveredDocs() == Range(5));
  CHECK(*ran == 5);
}

TEST_CASE("admit runs before each document, outside its budget, and may hold it back") {
  // One job and a window of one: document i may start only once i - 1 was delivered.
  auto log = std::make_shared<Log>();
  std::mutex mu;
  size_t delivered = 0;
  bool in_order = true;
  WatchdogTasks<int> tasks = Recording(50, log, [](size_t i) { return static_cast<int>(i); });
  tasks.admit = [&](size_t i) {
    std::lock_guard<std::mutex> lock(mu);
    in_order = in_order && delivered == i;
    return true;
  };
  tasks.deliver = [&](size_t, int&&) {
    std::lock_guard<std::mutex> lock(mu);
    ++delivered;
    return true;
  };
  Watchdog<int> watchdog({.jobs = 1, .budget = 1000ms, .max_abandoned = 1}, std::move(tasks));
  watchdog.Wait();
  CHECK(delivered == 50);
  CHECK(in_order);
}
