#include "claimtrace/offset_map.h"

#include <doctest/doctest.h>

#include <random>
#include <vector>

namespace claimtrace {
namespace {

// The map from the header's example: "USD " copy, "&nbsp;" -> " ", "181.93" copy.
OffsetMap HeaderExample() {
  OffsetMap m;
  m.AppendCopy(0, 4);
  m.AppendReplacement(4, 6, 1);
  m.AppendCopy(10, 6);
  return m;
}

TEST_CASE("ToSource maps copies byte for byte and replacements atomically") {
  const OffsetMap m = HeaderExample();
  struct Row {
    ByteSpan text;
    ByteSpan source;
  };
  const std::vector<Row> rows = {
      {{0, 11}, {0, 16}},   // the whole text
      {{0, 3}, {0, 3}},     // "USD"
      {{4, 5}, {4, 10}},    // the space is the whole "&nbsp;"
      {{3, 5}, {3, 10}},    // " " + entity
      {{5, 11}, {10, 16}},  // "181.93"
      {{6, 8}, {11, 13}},   // "81" inside a copy
      {{4, 4}, {4, 4}},     // empty span at a replacement start
      {{11, 11}, {16, 16}}, // empty span at the end
      {{20, 25}, {16, 16}}, // beyond the end: empty at the source end
      {{9, 30}, {14, 16}},  // end clipped to the text
  };
  for (const Row& r : rows) {
    CAPTURE(r.text.start);
    CAPTURE(r.text.end);
    CHECK(m.ToSource(r.text) == r.source);
  }
  CHECK(m.text_size() == 11);
}

TEST_CASE("gaps in the source are skipped and adjacent copies merge") {
  OffsetMap m;
  m.AppendCopy(3, 2);  // "ab" from [3,5)
  m.AppendCopy(5, 2);  // contiguous: merges
  m.AppendCopy(20, 3); // after a tag that produced nothing
  CHECK(m.ToSource({0, 4}) == ByteSpan{3, 7});
  CHECK(m.ToSource({3, 5}) == ByteSpan{6, 21});
  CHECK(m.ToSource({4, 7}) == ByteSpan{20, 23});
}

TEST_CASE("empty map and zero-length appends") {
  OffsetMap m;
  CHECK(m.empty());
  CHECK(m.ToSource({0, 5}) == ByteSpan{0, 0});
  m.AppendCopy(7, 0);
  m.AppendReplacement(7, 3, 0);
  CHECK(m.empty());
  // A separator that comes from no source bytes maps to an empty range.
  m.AppendReplacement(9, 0, 1);
  CHECK(m.ToSource({0, 1}) == ByteSpan{9, 9});
}

TEST_CASE("AppendMapped composes two stages") {
  const OffsetMap inner = HeaderExample();  // inner text "USD 181.93" (11 bytes)
  struct Row {
    const char* what;
    ByteSpan inner_span;
    uint32_t len;
    bool copied;
    ByteSpan probe;   // in the outer text
    ByteSpan source;  // expected
  };
  const std::vector<Row> rows = {
      // Copying everything keeps the inner structure: "81" is still exact.
      {"copy all", {0, 11}, 11, true, {6, 8}, {11, 13}},
      {"copy all, entity stays atomic", {0, 11}, 11, true, {4, 5}, {4, 10}},
      // A copy starting inside the copy after the entity.
      {"copy tail", {7, 11}, 4, true, {1, 3}, {13, 15}},
      // A copy that starts on the replacement piece.
      {"copy from entity", {4, 8}, 4, true, {0, 1}, {4, 10}},
      {"copy from entity, then digits", {4, 8}, 4, true, {1, 3}, {10, 12}},
      // A changed length makes one atomic piece over the inner span's source.
      {"atomic", {0, 11}, 3, false, {1, 2}, {0, 16}},
      // copied=true with a length change is also atomic.
      {"length change", {5, 11}, 2, true, {0, 1}, {10, 16}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    OffsetMap outer;
    outer.AppendMapped(inner, r.inner_span, r.len, r.copied);
    CHECK(outer.text_size() == r.len);
    CHECK(outer.ToSource(r.probe) == r.source);
  }
}

TEST_CASE("AppendMapped over several calls builds one consistent map") {
  OffsetMap inner;
  inner.AppendCopy(2, 10);    // inner [0,10)  -> src [2,12)
  inner.AppendCopy(20, 100);  // inner [10,110) -> src [20,120)
  OffsetMap outer;
  outer.AppendMapped(inner, {0, 10}, 10, true);
  outer.AppendMapped(inner, {10, 50}, 40, true);
  outer.AppendMapped(inner, {50, 110}, 60, true);
  CHECK(outer.ToSource({9, 10}) == ByteSpan{11, 12});
  CHECK(outer.ToSource({10, 11}) == ByteSpan{20, 21});
  CHECK(outer.ToSource({49, 51}) == ByteSpan{59, 61});
  CHECK(outer.ToSource({109, 110}) == ByteSpan{119, 120});
  CHECK(outer.ToSource({5, 15}) == ByteSpan{7, 25});
}

// Regression (fuzz/normalize_fuzzer): HTML's tree builder moves stray text out
// of a <table>, so text order and source order can disagree. A span must then
// cover every source byte of its pieces, never come out inverted.
TEST_CASE("pieces out of source order give a covering, non-inverted range") {
  OffsetMap map;
  map.AppendCopy(100, 4);  // text [0,4)  <- source [100,104)
  map.AppendCopy(10, 4);   // text [4,8)  <- source [10,14)   (moved before its neighbours)
  map.AppendCopy(200, 4);  // text [8,12) <- source [200,204)
  CHECK(map.ToSource({3, 5}) == ByteSpan{10, 104});
  CHECK(map.ToSource({2, 10}) == ByteSpan{10, 202});
  CHECK(map.ToSource({5, 7}) == ByteSpan{11, 13});
  CHECK(map.ToSource({0, 12}) == ByteSpan{10, 204});
}


// A random map with everything the readers produce: copies, gaps, atomic
// replacements (some from no source bytes), and runs out of source order.
OffsetMap RandomMap(std::mt19937& rng) {
  OffsetMap m;
  uint32_t src = 0;
  const int pieces = static_cast<int>(rng() % 80);
  for (int i = 0; i < pieces; ++i) {
    const uint32_t len = 1 + rng() % 6;
    switch (rng() % 5) {
      case 0:
        src += rng() % 20;  // a tag that produced no text
        [[fallthrough]];
      case 1:
        m.AppendCopy(src, len);
        src += len;
        break;
      case 2: {
        const uint32_t src_len = rng() % 8;  // "&nbsp;" -> " ", or a separator from nothing
        m.AppendReplacement(src, src_len, len);
        src += src_len;
        break;
      }
      case 3:
        m.AppendCopy(src / 2, len);  // foster-parented text from earlier in the source
        break;
      default:
        src += len;
        m.AppendCopy(src + 100, len);
        break;
    }
  }
  return m;
}

TEST_CASE("a cursor answers like ToSource whatever the order of the queries") {
  std::mt19937 rng(20261206);
  size_t queries = 0, mismatches = 0;
  for (int round = 0; round < 300; ++round) {
    const OffsetMap m = RandomMap(rng);
    OffsetMap::Cursor cursor(m);
    const uint32_t size = m.text_size();
    uint32_t at = 0;
    for (int q = 0; q < 200; ++q) {
      // Mostly forward a little (a document's mentions), sometimes back a
      // little (overlapping spans), sometimes anywhere (claims, and past the end).
      uint32_t start;
      switch (rng() % 4) {
        case 0: start = static_cast<uint32_t>(rng() % (size + 5)); break;
        case 1: start = at > 0 ? at - static_cast<uint32_t>(rng() % (at + 1)) / 4 : 0; break;
        default: start = at + static_cast<uint32_t>(rng() % 12); break;
      }
      const ByteSpan span{start, start + static_cast<uint32_t>(rng() % 40)};
      at = std::min(span.end, size);
      ++queries;
      const ByteSpan want = m.ToSource(span), got = cursor.ToSource(span);
      if (got != want) {
        ++mismatches;
        FAIL_CHECK("round " << round << " query " << q << " [" << span.start << ", " << span.end << "): cursor {"
                            << got.start << ", " << got.end << "}, map {" << want.start << ", " << want.end << "}");
      }
    }
  }
  CHECK(queries == 60000);
  CHECK(mismatches == 0);
}

}  // namespace
}  // namespace claimtrace
