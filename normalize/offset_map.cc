#include "claimtrace/offset_map.h"

#include <algorithm>

namespace claimtrace {

void OffsetMap::Push(Piece p) {
  if (p.text_len == 0) return;
  // Merge adjacent linear pieces so that long verbatim runs stay one piece.
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    if (p.linear && last.linear && last.src_start + last.src_len == p.src_start) {
      last.text_len += p.text_len;
      last.src_len += p.src_len;
      text_size_ += p.text_len;
      return;
    }
  }
  p.text_start = text_size_;
  pieces_.push_back(p);
  text_size_ += p.text_len;
}

void OffsetMap::AppendCopy(uint32_t src_start, uint32_t len) {
  Push({0, len, src_start, len, true});
}

void OffsetMap::AppendReplacement(uint32_t src_start, uint32_t src_len, uint32_t text_len) {
  Push({0, text_len, src_start, src_len, false});
}

void OffsetMap::AppendMapped(const OffsetMap& inner, ByteSpan inner_span, uint32_t text_len,
                             bool copied) {
  if (text_len == 0) return;
  if (!copied || text_len != inner_span.size() || inner_span.empty()) {
    ByteSpan src = inner.ToSource(inner_span);
    Push({0, text_len, src.start, src.size(), false});
    return;
  }
  // Copy the inner pieces that overlap the span, clipped to it.
  uint32_t pos = inner_span.start;
  size_t i = inner.Find(pos);
  while (pos < inner_span.end) {
    const Piece& p = inner.pieces_[i];
    uint32_t piece_end = p.text_start + p.text_len;
    uint32_t stop = std::min(piece_end, inner_span.end);
    if (p.linear) {
      Push({0, stop - pos, p.src_start + (pos - p.text_start), stop - pos, true});
    } else {
      Push({0, stop - pos, p.src_start, p.src_len, false});
    }
    pos = stop;
    ++i;
  }
}

namespace {

// How far a cursor walks piece by piece before it falls back to a binary search.
constexpr size_t kCursorWalk = 8;

}  // namespace

size_t OffsetMap::Find(uint32_t pos) const {
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), pos,
                             [](uint32_t v, const Piece& p) { return v < p.text_start; });
  return static_cast<size_t>(it - pieces_.begin()) - 1;
}

size_t OffsetMap::Cursor::Find(uint32_t pos) {
  const std::vector<Piece>& pieces = map_->pieces_;
  auto after = [](uint32_t v, const Piece& p) { return v < p.text_start; };
  size_t i = piece_;
  // Pieces are never empty, so text_start strictly increases and exactly one
  // piece holds `pos`: the last one that starts at or before it.
  if (pieces[i].text_start <= pos) {
    for (size_t steps = 0; i + 1 < pieces.size() && pieces[i + 1].text_start <= pos; ++i) {
      if (++steps > kCursorWalk) {
        i = static_cast<size_t>(std::upper_bound(pieces.begin() + i + 1, pieces.end(), pos, after) - pieces.begin()) - 1;
        break;
      }
    }
  } else {
    for (size_t steps = 0; pieces[i].text_start > pos; --i) {
      if (++steps > kCursorWalk) {
        i = static_cast<size_t>(std::upper_bound(pieces.begin(), pieces.begin() + i, pos, after) - pieces.begin()) - 1;
        break;
      }
    }
  }
  piece_ = i;
  return i;
}

template <class FindPiece>
ByteSpan OffsetMap::ToSourceWith(ByteSpan span, FindPiece&& find) const {
  if (pieces_.empty()) return {0, 0};
  if (span.start >= text_size_) {
    const Piece& last = pieces_.back();
    uint32_t end = last.src_start + last.src_len;
    return {end, end};
  }
  const size_t first_piece = find(span.start);
  const Piece& p = pieces_[first_piece];
  const uint32_t start = p.linear ? p.src_start + (span.start - p.text_start) : p.src_start;
  if (span.empty()) return {start, start};
  const uint32_t last = std::min(span.end, text_size_) - 1;
  const size_t last_piece = find(last);
  const Piece& q = pieces_[last_piece];
  ByteSpan out = {start, q.linear ? q.src_start + (last - q.text_start) + 1 : q.src_start + q.src_len};
  // Text usually comes out in source order, but not always: HTML's tree
  // builder moves stray text out of a <table> ("foster parenting"), so the
  // pieces between the two ends may lie outside them. Cover them all.
  for (size_t i = first_piece + 1; i < last_piece; ++i) {
    out.start = std::min(out.start, pieces_[i].src_start);
    out.end = std::max(out.end, pieces_[i].src_start + pieces_[i].src_len);
  }
  if (first_piece != last_piece) {
    // The first piece is covered to its end, the last one from its start.
    out.start = std::min(out.start, q.src_start);
    out.end = std::max(out.end, p.src_start + p.src_len);
  }
  return out;
}

ByteSpan OffsetMap::ToSource(ByteSpan span) const {
  return ToSourceWith(span, [this](uint32_t pos) { return Find(pos); });
}

ByteSpan OffsetMap::Cursor::ToSource(ByteSpan span) {
  return map_->ToSourceWith(span, [this](uint32_t pos) { return Find(pos); });
}

}  // namespace claimtrace
