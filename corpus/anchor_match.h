// Internal to claimtrace_corpus: approximate string search for re-anchoring
// quotes, after Hypothesis's anchoring (approx-string-match): Myers'
// bit-parallel edit distance scan (Hyyrö's block form) finds where a pattern
// ends with few errors; a small alignment finds where it starts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "claimtrace/audit.h"
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

// A page's text indexed for re-anchoring many records: where a quote occurs,
// from the text's 4-byte sequences, and where a code point starts, from every
// 256th one. Without it each record searched and counted through the whole
// page, so a page's audit grew with the square of its size (30,000 records of
// a 500 KB page: 9 s).
//
//   TextIndex index(doc.text);                              // once per page
//   for (uint32_t at : index.Find("USD 5 billion", 100)) ...
//   uint32_t byte = index.ByteOfCodePoint(1234);
class TextIndex {
 public:
  explicit TextIndex(std::string_view text);
  // Every start of `pattern` in the text, in order, at most `max` of them:
  // what text.find(pattern, previous + 1) gives, again and again.
  std::vector<uint32_t> Find(std::string_view pattern, size_t max) const;
  // The byte offset of code point `cp` (counting UTF-8 lead bytes), or the
  // text's size past its end.
  uint32_t ByteOfCodePoint(uint64_t cp) const;
  // How many code points start before byte `byte`.
  uint64_t CodePointsBefore(uint32_t byte) const;

 private:
  static constexpr size_t kGram = 4;
  static constexpr size_t kCodePointStep = 256;
  std::string_view text_;
  std::vector<uint64_t> grams_;        // (4 bytes << 32) | start, sorted: each sequence's starts in order
  std::vector<uint32_t> code_points_;  // byte offset of code point k * kCodePointStep
};

// True for a byte that starts a UTF-8 code point (not 10xxxxxx).
inline bool IsLeadByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// The byte offset of code point `cp` of `text`, counted from its start, or
// the text's size past its end.
uint32_t ByteOfCodePoint(std::string_view text, uint64_t cp);

// How many code points of `text` start before byte `byte`.
uint64_t CodePointsBefore(std::string_view text, uint32_t byte);

// Reanchor() (claimtrace/audit.h) for one of a page's records, audited in
// turn. With `index` (a TextIndex of doc.text, or null) the quote's
// occurrences and the old position's byte come from it. Edited text is looked
// for near where its old place is expected now: the old place moved by
// `*shift` bytes of doc.text, how far the last record anchored on the page
// moved, which this record's anchor then updates (start with 0).
AnchorResult ReanchorOnPage(const TextAnchor& old, std::string_view source, const NormalizedDocument& doc,
                            const FigureDetector& figures, const PageStyle& style, const TextIndex* index,
                            int64_t* shift);

// Reanchor() scoring every exact occurrence of the quote, without the
// shortcut for occurrences in the recorded context: for tests, which check
// that both give the same answer.
AnchorResult ReanchorScoringEveryOccurrence(const TextAnchor& old, std::string_view source,
                                            const NormalizedDocument& doc, const FigureDetector& figures,
                                            const PageStyle& style);

}  // namespace claimtrace
