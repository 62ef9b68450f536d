// CountDecimalShapes against the RE2 loops it replaces: the same counts on
// table rows and on many random strings over the bytes that matter (digits,
// separators, letters, '_', spaces, a non-ASCII letter). Vocabulary's
// MatchBefore shortcut against the plain capture match (an `after` written
// "(?: {0,2})" turns the shortcut off without changing the regex).
#include <doctest/doctest.h>

#include <re2/re2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <string>
#include <vector>

#include "figure_scan.h"
#include "random_pieces.h"

namespace {

using claimtrace::figures_internal::DecimalShape;
using claimtrace::figures_internal::DecimalShapePattern;
using claimtrace::figures_internal::VocabEntry;
using claimtrace::figures_internal::Vocabulary;

constexpr DecimalShape kShapes[] = {DecimalShape::kComma, DecimalShape::kDot, DecimalShape::kWeakComma,
                                    DecimalShape::kWeakDot};

size_t CountDecimalShape(std::string_view text, DecimalShape shape, size_t cap) {
  return claimtrace::figures_internal::CountDecimalShapes(text, cap)[static_cast<size_t>(shape)];
}

size_t Re2Count(const RE2& re, std::string_view text, size_t cap) {
  re2::StringPiece sp(text.data(), text.size());
  size_t n = 0;
  while (RE2::FindAndConsume(&sp, re)) {
    if (++n > cap) break;
  }
  return n;
}

TEST_CASE("decimal shapes: fixed rows") {
  struct Row {
    const char* text;
    DecimalShape shape;
    size_t count;
  };
  const Row rows[] = {
      {"1,5 Mrd. und 2,75 Mio.", DecimalShape::kComma, 2},
      {"1.234.567 und 12.345,6", DecimalShape::kComma, 2},
      {"1,234 or 1,2345", DecimalShape::kComma, 0},
      {"4.5% and 12.25 and 1,234,567 and 1,234.5", DecimalShape::kDot, 4},
      {"x1.234 1.234 1.2345", DecimalShape::kWeakComma, 1},
      {"1,234,567", DecimalShape::kWeakDot, 1},  // "1,234" then a fresh search at ",567"
      {"1,234 12,345 123,456 1234,567", DecimalShape::kWeakDot, 3},
  };
  for (const Row& r : rows) {
    std::string text = r.text;
    CAPTURE(text);
    RE2 re(DecimalShapePattern(r.shape));
    CHECK(CountDecimalShape(r.text, r.shape, 100000) == r.count);
    CHECK(Re2Count(re, r.text, 100000) == r.count);
  }
}

TEST_CASE("decimal shapes: same counts as RE2 on random text") {
  static constexpr const char* kPieces[] = {"0", "1", "2", "9", ",", ".", " ", "a", "Z", "_", "-", "é", "%"};
  claimtrace::testing::RandomPieces pieces(kPieces, 40, 7);
  for (DecimalShape shape : kShapes) {
    RE2 re(DecimalShapePattern(shape));
    REQUIRE(re.ok());
    for (int i = 0; i < 20000; ++i) {
      std::string text;
      pieces.AppendTo(&text);
      CAPTURE(text);
      REQUIRE(CountDecimalShape(text, shape, 100000) == Re2Count(re, text, 100000));
    }
    std::string many;
    for (int i = 0; i < 50; ++i) many += "1,5 ";
    CHECK(CountDecimalShape(many, shape, 10) == Re2Count(re, many, 10));
  }
}

TEST_CASE("Vocabulary::MatchBefore: the shortcut answers as the capture match") {
  // Overlapping entries on purpose: "$" inside "US$", "USD" inside "MUSD",
  // spaces inside entries, an optional dot, multi-byte signs.
  const std::vector<VocabEntry> entries = {
      {R"(\$)", "USD"},
      {R"((?i:usd) ?\$|(?i:us) ?\$|U\.S\.? ?\$|(?i:u\.s) ?\$)", "USD"},
      {R"(A\$|AU\$|AUD ?\$|(?i:aud)\$)", "AUD"},
      {R"(C\$|CA\$|CAD ?\$|(?i:cad)\$|c \$)", "CAD"},
      {R"(HK ?\$|(?i:hk) \$|HKD ?\$)", "HKD"},
      {"€", "EUR"}, {R"(Rs\.?|₨)", "INR"}, {"¥", "JPY"}, {"CN¥|RMB ?¥", "CNY"},
      {"(?i:usd)", "USD"}, {"(?i:eur)", "EUR"}, {"AUD", "AUD"}, {"CAD", "CAD"}, {"HKD", "HKD"},
      {"(?i:m)(?i:usd)", "USD", 1e6}, {"MCAD", "CAD", 1e6},
      {"(?i:around|about|close to|more than|over|more)", ""}, {"~|≈", "approximately"},
      {"(?i:more than|than)", "x"},
  };
  static constexpr const char* kPieces[] = {"$", "US", "us", "U.S.", "u.s", "A", "AU", "C", "c", "CA", "HK", "hk",
                                            "D", "d", "M", "m", "€", "Rs", ".", "₨", "¥", "CN", "RMB", "EUR",
                                            "eur", " ", " ", "x", "1", "more", "than", "close", "to", "over",
                                            "~", "≈", "é"};
  for (const char* after : {" {0,2}", " ?"}) {
    std::string error;
    Vocabulary fast(entries, "", after, &error);
    Vocabulary slow(entries, "", std::string("(?:") + after + ")", &error);
    REQUIRE(error.empty());
    claimtrace::testing::RandomPieces pieces(kPieces, 8, 5);
    for (int i = 0; i < 40000; ++i) {
      std::string text;
      pieces.AppendTo(&text);
      size_t end = text.size();
      text += "12";
      CAPTURE(text);
      size_t fs = 0, ss = 0;
      auto f = fast.MatchBefore(text, end, 24, &fs);
      auto s = slow.MatchBefore(text, end, 24, &ss);
      REQUIRE(f == s);
      if (s) CHECK(fs == ss);
    }
  }
}

TEST_CASE("Vocabulary::MatchAt: the shortcut answers as the capture match") {
  const std::vector<VocabEntry> entries = {
      {R"(\$)", "USD"},
      {R"(US\$|USD\$|(?i:(?:us|u\.s\.|american) dollars?))", "USD"},
      {"(?i:dollars?)", "USD"}, {"€|(?i:euros?)", "EUR"}, {"(?i:usd)", "USD"}, {"USD", "USD"},
      {"(?i:m)(?i:usd)", "USD", 1e6},
      {"(?i:thousands?)|K|k|(?i:tsd)\\.?|Tsd\\.?", "", 1e3}, {"(?i:lakh +crores?|lac +crores?)", "", 1e12},
      {"(?i:crores?)|Cr\\.?|cr\\.?|CR", "", 1e7}, {"(?i:lakhs?|lacs?)", "", 1e5},
      {"(?i:mil)", "mil"}, {"(?i:million|mn|m)", "", 1e6}, {"(?i:bn|b|billion)", "", 1e9},
  };
  static constexpr const char* kPieces[] = {" ", " ", "$", "US", "us", "USD", "u.s.", "american", "dollar", "s",
                                            "€", "euro", "M", "m", "K", "k", "tsd", ".", "lakh", "lac", "crore",
                                            "Cr", "cr", "CR", "mil", "lion", "mn", "bn", "b", "illion", "x",
                                            "1", "é", "-"};
  for (const char* before : {" {0,2}", " ?", ""}) {
    std::string error;
    Vocabulary fast(entries, before, "", &error);
    Vocabulary slow(entries, std::string("(?:") + before + ")", "", &error);
    REQUIRE(error.empty());
    claimtrace::testing::RandomPieces pieces(kPieces, 7, 9);
    for (int i = 0; i < 40000; ++i) {
      std::string text = "12";
      pieces.AppendTo(&text);
      CAPTURE(text);
      size_t fe = 0, se = 0, fs = 0, ss = 0;
      auto f = fast.MatchAt(text, 2, &fe, &fs);
      auto s = slow.MatchAt(text, 2, &se, &ss);
      REQUIRE(f == s);
      if (s) {
        CHECK(fe == se);
        CHECK(fs == ss);
      }
    }
  }
}

}  // namespace

