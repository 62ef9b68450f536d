// UTF-8 helpers shared by the normalize stages: a fast validator, a lossy
// decoder that records where every replacement came from, and code point
// decoding/encoding for text already known to be valid.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "claimtrace/offset_map.h"

namespace claimtrace::internal {

// Length of the longest valid UTF-8 prefix of `s` (s.size() when all valid).
size_t ValidUtf8Prefix(std::string_view s);
inline bool IsValidUtf8(std::string_view s) { return ValidUtf8Prefix(s) == s.size(); }

// Length of the maximal ill-formed subpart starting at s[0] (Unicode 15, 3.9
// "U+FFFD substitution of maximal subparts"; what Python's errors="replace"
// does). Requires that s does not start with a valid sequence.
size_t InvalidSequenceLength(std::string_view s);

// Appends `s` to `out`, each invalid sequence replaced by U+FFFD, and appends
// the pieces to `map` (copies for valid runs, source offsets start at `base`).
// Returns the number of replaced sequences.
uint64_t DecodeUtf8Lossy(std::string_view s, uint32_t base, std::string* out, OffsetMap* map);

// Decodes the code point at s[i] of valid UTF-8; sets *len to its byte length.
inline uint32_t DecodeAt(std::string_view s, size_t i, size_t* len) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char c = b(0);
  if (c < 0x80) { *len = 1; return c; }
  if (c < 0xE0) { *len = 2; return ((c & 0x1Fu) << 6) | (b(1) & 0x3Fu); }
  if (c < 0xF0) { *len = 3; return ((c & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu); }
  *len = 4;
  return ((c & 0x07u) << 18) | ((b(1) & 0x3Fu) << 12) | ((b(2) & 0x3Fu) << 6) | (b(3) & 0x3Fu);
}

void AppendUtf8(uint32_t cp, std::string* out);

inline char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Unicode White_Space plus the C0 separators U+001C..U+001F (Python's \s),
// so that folding agrees with the evaluation tooling.
inline bool IsFoldSpace(uint32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

}  // namespace claimtrace::internal
