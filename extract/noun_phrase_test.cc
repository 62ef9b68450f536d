// MatchNounPhraseAtEnd against the kNoun regex of claim_assembler.cc: the same
// answer and the same capture (byte for byte) on table rows and random text.
#include <doctest/doctest.h>

#include <re2/re2.h>

#include <string>

#include "noun_phrase.h"
#include "random_pieces.h"

namespace {

const RE2& Noun() {
  static const RE2 kNoun("(?i)(?:^|\\s)((?:\\pL[\\pL\\d_&/\\-]*\\s+){0,3}\\pL[\\pL\\d_&/\\-]*)$");
  return kNoun;
}

void Same(const std::string& np) {
  CAPTURE(np);
  re2::StringPiece fast, slow;
  bool f = claimtrace::MatchNounPhraseAtEnd(np, Noun(), &fast);
  bool s = RE2::PartialMatch(np, Noun(), &slow);
  REQUIRE(f == s);
  if (s) {
    CHECK(fast.data() == slow.data());
    CHECK(fast.size() == slow.size());
  }
}

TEST_CASE("noun phrase at the end: rows") {
  struct Row {
    const char* np;
    const char* want;  // nullptr: no match
  };
  const Row rows[] = {
      {"the software segment", "the software segment"},
      {"Meanwhile the cloud-based software segment", "the cloud-based software segment"},
      {"hardware.", nullptr},
      {"", nullptr},
      {"  Asia Pacific", "Asia Pacific"},
      {"in 2023 R&D/IT services", "R&D/IT services"},
      {"x 2023", nullptr},
      {"Europe\tand\nNorth America", "Europe\tand\nNorth America"},
      {"sales of the US cloud market", "the US cloud market"},
      {"caf\xc3\xa9 owners", "caf\xc3\xa9 owners"},  // not ASCII: the regex answers
  };
  for (const Row& r : rows) {
    std::string np = r.np;
    CAPTURE(np);
    re2::StringPiece m;
    bool found = claimtrace::MatchNounPhraseAtEnd(np, Noun(), &m);
    CHECK(found == (r.want != nullptr));
    if (found && r.want) CHECK(std::string(m.data(), m.size()) == r.want);
    Same(np);
  }
}

TEST_CASE("noun phrase at the end: random ASCII text agrees with the regex") {
  static constexpr const char* kPieces[] = {"a", "Z", "q", "1", "_", "&", "/", "-", " ", "  ", "\t", "\n",
                                            "\f", "\v", ".", ",", "'", "(", "the ", "US "};
  claimtrace::testing::RandomPieces pieces(kPieces, 30, 11);
  for (int i = 0; i < 30000; ++i) {
    std::string np;
    pieces.AppendTo(&np);
    Same(np);
  }
}

}  // namespace
