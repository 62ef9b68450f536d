#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "claimtrace/check.h"
#include "claimtrace/claims_file.h"
#include "commands.h"

namespace claimtrace::cli {
namespace {

constexpr const char* kHelp = R"(usage: claimtrace check CLAIMS.jsonl

Looks for claims of a claims file that cannot all be true and writes one JSON
line per finding: {"type":"finding","check":...,"doc":...,"claims":[{"doc",
"line","start","end"}...],"message":...}. Checks:
  cagr_mismatch  start size, end size and CAGR of one page, subject and segment
                 disagree by more than 0.5 points (years of the two sizes)
  conflict       one subject, kind, segment and year with different values,
                 on one page or across pages
  impossible     a share over 100%, shares of one dimension and year adding up
                 to more than 100%, a forecast below its base despite growth
A malformed line is reported on standard error with its line number and skipped.

exit codes: 0 nothing found, 1 findings (or malformed lines), 2 usage error
or the claims file cannot be read.
)";

}  // namespace

int RunCheck(int argc, char** argv) {
  std::string claims;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "-h" || a == "--help") {
      std::cout << kHelp;
      return 0;
    } else if (a.size() > 1 && a[0] == '-') {
      std::cerr << "claimtrace check: unknown option '" << a << "' (see --help)\n";
      return 2;
    } else if (!claims.empty()) {
      std::cerr << "claimtrace check: one CLAIMS.jsonl at a time (see --help)\n";
      return 2;
    } else {
      claims = a;
    }
  }
  if (claims.empty()) {
    std::cerr << "claimtrace check: no CLAIMS.jsonl given (see --help)\n";
    return 2;
  }
  std::unique_ptr<ClaimsFileReader> reader;
  Status s = ClaimsFileReader::Open(claims, &reader);
  if (!s.ok()) {
    std::cerr << "claimtrace check: " << s.message() << "\n";
    return 2;
  }
  ConsistencyChecker checker;
  ClaimsLine line;
  uint64_t malformed = 0;
  while (reader->Next(&line)) {
    if (!line.status.ok()) {
      ++malformed;
      std::cerr << "claimtrace check: " << claims << ": " << line.status.message() << " (skipped)\n";
      continue;
    }
    checker.Add(line.record, line.number);
  }
  if (!reader->status().ok()) {
    std::cerr << "claimtrace check: " << claims << ": " << reader->status().message() << "\n";
    return 2;
  }
  std::vector<Finding> findings = checker.Findings();
  for (const Finding& f : findings) {
    std::string json = FindingJson(f);
    std::fwrite(json.data(), 1, json.size(), stdout);
  }
  std::fflush(stdout);
  return findings.empty() && malformed == 0 ? 0 : 1;
}

}  // namespace claimtrace::cli
