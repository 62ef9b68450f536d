// SegmentWords against the RE2 search it replaces: fixed rows for each rule
// of the word boundary and the optional plural, then random strings over the
// pieces that make the words, their prefixes and their neighbours.
#include <doctest/doctest.h>

#include <re2/re2.h>

#include <string>
#include <vector>

#include "byte_scan.h"
#include "random_pieces.h"
#include "segments.h"
#include "text_util.h"

namespace {

std::string Show(std::string_view text, const std::vector<claimtrace::ByteSpan>& spans) {
  std::string s;
  for (const claimtrace::ByteSpan& b : spans) {
    s.append(text.substr(b.start, b.size())).append("@").append(std::to_string(b.start)).append(" ");
  }
  return s;
}

std::vector<claimtrace::ByteSpan> Re2SegmentWords(std::string_view u) {
  static const RE2 kSegmentWord("(?i)\\b(segments?|segmentos?|sub-segments?|category|sub-markets?|markets?)\\b");
  std::vector<claimtrace::ByteSpan> out;
  re2::StringPiece in(u.data(), u.size()), word;
  while (RE2::FindAndConsume(&in, kSegmentWord, &word)) {
    auto start = static_cast<uint32_t>(word.data() - u.data());
    out.push_back({start, static_cast<uint32_t>(start + word.size())});
  }
  return out;
}

TEST_CASE("segment words: fixed rows") {
  struct Row {
    const char* text;
    const char* words;
    const char* why;
  };
  const Row rows[] = {
      {"the hardware segment held 40%", "segment@13 ", "a whole word"},
      {"Segments, SUB-SEGMENT and markets", "Segments@0 SUB-SEGMENT@10 markets@26 ", "any case, plural"},
      {"supermarket marketplace markets2 market_x", "", "glued to word characters"},
      {"segmentss segments. category-wise", "segments@10 category@20 ", "a hyphen is a boundary"},
      {"sub-markets sub-segment's", "sub-markets@0 sub-segment@12 ", "an apostrophe is a boundary"},
      {"marché market", "market@8 ", "only the listed words (offsets are bytes)"},
      {"el segmento de software, los segmentos", "segmento@3 segmentos@29 ", "Spanish and Portuguese"},
  };
  for (const Row& r : rows) {
    std::string text = r.text, why = r.why;
    CAPTURE(text);
    CAPTURE(why);
    CHECK(Show(r.text, claimtrace::SegmentWords(r.text)) == r.words);
    CHECK(Show(r.text, Re2SegmentWords(r.text)) == r.words);
  }
}

TEST_CASE("segment words: the same as RE2 on random text") {
  static constexpr const char* kPieces[] = {"segment", "Segment", "market", "MARKET", "category", "sub-", "sub",
                                            "s",       "S",       " ",      "-",      "_",        "1",    "x",
                                            "é",       ".",       "'",      "e",      "t",        "o"};
  claimtrace::testing::RandomPieces pieces(kPieces, 12, 5);
  for (int i = 0; i < 100000; ++i) {
    std::string text;
    pieces.AppendTo(&text);
    CAPTURE(text);
    REQUIRE(Show(text, claimtrace::SegmentWords(text)) == Show(text, Re2SegmentWords(text)));
  }
}

}  // namespace

namespace {

TEST_CASE("segment words: a unit of a page from the page's marks, as the unit alone") {
  static constexpr const char* kPieces[] = {"segment", "Market", "sub-", "s", "x", " ", "-", "_", "1", "é", "."};
  claimtrace::testing::RandomPieces pieces(kPieces, 20, 6);
  for (int i = 0; i < 3000; ++i) {
    std::string page;
    pieces.AppendTo(&page);
    std::vector<uint64_t> marks;
    claimtrace::ByteSet("sScCmM").MarkNotAfter(page, claimtrace::ByteSet(claimtrace::kAsciiWordByte), &marks);
    for (uint32_t a = 0; a <= page.size(); ++a) {
      for (uint32_t b = a; b <= page.size(); b += 3) {
        std::string unit = page.substr(a, b - a);
        CAPTURE(page);
        CAPTURE(unit);
        REQUIRE(Show(unit, claimtrace::SegmentWordsIn(page, {a, b}, marks)) == Show(unit, claimtrace::SegmentWords(unit)));
      }
    }
  }
}

}  // namespace
