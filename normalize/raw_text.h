// The visible text of a document before Unicode folding: what the HTML,
// Markdown and plain-text readers produce, with its block structure and a map
// from every byte back to the source file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "charset.h"
#include "claimtrace/normalize.h"
#include "claimtrace/offset_map.h"

namespace claimtrace::internal {

struct RawBlock {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;
  int table = -1;
  int row = -1;
  ByteSpan span;                // in RawText::text
  std::vector<ByteSpan> cells;  // table rows only
};

struct RawText {
  std::string text;
  OffsetMap to_source;
  std::vector<RawBlock> blocks;
  int title_block = -1;  // index into blocks of the document title, if known
};

// Readers append text taken from the decoded document through this builder;
// it composes their positions (in decoded text) with the charset map so that
// RawText::to_source points at source bytes.
class RawTextBuilder {
 public:
  RawTextBuilder(const DecodedText& decoded, RawText* out);

  // Starts a block of `kind` (ending the open one). Text appended with no
  // open block starts a paragraph.
  void StartBlock(BlockKind kind, int level = 0);
  void EndBlock();
  // Starts a table row; text goes into cells started with StartCell().
  void StartRow(int table, int row);
  void StartCell();
  bool InRow() const { return open_ && out_->blocks.back().kind == BlockKind::kTableRow; }
  bool BlockOpen() const { return open_; }

  // Decoded bytes [start, start + len) appear verbatim.
  void Copy(size_t start, size_t len);
  // `text` is what decoded bytes [start, start + len) show (an entity, a
  // repaired line end).
  void Replace(std::string_view text, size_t start, size_t len);
  // A separating space produced by markup at decoded position `at`.
  void Space(size_t at);

  // Room for about `blocks` blocks and `pieces` map pieces, when the reader
  // can tell in advance.
  void Reserve(size_t blocks, size_t pieces) {
    out_->blocks.reserve(blocks);
    out_->to_source.reserve(pieces);
  }

  // The open block is the document's title, unless one was marked before.
  void MarkTitle();
  void Finish() { EndBlock(); }

  std::string_view decoded() const { return decoded_.text; }

 private:
  void EnsureOpen();
  ByteSpan Source(size_t start, size_t len) const;

  const DecodedText& decoded_;
  RawText* out_;
  bool open_ = false;
};

}  // namespace claimtrace::internal
