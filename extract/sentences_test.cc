// SentenceEnds (UAX #29 rules and ICU's abbreviation filter applied to the
// UTF-8 text) against ICU's filtered BreakIterator it stands in for: fixed
// rows for each rule, every line of this repository's own pages, and many
// random strings over characters of every Sentence_Break class and over
// the abbreviations the filter knows.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "random_pieces.h"
#include "units.h"

namespace {

using claimtrace::IcuSentenceEnds;
using claimtrace::SentenceEnds;

// The numbers of `v`, each followed by a space.
template <typename T>
std::string Show(const std::vector<T>& v) {
  std::string s;
  for (T e : v) s.append(std::to_string(e)).append(" ");
  return s;
}

TEST_CASE("sentence ends: fixed rows") {
  struct Row {
    const char* text;
    const char* ends;
    const char* why;
  };
  const Row rows[] = {
      {"No terminator at all", "20 ", "one sentence"},
      {"It grew. It fell.", "9 17 ", "SB11: a break after the terminator and its spaces"},
      {"It grew 3.5% a year.", "20 ", "SB6: a full stop before a digit"},
      {"Sold in the U.S. and Europe.", "28 ", "ICU's U.S. suppression"},
      {"Made in the U.S. Sales rose.", "17 28 ",
       "before a capital U.S. ends a sentence: its 'S.' is a partial entry that does not read on"},
      {"See fig. two here.", "18 ", "SB8: a lower-case word follows the full stop"},
      {"Done.\" Then more.", "7 17 ", "SB9/SB11: the closing quote stays with its sentence"},
      {"Really?! Yes.", "9 13 ", "SB8a: a terminator after a terminator"},
      {"The A.B. Test.", "9 14 ", "SB7 keeps 'A.B' together; a capital after 'A.B. ' starts a sentence"},
      {"Acme Inc. Sales grew.", "21 ", "a market-report abbreviation of kNoBreakAfter"},
      {"We ran a test. Then more.", "25 ", "ICU's filter matches 'est.' inside 'test.' too"},
      {"He has a Ph.D. He left.", "15 23 ", "'D.' is a partial entry (of 'D.C.') and 'D. ' no forward one"},
      {"市場は拡大した。今後も成長する。", "24 48 ", "CJK full stops"},
      {"Ends with a space. ", "19 ", "the last break is the end"},
  };
  for (const Row& r : rows) {
    std::string text = r.text, why = r.why;
    CAPTURE(text);
    CAPTURE(why);
    CHECK(Show(SentenceEnds(r.text)) == r.ends);
    CHECK(Show(IcuSentenceEnds(r.text)) == r.ends);
  }
}

TEST_CASE("sentence ends: the same as ICU on this repository's pages") {
  namespace fs = std::filesystem;
  size_t lines = 0;
  for (const char* dir : {"tests/fresh/pages", "corpus/samples"}) {
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      if (!entry.is_regular_file()) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      std::string line;
      std::istringstream text(buffer.str());
      while (std::getline(text, line)) {
        CAPTURE(line);
        REQUIRE(Show(SentenceEnds(line)) == Show(IcuSentenceEnds(line)));
        ++lines;
      }
    }
  }
  CHECK(lines > 500);
}

TEST_CASE("sentence ends: the same as ICU on random text") {
  static constexpr const char* kPieces[] = {
      // Upper, Lower, OLetter, Numeric
      "A", "U", "S", "É", "a", "e", "s", "t", "é", "中", "ア", "한", "1", "5",
      // ATerm, STerm, Close, Sp, SContinue
      ".", ".", ".", "．", "․", "!", "?", "。", "！", "\"", "'", ")", "(", "”", " ", " ", " ", "\u00A0", "\t",
      ",", "-", ":", ";",
      // Extend, Format, Other
      "\u0301", "\u200D", "\u00AD", "%", "$", "€",
      // what the suppression filter knows, whole and in parts
      "U.S.", "Inc.", "est.", "Ph.D.", "Ph.", "e.g.", "Mr.", "approx.", "No.", "Hon.B.A.", "Lt.Cdr.", "S.p.A.",
      "a.m.", "Est.", "U.S.A.", "U.S.C.",
      // a paragraph separator: ICU decides the whole block
      "\n"};
  claimtrace::testing::RandomPieces pieces(kPieces, 24, 29);
  for (int i = 0; i < 200000; ++i) {
    std::string text;
    pieces.AppendTo(&text);
    CAPTURE(text);
    REQUIRE(Show(SentenceEnds(text)) == Show(IcuSentenceEnds(text)));
  }
}

}  // namespace

