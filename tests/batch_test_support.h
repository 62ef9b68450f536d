// Helpers shared by the batch tests (corpus/batch_test.cc, corpus/store_test.cc,
// tests/batch_cli_test.cc, tests/batch_kill_test.cc): small hand-written
// corpora in temporary folders (temp_dir.h), and running build/claimtrace as a
// child process.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "temp_dir.h"

namespace claimtrace::testing {

namespace fs = std::filesystem;

inline void WriteFile(const std::string& path, std::string_view contents) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
}

// Sets the modification time, so that a test controls what the stat check sees.
inline void SetMtime(const std::string& path, time_t seconds) {
  struct timespec times[2] = {{seconds, 0}, {seconds, 0}};
  ::utimensat(AT_FDCWD, path.c_str(), times, 0);
}

// A small report page; `n` varies the figures so that documents differ.
inline std::string ReportPage(int n) {
  return "<html><head><title>Widget market report " + std::to_string(n) + "</title></head><body>\n"
         "<p>The global widget market was valued at USD " + std::to_string(10 + n) + ".5 billion in 2023 "
         "and is expected to grow at a CAGR of " + std::to_string(3 + n % 7) + ".2% from 2024 to 2030.</p>\n"
         "<p>North America held " + std::to_string(20 + n % 30) + "% of the market in 2023.</p>\n</body></html>\n";
}

#ifdef CLAIMTRACE_BINARY
// The built claimtrace (tests/CMakeLists.txt defines it for integration tests).
inline std::string ClaimtraceBinary() { return CLAIMTRACE_BINARY; }
#endif

struct ProcessResult {
  int exit_code = -1;  // -1 when killed by a signal
  int signal = 0;
  std::string out, err;
};

struct ChildSetup {
  std::vector<std::string> env;        // "NAME=value" entries added to the environment
  std::string cwd;                     // working folder; empty: the test's
  std::function<void()> before_exec;   // runs in the child, e.g. setrlimit
};

// Starts `args` (args[0] is the program) with stdout and stderr sent to files
// in `dir`.
inline pid_t StartProcess(const std::vector<std::string>& args, const std::string& dir,
                          const ChildSetup& setup = {}) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  std::string out = dir + "/child.out", err = dir + "/child.err";
  pid_t pid = ::fork();
  if (pid == 0) {
    int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(o, 1);
    ::dup2(e, 2);
    for (const auto& kv : setup.env) ::putenv(const_cast<char*>(kv.c_str()));
    if (!setup.cwd.empty() && ::chdir(setup.cwd.c_str()) != 0) ::_exit(126);
    if (setup.before_exec) setup.before_exec();
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  return pid;
}

inline ProcessResult WaitProcess(pid_t pid, const std::string& dir) {
  ProcessResult r;
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  r.out = ReadFileOrMissing(dir + "/child.out");
  r.err = ReadFileOrMissing(dir + "/child.err");
  return r;
}

// Runs build/claimtrace with `args` and waits for it.
#ifdef CLAIMTRACE_BINARY
inline pid_t StartClaimtrace(const std::vector<std::string>& args, const std::string& dir,
                             const ChildSetup& setup = {}) {
  std::vector<std::string> full = {ClaimtraceBinary()};
  full.insert(full.end(), args.begin(), args.end());
  return StartProcess(full, dir, setup);
}

inline ProcessResult RunClaimtrace(const std::vector<std::string>& args, const std::string& dir,
                                   const ChildSetup& setup = {}) {
  return WaitProcess(StartClaimtrace(args, dir, setup), dir);
}

#endif  // CLAIMTRACE_BINARY

}  // namespace claimtrace::testing
