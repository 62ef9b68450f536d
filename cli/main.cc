#include <malloc.h>

#include <cstring>
#include <iostream>
#include <string_view>

#include "commands.h"

namespace {

constexpr const char* kUsage = R"(claimtrace: market figures and claims with byte-exact provenance

usage: claimtrace COMMAND [options] ...
       claimtrace --help | --version

commands:
  extract PATH...        mentions and claims of report pages as JSON Lines
  audit CLAIMS.jsonl     check that every claim is still in its source
  check CLAIMS.jsonl     find figures that cannot all be true
  batch --corpus DIR --db FILE   incremental run over a corpus into SQLite
  export --db FILE       write a store as JSON Lines or CSV
  diff --db FILE         claims added, removed and changed between runs
  merge --db OUT SHARD.db...     combine shard stores

'claimtrace COMMAND --help' describes each command.
exit codes: 0 ok, 1 some documents failed or findings, 2 usage error, 3 store failure
)";

// glibc raises its mmap threshold to the size of the largest block freed (up
// to 32 MiB); after one large page, large buffers (a page's bytes, its JSON)
// come from the heaps of the workers' malloc arenas, which rarely give freed
// memory back, and peak RSS grows with how the workers' allocations
// interleave rather than with the largest document. A fixed threshold keeps
// every large buffer in its own mapping, returned to the system when freed.
constexpr int kMmapThreshold = 256 << 10;
// Each document allocates and frees a few MiB (Gumbo's tree, the text and its
// maps); with glibc's default 128 KiB trim threshold an arena gives that back
// and faults it in again for every document (madvise per page on small
// pages). Keeping up to 4 MiB free per arena costs little next to the limit.
constexpr int kTrimThreshold = 4 << 20;

}  // namespace

int main(int argc, char** argv) {
  using namespace claimtrace::cli;
  ::mallopt(M_MMAP_THRESHOLD, kMmapThreshold);
  ::mallopt(M_TRIM_THRESHOLD, kTrimThreshold);
  if (argc < 2) {
    std::cerr << kUsage;
    return 2;
  }
  std::string_view cmd = argv[1];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (cmd == "--version") {
    std::cout << "claimtrace " << CLAIMTRACE_VERSION << " (rules " << CLAIMTRACE_RULES_VERSION << ")\n";
    return 0;
  }
  struct Entry {
    const char* name;
    int (*run)(int, char**);
  };
  static constexpr Entry kCommands[] = {
      {"extract", RunExtract}, {"audit", RunAudit}, {"check", RunCheck}, {"batch", RunBatch},
      {"export", RunExport},   {"diff", RunDiff},   {"merge", RunMerge},
  };
  for (const Entry& e : kCommands) {
    if (cmd == e.name) return e.run(argc - 1, argv + 1);
  }
  std::cerr << "claimtrace: unknown command '" << cmd << "'\n\n" << kUsage;
  return 2;
}
