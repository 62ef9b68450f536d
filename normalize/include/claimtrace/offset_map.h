// OffsetMap: maps byte ranges of a derived text back to byte ranges of the
// bytes it was derived from.
//
//   OffsetMap map;
//   map.AppendCopy(0, 4);               // "USD " copied from source [0, 4)
//   map.AppendReplacement(4, 6, 1);     // "&nbsp;" (6 bytes) became " " (1 byte)
//   map.AppendCopy(10, 6);              // "181.93" copied from source [10, 16)
//   ByteSpan src = map.ToSource({0, 11});  // {0, 16}
//
// The map is a sorted list of pieces. A copied piece maps byte for byte; a
// replacement piece is atomic: any byte inside it maps to the whole source
// range it replaced. Derived text is built left to right, so appends must come
// in text order; source ranges need not be contiguous (tags and markup that
// produce no text simply leave gaps).
//
// Stages compose: a stage that consumes text carrying its own OffsetMap calls
// AppendMapped() so that the new map points straight at the original bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace claimtrace {

// A half-open byte range [start, end).
struct ByteSpan {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

class OffsetMap {
 public:
  // `len` bytes of text copied verbatim from source [src_start, src_start + len).
  void AppendCopy(uint32_t src_start, uint32_t len);
  // `text_len` bytes of text produced from source [src_start, src_start + src_len).
  void AppendReplacement(uint32_t src_start, uint32_t src_len, uint32_t text_len);
  // `text_len` bytes of text produced from the bytes [start, end) of an
  // intermediate text whose own map is `inner`; records the original source.
  // When text_len == end - start and `copied` is true the bytes map one to one
  // through `inner`'s pieces; otherwise they become one atomic piece.
  void AppendMapped(const OffsetMap& inner, ByteSpan inner_span, uint32_t text_len, bool copied);

  // The source range that produced text bytes [span.start, span.end).
  // An empty span maps to the empty range at its position.
  ByteSpan ToSource(ByteSpan span) const;

  // ToSource() for a run of queries: the same answers, but each lookup
  // starts from the piece the last one found instead of searching the whole
  // map, so queries in (mostly) text order, like a document's mentions, cost
  // O(1) each rather than O(log pieces). The map must outlive the cursor and
  // not change under it.
  class Cursor {
   public:
    explicit Cursor(const OffsetMap& map) : map_(&map) {}
    ByteSpan ToSource(ByteSpan span);

   private:
    size_t Find(uint32_t pos);
    const OffsetMap* map_;
    size_t piece_ = 0;  // where the last lookup ended
  };

  // Makes room for `pieces` pieces, so that a stage that can estimate its
  // piece count (one per line, say) appends without reallocating.
  void reserve(size_t pieces) { pieces_.reserve(pieces); }

  // Total length of the derived text covered so far.
  uint32_t text_size() const { return text_size_; }
  bool empty() const { return pieces_.empty(); }

 private:
  struct Piece {
    uint32_t text_start;
    uint32_t text_len;
    uint32_t src_start;
    uint32_t src_len;
    bool linear;  // text_len == src_len and copied byte for byte
  };
  void Push(Piece p);
  // Index of the piece holding text byte `pos` (pos < text_size_).
  size_t Find(uint32_t pos) const;
  // ToSource() with `find` to locate pieces (the map's own search or a cursor's).
  template <class FindPiece>
  ByteSpan ToSourceWith(ByteSpan span, FindPiece&& find) const;

  std::vector<Piece> pieces_;
  uint32_t text_size_ = 0;
};

}  // namespace claimtrace
