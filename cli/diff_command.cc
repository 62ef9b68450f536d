#include <charconv>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

#include "claimtrace/store.h"
#include "commands.h"

namespace claimtrace::cli {
namespace {

constexpr const char* kHelp = R"(usage: claimtrace diff --db FILE [--from RUN] [--to RUN]

Lists the claims that differ between two runs of a claim store, as JSON Lines:
  {"type":"diff","change":"added","doc":PATH,"claim":{...}}
  {"type":"diff","change":"removed","doc":PATH,"claim":{...}}
  {"type":"diff","change":"changed","doc":PATH,"claim":{...},"before":{...}}
A claim is the same claim in both runs when its document, kind, subject,
segment and period are; it changed when its figure, currency or qualifier
did. A claim whose evidence only moved is not listed. A summary goes to
standard error.

options:
  --db FILE           the store (required)
  --to RUN            the later run (default: the last complete run)
  --from RUN          the earlier run (default: the complete run before --to;
                      0 is the empty store)
  -h, --help          this text

exit codes: 0 ok, 2 usage error or no such store or run, 3 the store failed.
)";

int Fail(const Status& s) {
  std::cerr << "claimtrace diff: " << s.message() << "\n";
  return s.code() == ErrorCode::kStoreError ? 3 : 2;
}

}  // namespace

int RunDiff(int argc, char** argv) {
  std::string db;
  std::optional<int64_t> from, to;
  auto usage = [](const std::string& why) {
    std::cerr << "claimtrace diff: " << why << " (see --help)\n";
    return 2;
  };
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "-h" || a == "--help") {
      std::cout << kHelp;
      return 0;
    }
    if (a != "--db" && a != "--from" && a != "--to") return usage("unknown argument '" + std::string(a) + "'");
    if (i + 1 >= argc) return usage(std::string(a) + " needs a value");
    std::string_view v = argv[++i];
    if (a == "--db") {
      db = v;
      continue;
    }
    int64_t run = 0;
    auto r = std::from_chars(v.data(), v.data() + v.size(), run);
    if (r.ec != std::errc() || r.ptr != v.data() + v.size() || run < 0) return usage(std::string(a) + " takes a run id");
    (a == "--from" ? from : to) = run;
  }
  if (db.empty()) return usage("--db FILE is required");
  std::unique_ptr<Store> store;
  if (Status s = Store::Open(db, Store::Mode::kReadOnly, &store); !s.ok()) return Fail(s);
  std::vector<RunInfo> runs;
  if (Status s = store->ListRuns(&runs); !s.ok()) return Fail(s);
  // Defaults: complete runs only, so that an interrupted run and the run that
  // finished its work count as one.
  for (auto it = runs.rbegin(); it != runs.rend() && !to; ++it) {
    if (it->status == "complete") to = it->id;
  }
  if (!to) return Fail(Status(ErrorCode::kUsage, db + ": no complete run to compare"));
  for (auto it = runs.rbegin(); it != runs.rend() && !from; ++it) {
    if (it->status == "complete" && it->id < *to) from = it->id;
  }
  if (!from) from = 0;
  DiffSummary summary;
  Status s = DiffRuns(*store, *from, *to, [](std::string_view chunk) { std::fwrite(chunk.data(), 1, chunk.size(), stdout); },
                      &summary);
  std::fflush(stdout);
  if (!s.ok()) return Fail(s);
  std::cerr << "claimtrace diff: run " << *from << " -> run " << *to << ": " << summary.added << " added, "
            << summary.removed << " removed, " << summary.changed << " changed\n";
  return 0;
}

}  // namespace claimtrace::cli
