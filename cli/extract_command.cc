#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "claimtrace/corpus.h"
#include "claimtrace/extractor.h"
#include "claimtrace/watchdog.h"
#include "commands.h"
#include "seconds_option.h"
#include "sidecar.h"

namespace claimtrace::cli {
namespace {

constexpr const char* kHelp = R"(usage: claimtrace extract [options] PATH...

Reads report pages (files, folders recursed with hidden entries skipped, or '-'
for standard input) and writes JSON Lines per SCHEMA.md: for each document a
'document' record, its 'mention' records, then its 'claim' records; or an
'error' record when it could not be read. Standard output carries only JSON;
the summary and progress go to standard error.

options:
  -o, --output FILE   write to FILE atomically instead of standard output
                      (FILE appears only when the run completes)
  -j, --jobs N        worker threads (default: number of cores)
  --max-bytes N       refuse documents larger than N bytes (default 67108864)
  --timeout SECONDS   give each document at most SECONDS of wall-clock time
                      to be read and extracted (default 60; fractions allowed;
                      0 = no limit); a document over it gets an error record
                      with code "timeout" and the run goes on. Its work cannot
                      be interrupted and finishes in the background (at most
                      one such document per job at a time); the process then
                      exits as soon as the output is written.
  --no-selectors      leave out the "selector" and "position" fields
  --sidecar           write each source's records next to it as
                      <source>.claims.jsonl (atomically; never outside the
                      folders given; standard input's go to standard output)
  -q, --quiet         no summary or progress on standard error
  -h, --help          this text
  --version           the tool and rules version

exit codes: 0 every document was read, 1 some failed (see their error
records), 2 usage error or output not writable.

example:
  claimtrace extract corpus/samples -o samples.jsonl
)";

constexpr auto kProgressEvery = std::chrono::seconds(3);
constexpr size_t kStdoutChunk = 1 << 20;

bool ParseCount(const char* s, uint64_t* out) {
  char* end = nullptr;
  errno = 0;
  unsigned long long v = std::strtoull(s, &end, 10);
  if (errno || end == s || *end || s[0] == '-') return false;
  *out = v;
  return true;
}

struct Args {
  std::string output_path;
  uint64_t jobs = std::max(1u, std::thread::hardware_concurrency());
  ExtractorOptions options;
  JsonOptions json;
  bool quiet = false;
  bool sidecar = false;
  std::chrono::milliseconds timeout = std::chrono::seconds(60);
  std::vector<std::string> paths;
};

// Parses the command line; returns -1 to go on, else the exit code to stop with.
int ParseArgs(int argc, char** argv, Args* args) {
  bool only_paths = false;
  int stdin_count = 0;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    auto value = [&](const char* name) -> const char* {
      if (i + 1 >= argc) {
        std::cerr << "claimtrace extract: " << name << " needs a value (see --help)\n";
        return nullptr;
      }
      return argv[++i];
    };
    if (only_paths || a == "-" || a.empty() || a[0] != '-') {
      stdin_count += a == "-";
      args->paths.emplace_back(a);
    } else if (a == "--") {
      only_paths = true;
    } else if (a == "-h" || a == "--help") {
      std::cout << kHelp;
      return 0;
    } else if (a == "--version") {
      std::cout << "claimtrace " << CLAIMTRACE_VERSION << " (rules " << CLAIMTRACE_RULES_VERSION << ")\n";
      return 0;
    } else if (a == "-o" || a == "--output") {
      const char* v = value("-o");
      if (!v) return 2;
      args->output_path = v;
      if (args->output_path.empty() || args->output_path == "-") {
        std::cerr << "claimtrace extract: -o needs a file name (standard output is the default)\n";
        return 2;
      }
    } else if (a == "-j" || a == "--jobs") {
      const char* v = value("--jobs");
      if (!v) return 2;
      if (!ParseCount(v, &args->jobs) || args->jobs == 0 || args->jobs > 256) {
        std::cerr << "claimtrace extract: --jobs takes a number from 1 to 256, not '" << v << "'\n";
        return 2;
      }
    } else if (a == "--max-bytes") {
      const char* v = value("--max-bytes");
      if (!v) return 2;
      if (!ParseCount(v, &args->options.normalize.max_bytes)) {
        std::cerr << "claimtrace extract: --max-bytes takes a byte count, not '" << v << "'\n";
        return 2;
      }
    } else if (a == "--timeout") {
      const char* v = value("--timeout");
      if (!v) return 2;
      if (!ParseSeconds(v, &args->timeout)) {
        std::cerr << "claimtrace extract: --timeout takes seconds (0 = no limit), not '" << v << "'\n";
        return 2;
      }
    } else if (a == "--no-selectors") {
      args->json.selectors = false;
    } else if (a == "-q" || a == "--quiet") {
      args->quiet = true;
    } else if (a == "--sidecar") {
      args->sidecar = true;
    } else {
      std::cerr << "claimtrace extract: unknown option '" << a << "' (see --help)\n";
      return 2;
    }
  }
  if (args->paths.empty()) {
    std::cerr << "claimtrace extract: no PATH given (see --help)\n";
    return 2;
  }
  if (stdin_count > 1) {
    std::cerr << "claimtrace extract: '-' (standard input) given more than once\n";
    return 2;
  }
  return -1;
}

// Where the records go: standard output, or an atomically written file.
// Standard output gets them in writes of about 1 MiB (stdio's 4 KiB buffer
// meant one write(2) or more per document), unless it is a terminal, where
// each document shows as soon as it is written.
class Sink {
 public:
  Status Open(const std::string& path) {
    to_file_ = !path.empty();
    each_document_ = !to_file_ && ::isatty(STDOUT_FILENO);
    return to_file_ ? file_.Open(path) : Status::Ok();
  }
  Status Write(std::string_view lines) {
    if (to_file_) return file_.Append(lines);
    if (!each_document_ && buffer_.size() + lines.size() < kStdoutChunk) {
      buffer_.append(lines);
      return Status::Ok();
    }
    Status s = WriteStdout(buffer_);
    buffer_.clear();
    return s.ok() ? WriteStdout(lines) : s;
  }
  Status Finish() {
    if (to_file_) return file_.Commit();
    Status s = WriteStdout(buffer_);
    buffer_.clear();
    return s;
  }

