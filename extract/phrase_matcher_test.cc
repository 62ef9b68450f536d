// PhraseMatcher against the RE2 search it replaces: the phrases as one
// alternation, longest first, searched one match after another, a match
// glued to letters of its own script moving the search on by one character.
// Fixed rows for each rule, then many random strings over pieces that make
// phrases overlap, nest and touch, in both case modes.
#include <doctest/doctest.h>

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "lexicon_impl.h"
#include "random_pieces.h"
#include "text_util.h"

namespace {

using claimtrace::ByteSpan;
using claimtrace::PhraseHit;
using claimtrace::PhraseMatcher;

// The RE2 implementation PhraseMatcher had before the trie (the boundary
// rule restated: a Latin letter, digit or accented letter, or Katakana,
// glued to one of the same class on the outside).
class Re2Phrases {
 public:
  Re2Phrases(const std::vector<std::string>& phrases, bool case_insensitive) : ci_(case_insensitive) {
    std::vector<std::pair<std::string, size_t>> sorted;
    for (size_t i = 0; i < phrases.size(); ++i) {
      if (phrases[i].empty()) continue;
      std::string key = ci_ ? claimtrace::AsciiLower(phrases[i]) : phrases[i];
      if (index_.emplace(key, i).second) sorted.emplace_back(phrases[i], i);
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    std::string pattern;
    for (const auto& [phrase, i] : sorted) {
      if (!pattern.empty()) pattern += '|';
      pattern += RE2::QuoteMeta(phrase);
    }
    RE2::Options o;
    o.set_case_sensitive(!ci_);
    re_ = std::make_unique<RE2>("(" + pattern + ")", o);
  }

  std::vector<PhraseHit> FindAll(std::string_view text) const {
    std::vector<PhraseHit> hits;
    size_t pos = 0;
    re2::StringPiece m;
    while (pos < text.size() && re_->Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      ByteSpan span{static_cast<uint32_t>(m.data() - text.data()),
                    static_cast<uint32_t>(m.data() - text.data() + m.size())};
      if (span.empty()) break;
      if (OnBoundary(text, span)) {
        std::string key(m.data(), m.size());
        if (ci_) key = claimtrace::AsciiLower(key);
        auto it = index_.find(key);
        if (it != index_.end()) hits.push_back({span, it->second});
        pos = span.end;
      } else {
        pos = claimtrace::NextCharStart(text, span.start);
      }
    }
    return hits;
  }

 private:
  static int ClassOf(char32_t c) {
    if (claimtrace::IsAsciiAlnum(c) || (c >= 0x00C0 && c <= 0x024F)) return 1;
    if (c >= 0x30A0 && c <= 0x30FF) return 2;
    return 0;
  }
  static bool OnBoundary(std::string_view text, ByteSpan span) {
    int first = ClassOf(claimtrace::DecodeAt(text, span.start));
    int last = ClassOf(claimtrace::DecodeBefore(text, span.end));
    if (first && span.start > 0 && ClassOf(claimtrace::DecodeBefore(text, span.start)) == first) return false;
    if (last && span.end < text.size() && ClassOf(claimtrace::DecodeAt(text, span.end)) == last) return false;
    return true;
  }

  bool ci_;
  std::unique_ptr<RE2> re_;
  std::map<std::string, size_t> index_;
};

std::string Show(const std::vector<PhraseHit>& hits) {
  std::string s;
  for (const PhraseHit& h : hits) {
    s.append("[").append(std::to_string(h.span.start)).append(",").append(std::to_string(h.span.end));
    s.append(")#").append(std::to_string(h.entry)).append(" ");
  }
  return s;
}

PhraseMatcher Build(const std::vector<std::string>& phrases, bool ci) {
  PhraseMatcher m;
  std::string error;
  REQUIRE(m.Build(phrases, ci, &error));
  return m;
}

const std::vector<std::string> kRegions = {"US", "USA", "U.S.", "United States", "Europe", "EU", "中国", "中国市場",
                                           "アジア", "한국", "Asia", "Asia Pacific", "Südeuropa"};

TEST_CASE("phrase matcher: fixed rows") {
  struct Row {
    const char* text;
    bool ci;
    const char* hits;  // as Show() prints them
    const char* why;
  };
  const Row rows[] = {
      {"USA and US", false, "[0,3)#1 [8,10)#0 ", "the longest phrase at a position wins"},
      {"the U.S. market", false, "[4,8)#2 ", "punctuation inside a phrase"},
      {"BUSY USAF Europe", false, "[10,16)#4 ", "glued to Latin letters on either side: no match"},
      {"EUROPE", false, "", "case-sensitive"},
      {"Asia Pacific, Asia", false, "[0,12)#11 [14,18)#10 ", "longest, then the shorter one"},
      {"中国市場の中国", false, "[0,12)#7 [15,21)#6 ", "Han phrases match inside Han text"},
      {"ベトナムアジア アジア", false, "[22,31)#8 ", "Katakana glued to Katakana is no match"},
      {"in Südeuropa.", false, "[3,13)#12 ", "non-ASCII letters"},
      {"europe and SÜDEUROPA", true, "[0,6)#4 ", "case-insensitive; a match whose non-ASCII letters differ in case "
                                                  "from every phrase is no hit, and the search goes on after it"},
      {"europe and SüDEUROPA", true, "[0,6)#4 [11,21)#12 ", "the same with the phrase's own ü"},
      {"usa-eu", true, "[0,3)#1 [4,6)#5 ", "a hyphen is a boundary"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CAPTURE(r.why);
    PhraseMatcher m = Build(kRegions, r.ci);
    CHECK(Show(m.FindAll(r.text)) == r.hits);
    CHECK(Show(Re2Phrases(kRegions, r.ci).FindAll(r.text)) == r.hits);
  }
}

TEST_CASE("phrase matcher: same hits as the RE2 alternation on random text") {
  // Pieces that build the phrases, their prefixes and neighbours.
  static constexpr const char* kPieces[] = {"U", "S", "A", "u", "s", "a", ".", " ", "-", "E", "e", "ü", "Ü",
                                            "中", "国", "ア", "ジ", "한", "국", "1", "x", "ß", "ẞ", "σ", "Σ", "ς"};
  const std::vector<std::vector<std::string>> lists = {
      kRegions,
      {"us", "US", "u.s", "usa", "sa", "a", "ea", "ee", "eu", "ü", "Ü", "üü", "中", "中国", "国ア"},
      {"ß", "ẞa", "σ", "Σς", "ss", "ア", "アジ", "ジア", "한국", "1x", "x1", "U.S.A."},
  };
  claimtrace::testing::RandomPieces pieces(kPieces, 24, 11);
  for (const auto& list : lists) {
    for (bool ci : {false, true}) {
      PhraseMatcher m = Build(list, ci);
      Re2Phrases oracle(list, ci);
      for (int i = 0; i < 20000; ++i) {
        std::string text;
        pieces.AppendTo(&text);
        CAPTURE(text);
        CAPTURE(ci);
        REQUIRE(Show(m.FindAll(text)) == Show(oracle.FindAll(text)));
      }
    }
  }
}

TEST_CASE("phrase matcher: an empty list finds nothing") {
  PhraseMatcher m = Build({"", ""}, true);
  CHECK(m.empty());
  CHECK(m.FindAll("anything").empty());
}

}  // namespace

namespace {

TEST_CASE("phrase matcher: a unit of a page from the page's marks, as the unit alone") {
  static constexpr const char* kPieces[] = {"U", "S", "A", "u", "s", ".", " ", "-", "E", "e", "ü", "中", "国", "ア",
                                            "ジ", "1", "x", "?", "Asia", "EU"};
  claimtrace::testing::RandomPieces pieces(kPieces, 16, 13);
  for (bool ci : {false, true}) {
    PhraseMatcher m = Build(kRegions, ci);
    for (int i = 0; i < 2000; ++i) {
      std::string page;
      pieces.AppendTo(&page);
      std::vector<uint64_t> marks = m.MarkStarts(page);
      for (uint32_t a = 0; a <= page.size(); ++a) {
        for (uint32_t b = a; b <= page.size(); b += 2) {
          std::string unit = page.substr(a, b - a);
          CAPTURE(page);
          CAPTURE(unit);
          REQUIRE(Show(m.FindAllIn(page, {a, b}, marks)) == Show(m.FindAll(unit)));
        }
      }
    }
  }
}

}  // namespace