namespace {

using claimtrace::ByteSpan;
using claimtrace::figures_internal::WordListMatcher;

std::string ShowSpans(std::string_view text, std::vector<ByteSpan> spans) {
  std::string s;
  for (const ByteSpan& b : spans) {
    s.append(text.substr(b.start, b.size())).append("@").append(std::to_string(b.start)).append(" ");
  }
  return s;
}

std::vector<ByteSpan> AllWords(const WordListMatcher& m, std::string_view text) {
  std::vector<ByteSpan> out;
  for (auto w = m.Next(text, 0); w; w = m.Next(text, w->end)) out.push_back(*w);
  return out;
}

std::vector<ByteSpan> AllRe2(const RE2& re, std::string_view text) {
  std::vector<ByteSpan> out;
  re2::StringPiece sp(text.data(), text.size()), m;
  size_t pos = 0;
  while (pos < text.size() && re.Match(sp, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    auto start = static_cast<uint32_t>(m.data() - text.data());
    out.push_back({start, static_cast<uint32_t>(start + m.size())});
    pos = start + m.size();
  }
  return out;
}

// The word amount trigger of the money detector, with the regex it replaced.
const WordListMatcher kAmountWords({"one", "two", "ten", "twenty", "half", "quarter"},
                                   {{"a", "an"}, {"hundred", "million", "half"}});
const char* const kAmountRegex = R"((?i)\b(?:(?:a|an) (?:hundred|million|half)|one|two|ten|twenty|half|quarter)\b)";

}  // namespace

TEST_CASE("word list matcher: fixed rows") {
  struct Row {
    const char* text;
    const char* words;
    const char* why;
  };
  const Row rows[] = {
      {"one, Two and TEN", "one@0 Two@5 TEN@13 ", "whole words in any case"},
      {"someone ones one1 one_ onE", "onE@23 ", "glued to word bytes: no word"},
      {"a hundred, an half, a  hundred, a half-way", "a hundred@0 an half@11 a half@32 ",
       "an article and one space before a listed word make one match (not two spaces); '-' ends a word"},
      {"twentyé é-half", "twenty@0 half@12 ", "non-ASCII letters are no word bytes (RE2's \\b)"},
  };
  RE2 re(kAmountRegex);
  for (const Row& r : rows) {
    std::string text = r.text, why = r.why;
    CAPTURE(text);
    CAPTURE(why);
    CHECK(ShowSpans(text, AllWords(kAmountWords, text)) == r.words);
    CHECK(ShowSpans(text, AllRe2(re, text)) == r.words);
  }
  // A search from inside a word does not start in it.
  REQUIRE(kAmountWords.Next("onetwo two", 3).has_value());
  CHECK(kAmountWords.Next("onetwo two", 3)->start == 7);
}

TEST_CASE("word list matcher: the same as RE2 on random text") {
  // Near misses ("ome", "tan", "hundrEd" vs "hundred") share a listed word's length and ends.
  static constexpr const char* kPieces[] = {"one", "ONE", "two", "ten", "twenty", "a", "an", "A", "half",
                                            "hundred", "million", "quarter", " ", " ", ",", "-", "_", "1", "é", "s",
                                            "ome", "tan", "Hunbred", "quartEr", "e", "o"};
  RE2 re(kAmountRegex);
  claimtrace::testing::RandomPieces pieces(kPieces, 14, 17);
  for (int i = 0; i < 50000; ++i) {
    std::string text;
    pieces.AppendTo(&text);
    CAPTURE(text);
    REQUIRE(ShowSpans(text, AllWords(kAmountWords, text)) == ShowSpans(text, AllRe2(re, text)));
  }
}

size_t FindAsciiCaseless(std::string_view text, size_t from, std::string_view needle) {
  return claimtrace::figures_internal::CaselessNeedle(needle).FindIn(text, from);
}

std::vector<claimtrace::Mention> Spans(const std::vector<std::pair<uint32_t, uint32_t>>& spans) {
  std::vector<claimtrace::Mention> out;
  for (auto [start, end] : spans) {
    claimtrace::Mention m;
    m.span = {start, end};
    out.push_back(m);
  }
  return out;
}

std::string Listing(const std::vector<claimtrace::Mention>& ms) {
  std::string out;
  for (const claimtrace::Mention& m : ms) {
    out += '[';
    out += std::to_string(m.span.start);
    out += ',';
    out += std::to_string(m.span.end);
    out += ") ";
  }
  return out;
}

TEST_CASE("KeepEarlierOfOverlapping: fixed rows") {
  using claimtrace::figures_internal::KeepEarlierOfOverlapping;
  struct Row {
    std::vector<std::pair<uint32_t, uint32_t>> found;  // priority order
    const char* kept;                                  // text order
    const char* why;
  };
  const Row rows[] = {
      {{{10, 20}, {15, 25}}, "[10,20) ", "the later reading overlaps: dropped"},
      {{{15, 25}, {10, 20}}, "[15,25) ", "the same the other way round"},
      {{{10, 20}, {20, 30}, {0, 10}}, "[0,10) [10,20) [20,30) ", "touching spans both stay, in text order"},
      {{{5, 5}, {4, 6}}, "[4,6) ", "an empty span is dropped and covers nothing"},
      {{{60, 70}, {69, 71}}, "[60,70) ", "overlap in the second of two 64-byte words"},
      {{{60, 70}, {63, 64}}, "[60,70) ", "overlap in the first word"},
      {{{60, 70}, {70, 128}, {127, 129}}, "[60,70) [70,128) ", "a span ending on a word edge, then one across it"},
      {{{0, 200}, {130, 131}}, "[0,200) ", "a long span covers whole words"},
      {{{64, 128}, {63, 64}, {128, 129}, {100, 101}}, "[63,64) [64,128) [128,129) ", "exactly one word"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.why);
    CHECK(Listing(KeepEarlierOfOverlapping(Spans(r.found))) == r.kept);
  }
}

TEST_CASE("KeepEarlierOfOverlapping: the same as comparing with every kept span") {
  uint64_t seed = 17;
  auto next = [&](uint32_t n) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>((seed >> 33) % n);
  };
  for (int round = 0; round < 3000; ++round) {
    std::vector<std::pair<uint32_t, uint32_t>> found;
    for (uint32_t n = next(12); n > 0; --n) {
      uint32_t start = next(300);
      found.push_back({start, start + next(next(2) ? 8 : 140)});
    }
    std::vector<claimtrace::Mention> want;
    for (const claimtrace::Mention& m : Spans(found)) {
      bool overlaps = m.span.empty();
      for (const claimtrace::Mention& k : want) overlaps |= k.span.start < m.span.end && m.span.start < k.span.end;
      if (!overlaps) want.push_back(m);
    }
    std::sort(want.begin(), want.end(), [](const auto& a, const auto& b) { return a.span.start < b.span.start; });
    CAPTURE(round);
    CHECK(Listing(claimtrace::figures_internal::KeepEarlierOfOverlapping(Spans(found))) == Listing(want));
  }
}

