#include <unistd.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>

#include "claimtrace/batch.h"
#include "claimtrace/extractor.h"
#include "commands.h"
#include "seconds_option.h"

namespace claimtrace::cli {
namespace {

constexpr const char* kHelp = R"(usage: claimtrace batch --corpus DIR --db FILE [options]

Brings the SQLite claim store FILE up to date with the corpus folder DIR:
documents are found recursively (hidden entries skipped), unchanged ones
(same size and mtime, or same sha256) are skipped, new and changed ones are
extracted, and documents that disappeared are marked removed. Each document
is stored in one transaction; a killed run loses nothing and the next run
finishes its work. Paths in the store are relative to DIR.

options:
  --corpus DIR        the corpus folder (required)
  --db FILE           the store, created when missing (required)
  -j, --jobs N        extraction threads (default: number of cores)
  --shard K/N         only documents whose path hash falls in shard K of N
  --include GLOB      only relative paths matching GLOB ('*' matches '/' too); repeatable
  --exclude GLOB      leave out relative paths matching GLOB; repeatable
  --max-bytes N       documents larger than N bytes fail with too_large (default 67108864)
  --timeout SECONDS   give each document at most SECONDS of wall-clock time to
                      be read and extracted (default 60; fractions allowed;
                      0 = no limit); a document over it is stored as an error
                      row with code "timeout", retried by the next run, and the
                      run goes on (its work finishes in the background)
  -q, --quiet         no progress and no summary on standard error
  -h, --help          this text

exit codes: 0 every document is stored, 1 some documents failed (error rows,
listed at the end), 2 usage error or the store is in use by another run,
3 the store itself failed (disk full, read-only); what was committed stays.
)";

bool ParseNumber(std::string_view s, uint64_t* out) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return !s.empty() && r.ec == std::errc() && r.ptr == s.data() + s.size();
}

std::string FormatDuration(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

// Draws progress: a bar redrawn in place on a terminal, a line every few
// seconds otherwise (logs of scheduled runs).
class ProgressPrinter {
 public:
  explicit ProgressPrinter(bool terminal) : terminal_(terminal) {}

  void Update(const BatchProgress& p) {
    auto now = std::chrono::steady_clock::now();
    bool last = p.done == p.total;
    auto interval = terminal_ ? std::chrono::milliseconds(200) : std::chrono::milliseconds(5000);
    if (!last && now - last_print_ < interval) return;
    if (last && printed_last_) return;
    last_print_ = now;
    printed_last_ = last;
    double elapsed = std::chrono::duration<double>(now - start_).count();
    double mbps = elapsed > 0 ? p.bytes_done / 1e6 / elapsed : 0;
    std::string eta = "-";
    if (p.bytes_done > 0 && p.bytes_total >= p.bytes_done) {
      eta = FormatDuration(elapsed * (p.bytes_total - p.bytes_done) / p.bytes_done);
    }
    char line[160];
    if (terminal_) {
      constexpr int kWidth = 30;
      int filled = p.total ? static_cast<int>(kWidth * p.done / p.total) : kWidth;
      std::string bar(filled, '#');
      bar.append(kWidth - filled, '.');
      std::snprintf(line, sizeof line, "\r[%s] %llu/%llu documents  %.1f MB/s  ETA %s ", bar.c_str(),
                    static_cast<unsigned long long>(p.done), static_cast<unsigned long long>(p.total), mbps,
                    eta.c_str());
      std::cerr << line << (last ? "\n" : "") << std::flush;
    } else {
      std::snprintf(line, sizeof line, "claimtrace batch: %llu/%llu documents, %.1f MB/s, ETA %s\n",
                    static_cast<unsigned long long>(p.done), static_cast<unsigned long long>(p.total), mbps,
                    eta.c_str());
      std::cerr << line;
    }
  }

 private:
  const bool terminal_;
  const std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_print_ = start_;
  bool printed_last_ = false;
};

// Prints the failures and the summary; returns the exit code.
int ReportAndExitCode(const Status& s, const BatchSummary& summary, bool quiet) {
  for (const std::string& f : summary.failures) std::cerr << "claimtrace batch: failed: " << f << "\n";
  if (!s.ok()) {
    std::cerr << "claimtrace batch: " << s.message() << "\n";
    if (s.code() == ErrorCode::kStoreError) {
      std::cerr << "claimtrace batch: stopped; every document stored before the failure is kept\n";
      return 3;
    }
    return 2;
  }
  if (!quiet) {
    std::cerr << "claimtrace batch: run " << summary.run << ": " << summary.seen << " documents, "
              << summary.extracted << " extracted, " << summary.unchanged << " unchanged ("
              << summary.touched << " touched), " << summary.failed << " failed, " << summary.removed
              << " removed; claims +" << summary.claims_added << " -" << summary.claims_removed << "\n";
  }
  return summary.failed ? 1 : 0;
}

}  // namespace

