// figures: finds money amounts, percentages, years and year ranges in
// normalized text (NormalizedDocument::text) and resolves their values.
//
//   claimtrace::FigureDetector detector;        // compiles every pattern once
//   if (!detector.ok()) { /* detector.error() says which pattern failed */ }
//   claimtrace::PageStyle style = detector.SniffStyle(doc.text);  // language, decimal comma
//   std::vector<claimtrace::Mention> found = detector.Detect(doc.text, style);
//   // "USD 181.93 billion in 2023" ->
//   //   {kMoney, span {0,18}, value 1.8193e11, currency "USD"}, {kYear, span {22,26}, value 2023}
//
// A FigureDetector is immutable after construction and safe to share between
// threads; build one per process.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/offset_map.h"

namespace claimtrace {

// kNumber: a bare number whose currency and scale are stated once for its table
// column or table ("| Mozzarella | 760 |" under "(USD million)"); `value` is the
// amount in `currency`, as for money. Not a money mention of the guidelines. With
// `percent` set, a bare percentage under a column or table that says so ("| North
// America | 38.2 |" under "Share (%)"): `value` is the percent, `currency` empty.
enum class MentionKind { kMoney, kPercent, kYear, kYearRange, kSegment, kNumber };
// "money", "percent", "year", "year_range", "segment", "number".
const char* MentionKindName(MentionKind kind);

struct Mention {
  MentionKind kind = MentionKind::kMoney;
  ByteSpan span;  // in NormalizedDocument::text; qualifiers stay outside
  // money: value = amount; percent: value; year: value. For ranges `value` is
  // unset and min/max are set.
  std::optional<double> value;
  std::optional<double> min, max;
  std::string currency;      // money: ISO 4217 code
  int from = 0, to = 0;      // year_range
  std::string dimension;     // segment: "region", "component", ...
  std::string name;          // segment: canonical name
  std::string qualifier;     // "around", "more than", ... found just before the figure; may be empty
  // Markup splits the figure ("<b>38</b>%"): its bytes read as "38 %" (a tag is a
  // space to the provenance check), so its text is written that way.
  bool text_from_source = false;
  bool percent = false;  // kNumber only: see MentionKind
};

// What the detectors need to know about a page as a whole.
struct PageStyle {
  std::string language = "en";  // "en", "de", "fr", "ja", "zh", "zh-Hant" (Traditional), "ko", "pt", ...
  bool decimal_comma = false;   // "1.234,5" means 1234.5 on this page
};

class FigureDetector {
 public:
  FigureDetector();
  ~FigureDetector();
  FigureDetector(const FigureDetector&) = delete;
  FigureDetector& operator=(const FigureDetector&) = delete;

  // False when a built-in pattern failed to compile (a bug); error() says which.
  bool ok() const;
  const std::string& error() const;

  // Guesses the page's language and number style from its text.
  PageStyle SniffStyle(std::string_view text) const;

  // All money, percent, year and year_range mentions in `text`, in text order,
  // non-overlapping.
  std::vector<Mention> Detect(std::string_view text, const PageStyle& style) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimtrace
