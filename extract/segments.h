// Internal: market segments — the page's own segmentation ("By Component:
// Software, Services", "By Region" lists) and the built-in region lexicon —
// and where a unit of text names one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/normalize.h"
#include "lexicon_impl.h"

namespace claimtrace {

struct TaxonomyEntry {
  std::string dimension;  // "component", "region", ... or "other"
  std::string name;       // as the page spells it
};

// The dimension named by the first dimension word in `phrase` ("By End-use"
// -> "end_use"); empty when it names none.
std::string DimensionOf(std::string_view phrase, const Lexicon::Impl& lexicon);

// The page's own segmentation, parsed from inline lists in titles and
// paragraphs ("By Deployment: Cloud, On-premise") and from "By X" headings
// followed by list items or short lines.
class PageTaxonomy {
 public:
  static PageTaxonomy Read(std::string_view text, std::string_view title,
                           const std::vector<Block>& blocks, const Lexicon::Impl& lexicon);

  const std::vector<TaxonomyEntry>& entries() const { return entries_; }
  // The entry spelled like `phrase` (ASCII case, a plural 's' and a '-based'
  // suffix ignored); falls back to the page's short headings. nullptr if none.
  const TaxonomyEntry* Find(std::string_view phrase) const;
  // The entry of region `canonical` (names resolved through the lexicon).
  const TaxonomyEntry* FindRegion(std::string_view canonical) const;
  // Occurrences of the entries' names (case-insensitive, whole words) in
  // page[span], from the page's MarkNames (spans relative to page[span]).
  std::vector<uint64_t> MarkNames(std::string_view page) const { return names_.MarkStarts(page); }
  std::vector<PhraseHit> FindNamesIn(std::string_view page, ByteSpan span, const std::vector<uint64_t>& marks) const {
    return names_.FindAllIn(page, span, marks);
  }

 private:
  void Add(std::string dimension, std::string name, const Lexicon::Impl& lexicon);
  void Finish();

  std::vector<TaxonomyEntry> entries_;
  std::vector<std::string> entry_keys_;       // the spelling key of each entry's name
  std::vector<std::string> region_of_entry_;  // canonical region per entry, or ""
  std::vector<TaxonomyEntry> headings_;       // short headings, dimension "other"
  std::vector<std::string> heading_keys_;     // the spelling key of each heading
  PhraseMatcher names_;
};

struct SegmentHit {
  ByteSpan span;           // the name's occurrence in the text
  std::string dimension;
  std::string name;        // as the page spells it (taxonomy, else the text)
  std::string canonical;   // the lexicon's name for regions, else `name`
  bool region = false;
  bool segment_phrase = false;  // from "the X segment"
};

// The words that make a phrase a segment's name ("the hardware segment"):
// "segment(s)", "sub-segment(s)", "category", "sub-market(s)", "market(s)" as
// whole words of ASCII letters and digits, in any case, in text order; what
// RE2 finds with (?i)\b(segments?|sub-segments?|category|sub-markets?|markets?)\b
// one match after another.
std::vector<ByteSpan> SegmentWords(std::string_view text);

// Where the searches of FindSegments may find something in a page, marked
// once for all its units (see PhraseMatcher::MarkStarts).
struct SegmentMarks {
  std::vector<uint64_t> words;    // where a segment word may start
  std::vector<uint64_t> regions;  // where a region alias may start
  std::vector<uint64_t> names;    // where a name of the page's taxonomy may start
};
SegmentMarks MarkSegments(std::string_view text, const PageTaxonomy& taxonomy, const Lexicon::Impl& lexicon);
// SegmentWords(text.substr(span.start, span.size())) from MarkSegments(text).words
// (spans relative to the slice).
std::vector<ByteSpan> SegmentWordsIn(std::string_view text, ByteSpan span, const std::vector<uint64_t>& marks);

// Segments named inside `unit` of `text`, in text order, not overlapping each
// other nor `figures` (so "US$" is no United States); `marks` from MarkSegments(text).
std::vector<SegmentHit> FindSegments(std::string_view text, ByteSpan unit, const PageTaxonomy& taxonomy,
                                     const Lexicon::Impl& lexicon, const std::vector<ByteSpan>& figures,
                                     const SegmentMarks& marks);

}  // namespace claimtrace
