// HTML reader: bounds the tag nesting before Gumbo runs, then walks Gumbo's
// tree (iteratively) and hands the visible text to a RawTextBuilder.
//
// Script and style bodies are never visible, yet they are often a third of a
// page's bytes and Gumbo pays for each of their characters. So the reader
// parses the page with those bodies cut out and maps Gumbo's positions back
// across the cuts; when Gumbo's tree shows that a cut was not a plain script
// or style body (the tag scan below is only an estimate of the tokenizer) it
// parses the whole page instead. Either way the text, blocks and offset map
// are what a parse of the whole page gives.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/offset_map.h"
#include "claimtrace/status.h"
#include "raw_text.h"

namespace claimtrace::internal {

// The most attributes a tag may have. Gumbo compares each attribute with every
// earlier one of its tag (80,000 took 11 s); 400 is the limit Nokogiri's copy
// of Gumbo sets for the same reason, far above what real pages write.
inline constexpr size_t kMaxHtmlAttributes = 400;

// Cheap scan of start/end tags; kTooDeep when elements nest deeper than
// `max_depth`, kTooManyAttributes when a tag has more than kMaxHtmlAttributes
// attributes (counted the way the HTML tokenizer starts them). Elements whose
// end tag is optional (p, li, td, ...) do not count toward the depth, so the
// estimate errs toward what Gumbo's open-element stack holds.
// With `bodies`, also lists (in order) the bodies of <script> and <style>
// elements outside <svg>/<math> that end at a proper end tag and hold no
// "<!--" (which can hide a script's end tag): what ReadHtml may cut.
Status CheckHtmlDepth(std::string_view html, int max_depth, std::vector<ByteSpan>* bodies = nullptr);

// `html` without the byte ranges `cuts` (sorted, disjoint).
std::string WithoutRanges(std::string_view html, const std::vector<ByteSpan>& cuts);

// What ReadHtml gives Gumbo.
enum class HtmlParse {
  kCutBodies,  // the page without the bodies CheckHtmlDepth lists (whole if they do not check out)
  kWhole,      // the page as it is
};

// What ReadHtml did, for tests and benchmarks.
struct HtmlParseStats {
  size_t cut_bytes = 0;   // bytes Gumbo did not see
  bool reparsed = false;  // Gumbo's tree disagreed with a cut; the whole page was parsed
};

// Appends the visible text of `html`, which is decoded text starting at
// decoded offset `offset`. Fails with kTooDeep or kTooManyNodes.
Status ReadHtml(std::string_view html, size_t offset, int max_depth, uint64_t max_nodes,
                RawTextBuilder* builder, HtmlParse parse = HtmlParse::kCutBodies,
                HtmlParseStats* stats = nullptr);

}  // namespace claimtrace::internal
