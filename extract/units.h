// Internal: the units of meaning a claim may not cross — sentences of
// paragraphs and list items, whole headings, whole table rows (none over
// kMaxUnitBytes) — and how a page's list items and headings nest.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "claimtrace/normalize.h"

namespace claimtrace {

struct Unit {
  BlockKind kind = BlockKind::kParagraph;
  ByteSpan span;      // in NormalizedDocument::text, trimmed
  size_t block = 0;   // index into the blocks the units were split from
  int sentence = 0;   // 0-based index of the sentence within its block
  // For a piece after the first of a unit cut at kMaxUnitBytes: the first
  // piece, which holds the subject of the sentence the pieces share. Empty otherwise.
  ByteSpan head;
};

// The document's blocks; when the normalizer gave none, one paragraph per
// '\n'-separated line of the text.
std::vector<Block> BlocksOf(const NormalizedDocument& doc);

// The nearest earlier entry of a lower level, for each entry of a sequence
// pushed in order: the item or heading an entry is nested under. Each entry is
// pushed and popped once, so a sequence costs linear time (walking back over
// every earlier entry took seconds on a 200,000-item list).
class NestingStack {
 public:
  // The nearest entry pushed since the last Clear() whose level is below
  // `level`, or -1; then remembers `index` at `level`.
  int Push(int index, int level);
  void Clear() { open_.clear(); }

 private:
  // Entries no later one of a level as low has closed: levels rise to the back.
  std::vector<std::pair<int, int>> open_;  // (index, level)
};

// How the list items of `blocks` hang together, for each block (-1 for
// blocks that are no list item, and where there is none):
//   lead_in      the paragraph of at most 160 bytes right before the item's run
//                of list items: the line that introduces the list;
//   parent_item  the nearest item before it in its run with a lower level: the
//                item it is nested under.
struct ListLinks {
  std::vector<int> lead_in, parent_item;
};
ListLinks LinkListItems(const std::vector<Block>& blocks);

// The index of the cell of table row `row` that holds text position `pos`, or
// -1 (a tab between cells, a position outside the row). Cells come in text
// order and do not overlap (fuzz/invariants.h checks it of every page read),
// so the cell is found by a binary search: a walk over the cells for every
// figure of a row of 80,000 cells took seconds.
int CellOf(const Block& row, uint32_t pos);

// How the headings of `blocks` nest, leaving out block `title` (the page
// title heads the whole page, not a section; SIZE_MAX when there is none):
//   before  for each block, the nearest earlier heading, or -1;
//   parent  for each heading, the nearest earlier heading of a lower level, or -1.
struct HeadingLinks {
  std::vector<int> before, parent;
};
HeadingLinks LinkHeadings(const std::vector<Block>& blocks, size_t title);

// The headings block `b` sits under, nearest first: each of a lower level than
// the one before, the first below level 7; at most six.
std::vector<int> HeadingPath(const std::vector<Block>& blocks, const HeadingLinks& links, size_t b);

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

// The longest unit SplitUnits gives. Every claim quotes its whole unit and
// weighs every figure in it, so a unit's output and work grow with the square
// of its length: a run-on "sentence" of 8,000 figures (a flattened table, a
// keyword-stuffed heading) once took 2 GB and 8 s for a 173 KB page. Longer
// units are cut at clause marks. Real sentences and rows stay well below it
// (the longest in the shared and generated corpora is 1.7 KB).
inline constexpr uint32_t kMaxUnitBytes = 2048;

// Splits `blocks` (spans in `text`) into units, in text order. Paragraphs and
// list items are split at their SentenceEnds(), each block on its own so that
// no unit crosses a block. A unit longer than kMaxUnitBytes is cut into
// pieces of at most that size, each ending after the last clause mark
// (",", ";", a cell's tab, "，", "、", "；") in its second half, else after
// its last space there, else at the last character boundary; the pieces are
// consecutive units (sentence numbers) of the same block, and each piece but
// the first has the first as its `head`. Neither a sentence end nor a cut
// falls inside one of `whole` (the page's figures, sorted by start): a figure
// cut in two would belong to no unit.
std::vector<Unit> SplitUnits(std::string_view text, const std::vector<Block>& blocks,
                             const std::vector<ByteSpan>& whole = {});

}  // namespace claimtrace
