// ByteSet's sixteen-at-a-time search against the byte-at-a-time loop it
// stands for: random sets, random texts of every length around the block
// size, every start position.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "byte_scan.h"

namespace {

using claimtrace::ByteSet;

size_t SlowFind(const std::array<bool, 256>& set, std::string_view text, size_t from) {
  for (size_t i = from; i < text.size(); ++i) {
    if (set[static_cast<unsigned char>(text[i])]) return i;
  }
  return text.size();
}

size_t SlowFindNotAfter(const std::array<bool, 256>& set, const std::array<bool, 256>& after, std::string_view text,
                        size_t from) {
  for (size_t i = from; i < text.size(); ++i) {
    auto b = static_cast<unsigned char>(text[i]);
    bool glued = after[b] && i > 0 && after[static_cast<unsigned char>(text[i - 1])];
    if (set[b] && !glued) return i;
  }
  return text.size();
}

TEST_CASE("byte set: fixed rows") {
  ByteSet capitals("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  ByteSet letters("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
  std::string text = "the market in europe and North America grew; ÉU";
  CHECK(capitals.Find(text, 0) == 25);               // 'N'
  CHECK(capitals.Find(text, 26) == 31);              // 'A'
  CHECK(capitals.Find(text, 32) == text.size() - 1);  // 'É' is two bytes, neither a capital: the 'U' after it
  CHECK(letters.FindNotAfter(text, 1, letters) == 4);  // 'm': "he" continues "the"
  CHECK(letters.FindNotAfter("xxxxxxxxxxxxxxxxxxxxyz ab", 3, letters) == 23);  // across a 16-byte block
  CHECK(ByteSet(std::string_view("\x80\xff", 2)).Find("ab\xff", 0) == 2);    // bytes past 0x7F
}

TEST_CASE("byte set: the same as the byte loop on random text") {
  std::mt19937 rng(23);
  std::uniform_int_distribution<int> byte(0, 255), length(0, 150), coin(0, 9);
  for (int round = 0; round < 300; ++round) {
    std::array<bool, 256> set{}, after{};
    // Sets of every density, from a single byte to most of them.
    int density = coin(rng);
    for (int b = 0; b < 256; ++b) {
      set[b] = coin(rng) < density && coin(rng) < 3;
      after[b] = coin(rng) < 5;
    }
    ByteSet fast(set), fast_after(after);
    for (int t = 0; t < 40; ++t) {
      std::string text;
      for (int n = length(rng); n > 0; --n) {
        // Mostly a small alphabet so that members and runs occur.
        text += coin(rng) < 7 ? static_cast<char>("aAb .\xc3\xa9z0"[byte(rng) % 9]) : static_cast<char>(byte(rng));
      }
      for (size_t from = 0; from <= text.size(); ++from) {
        REQUIRE(fast.Find(text, from) == SlowFind(set, text, from));
        REQUIRE(fast.FindNotAfter(text, from, fast_after) == SlowFindNotAfter(set, after, text, from));
      }
      std::vector<uint64_t> bits;
      fast.MarkNotAfter(text, fast_after, &bits);
      REQUIRE(bits.size() == (text.size() + 63) / 64);
      for (size_t i = 0; i < text.size(); ++i) {
        REQUIRE(((bits[i / 64] >> (i % 64)) & 1) == (SlowFindNotAfter(set, after, text, i) == i));
      }
    }
  }
}

}  // namespace
