// Internal: the bytes a regular expression's matches can begin and end with,
// so that an anchored match can be ruled out by looking at one byte.
//
//   EdgeBytes e = AnalyzeEdges(R"( {0,2}(?:%|(?i:per {1,2}cent)))");
//   // e.first: {'%', 'p', 'P'} -- the first byte of a match that is not a space
//   if (!e.MayStartAt(text, pos)) { /* no match starts at pos: skip RE2 */ }
//
// Detecting a figure asks RE2 a dozen anchored questions per number ("is a
// currency right after it?", "a scale word?", "a percent sign?"), and the
// answer is nearly always no. Spaces aside, the first byte after the number
// (or the last one before it) already says no for most of them.
//
// The analysis reads RE2 syntax (literals, escapes, classes, groups with
// flags, alternation, quantifiers, anchors) and is conservative: a construct
// it does not know gives "any byte", so MayStartAt/MayEndAt never rule out a
// match that RE2 would find.
#pragma once

#include <cstddef>
#include <string_view>

#include "byte_scan.h"

namespace claimtrace {

struct EdgeBytes {
  // Bytes a match's first (last) byte that is not a space can be; for a
  // multi-byte character its lead (final) byte.
  ByteSet first, last;
  // The pattern can match a string of spaces only (or nothing): then no byte
  // rules a match out.
  bool blank = true;

  // False when no match of the pattern can start at byte `pos` of `text`
  // (the match being anchored there, spaces allowed before its first non-space byte).
  bool MayStartAt(std::string_view text, size_t pos) const;
  // False when no match of the pattern can end at byte `end` of `text`.
  bool MayEndAt(std::string_view text, size_t end) const;
};

// The edges of `pattern` compiled with RE2's options otherwise default
// (UTF-8), case-insensitively when `case_insensitive`.
EdgeBytes AnalyzeEdges(std::string_view pattern, bool case_insensitive = false);

}  // namespace claimtrace
