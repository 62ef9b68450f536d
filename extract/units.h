// Internal: the units of meaning a claim may not cross — sentences of
// paragraphs and list items, whole headings, whole table rows.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "claimtrace/normalize.h"

namespace claimtrace {

struct Unit {
  BlockKind kind = BlockKind::kParagraph;
  ByteSpan span;      // in NormalizedDocument::text, trimmed
  size_t block = 0;   // index into the blocks the units were split from
  int sentence = 0;   // 0-based index of the sentence within its block
};

// The document's blocks; when the normalizer gave none, one paragraph per
// '\n'-separated line of the text.
std::vector<Block> BlocksOf(const NormalizedDocument& doc);

// The ends of the sentences of `block` (the text of one paragraph or list
// item), in order, the last being block.size(): the boundaries of ICU's
// English sentence BreakIterator with the standard English abbreviation
// suppressions plus market-report ones ("U.S.", "Inc.", "approx."). The
// UAX #29 rules and ICU's suppression filter are applied directly to the
// UTF-8 text; ICU itself runs only on blocks holding a paragraph separator.
std::vector<uint32_t> SentenceEnds(std::string_view block);
// The same from ICU's filtered BreakIterator itself: SentenceEnds' answer
// for blocks with paragraph separators, and what its tests compare it with.
std::vector<uint32_t> IcuSentenceEnds(std::string_view block);

// Splits `blocks` (spans in `text`) into units, in text order. Paragraphs and
// list items are split at their SentenceEnds(), each block on its own so that
// no unit crosses a block.
std::vector<Unit> SplitUnits(std::string_view text, const std::vector<Block>& blocks);

}  // namespace claimtrace
