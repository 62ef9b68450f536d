#include <iostream>
#include <string>
#include <vector>

#include "claimtrace/corpus.h"
#include "claimtrace/store.h"
#include "commands.h"

namespace claimtrace::cli {
namespace {

constexpr const char* kHelp = R"(usage: claimtrace merge --db OUT SHARD.db...

Combines the stores of 'claimtrace batch --shard K/N' runs into the store
OUT (created when missing) as one new run of kind "merge": the current state
of every shard's documents replaces OUT's, and documents no shard has any
more are marked removed. Refuses, changing nothing, shards of different
corpus folders or claimtrace/rules versions, a shard given twice or missing,
a document in two shards, and a shard store as OUT. The whole merge is one
transaction.

options:
  --db OUT            the merged store (required)
  -h, --help          this text

exit codes: 0 ok, 1 some merged documents are errors, 2 usage error or
inconsistent shards or OUT in use, 3 a store failed.
)";

int Fail(const Status& s) {
  std::cerr << "claimtrace merge: " << s.message() << "\n";
  return s.code() == ErrorCode::kStoreError ? 3 : 2;
}

}  // namespace

int RunMerge(int argc, char** argv) {
  std::string out_path;
  std::vector<std::string> shards;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "-h" || a == "--help") {
      std::cout << kHelp;
      return 0;
    }
    if (a == "--db") {
      if (i + 1 >= argc) return Fail(Status(ErrorCode::kUsage, "--db needs a value (see --help)"));
      out_path = argv[++i];
    } else if (a.size() > 1 && a[0] == '-') {
      return Fail(Status(ErrorCode::kUsage, "unknown option '" + std::string(a) + "' (see --help)"));
    } else {
      shards.emplace_back(a);
    }
  }
  if (out_path.empty()) return Fail(Status(ErrorCode::kUsage, "--db OUT is required (see --help)"));
  if (shards.empty()) return Fail(Status(ErrorCode::kUsage, "no SHARD.db given (see --help)"));
  std::string out_real = RealPath(out_path);
  for (const std::string& s : shards) {
    if (!out_real.empty() && RealPath(s) == out_real) {
      return Fail(Status(ErrorCode::kUsage, s + ": is the output store too"));
    }
  }
  std::unique_ptr<StoreLock> lock;
  if (Status s = StoreLock::Acquire(out_path, &lock); !s.ok()) return Fail(s);
  std::unique_ptr<Store> out;
  if (Status s = Store::Open(out_path, Store::Mode::kReadWrite, &out); !s.ok()) return Fail(s);
  RunInfo run;
  if (Status s = MergeStores(shards, out.get(), &run); !s.ok()) return Fail(s);
  std::cerr << "claimtrace merge: run " << run.id << ": " << shards.size() << " shards, " << run.seen
            << " documents (" << run.extracted << " changed, " << run.removed << " removed, " << run.failed
            << " failed); claims +" << run.claims_added << " -" << run.claims_removed << "\n";
  return run.failed ? 1 : 0;
}

}  // namespace claimtrace::cli