namespace {

// The units SplitUnits cuts one paragraph into, as texts joined by '|'.
std::string UnitsOf(std::string_view paragraph) {
  claimtrace::Block block;
  block.span = {0, static_cast<uint32_t>(paragraph.size())};
  std::string out;
  for (const claimtrace::Unit& u : claimtrace::SplitUnits(paragraph, {block})) {
    if (!out.empty()) out += '|';
    out.append(paragraph.substr(u.span.start, u.span.size()));
  }
  return out;
}

TEST_CASE("SplitUnits: a bullet run inline is a unit of its own only between spaces") {
  struct Row {
    const char* text;
    const char* units;
  };
  const Row rows[] = {
      {"Mobile networks reach $21 billion • Apps take 40%", "Mobile networks reach $21 billion|Apps take 40%"},
      {"• First item • second item • third", "• First item|second item|third"},
      // Glued to a word on either side: no cut.
      {"a •b • c", "a •b|c"},
      {"a• b • c", "a• b|c"},
      // Two bullets sharing a space: the second one has lost its space before it;
      // with a space each, the empty unit between them is dropped.
      {"a • • b", "a|• b"},
      {"a •  • b", "a|b"},
      // A bullet at the very end, with or without its space after.
      {"trailing •", "trailing •"},
      {"trailing • ", "trailing"},
      // Other U+20xx punctuation (the same lead byte) is no bullet.
      {"2020 – 2025 — “quoted” € 5 ‣ x", "2020 – 2025 — “quoted” € 5 ‣ x"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(UnitsOf(r.text) == r.units);
  }
}


// The units SplitUnits cuts a block of `kind` into: "[start,end)#sentence",
// then "^[start,end)" of its head when it has one.
std::string UnitSpans(std::string_view text, claimtrace::BlockKind kind,
                      const std::vector<claimtrace::ByteSpan>& whole = {}) {
  claimtrace::Block block;
  block.kind = kind;
  block.span = {0, static_cast<uint32_t>(text.size())};
  std::string out;
  for (const claimtrace::Unit& u : claimtrace::SplitUnits(text, {block}, whole)) {
    out += '[';
    out += std::to_string(u.span.start);
    out += ',';
    out += std::to_string(u.span.end);
    out += ")#";
    out += std::to_string(u.sentence);
    if (!u.head.empty()) {
      out += "^[";
      out += std::to_string(u.head.start);
      out += ',';
      out += std::to_string(u.head.end);
      out += ')';
    }
    out += ' ';
  }
  return out;
}

// `n` copies of `piece`.
std::string Times(std::string_view piece, size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s.append(piece);
  return s;
}

TEST_CASE("SplitUnits: a unit over kMaxUnitBytes is cut at its last clause mark, space or character") {
  using claimtrace::BlockKind;
  static_assert(claimtrace::kMaxUnitBytes == 2048, "the rows below are written for 2048");
  struct Row {
    const char* why;
    std::string text;
    BlockKind kind;
    const char* units;
  };
  // "USD 1.5 billion in 2023, " is 25 bytes: 81 of them end at 2025, 82 at 2050.
  const std::string clause = "USD 1.5 billion in 2023, ";
  const Row rows[] = {
      {"exactly the cap: one unit", Times("x", 2048), BlockKind::kParagraph, "[0,2048)#0 "},
      // Cut after the comma at 2024 (the space goes to neither piece); the rest
      // starts at 2025.
      {"run-on sentence: cut after the last comma", Times(clause, 100), BlockKind::kParagraph,
       "[0,2024)#0 [2025,2499)#1^[0,2024) "},
      {"a heading is cut the same way", Times(clause, 100), BlockKind::kHeading, "[0,2024)#0 [2025,2499)#1^[0,2024) "},
      // Cells are joined by tabs: "12.5%\t" is 6 bytes, 341 of them end at 2046
      // (the tab is trimmed off the piece).
      {"a table row: cut after a cell's tab", Times("12.5%\t", 400), BlockKind::kTableRow,
       "[0,2045)#0 [2046,2399)#1^[0,2045) "},
      // A comma in the first half does not count; the last space does.
      {"no clause mark in the second half: the last space", Times("a, ", 1) + Times("word ", 500),
       BlockKind::kParagraph,
       "[0,2047)#0 [2048,2502)#1^[0,2047) "},
      // A comma not followed by a space ("1,234") is no clause mark.
      {"a thousands comma is no clause mark", Times("1,234 ", 400), BlockKind::kParagraph,
       "[0,2045)#0 [2046,2399)#1^[0,2045) "},
      // No space at all: cut before the character that would cross the cap
      // ("é" is 2 bytes and starts at even offsets; 2048 is one).
      {"no space: at a character boundary", Times("\u00e9", 1500), BlockKind::kParagraph,
       "[0,2048)#0 [2048,3000)#1^[0,2048) "},
      {"no space, 3-byte characters: back to the boundary at 2046", Times("\u5e02", 1000),
       BlockKind::kParagraph, "[0,2046)#0 [2046,3000)#1^[0,2046) "},
      // CJK commas end clauses too: "市场，" is 9 bytes, 227 of them end at 2043.
      {"a CJK comma", Times("\u5e02\u573a\uff0c", 300), BlockKind::kParagraph, "[0,2043)#0 [2043,2700)#1^[0,2043) "},
      {"an enumeration comma", Times("\u5e02\u573a\u3001", 300), BlockKind::kParagraph,
       "[0,2043)#0 [2043,2700)#1^[0,2043) "},
      // Three pieces; each counts on from the last, and both later ones have the first as head.
      {"three pieces", Times(clause, 200), BlockKind::kParagraph,
       "[0,2024)#0 [2025,4049)#1^[0,2024) [4050,4999)#2^[0,2024) "},
  };
  for (const Row& r : rows) {
    INFO(r.why);
    CHECK(UnitSpans(r.text, r.kind) == r.units);
  }
}

TEST_CASE("SplitUnits: no cut inside a figure") {
  using claimtrace::BlockKind;
  const std::string clause = "USD 1.5 billion in 2023, ";
  // The cut after the comma at 2023 would fall inside [2020, 2030): the comma before it.
  CHECK(UnitSpans(Times(clause, 100), BlockKind::kParagraph, {{2020, 2030}}) ==
        "[0,1999)#0 [2000,2499)#1^[0,1999) ");
  // Figures that end before or start at the cut do not hold it.
  CHECK(UnitSpans(Times(clause, 100), BlockKind::kParagraph, {{2000, 2024}, {2024, 2030}}) ==
        "[0,2024)#0 [2025,2499)#1^[0,2024) ");
  // A long figure before a short one still holds the cut (the furthest end counts).
  CHECK(UnitSpans(Times(clause, 100), BlockKind::kParagraph, {{1990, 2040}, {2000, 2005}}) ==
        "[0,1974)#0 [1975,2499)#1^[0,1974) ");
  // The last space, and the character boundary, step back past a figure too.
  CHECK(UnitSpans(Times("word ", 500), BlockKind::kParagraph, {{2040, 2050}}) == "[0,2039)#0 [2040,2499)#1^[0,2039) ");
  CHECK(UnitSpans(Times("\u00e9", 1500), BlockKind::kParagraph, {{2040, 2060}}) ==
        "[0,2040)#0 [2040,3000)#1^[0,2040) ");
}

TEST_CASE("SplitUnits: no sentence ends inside a figure") {
  using claimtrace::BlockKind;
  // "MIo." is no abbreviation the sentence rules know, so a sentence ends after it...
  const std::string text = "It was 450 MIo. US-Dollar in 2023. Then 5%.";
  CHECK(UnitSpans(text, BlockKind::kParagraph) == "[0,15)#0 [16,34)#1 [35,43)#2 ");
  // ...unless that is inside the money mention "450 MIo. US-Dollar" [7, 25).
  CHECK(UnitSpans(text, BlockKind::kParagraph, {{7, 25}}) == "[0,34)#0 [35,43)#1 ");
  // A figure that ends where the sentence does holds nothing.
  CHECK(UnitSpans(text, BlockKind::kParagraph, {{7, 15}}) == "[0,15)#0 [16,34)#1 [35,43)#2 ");
}

TEST_CASE("SplitUnits: the sentences after a cut one keep counting from its last piece") {
  // A long first sentence (cut in two), then a short one: its own sentence, no head.
  std::string text = Times("USD 1.5 billion in 2023, ", 100) + "x. Then 5%.";
  CHECK(UnitSpans(text, claimtrace::BlockKind::kParagraph) == "[0,2024)#0 [2025,2502)#1^[0,2024) [2503,2511)#2 ");
}


// Blocks written as words: "P" a paragraph (a short one; "P+" one over 160
// bytes), "H<level>" a heading ("H" alone: level 0), "L<level>" a list item.
std::vector<claimtrace::Block> Blocks(std::string_view spec) {
  std::vector<claimtrace::Block> blocks;
  std::istringstream in{std::string(spec)};
  std::string word;
  while (in >> word) {
    claimtrace::Block b;
    b.span = {0, word == "P+" ? 161u : 160u};
    if (word[0] == 'H') b.kind = claimtrace::BlockKind::kHeading;
    if (word[0] == 'L') b.kind = claimtrace::BlockKind::kListItem;
    if (word.size() > 1 && word[0] != 'P') b.level = std::stoi(word.substr(1));
    blocks.push_back(b);
  }
  return blocks;
}

// What LinkListItems computes, the way it was first written: a walk back over
// the run for every item (quadratic on a long flat list).
claimtrace::ListLinks SlowListLinks(const std::vector<claimtrace::Block>& blocks) {
  using claimtrace::BlockKind;
  claimtrace::ListLinks links;
  links.lead_in.assign(blocks.size(), -1);
  links.parent_item.assign(blocks.size(), -1);
  for (size_t b = 0; b < blocks.size(); ++b) {
    if (blocks[b].kind != BlockKind::kListItem) continue;
    size_t first = b;
    while (first > 0 && blocks[first - 1].kind == BlockKind::kListItem) --first;
    if (first > 0 && blocks[first - 1].kind == BlockKind::kParagraph && blocks[first - 1].span.size() <= 160) {
      links.lead_in[b] = static_cast<int>(first - 1);
    }
    for (size_t j = b; j-- > first;) {
      if (blocks[j].level < blocks[b].level) {
        links.parent_item[b] = static_cast<int>(j);
        break;
      }
    }
  }
  return links;
}

TEST_CASE("LinkListItems: the line that introduces a list and the item each item is nested under") {
  struct Row {
    const char* blocks;
    const char* lead_in;
    const char* parent_item;
  };
  const Row rows[] = {
      {"P L1 L1 L1", "-1 0 0 0 ", "-1 -1 -1 -1 "},
      {"P L1 L2 L2 L1 L2", "-1 0 0 0 0 0 ", "-1 -1 1 1 -1 4 "},
      // Back out two levels: the nearest lower level, not the item before.
      {"L1 L2 L3 L2 L3 L1", "-1 -1 -1 -1 -1 -1 ", "-1 0 1 0 3 -1 "},
      // A level skipped ("L1 L3"): still nested; equal levels are siblings.
      {"L1 L3 L3 L2", "-1 -1 -1 -1 ", "-1 0 0 0 "},
      // A paragraph over 160 bytes or a heading introduces nothing.
      {"P+ L1 H L1", "-1 -1 -1 -1 ", "-1 -1 -1 -1 "},
      // A block between two lists ends the first: no parent across it.
      {"P L1 L2 P L2 L1", "-1 0 0 -1 3 3 ", "-1 -1 1 -1 -1 -1 "},
      {"", "", ""},
  };
  for (const Row& r : rows) {
    INFO(r.blocks);
    claimtrace::ListLinks links = claimtrace::LinkListItems(Blocks(r.blocks));
    CHECK(Show(links.lead_in) == r.lead_in);
    CHECK(Show(links.parent_item) == r.parent_item);
  }
}

TEST_CASE("LinkListItems: the same links as a walk back over each run, on random block sequences") {
  std::mt19937 rng(7);
  const char* words[] = {"P", "P+", "H", "L1", "L2", "L3", "L4", "L1", "L2"};
  for (int i = 0; i < 20000; ++i) {
    std::string spec;
    for (int n = static_cast<int>(rng() % 30); n > 0; --n) spec += std::string(words[rng() % 9]) + " ";
    CAPTURE(spec);
    std::vector<claimtrace::Block> blocks = Blocks(spec);
    claimtrace::ListLinks fast = claimtrace::LinkListItems(blocks), slow = SlowListLinks(blocks);
    REQUIRE(Show(fast.lead_in) == Show(slow.lead_in));
    REQUIRE(Show(fast.parent_item) == Show(slow.parent_item));
  }
}


TEST_CASE("NestingStack: the nearest earlier entry of a lower level") {
  claimtrace::NestingStack stack;
  // Levels 1 2 3 2 3 1 2 at indexes 0..6.
  const int levels[] = {1, 2, 3, 2, 3, 1, 2};
  const int parents[] = {-1, 0, 1, 0, 3, -1, 5};
  for (int i = 0; i < 7; ++i) CHECK(stack.Push(i, levels[i]) == parents[i]);
  stack.Clear();
  CHECK(stack.Push(7, 5) == -1);  // nothing before a Clear() counts
}

// The headings above each block, the way HeadingPath first found them: a walk
// back over every earlier heading, taking each one of a lower level than the
// last taken (starting below 7).
std::string SlowHeadingPaths(const std::vector<claimtrace::Block>& blocks, size_t title) {
  std::string out;
  for (size_t b = 0; b < blocks.size(); ++b) {
    int level = 7;
    size_t taken = 0;
    for (size_t h = b; h-- > 0 && taken < 6;) {
      if (blocks[h].kind != claimtrace::BlockKind::kHeading || h == title) continue;
      if (blocks[h].level < level) {
        out += std::to_string(h) + " ";
        level = blocks[h].level;
        ++taken;
      }
    }
    out += "| ";
  }
  return out;
}

std::string HeadingPaths(const std::vector<claimtrace::Block>& blocks, size_t title) {
  claimtrace::HeadingLinks links = claimtrace::LinkHeadings(blocks, title);
  std::string out;
  for (size_t b = 0; b < blocks.size(); ++b) {
    for (int h : claimtrace::HeadingPath(blocks, links, b)) out += std::to_string(h) + " ";
    out += "| ";
  }
  return out;
}

TEST_CASE("HeadingPath: the headings a block sits under, nearest first, the title left out") {
  struct Row {
    const char* blocks;
    size_t title;
    const char* paths;  // per block, its path, then "|"
  };
  const Row rows[] = {
      {"H1 P H2 P H3 P", SIZE_MAX, "| 0 | 0 | 2 0 | 2 0 | 4 2 0 | "},
      // Same-level sections: only the nearest counts.
      {"H2 P H2 P H2 P", SIZE_MAX, "| 0 | 0 | 2 | 2 | 4 | "},
      // Back up a level: the later H2 replaces the earlier one under the H1.
      {"H1 H2 H3 H2 P", SIZE_MAX, "| 0 | 1 0 | 2 1 0 | 3 0 | "},
      // The title heads nothing.
      {"H1 P H2 P", 0, "| | | 2 | "},
      // Levels of 7 and more are passed over, and a level 0 ends the path.
      {"H1 H8 P H0 H3 P", SIZE_MAX, "| 0 | 0 | 0 | 3 | 4 3 | "},
      // At most six.
      {"H1 H2 H3 H4 H5 H6 P", SIZE_MAX, "| 0 | 1 0 | 2 1 0 | 3 2 1 0 | 4 3 2 1 0 | 5 4 3 2 1 0 | "},
      {"H0 H1 H2 H3 H4 H5 H6 P", SIZE_MAX,
       "| 0 | 1 0 | 2 1 0 | 3 2 1 0 | 4 3 2 1 0 | 5 4 3 2 1 0 | 6 5 4 3 2 1 | "},
  };
  for (const Row& r : rows) {
    INFO(r.blocks);
    CHECK(HeadingPaths(Blocks(r.blocks), r.title) == r.paths);
    CHECK(SlowHeadingPaths(Blocks(r.blocks), r.title) == r.paths);
  }
}

TEST_CASE("HeadingPath: the same paths as a walk back over every earlier heading, on random pages") {
  std::mt19937 rng(11);
  const char* words[] = {"P", "L1", "H0", "H1", "H2", "H3", "H4", "H5", "H6", "H7", "H9", "H2", "H3"};
  for (int i = 0; i < 20000; ++i) {
    std::string spec;
    for (int n = static_cast<int>(rng() % 30); n > 0; --n) spec += std::string(words[rng() % 13]) + " ";
    CAPTURE(spec);
    std::vector<claimtrace::Block> blocks = Blocks(spec);
    size_t title = rng() % 3 == 0 ? 0 : SIZE_MAX;
    REQUIRE(HeadingPaths(blocks, title) == SlowHeadingPaths(blocks, title));
  }
}


TEST_CASE("CellOf: the cell holding a position, by binary search over cells in text order") {
  // "ab\tcd\t\tefg": cells [0,2) [3,5) [6,6) (empty) [7,10).
  claimtrace::Block row;
  row.kind = claimtrace::BlockKind::kTableRow;
  row.span = {0, 10};
  row.cells = {{0, 2}, {3, 5}, {6, 6}, {7, 10}};
  const int expected[] = {0, 0, -1, 1, 1, -1, -1, 3, 3, 3, -1, -1};  // positions 0..11
  for (uint32_t pos = 0; pos < 12; ++pos) {
    CAPTURE(pos);
    CHECK(claimtrace::CellOf(row, pos) == expected[pos]);
  }
  row.cells.clear();
  CHECK(claimtrace::CellOf(row, 0) == -1);
}

TEST_CASE("CellOf: the same cell as a walk over the cells, on random rows") {
  std::mt19937 rng(5);
  for (int i = 0; i < 20000; ++i) {
    claimtrace::Block row;
    uint32_t at = rng() % 3;
    for (int n = static_cast<int>(rng() % 8); n > 0; --n) {
      uint32_t size = rng() % 4;  // empty cells too
      row.cells.push_back({at, at + size});
      at += size + rng() % 2;  // cells touching, or a tab apart
    }
    for (uint32_t pos = 0; pos < at + 2; ++pos) {
      int walk = -1;
      for (size_t c = 0; c < row.cells.size() && walk < 0; ++c) {
        if (pos >= row.cells[c].start && pos < row.cells[c].end) walk = static_cast<int>(c);
      }
      REQUIRE(claimtrace::CellOf(row, pos) == walk);
    }
  }
}

}  // namespace
