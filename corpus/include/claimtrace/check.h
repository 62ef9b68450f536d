// check: finds claims of a claims file that cannot all be true.
//
//   claimtrace::ConsistencyChecker checker;
//   for (each parsed line) checker.Add(line.record, line.number);  // non-claims are ignored
//   for (const claimtrace::Finding& f : checker.Findings()) std::cout << claimtrace::FindingJson(f);
//   // {"type":"finding","check":"cagr_mismatch","doc":"seeds/001.txt",
//   //  "claims":[{"doc":"seeds/001.txt","line":60,"start":9100,"end":9262},...],
//   //  "message":"USD 144.27 billion (2023) to USD 1,166.52 billion (2033) implies ..."}
//
// Checks:
//   cagr_mismatch  a forecast (two sizes of one sentence, or a page's only
//                  first and last size) and its CAGR, one subject and segment,
//                  where (end/start)^(1/years) - 1 is more than 0.5 points off
//                  the stated rate; the years are the size claims'.
//   conflict       claims of one subject, kind, segment and year (period for a
//                  CAGR) whose values differ by more than their rounding allows,
//                  on one page or across pages (at most three values: more are
//                  taken for different quantities).
//   impossible     a share over 100%, shares of one dimension and year on a page
//                  adding up to more than 100% (plus their rounding), a forecast
//                  below its base while the page states growth.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "claimtrace/claims_file.h"
#include "claimtrace/offset_map.h"

namespace claimtrace {

struct ClaimRef {
  std::string doc;
  uint64_t line = 0;  // in the claims file
  ByteSpan evidence;  // source bytes
};

struct Finding {
  std::string check;  // "cagr_mismatch", "conflict", "impossible"
  std::string doc;    // the page (the first one, for a conflict across pages)
  std::vector<ClaimRef> claims;
  std::string message;
};

class ConsistencyChecker {
 public:
  // Keeps claim records; other records are ignored.
  void Add(const ClaimsRecord& record, uint64_t line);
  // Every finding, by check (cagr_mismatch, conflict, impossible), then in
  // the order the claims came.
  std::vector<Finding> Findings() const;

 private:
  struct Entry {
    ClaimsRecord record;  // without its anchor's texts, which checks do not need
    uint64_t line = 0;
  };
  std::vector<Entry> claims_;
};

// The finding as one JSON line, '\n' included.
std::string FindingJson(const Finding& finding);

}  // namespace claimtrace
