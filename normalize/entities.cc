#include "entities.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "utf8.h"

namespace claimtrace::internal {
namespace {

struct NamedEntity {
  std::string_view name;
  std::string_view utf8;
};

constexpr NamedEntity kNamed[] = {
#include "html_entities.inc"
};

const NamedEntity* FindNamed(std::string_view name) {
  auto it = std::lower_bound(std::begin(kNamed), std::end(kNamed), name,
                             [](const NamedEntity& e, std::string_view n) { return e.name < n; });
  return it != std::end(kNamed) && it->name == name ? &*it : nullptr;
}

bool IsHex(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Windows-1252 meanings of the C1 range, as the HTML spec repairs &#128; etc.
constexpr uint16_t kC1Repairs[32] = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

// Mirrors Python's html._replace_charref for numeric references.
void AppendNumeric(uint64_t value, bool overflow, std::string* out) {
  if (!overflow && value >= 0x80 && value <= 0x9F) {
    AppendUtf8(kC1Repairs[value - 0x80], out);
    return;
  }
  if (overflow || value == 0 || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) {
    out->append("\xEF\xBF\xBD");
    return;
  }
  if (value == 0x0D) {
    out->push_back('\r');
    return;
  }
  bool invalid = (value >= 0x01 && value <= 0x08) || value == 0x0B || (value >= 0x0E && value <= 0x1F) ||
                 (value >= 0x7F && value <= 0x9F) || (value >= 0xFDD0 && value <= 0xFDEF) ||
                 (value & 0xFFFE) == 0xFFFE;
  if (invalid) return;  // dropped, as html.unescape does
  AppendUtf8(static_cast<uint32_t>(value), out);
}

}  // namespace

size_t DecodeEntityAt(std::string_view s, size_t pos, std::string* out) {
  if (pos + 1 >= s.size() || s[pos] != '&') return 0;
  size_t i = pos + 1;
  if (s[i] == '#') {
    ++i;
    bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
    if (hex) ++i;
    size_t digits_start = i;
    uint64_t value = 0;
    bool overflow = false;
    while (i < s.size() && (hex ? IsHex(s[i]) : IsDigit(s[i]))) {
      char c = s[i];
      uint64_t d = IsDigit(c) ? uint64_t(c - '0') : uint64_t((c | 0x20) - 'a' + 10);
      value = value * (hex ? 16 : 10) + d;
      if (value > 0x10FFFF) overflow = true, value = 0x110000;
      ++i;
    }
    if (i == digits_start) return 0;
    if (i < s.size() && s[i] == ';') ++i;
    AppendNumeric(value, overflow, out);
    return i - pos;
  }
  // Python: [^\t\n\f <&#;]{1,32};?
  size_t end = i;
  while (end < s.size() && end - i < 32) {
    char c = s[end];
    if (c == '\t' || c == '\n' || c == '\f' || c == ' ' || c == '<' || c == '&' || c == '#' || c == ';') break;
    ++end;
  }
  if (end == i) return 0;
  size_t with_semicolon = end < s.size() && s[end] == ';' ? end + 1 : end;
  if (const NamedEntity* e = FindNamed(s.substr(i, with_semicolon - i))) {
    out->append(e->utf8);
    return with_semicolon - pos;
  }
  // Longest legacy name that is a prefix (at least two characters).
  for (size_t len = std::min(end - i, with_semicolon - i - 1); len >= 2; --len) {
    if (const NamedEntity* e = FindNamed(s.substr(i, len))) {
      out->append(e->utf8);
      return len + 1;
    }
  }
  return 0;
}

void AppendUnescaped(std::string_view s, std::string* out) {
  size_t pos = 0;
  while (pos < s.size()) {
    size_t amp = s.find('&', pos);
    if (amp == std::string_view::npos) amp = s.size();
    out->append(s.substr(pos, amp - pos));
    if (amp == s.size()) break;
    size_t n = DecodeEntityAt(s, amp, out);
    if (n == 0) {
      out->push_back('&');
      n = 1;
    }
    pos = amp + n;
  }
}

}  // namespace claimtrace::internal
