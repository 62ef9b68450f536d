// SentenceEnds (UAX #29 rules and ICU's abbreviation filter applied to the
// UTF-8 text) against ICU's filtered BreakIterator it stands in for: fixed
// rows for each rule, every line of this repository's own pages, and many
// random strings over characters of every Sentence_Break class and over
// the abbreviations the filter knows.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "random_pieces.h"
#include "units.h"

namespace {

using claimtrace::IcuSentenceEnds;
using claimtrace::SentenceEnds;

std::string Show(const std::vector<uint32_t>& ends) {
  std::string s;
  for (uint32_t e : ends) s.append(std::to_string(e)).append(" ");
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

}  // namespace