 private:
  static Status WriteStdout(std::string_view bytes) {
    while (!bytes.empty()) {
      ssize_t n = ::write(STDOUT_FILENO, bytes.data(), bytes.size());
      if (n < 0) {
        if (errno == EINTR) continue;
        return Status(ErrorCode::kIoError, std::string("standard output: ") + std::strerror(errno));
      }
      bytes.remove_prefix(static_cast<size_t>(n));
    }
    return Status::Ok();
  }
  bool to_file_ = false;
  bool each_document_ = false;
  std::string buffer_;
  AtomicFileWriter file_;
};

struct Slot {
  std::string output;
  bool done = false;  // delivered, not yet written
  bool failed = false;
  uint64_t mentions = 0, claims = 0, bytes = 0;
};

struct Totals {
  uint64_t documents = 0, failed = 0, mentions = 0, claims = 0, bytes = 0;
};

// Reads and extracts one document into its output lines. Runs under the
// watchdog, possibly abandoned: it touches only what it is given.
Slot ExtractDocument(const Extractor& extractor, const std::string& path, uint64_t max_bytes,
                     const JsonOptions& json) {
  Slot slot;
  std::string bytes;
  Status rs = ReadDocument(path, max_bytes, &bytes);
  if (!rs.ok()) {
    AppendErrorRecord(path, rs, &slot.output);
    slot.failed = true;
  } else {
    DocumentResult r = extractor.Extract(bytes);
    AppendJsonLines(r, path, bytes, json, &slot.output);
    slot.failed = !r.status.ok();
    slot.mentions = r.mentions.size();
    slot.claims = r.claims.claims.size();
  }
  slot.bytes = bytes.size();
  return slot;
}

void PrintProgress(const Totals& t, size_t total_docs) {
  std::fprintf(stderr, "claimtrace extract: %llu/%zu documents, %.1f MB, %llu failed\n",
               static_cast<unsigned long long>(t.documents), total_docs, t.bytes / 1e6,
               static_cast<unsigned long long>(t.failed));
}

}  // namespace

