#include "raw_text.h"

#include <algorithm>

namespace claimtrace::internal {

RawTextBuilder::RawTextBuilder(const DecodedText& decoded, RawText* out) : decoded_(decoded), out_(out) {
  out_->text.reserve(decoded.text.size());
}

void RawTextBuilder::StartBlock(BlockKind kind, int level) {
  EndBlock();
  RawBlock b;
  b.kind = kind;
  b.level = level;
  b.span = {static_cast<uint32_t>(out_->text.size()), static_cast<uint32_t>(out_->text.size())};
  out_->blocks.push_back(std::move(b));
  open_ = true;
}

void RawTextBuilder::EndBlock() {
  if (!open_) return;
  open_ = false;
  RawBlock& b = out_->blocks.back();
  b.span.end = static_cast<uint32_t>(out_->text.size());
  if (!b.cells.empty()) b.cells.back().end = b.span.end;
  if (b.span.empty()) {
    if (out_->title_block == static_cast<int>(out_->blocks.size()) - 1) out_->title_block = -1;
    out_->blocks.pop_back();
  }
}

void RawTextBuilder::StartRow(int table, int row) {
  StartBlock(BlockKind::kTableRow);
  out_->blocks.back().table = table;
  out_->blocks.back().row = row;
}

void RawTextBuilder::StartCell() {
  if (!InRow()) return;
  RawBlock& b = out_->blocks.back();
  uint32_t pos = static_cast<uint32_t>(out_->text.size());
  if (!b.cells.empty()) b.cells.back().end = pos;
  b.cells.push_back({pos, pos});
}

void RawTextBuilder::EnsureOpen() {
  if (!open_) StartBlock(BlockKind::kParagraph);
  if (InRow() && out_->blocks.back().cells.empty()) StartCell();
}

ByteSpan RawTextBuilder::Source(size_t start, size_t len) const {
  return decoded_.ToSource({static_cast<uint32_t>(start), static_cast<uint32_t>(start + len)});
}

void RawTextBuilder::Copy(size_t start, size_t len) {
  if (len == 0 || start >= decoded_.text.size()) return;
  len = std::min(len, decoded_.text.size() - start);
  EnsureOpen();
  out_->text.append(decoded_.text.substr(start, len));
  auto n = static_cast<uint32_t>(len);
  if (decoded_.shifted) {
    out_->to_source.AppendCopy(static_cast<uint32_t>(start) + decoded_.shift, n);
  } else {
    out_->to_source.AppendMapped(decoded_.map, {static_cast<uint32_t>(start), static_cast<uint32_t>(start) + n}, n,
                                 true);
  }
}

void RawTextBuilder::Replace(std::string_view text, size_t start, size_t len) {
  if (text.empty()) return;
  EnsureOpen();
  out_->text.append(text);
  ByteSpan src = Source(start, len);
  out_->to_source.AppendReplacement(src.start, src.size(), static_cast<uint32_t>(text.size()));
}

void RawTextBuilder::Space(size_t at) {
  if (!open_) return;
  ByteSpan src = Source(at, 0);
  out_->text.push_back(' ');
  out_->to_source.AppendReplacement(src.start, 0, 1);
}

void RawTextBuilder::MarkTitle() {
  EnsureOpen();
  if (out_->title_block < 0) out_->title_block = static_cast<int>(out_->blocks.size()) - 1;
}

}  // namespace claimtrace::internal
