// Internal: small ASCII and UTF-8 helpers for the detectors and the claim assembler.
#pragma once

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "claimtrace/offset_map.h"

namespace claimtrace {

inline bool IsAsciiAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// RE2's \w (and so what its \b tells apart): [0-9A-Za-z_], as a table for
// the scans that test every byte of a page.
inline constexpr std::array<bool, 256> kAsciiWordByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  return t;
}();
inline bool IsAsciiWordByte(unsigned char c) { return kAsciiWordByte[c]; }

// 'A'-'Z' lower-cased; any other byte as it is.
inline char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }
// 'a'-'z' upper-cased; any other byte as it is.
inline char UpperAscii(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - ('a' - 'A')) : c; }

// Appends `c` case-folded as RE2's (?i) compares it: ASCII lower-cased, any
// other character by its ICU simple case fold (one folding orbit, one
// letter), as UTF-8.
inline void AppendCaseFolded(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(LowerAscii(static_cast<char>(c)));
    return;
  }
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(buf, len, 4, u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT), error);
  if (!error) out->append(buf, static_cast<size_t>(len));
}

inline bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The code point starting at byte `pos` (U+FFFD for malformed input, 0 at the end).
inline char32_t DecodeAt(std::string_view s, size_t pos) {
  if (pos >= s.size()) return 0;
  unsigned char c = static_cast<unsigned char>(s[pos]);
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || pos + len > s.size()) return 0xFFFD;
  if (len == 1) return c;
  char32_t cp = c & (0x7F >> len);
  for (int i = 1; i < len; ++i) {
    unsigned char cc = static_cast<unsigned char>(s[pos + i]);
    if ((cc & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (cc & 0x3F);
  }
  return cp;
}

// The start of the code point that ends at byte `pos`.
inline size_t PrevCharStart(std::string_view s, size_t pos) {
  if (pos == 0) return 0;
  size_t p = pos - 1;
  int steps = 0;
  while (p > 0 && IsContinuation(s[p]) && steps < 3) {
    --p;
    ++steps;
  }
  return p;
}

inline char32_t DecodeBefore(std::string_view s, size_t pos) {
  return pos == 0 ? 0 : DecodeAt(s, PrevCharStart(s, pos));
}

inline size_t NextCharStart(std::string_view s, size_t pos) {
  size_t p = pos + 1;
  while (p < s.size() && IsContinuation(s[p])) ++p;
  return p;
}

// White space of the normalized text (folded to ' ', '\t' between cells, '\n' between blocks).
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// `span` without leading and trailing white space.
inline ByteSpan TrimSpan(std::string_view text, ByteSpan span) {
  while (span.start < span.end && IsSpace(text[span.start])) ++span.start;
  while (span.end > span.start && IsSpace(text[span.end - 1])) --span.end;
  return span;
}

inline std::string_view Slice(std::string_view text, ByteSpan span) {
  return text.substr(span.start, span.end - span.start);
}

// Where `text` holds `lower` (lower-case ASCII letters and spaces) in any ASCII
// case, from `from` on; npos when it does not.
inline size_t FindAsciiCaseless(std::string_view text, std::string_view lower, size_t from = 0) {
  for (size_t i = from; i + lower.size() <= text.size(); ++i) {
    size_t k = 0;
    while (k < lower.size() && (text[i + k] | 0x20) == lower[k]) ++k;
    if (k == lower.size()) return i;
  }
  return std::string_view::npos;
}

// A cheap test before a regular expression that needs the word.
inline bool ContainsAsciiCaseless(std::string_view text, std::string_view lower) {
  return FindAsciiCaseless(text, lower) != std::string_view::npos;
}

// True when `text` holds `word` as a whole word: ASCII letters in any case, other
// bytes as they are, and no ASCII letter or digit right before or after it
// ("US" is a word of "US Business Software", not of "Business Software").
inline bool ContainsWord(std::string_view text, std::string_view word) {
  auto alnum = [](char c) { return IsAsciiAlnum(static_cast<unsigned char>(c)); };
  if (word.empty()) return false;
  for (size_t i = 0; i + word.size() <= text.size(); ++i) {
    size_t k = 0;
    while (k < word.size() && LowerAscii(text[i + k]) == LowerAscii(word[k])) ++k;
    if (k == word.size() && (i == 0 || !alnum(text[i - 1])) &&
        (i + k == text.size() || !alnum(text[i + k]))) {
      return true;
    }
  }
  return false;
}

// Where `part`, a view into `text`, lies in it.
inline ByteSpan SpanIn(std::string_view text, std::string_view part) {
  auto start = static_cast<uint32_t>(part.data() - text.data());
  return {start, static_cast<uint32_t>(start + part.size())};
}

inline bool Contains(ByteSpan outer, ByteSpan inner) {
  return inner.start >= outer.start && inner.end <= outer.end;
}

inline bool Overlaps(ByteSpan a, ByteSpan b) { return a.start < b.end && b.start < a.end; }

// True for Han, Kana and Hangul: scripts written without spaces between words.
inline bool IsCjk(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
         (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF);
}

}  // namespace claimtrace