int RunBatch(int argc, char** argv) {
  BatchOptions options;
  options.jobs = std::max(1u, std::thread::hardware_concurrency());
  options.timeout = std::chrono::seconds(60);
  bool quiet = false;
  auto usage = [](const std::string& why) {
    std::cerr << "claimtrace batch: " << why << " (see --help)\n";
    return 2;
  };
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    const char* value = nullptr;
    auto need_value = [&] {
      if (i + 1 >= argc) return false;
      value = argv[++i];
      return true;
    };
    uint64_t n = 0;
    if (a == "-h" || a == "--help") {
      std::cout << kHelp;
      return 0;
    } else if (a == "-q" || a == "--quiet") {
      quiet = true;
    } else if (a != "--corpus" && a != "--db" && a != "-j" && a != "--jobs" && a != "--shard" &&
               a != "--include" && a != "--exclude" && a != "--max-bytes" && a != "--timeout") {
      return usage("unknown argument '" + std::string(a) + "'");
    } else if (!need_value()) {
      return usage(std::string(a) + " needs a value");
    } else if (a == "--corpus") {
      options.corpus = value;
    } else if (a == "--db") {
      options.db = value;
    } else if (a == "-j" || a == "--jobs") {
      if (!ParseNumber(value, &n) || n == 0 || n > 256) return usage("--jobs takes a number from 1 to 256");
      options.jobs = static_cast<unsigned>(n);
    } else if (a == "--shard") {
      if (!ParseShard(value, &options.shard)) return usage("--shard takes K/N with 0 <= K < N, e.g. 0/3");
    } else if (a == "--include") {
      options.include.emplace_back(value);
    } else if (a == "--exclude") {
      options.exclude.emplace_back(value);
    } else if (a == "--max-bytes") {
      if (!ParseNumber(value, &options.max_bytes)) return usage("--max-bytes takes a byte count");
    } else if (a == "--timeout") {
      if (!ParseSeconds(value, &options.timeout)) return usage("--timeout takes seconds (0 = no limit)");
    }
  }
  if (options.corpus.empty()) return usage("--corpus DIR is required");
  if (options.db.empty()) return usage("--db FILE is required");

  ExtractorOptions extractor_options;
  extractor_options.normalize.max_bytes = options.max_bytes;
  std::unique_ptr<Extractor> created;
  if (Status s = Extractor::Create(extractor_options, &created); !s.ok()) {
    std::cerr << "claimtrace batch: " << s.message() << "\n";
    return 2;
  }
  std::shared_ptr<const Extractor> extractor = std::move(created);  // shared with abandoned work
  ProgressPrinter printer(::isatty(STDERR_FILENO));
  if (!quiet) options.progress = [&](const BatchProgress& p) { printer.Update(p); };

  BatchSummary summary;
  Status s = claimtrace::RunBatch(options, extractor, &summary);
  int code = ReportAndExitCode(s, summary, quiet);
  if (summary.timed_out > 0) {
    // Abandoned work may still run: no static destructors under it.
    std::fflush(stderr);
    std::_Exit(code);
  }
  return code;
}

}  // namespace claimtrace::cli