int RunExtract(int argc, char** argv) {
  Args args;
  if (int code = ParseArgs(argc, argv, &args); code >= 0) return code;

  std::unique_ptr<Extractor> created;
  if (Status s = Extractor::Create(args.options, &created); !s.ok()) {
    std::cerr << "claimtrace extract: " << s.message() << "\n";
    return 2;
  }
  // Shared with abandoned work, which may outlive this function.
  const std::shared_ptr<const Extractor> extractor = std::move(created);
  // Open the output before any work, so an unwritable -o fails at once.
  Sink sink;
  if (Status s = sink.Open(args.output_path); !s.ok()) {
    std::cerr << "claimtrace extract: cannot write output: " << s.message() << "\n";
    return 2;
  }

  std::vector<DocumentRef> listed;
  std::vector<DocumentError> list_errors;
  ListDocuments(args.paths, &listed, &list_errors);
  // A sidecar run does not read the sidecars of earlier runs as documents.
  if (args.sidecar) std::erase_if(listed, [](const DocumentRef& d) { return IsSidecar(d.path); });
  // Shared with abandoned work, which may outlive this function's locals.
  const auto shared_docs = std::make_shared<const std::vector<DocumentRef>>(std::move(listed));
  const std::vector<DocumentRef>& docs = *shared_docs;
  const SidecarWriter sidecars(args.paths);

  Totals totals;
  Status write_status;
  auto emit = [&](std::string_view lines) {
    if (write_status.ok()) write_status = sink.Write(lines);
  };
  for (const DocumentError& e : list_errors) {
    std::string line;
    AppendErrorRecord(e.path, e.status, &line);
    emit(line);
  }
  totals.failed = totals.documents = list_errors.size();

  // Workers take documents in order and may run at most `window` documents
  // ahead of the output, which is written in order: memory stays bounded by
  // the window, not by the corpus. Whichever worker delivers the next
  // document to write writes it (and those after it that are ready), so that
  // in the usual case a document goes from read to written on one thread.
  const size_t n_threads = std::min<size_t>(args.jobs, std::max<size_t>(1, docs.size()));
  const size_t window = 4 * n_threads;
  std::vector<Slot> slots(window);
  std::mutex mu;
  std::condition_variable window_moved;
  size_t emitted = 0;   // guarded by mu: documents written
  bool writing = false;  // guarded by mu: a worker is writing; it writes whatever becomes ready
  bool stop = false;     // guarded by mu: the output failed

  const bool show_progress = !args.quiet && ::isatty(STDERR_FILENO);
  auto last_progress = std::chrono::steady_clock::now();
  const size_t total_docs = docs.size() + list_errors.size();
  // Writes one document's lines; called by one worker at a time, in order.
  auto write = [&](size_t i, const Slot& slot) {
    bool failed = slot.failed;
    if (args.sidecar && docs[i].path != "-") {
      if (Status s = sidecars.Write(docs[i].path, slot.output); !s.ok()) {
        std::cerr << "claimtrace extract: " << s.message() << "\n";
        failed = true;
      }
    } else {
      emit(slot.output);
    }
    ++totals.documents;
    totals.failed += failed;
    totals.mentions += slot.mentions;
    totals.claims += slot.claims;
    totals.bytes += slot.bytes;
    if (show_progress && std::chrono::steady_clock::now() - last_progress >= kProgressEvery) {
      last_progress = std::chrono::steady_clock::now();
      PrintProgress(totals, total_docs);
    }
  };
  auto deliver = [&](size_t i, Slot slot) {
    std::unique_lock<std::mutex> lock(mu);
    if (stop) return false;
    slot.done = true;
    slots[i % window] = std::move(slot);
    if (writing) return true;
    writing = true;
    while (!stop && emitted < docs.size() && slots[emitted % window].done) {
      const size_t w = emitted;
      Slot ready = std::exchange(slots[w % window], Slot{});
      lock.unlock();
      write(w, ready);
      ready = Slot{};  // free the lines outside the lock
      lock.lock();
      ++emitted;
      stop = !write_status.ok();
      window_moved.notify_all();
    }
    writing = false;
    return !stop;
  };

  WatchdogTasks<Slot> tasks;
  tasks.count = docs.size();
  tasks.admit = [&](size_t i) {
    std::unique_lock<std::mutex> lock(mu);
    window_moved.wait(lock, [&] { return stop || i < emitted + window; });
    return !stop;
  };
  tasks.work = [extractor, shared_docs, max_bytes = args.options.normalize.max_bytes, json = args.json](size_t i) {
    return ExtractDocument(*extractor, (*shared_docs)[i].path, max_bytes, json);
  };
  tasks.deliver = [&](size_t i, Slot&& slot) { return deliver(i, std::move(slot)); };
  tasks.timed_out = [&](size_t i, const Status& ws) {
    Slot slot;
    AppendErrorRecord(docs[i].path, Status(ws.code(), docs[i].path + ": " + ws.message()), &slot.output);
    slot.failed = true;
    return deliver(i, std::move(slot));
  };
  Watchdog<Slot> watchdog({.jobs = n_threads, .budget = args.timeout, .max_abandoned = n_threads}, std::move(tasks));
  watchdog.Wait();

  if (write_status.ok()) write_status = sink.Finish();
  int code = totals.failed ? 1 : 0;
  if (!write_status.ok()) {
    std::cerr << "claimtrace extract: cannot write output: " << write_status.message() << "\n";
    code = 2;
  } else if (!args.quiet) {
    std::cerr << "claimtrace extract: " << totals.documents << " documents, " << totals.failed
              << " failed, " << totals.mentions << " mentions, " << totals.claims << " claims"
              << (args.output_path.empty() ? "" : " -> " + args.output_path) << "\n";
  }
  if (watchdog.still_running() > 0) {
    // Abandoned work is still running: returning would run static destructors
    // (ICU's, RE2's) under it. The output is written (or failed) already.
    std::fflush(stderr);
    std::_Exit(code);
  }
  return code;
}

}  // namespace claimtrace::cli