TEST_CASE("FindAsciiCaseless") {
  CHECK(FindAsciiCaseless("20 PerCent Of the market", 0, "cent of ") == 6);
  CHECK(FindAsciiCaseless("cent of cent of ", 1, "cent of ") == 8);
  CHECK(FindAsciiCaseless("cent o", 0, "cent of ") == 6);
  CHECK(FindAsciiCaseless("", 0, "x") == 0);
}

TEST_CASE("HasChineseNumeralPair: the same as the regex on random text") {
  using claimtrace::figures_internal::HasChineseNumeralPair;
  RE2 re("[一二两兩三四五六七八九][十百千万萬亿億兆]");
  CHECK(HasChineseNumeralPair("市场规模达到三千亿元"));
  CHECK_FALSE(HasChineseNumeralPair("三 千"));  // a space between: no pair
  CHECK_FALSE(HasChineseNumeralPair("千三"));
  static constexpr const char* kPieces[] = {"三", "两", "九", "千", "亿", "兆", "十", "元", " ", "a", "1", "é", "零"};
  claimtrace::testing::RandomPieces pieces(kPieces, 30, 41);
  for (int i = 0; i < 30000; ++i) {
    std::string text;
    pieces.AppendTo(&text);
    CAPTURE(text);
    REQUIRE(HasChineseNumeralPair(text) == RE2::PartialMatch(text, re));
  }
}

TEST_CASE("IsLetter: the inline ASCII answer is ICU's, on every code point") {
  using claimtrace::figures_internal::IsLetter;
  size_t disagree = 0;
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if (IsLetter(c) != (c != 0 && u_isalpha(static_cast<UChar32>(c)) != 0)) ++disagree;
  }
  CHECK(disagree == 0);
  CHECK(IsLetter(U'a'));
  CHECK(IsLetter(U'Z'));
  CHECK(IsLetter(U'é'));
  CHECK(IsLetter(U'市'));
  CHECK_FALSE(IsLetter(U'_'));
  CHECK_FALSE(IsLetter(U'5'));
  CHECK_FALSE(IsLetter(U'@'));
}
