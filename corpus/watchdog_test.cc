#include "claimtrace/watchdog.h"

#include <doctest/doctest.h>

#include <chrono>
#include <future>
#include <memory>
#include <thread>

using claimtrace::ErrorCode;
using claimtrace::Status;
using claimtrace::Watchdog;
using namespace std::chrono_literals;

TEST_CASE("without a budget the work runs inline") {
  Watchdog watchdog(0ms);
  const std::thread::id caller = std::this_thread::get_id();
  std::thread::id ran_on;
  Status s = watchdog.Run([&] { ran_on = std::this_thread::get_id(); });
  CHECK(s.ok());
  CHECK(ran_on == caller);
  CHECK(watchdog.still_running() == 0);
}

TEST_CASE("work that finishes within the budget is ok and its result is visible") {
  Watchdog watchdog(std::chrono::hours(1));
  auto result = std::make_shared<int>(0);
  Status s = watchdog.Run([result] { *result = 42; });
  CHECK(s.ok());
  CHECK(*result == 42);
}

TEST_CASE("work that outlives the budget gives kTimeout and is abandoned, not stopped") {
  // The work blocks until the test releases it after Run() has returned, so
  // the budget is exceeded whatever the machine's speed: no timing assumption.
  Watchdog watchdog(1ms);
  auto release = std::make_shared<std::promise<void>>();
  std::shared_future<void> released = release->get_future().share();
  auto finished = std::make_shared<std::promise<void>>();
  std::future<void> work_finished = finished->get_future();
  Status s = watchdog.Run([released, finished] {
    released.wait();
    finished->set_value();
  });
  CHECK(s.code() == ErrorCode::kTimeout);
  CHECK(std::string(s.code_name()) == "timeout");
  CHECK(s.message().find("1 ms") != std::string::npos);
  CHECK(watchdog.still_running() == 1);
  release->set_value();
  work_finished.wait();  // the abandoned work still ran to its end
  while (watchdog.still_running() != 0) std::this_thread::yield();
  CHECK(watchdog.still_running() == 0);
}

TEST_CASE("Run is safe from several threads at once") {
  Watchdog watchdog(std::chrono::hours(1));
  std::vector<std::thread> threads;
  std::vector<int> results(8, 0);
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&, i] {
      auto out = std::make_shared<int>(0);
      if (watchdog.Run([out, i] { *out = i * i; }).ok()) results[i] = *out;
    });
  }
  for (auto& t : threads) t.join();
  for (int i = 0; i < 8; ++i) CHECK(results[i] == i * i);
}
