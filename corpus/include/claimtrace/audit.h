// audit: proves each mention and claim of a claims file against the current
// version of its source, re-anchoring text that moved.
//
//   claimtrace::AuditOptions options;
//   options.root = "corpus";               // doc paths are relative to it
//   options.fix_path = "claims.fixed.jsonl";  // optional: rewritten claims file
//   claimtrace::AuditSummary summary;
//   claimtrace::Status s = claimtrace::AuditClaimsFile(
//       "claims.jsonl", options, [](std::string_view line) { std::cout << line; }, &summary);
//   // {"type":"audit","doc":"a.html","record":"claim","line":12,"kind":"size",
//   //  "status":"moved","start":300,"end":420,"new_start":512,"new_end":632,...}
//   if (!summary.clean()) { /* something changed, went missing or could not be read */ }
//
// Statuses, per record:
//   verified   the file is byte-identical (sha256), or the text is still at its offsets
//   moved      the quote is elsewhere (exact search, then an approximate one
//              scored on quote, prefix, suffix and distance, as Hypothesis anchors;
//              near the old place first, then the whole page)
//   changed    the text is still there, but its figures differ
//   missing    no acceptable anchor
//   unreadable the source is gone or cannot be read
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/claims_file.h"
#include "claimtrace/figures.h"
#include "claimtrace/normalize.h"
#include "claimtrace/status.h"

namespace claimtrace {

enum class AuditStatus { kVerified, kMoved, kChanged, kMissing, kUnreadable };
// "verified", "moved", "changed", "missing", "unreadable".
const char* AuditStatusName(AuditStatus status);

// A figure of an anchored text, before or after a change.
struct AuditFigure {
  std::string kind;  // a MentionKind name, or "number" for a bare numeral
  std::string text;
  std::optional<double> value;
};

struct AnchorResult {
  AuditStatus status = AuditStatus::kMissing;
  ByteSpan text_span;    // moved, changed: the new place in NormalizedDocument::text
  ByteSpan source_span;  // moved, changed: the new source bytes
  bool fuzzy = false;    // moved: found only approximately (some words differ)
  double score = 0;      // anchor quality, 0..1 (Hypothesis's weighting)
  std::vector<AuditFigure> old_figures, new_figures;  // changed: the figures that differ
};

// Finds `old` (a record's anchor, from an earlier version of the source) in
// the current `source`, read into `doc`. `figures` and `style` tell changed
// figures apart from other edits.
AnchorResult Reanchor(const TextAnchor& old, std::string_view source, const NormalizedDocument& doc,
                      const FigureDetector& figures, const PageStyle& style);

struct AuditOptions {
  std::string root;           // relative doc paths are resolved against it (empty: the current folder)
  std::string fix_path;       // when set, the updated claims file is written there atomically
  NormalizeOptions normalize;
};

struct AuditSummary {
  uint64_t verified = 0, moved = 0, changed = 0, missing = 0, unreadable = 0;
  uint64_t malformed = 0;  // lines that could not be parsed (reported, skipped)
  uint64_t records() const { return verified + moved + changed + missing + unreadable; }
  // Everything verified or moved, and every line readable.
  bool clean() const { return changed + missing + unreadable + malformed == 0; }
};

// Audits every mention and claim record of the claims file at `claims_path`
// ("-" for standard input), passing one JSON line per record (and an error
// line per malformed input line) to `emit`. Fails only when the claims file
// itself cannot be read or the --fix output cannot be written.
Status AuditClaimsFile(const std::string& claims_path, const AuditOptions& options,
                       const std::function<void(std::string_view)>& emit, AuditSummary* summary);

}  // namespace claimtrace
