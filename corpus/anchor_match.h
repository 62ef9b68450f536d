// Internal to claimtrace_corpus: approximate string search for re-anchoring
// quotes, after Hypothesis's anchoring (approx-string-match): Myers'
// bit-parallel edit distance scan (Hyyrö's block form) finds where a pattern
// ends with few errors; a small alignment finds where it starts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "claimtrace/offset_map.h"

namespace claimtrace {

// Longer patterns are not searched approximately (the alignment is
// quadratic in the pattern length).
inline constexpr size_t kMaxApproxPattern = 1024;

struct ApproxMatch {
  ByteSpan span;        // in the searched text
  uint32_t errors = 0;  // edit distance between the pattern and text[span]
  // Text offsets that pattern offsets `marks` (given to ApproxSearch) align
  // to; a mark opens (start-like) when `mark_opens` is true: it takes the
  // latest text position the mark aligns to, otherwise the earliest.
  std::vector<uint32_t> marked;
};

struct Mark {
  uint32_t offset = 0;  // in the pattern
  bool opens = true;
};

// The best (fewest errors, then nearest `hint`) up to `max_matches`
// occurrences of `pattern` in `text` with at most `max_errors` edits, one per
// run of overlapping end positions. Empty when the pattern is empty or longer
// than kMaxApproxPattern.
std::vector<ApproxMatch> ApproxSearch(std::string_view text, std::string_view pattern,
                                      uint32_t max_errors, uint32_t hint, size_t max_matches,
                                      const std::vector<Mark>& marks = {});

// 1 - (fewest edits that make `str` a substring of `text`) / |str|: how well
// `text` contains `str`. 0 when either is empty.
double TextMatchScore(std::string_view text, std::string_view str);

}  // namespace claimtrace
