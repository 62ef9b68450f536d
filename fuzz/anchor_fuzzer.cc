// Fuzzes the re-anchoring matcher used by `audit`: ApproxSearch (Myers
// bit-parallel edit distance) against a plain dynamic-programming reference,
// and Reanchor on a document read from the rest of the input.
//
// Input: pattern '\0' prefix '\0' suffix '\0' source. The first byte of the
// pattern part sets max_errors (low 3 bits) and has_selector (bit 3).
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "../corpus/anchor_match.h"
#include "claimtrace/audit.h"
#include "invariants.h"

namespace {

using claimtrace::fuzz::Fail;

// Next '\0'-separated field of `rest`.
std::string_view Field(std::string_view* rest) {
  size_t z = rest->find('\0');
  std::string_view f = rest->substr(0, z);
  rest->remove_prefix(z == std::string_view::npos ? rest->size() : z + 1);
  return f;
}

// Levenshtein distance of a and b (bytes).
uint32_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<uint32_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    uint32_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      uint32_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1])});
      diag = up;
    }
  }
  return row[b.size()];
}

// Fewest edits turning `pattern` into a substring of `text` that ends at
// offset 1..|text| (semi-global alignment).
uint32_t BestSubstringDistance(std::string_view text, std::string_view pattern) {
  std::vector<uint32_t> col(pattern.size() + 1);
  for (size_t i = 0; i <= pattern.size(); ++i) col[i] = i;
  uint32_t best = UINT32_MAX;
  for (size_t j = 1; j <= text.size(); ++j) {
    uint32_t diag = col[0];
    col[0] = 0;
    for (size_t i = 1; i <= pattern.size(); ++i) {
      uint32_t left = col[i];
      col[i] = std::min({col[i] + 1, col[i - 1] + 1, diag + (pattern[i - 1] != text[j - 1])});
      diag = left;
    }
    best = std::min(best, col[pattern.size()]);
  }
  return best;
}

void CheckApproxSearch(std::string_view text, std::string_view pattern, uint32_t max_errors) {
  using namespace claimtrace;
  uint32_t hint = static_cast<uint32_t>(text.size() / 2);
  std::vector<Mark> marks = {{0, true}, {static_cast<uint32_t>(pattern.size()), false}};
  std::vector<ApproxMatch> found = ApproxSearch(text, pattern, max_errors, hint, 4, marks);
  if (found.size() > 4) Fail("anchor", "ApproxSearch returned more than max_matches");
  for (const ApproxMatch& m : found) {
    std::string why = fuzz::CheckSpanIn("ApproxSearch match", m.span, text.size());
    if (!why.empty()) Fail("anchor", why);
    if (m.errors > max_errors) Fail("anchor", "a match has more errors than max_errors");
    if (m.marked.size() != marks.size()) Fail("anchor", "marked does not have one offset per mark");
    for (uint32_t t : m.marked) {
      if (t > text.size()) Fail("anchor", "a mark aligns outside the text");
    }
    uint32_t d = EditDistance(pattern, text.substr(m.span.start, m.span.size()));
    if (d != m.errors) {
      Fail("anchor", "match " + fuzz::SpanText(m.span) + " claims " + std::to_string(m.errors) +
                         " errors but its edit distance to the pattern is " + std::to_string(d));
    }
  }
  if (pattern.empty() || pattern.size() > kMaxApproxPattern || text.empty()) return;
  uint32_t best = BestSubstringDistance(text, pattern);
  if (best <= max_errors && (found.empty() || found[0].errors != best)) {
    Fail("anchor", "the best match has " + std::to_string(found.empty() ? -1 : static_cast<int>(found[0].errors)) +
                       " errors; the text holds one with " + std::to_string(best));
  }
  if (best > max_errors && !found.empty()) Fail("anchor", "a match was found beyond max_errors");
}

const claimtrace::FigureDetector& Detector() {
  static const claimtrace::FigureDetector detector;
  return detector;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimtrace;
  if (size < 1) return 0;
  const uint8_t flags = data[0];
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::string pattern = fuzz::ToValidUtf8(Field(&rest));
  std::string prefix = fuzz::ToValidUtf8(Field(&rest));
  std::string suffix = fuzz::ToValidUtf8(Field(&rest));
  std::string_view source = rest;

  // The reference DP is quadratic: keep it to small inputs.
  if (pattern.size() <= 64 && source.size() <= 4096) CheckApproxSearch(source, pattern, flags & 7);

  NormalizedDocument doc;
  if (!Normalize(source, {}, &doc).ok()) return 0;
  TextAnchor old;
  old.text = pattern;
  old.exact = pattern;
  old.prefix = prefix;
  old.suffix = suffix;
  old.has_selector = flags & 8;
  old.span = {static_cast<uint32_t>(source.size() / 3), static_cast<uint32_t>(source.size() / 3 + pattern.size())};
  old.has_position = flags & 16;
  old.position_start = doc.text.size() / 3;
  PageStyle style = Detector().SniffStyle(doc.text);
  AnchorResult r = Reanchor(old, source, doc, Detector(), style);
  // What audit asks once a page has many records must answer the same.
  const TextIndex index(doc.text);
  int64_t shift = 0;
  AnchorResult x = ReanchorOnPage(old, source, doc, Detector(), style, &index, &shift);
  if (x.status != r.status || x.text_span != r.text_span || x.source_span != r.source_span || x.score != r.score ||
      x.fuzzy != r.fuzzy) {
    Fail("anchor", "the indexed re-anchoring differs from the search of the whole text");
  }
  // The shortcut for text in its recorded context must answer as scoring every occurrence does.
  AnchorResult all = ReanchorScoringEveryOccurrence(old, source, doc, Detector(), style);
  if (all.status != r.status || all.text_span != r.text_span || all.source_span != r.source_span ||
      all.score != r.score || all.fuzzy != r.fuzzy) {
    Fail("anchor", "the shortcut for text in its recorded context differs from scoring every occurrence");
  }
  if (!std::isfinite(r.score) || r.score < 0 || r.score > 1) Fail("anchor", "score outside [0, 1]");
  if (r.status == AuditStatus::kMoved || r.status == AuditStatus::kChanged) {
    std::string why = fuzz::CheckSpanIn("Reanchor text_span", r.text_span, doc.text.size());
    if (why.empty()) why = fuzz::CheckSpanIn("Reanchor source_span", r.source_span, source.size());
    if (!why.empty()) Fail("anchor", why);
    // A quote claimtrace wrote is visible text, which never holds the
    // emphasis markers VisibleSourceText drops; quotes with them are outside
    // the matcher's domain (its first finding was exactly that).
    const bool visible_quote = pattern.find("**") == std::string::npos && pattern.find("__") == std::string::npos;
    if (r.status == AuditStatus::kMoved && !r.fuzzy && visible_quote &&
        FoldForCompare(VisibleSourceText(source, doc, r.source_span)) != FoldForCompare(pattern)) {
      Fail("anchor", "an exact move to " + fuzz::SpanText(r.source_span) + " does not fold to the quote '" +
                         fuzz::Escaped(pattern) + "'");
    }
  }
  return 0;
}
