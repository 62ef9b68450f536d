#include <charconv>
#include <cstdio>
#include <iostream>
#include <string>

#include "claimtrace/store.h"
#include "commands.h"

namespace claimtrace::cli {
namespace {

constexpr const char* kHelp = R"(usage: claimtrace export --db FILE [--format jsonl|csv] [--run ID]

Writes the documents of a claim store to standard output, in path order
(bytewise): as the SCHEMA.md stream of 'claimtrace extract' (a 'document'
record, its 'mention' and 'claim' records, or an 'error' record), or as CSV
with one row per claim and its provenance. The output depends only on the
stored documents, never on the history of runs.

options:
  --db FILE           the store (required)
  --format F          jsonl (default) or csv
  --run ID            the state as of run ID (see the runs table) instead of now
  -h, --help          this text

exit codes: 0 ok, 2 usage error or no such store or run, 3 the store failed.
)";

}  // namespace

int RunExport(int argc, char** argv) {
  std::string db;
  ExportOptions options;
  auto usage = [](const std::string& why) {
    std::cerr << "claimtrace export: " << why << " (see --help)\n";
    return 2;
  };
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "-h" || a == "--help") {
      std::cout << kHelp;
      return 0;
    }
    if (a != "--db" && a != "--format" && a != "--run") return usage("unknown argument '" + std::string(a) + "'");
    if (i + 1 >= argc) return usage(std::string(a) + " needs a value");
    std::string_view v = argv[++i];
    if (a == "--db") {
      db = v;
    } else if (a == "--format") {
      if (v == "jsonl") options.format = ExportOptions::Format::kJsonl;
      else if (v == "csv") options.format = ExportOptions::Format::kCsv;
      else return usage("--format is jsonl or csv");
    } else {
      int64_t run = 0;
      auto r = std::from_chars(v.data(), v.data() + v.size(), run);
      if (r.ec != std::errc() || r.ptr != v.data() + v.size() || run < 1) return usage("--run takes a run id");
      options.run = run;
    }
  }
  if (db.empty()) return usage("--db FILE is required");
  std::unique_ptr<Store> store;
  Status s = Store::Open(db, Store::Mode::kReadOnly, &store);
  if (s.ok()) {
    s = ExportStore(*store, options, [](std::string_view chunk) { std::fwrite(chunk.data(), 1, chunk.size(), stdout); });
  }
  std::fflush(stdout);
  if (!s.ok()) {
    std::cerr << "claimtrace export: " << s.message() << "\n";
    return s.code() == ErrorCode::kStoreError ? 3 : 2;
  }
  return 0;
}

}  // namespace claimtrace::cli
