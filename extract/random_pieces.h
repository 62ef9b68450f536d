// For the tests that check a fast scan against the regex or ICU call it
// replaces: random strings glued from pieces chosen to hit the rules' edges,
// the same on every run (a fixed seed).
//
//   static constexpr const char* kPieces[] = {"segment", "S", " ", "-", "é"};
//   RandomPieces pieces(kPieces, /*max_pieces=*/12, /*seed=*/5);
//   std::string text = pieces.Next();   // 0 to 12 pieces
#pragma once

#include <cstddef>
#include <random>
#include <string>

namespace claimtrace::testing {

class RandomPieces {
 public:
  template <size_t N>
  RandomPieces(const char* const (&pieces)[N], size_t max_pieces, unsigned seed)
      : pieces_(pieces), rng_(seed), piece_(0, N - 1), length_(0, max_pieces) {}

  // Appends 0 to max_pieces pieces to *text.
  void AppendTo(std::string* text) {
    for (size_t n = length_(rng_); n > 0; --n) *text += pieces_[piece_(rng_)];
  }
  std::string Next() {
    std::string text;
    AppendTo(&text);
    return text;
  }

 private:
  const char* const* pieces_;
  std::mt19937 rng_;
  std::uniform_int_distribution<size_t> piece_, length_;
};

}  // namespace claimtrace::testing
