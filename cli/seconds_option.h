// The parsing of a command-line time budget in seconds (--timeout), shared by
// the subcommands that run documents under the watchdog.
//
//   std::chrono::milliseconds budget;
//   if (!ParseSeconds("0.5", &budget)) { /* usage error */ }  // budget == 500ms
#pragma once

#include <chrono>

namespace claimtrace::cli {

// A non-negative number of seconds, fractions allowed, at most 1e7; 0 means
// no budget, and a positive budget is at least 1 ms. False when `s` is not one.
bool ParseSeconds(const char* s, std::chrono::milliseconds* out);

}  // namespace claimtrace::cli
