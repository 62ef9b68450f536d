#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "claimtrace/corpus.h"
#include "claimtrace/extractor.h"
#include "commands.h"

namespace claimtrace::cli {
namespace {

constexpr const char* kHelp = R"(usage: claimtrace extract [options] PATH...

Reads report pages (files, folders recursed with hidden entries skipped, or '-'
for standard input) and writes JSON Lines per SCHEMA.md: for each document a
'document' record, its 'mention' records, then its 'claim' records; or an
'error' record when it could not be read.

options:
  -o, --output FILE   write to FILE atomically instead of standard output
  -j, --jobs N        worker threads (default: number of cores)
  --max-bytes N       refuse documents larger than N bytes (default 67108864)
  --no-selectors      leave out the "selector" and "position" fields
  -q, --quiet         no summary on standard error
  -h, --help          this text

exit codes: 0 every document was read, 1 some failed (see their error
records), 2 usage error or output not writable.
)";

bool ParseCount(const char* s, uint64_t* out) {
  char* end = nullptr;
  errno = 0;
  unsigned long long v = std::strtoull(s, &end, 10);
  if (errno || end == s || *end || s[0] == '-') return false;
  *out = v;
  return true;
}

struct Job {
  std::string output;
  bool failed = false;
  bool done = false;
  uint64_t mentions = 0, claims = 0;
};

}  // namespace

int RunExtract(int argc, char** argv) {
  std::string output_path;
  uint64_t jobs = std::max(1u, std::thread::hardware_concurrency());
  ExtractorOptions options;
  JsonOptions json;
  bool quiet = false;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    auto need_value = [&](const char* name) -> const char* {
      if (i + 1 >= argc) {
        std::cerr << "claimtrace extract: " << name << " needs a value\n";
        return nullptr;
      }
      return argv[++i];
    };
    if (a == "-h" || a == "--help") {
      std::cout << kHelp;
      return 0;
    } else if (a == "-o" || a == "--output") {
      const char* v = need_value("-o");
      if (!v) return 2;
      output_path = v;
    } else if (a == "-j" || a == "--jobs") {
      const char* v = need_value("--jobs");
      if (!v || !ParseCount(v, &jobs) || jobs == 0 || jobs > 256) {
        std::cerr << "claimtrace extract: --jobs takes a number from 1 to 256\n";
        return 2;
      }
    } else if (a == "--max-bytes") {
      const char* v = need_value("--max-bytes");
      if (!v || !ParseCount(v, &options.normalize.max_bytes)) {
        std::cerr << "claimtrace extract: --max-bytes takes a byte count\n";
        return 2;
      }
    } else if (a == "--no-selectors") {
      json.selectors = false;
    } else if (a == "-q" || a == "--quiet") {
      quiet = true;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::cerr << "claimtrace extract: unknown option '" << a << "' (see --help)\n";
      return 2;
    } else {
      paths.emplace_back(a);
    }
  }
  if (paths.empty()) {
    std::cerr << "claimtrace extract: no PATH given (see --help)\n";
    return 2;
  }

  std::unique_ptr<Extractor> extractor;
  Status s = Extractor::Create(options, &extractor);
  if (!s.ok()) {
    std::cerr << "claimtrace extract: " << s.message() << "\n";
    return 2;
  }

  std::vector<DocumentRef> docs;
  std::vector<DocumentError> list_errors;
  ListDocuments(paths, &docs, &list_errors);

  std::FILE* out = stdout;
  std::string buffered;  // with -o, written atomically at the end
  auto emit = [&](const std::string& lines) {
    if (!output_path.empty()) buffered += lines;
    else std::fwrite(lines.data(), 1, lines.size(), out);
  };

  uint64_t failed = list_errors.size(), mentions = 0, claims = 0;
  for (const DocumentError& e : list_errors) {
    std::string line;
    AppendErrorRecord(e.path, e.status, &line);
    emit(line);
  }

  // Workers take documents in order and hand results out in the same order
  // through a window of a few slots per worker, so memory is bounded by the
  // workers' documents, not by the corpus: a worker does not start document i
  // while document i - window is unwritten. Whoever finds no one writing emits
  // every finished result at the head of the window; no thread sits between the
  // workers and the output, and --jobs 1 runs with no hand-off per document.
  size_t n_threads = std::min<size_t>(jobs, std::max<size_t>(1, docs.size()));
  std::vector<Job> window(4 * n_threads);
  size_t written = 0;    // documents emitted; guarded by mu
  bool writing = false;  // a worker is emitting; guarded by mu
  size_t waiting = 0;    // workers waiting for the window to move; guarded by mu
  std::mutex mu;
  std::condition_variable window_moved;
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (;;) {
      size_t i = next.fetch_add(1);
      if (i >= docs.size()) return;
      {
        std::unique_lock<std::mutex> lock(mu);
        ++waiting;
        window_moved.wait(lock, [&] { return i < written + window.size(); });
        --waiting;
      }
      Job job;
      std::string bytes;
      Status rs = ReadDocument(docs[i].path, options.normalize.max_bytes, &bytes);
      if (!rs.ok()) {
        AppendErrorRecord(docs[i].path, rs, &job.output);
        job.failed = true;
      } else {
        DocumentResult r = extractor->Extract(bytes);
        AppendJsonLines(r, docs[i].path, bytes, json, &job.output);
        job.failed = !r.status.ok();
        job.mentions = r.mentions.size();
        job.claims = r.claims.claims.size();
      }
      job.done = true;
      std::unique_lock<std::mutex> lock(mu);
      window[i % window.size()] = std::move(job);
      if (writing) continue;  // the writer will find it before it stops
      writing = true;
      while (window[written % window.size()].done) {
        Job ready = std::move(window[written % window.size()]);
        window[written % window.size()] = Job{};
        lock.unlock();
        emit(ready.output);
        failed += ready.failed;
        mentions += ready.mentions;
        claims += ready.claims;
        lock.lock();
        ++written;
        if (waiting) window_moved.notify_all();
      }
      writing = false;
    }
  };
  std::vector<std::thread> threads;
  for (size_t t = 1; t < n_threads; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();

  if (!output_path.empty()) {
    Status ws = WriteFileAtomic(output_path, buffered);
    if (!ws.ok()) {
      std::cerr << "claimtrace extract: cannot write output: " << ws.message() << "\n";
      return 2;
    }
  } else {
    std::fflush(out);
  }
  if (!quiet) {
    std::cerr << "claimtrace extract: " << docs.size() + list_errors.size() << " documents, "
              << failed << " failed, " << mentions << " mentions, " << claims << " claims\n";
  }
  return failed ? 1 : 0;
}

}  // namespace claimtrace::cli
