#include <cstdio>
#include <iostream>
#include <string>

#include "claimtrace/audit.h"
#include "commands.h"

namespace claimtrace::cli {
namespace {

constexpr const char* kHelp = R"(usage: claimtrace audit CLAIMS.jsonl [--root DIR] [--fix OUT.jsonl]

Checks every mention and claim of a claims file (the output of 'claimtrace
extract') against the current version of its source, and writes one JSON line
per record: {"type":"audit","doc":...,"record":"mention"|"claim","line":N,
"status":...}. Statuses: verified (the file is unchanged, or the text is still
at its offsets), moved (found elsewhere: new_start/new_end), changed (the text
is there but its figures differ: old/new), missing (not found), unreadable (the
file is gone or cannot be read). A malformed line is reported with its line
number and skipped.

options:
  --root DIR        resolve the documents' paths against DIR (default: .)
  --fix OUT.jsonl   write the claims file with moved records re-anchored and
                    sha256 refreshed where every record anchored (atomic)
  -q, --quiet       no summary on standard error
  -h, --help        this text

exit codes: 0 everything verified or moved, 1 something changed, missing,
unreadable or malformed, 2 usage error, or the claims file cannot be read, or
the --fix file cannot be written.
)";

}  // namespace

int RunAudit(int argc, char** argv) {
  AuditOptions options;
  std::string claims;
  bool quiet = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "-h" || a == "--help") {
      std::cout << kHelp;
      return 0;
    } else if (a == "--root" || a == "--fix") {
      if (i + 1 >= argc) {
        std::cerr << "claimtrace audit: " << a << " needs a value\n";
        return 2;
      }
      (a == "--root" ? options.root : options.fix_path) = argv[++i];
    } else if (a == "-q" || a == "--quiet") {
      quiet = true;
    } else if (a.size() > 1 && a[0] == '-') {
      std::cerr << "claimtrace audit: unknown option '" << a << "' (see --help)\n";
      return 2;
    } else if (!claims.empty()) {
      std::cerr << "claimtrace audit: one CLAIMS.jsonl at a time (see --help)\n";
      return 2;
    } else {
      claims = a;
    }
  }
  if (claims.empty()) {
    std::cerr << "claimtrace audit: no CLAIMS.jsonl given (see --help)\n";
    return 2;
  }
  AuditSummary summary;
  Status s = AuditClaimsFile(claims, options,
                             [](std::string_view line) { std::fwrite(line.data(), 1, line.size(), stdout); },
                             &summary);
  std::fflush(stdout);
  if (!s.ok()) {
    std::cerr << "claimtrace audit: " << s.message() << "\n";
    return 2;
  }
  if (!quiet) {
    std::cerr << "claimtrace audit: " << summary.records() << " records: " << summary.verified << " verified, "
              << summary.moved << " moved, " << summary.changed << " changed, " << summary.missing
              << " missing, " << summary.unreadable << " unreadable";
    if (summary.malformed) std::cerr << "; " << summary.malformed << " malformed lines skipped";
    std::cerr << "\n";
  }
  return summary.clean() ? 0 : 1;
}

}  // namespace claimtrace::cli
