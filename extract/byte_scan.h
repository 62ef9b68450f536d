// Internal: finding the next byte of a set in a page, sixteen bytes at a time.
//
//   ByteSet starts("ABCDEFGHIJKLMNOPQRSTUVWXYZ");   // any set of bytes
//   for (size_t i = starts.Find(text, 0); i < text.size(); i = starts.Find(text, i + 1)) { ... }
//
//   ByteSet alnum(...), first_letters(...);
//   // positions of `first_letters` bytes that do not continue a run of `alnum` bytes
//   size_t i = first_letters.FindNotAfter(text, 0, alnum);
//
// The scanners of the detectors and the claim assembler look at every byte
// of a page for a few interesting ones (a capital, a digit, the first letter
// of a listed word). A byte-at-a-time loop costs a few instructions per
// byte; these find the next candidate with SSSE3 shuffles (a byte set as two
// nibble tables, any set at the same cost) where the CPU has them, else with
// the same loop.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimtrace {

class ByteSet {
 public:
  ByteSet() = default;
  explicit ByteSet(const std::array<bool, 256>& members);
  explicit ByteSet(std::string_view members);

  bool Has(unsigned char b) const { return members_[b]; }
  const std::array<bool, 256>& members() const { return members_; }

  // The first position at or after `from` whose byte is in the set; text.size() if none.
  size_t Find(std::string_view text, size_t from) const;
  // The first position at or after `from` whose byte is in the set and is not
  // an `after` byte preceded by an `after` byte (the first letter of a word,
  // with `after` the word's bytes); the byte before `from` counts.
  size_t FindNotAfter(std::string_view text, size_t from, const ByteSet& after) const;
  // Every position FindNotAfter(text, 0, after) and its repetitions would
  // stop at, as a bitmap: bit i % 64 of (*bits)[i / 64]. One pass, for
  // callers that visit most of them (the start of every word of a page).
  void MarkNotAfter(std::string_view text, const ByteSet& after, std::vector<uint64_t>* bits) const;

 private:
  // Whether FindNotAfter stops at `i`: a member that is not an `after` byte after an `after` byte.
  bool StopsAt(const uint8_t* p, size_t i, const ByteSet& after) const {
    return members_[p[i]] && !(after.members_[p[i]] && i > 0 && after.members_[p[i - 1]]);
  }

  std::array<bool, 256> members_{};
  // Nibble tables: bit (b >> 4) & 7 of table[b >> 7][b & 15] is set for a member b.
  alignas(16) std::array<std::array<uint8_t, 16>, 2> tables_{};
};

// The first position in [from, end) whose bit is set in `bits` (bit i % 64
// of bits[i / 64], as MarkNotAfter marks them), or `end`.
size_t NextMarked(const std::vector<uint64_t>& bits, size_t from, size_t end);

// RE2's word bytes [0-9A-Za-z_] (kAsciiWordByte): what the scans for the
// start of a word find words by.
const ByteSet& AsciiWordBytes();

}  // namespace claimtrace
