// CountDecimalShape against the RE2 loop it replaces: the same counts on
// table rows and on many random strings over the bytes that matter (digits,
// separators, letters, '_', spaces, a non-ASCII letter).
#include <doctest/doctest.h>

#include <re2/re2.h>

#include <random>
#include <string>

#include "figure_scan.h"

namespace {

using claimtrace::figures_internal::CountDecimalShape;
using claimtrace::figures_internal::DecimalShape;
using claimtrace::figures_internal::DecimalShapePattern;

constexpr DecimalShape kShapes[] = {DecimalShape::kComma, DecimalShape::kDot, DecimalShape::kWeakComma,
                                    DecimalShape::kWeakDot};

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
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> piece(0, std::size(kPieces) - 1), length(0, 40);
  for (DecimalShape shape : kShapes) {
    RE2 re(DecimalShapePattern(shape));
    REQUIRE(re.ok());
    for (int i = 0; i < 20000; ++i) {
      std::string text;
      for (size_t n = length(rng); n > 0; --n) text += kPieces[piece(rng)];
      CAPTURE(text);
      REQUIRE(CountDecimalShape(text, shape, 100000) == Re2Count(re, text, 100000));
    }
    std::string many;
    for (int i = 0; i < 50; ++i) many += "1,5 ";
    CHECK(CountDecimalShape(many, shape, 10) == Re2Count(re, many, 10));
  }
}

}  // namespace
