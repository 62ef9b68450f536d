// AnalyzeEdges never rules out a match RE2 finds: for patterns of every
// construct it reads (and a few it does not), every anchored match RE2 finds
// in many random texts starts and ends where MayStartAt and MayEndAt allow;
// and it does rule out what the fixed rows say.
#include <doctest/doctest.h>

#include <re2/re2.h>

#include <string>
#include <vector>

#include "random_pieces.h"
#include "regex_bytes.h"

namespace {

using claimtrace::AnalyzeEdges;
using claimtrace::EdgeBytes;

TEST_CASE("edge bytes: fixed rows") {
  EdgeBytes unit = AnalyzeEdges(R"( {0,2}(?:%|％|(?i:per {1,2}cent|pct\.?)))");
  CHECK(unit.MayStartAt("5%", 1));
  CHECK(unit.MayStartAt("5  Percent", 1));  // spaces, then a capital P
  CHECK(unit.MayStartAt("5 ％", 1));
  CHECK_FALSE(unit.MayStartAt("5 billion", 1));
  CHECK_FALSE(unit.MayStartAt("5", 1));       // nothing after
  CHECK_FALSE(unit.MayStartAt("5   ", 1));    // only spaces after
  EdgeBytes money = AnalyzeEdges(R"(\$|€|(?i:usd) ?)");
  CHECK(money.MayEndAt("USD 5", 4));          // spaces before the number are skipped
  CHECK(money.MayEndAt("$5", 1));
  CHECK_FALSE(money.MayEndAt("in 5", 3));
  // What the analysis does not read gives no answer rather than a wrong one.
  CHECK(AnalyzeEdges("(?<x>y)").MayStartAt("zzz", 0));
  CHECK(AnalyzeEdges(" *").MayStartAt("abc", 0));  // matches spaces only: never ruled out
}

TEST_CASE("edge bytes: no match RE2 finds is ruled out") {
  const std::vector<std::pair<std::string, bool>> patterns = {
      {R"( {0,2}(?:%|％|(?i:per {1,2}cent|per-cent|percentage|percents?|pct\.?|prozent)|パーセント|퍼센트))", false},
      {R"( ?(?i:points?|pts?|pp)\b|p(?:[^A-Za-z]|$)|대(?:[^비]|$))", false},
      {R"( {0,2}(?:-|–|—|~|〜|～) {0,2}| (?i:to|bis|à|a|até|and|und|et|e|y) )", false},
      {R"((?:(\$)|((?i:usd) ?\$|(?i:us) ?\$|U\.S\.? ?\$)|(€)|(£)|(Rs\.?|₨)|((?i:m)(?i:usd))) {0,2}$)", false},
      {R"( {0,2}(?:((?i:thousands?)|K|k|(?i:tsd)\.?)|((?i:lakh +crores?))|((?i:millions?)|mn|M|(?i:mio)\.?)))", false},
      {R"((?i)\b(?:between|zwischen|entre) $)", false},
      {R"([數数幾几多好第]$)", false},
      {R"(\d{1,3}(?:[.,]\d{3})*\s*[-–]\s*)", true},
      {R"([^a-z ]\W?\S.x{0,2}\D?[[:alpha:]]?\s?)", false},
      {R"((?i)k|s|straße|ÄRA)", false},
      {R"(\x{20AC}\x41|[\x{4E00}-\x{9FFF}]+|\pL\p{Han}|[\]\-a]+|\\)", false},
  };
  static constexpr const char* kPieces[] = {" ", " ", "%", "％", "per", "PER", " cent", "Percent", "pct.", "5", "12",
                                            "$", "US", "usd", "U.S.", "€", "£", "Rs.", "₨", "M", "k", "K", "K",
                                            "ſ", "lakh", " crore", "Million", "mn", "-", "–", "~", " to ", " And ",
                                            "between ", "Entre ", "數", "第", "x", "ä", "Ä", "ß", "straße", "a",
                                            "]", "\\", "中", "A", "p", "pts", "대", "비", ",", ".", "\t", "1,234", "3.5", "xx"};
  claimtrace::testing::RandomPieces pieces(kPieces, 10, 31);
  for (const auto& [pattern, ci] : patterns) {
    CAPTURE(pattern);
    RE2::Options options;
    options.set_case_sensitive(!ci);
    RE2 at(pattern, options), before("(?:" + pattern + ")$", options);
    REQUIRE(at.ok());
    EdgeBytes edges = AnalyzeEdges(pattern, ci);
    size_t starts = 0, ends = 0;  // matches checked: the test is not vacuous
    for (int i = 0; i < 4000; ++i) {
      std::string text;
      pieces.AppendTo(&text);
      CAPTURE(text);
      re2::StringPiece sp(text.data(), text.size());
      for (size_t pos = 0; pos <= text.size(); ++pos) {
        if (at.Match(sp, pos, text.size(), RE2::ANCHOR_START, nullptr, 0)) {
          REQUIRE(edges.MayStartAt(text, pos));
          ++starts;
        }
        if (RE2::PartialMatch(sp.substr(0, pos), before)) {
          REQUIRE(edges.MayEndAt(text, pos));
          ++ends;
        }
      }
    }
    CHECK(starts > 20);
    CHECK(ends > 20);
  }
}

}  // namespace
