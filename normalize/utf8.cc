#include "utf8.h"

#include <cstring>

namespace claimtrace::internal {
namespace {

inline bool IsCont(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the valid sequence at p (p < end), or 0 when it is not valid.
inline size_t ValidSequenceLength(const unsigned char* p, const unsigned char* end) {
  unsigned char c = p[0];
  size_t avail = static_cast<size_t>(end - p);
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;
  if (c < 0xE0) return avail >= 2 && IsCont(p[1]) ? 2 : 0;
  if (c < 0xF0) {
    if (avail < 3 || !IsCont(p[2])) return 0;
    unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return p[1] >= lo && p[1] <= hi ? 3 : 0;
  }
  if (c < 0xF5) {
    if (avail < 4 || !IsCont(p[2]) || !IsCont(p[3])) return 0;
    unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return p[1] >= lo && p[1] <= hi ? 4 : 0;
  }
  return 0;
}

}  // namespace

size_t ValidUtf8Prefix(std::string_view s) {
  const auto* begin = reinterpret_cast<const unsigned char*>(s.data());
  const unsigned char* p = begin;
  const unsigned char* end = begin + s.size();
  while (p < end) {
    // ASCII fast path: eight bytes at a time.
    while (end - p >= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      if (w & 0x8080808080808080ull) break;
      p += 8;
    }
    if (p == end) break;
    if (*p < 0x80) { ++p; continue; }
    size_t n = ValidSequenceLength(p, end);
    if (n == 0) break;
    p += n;
  }
  return static_cast<size_t>(p - begin);
}

size_t InvalidSequenceLength(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  unsigned char c = p[0];
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c < 0xE0) {
    need = 2;
  } else if (c >= 0xE0 && c < 0xF0) {
    need = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c < 0xF5) {
    need = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 1;  // a lone continuation byte, C0/C1 or F5..FF
  }
  // The subpart is the lead byte plus the continuation bytes that could still
  // have completed a valid sequence.
  size_t k = 1;
  if (k < n && p[k] >= lo && p[k] <= hi) {
    ++k;
    while (k < need && k < n && IsCont(p[k])) ++k;
  }
  return k;
}

uint64_t DecodeUtf8Lossy(std::string_view s, uint32_t base, std::string* out, OffsetMap* map) {
  uint64_t replaced = 0;
  size_t pos = 0;
  out->reserve(out->size() + s.size() + 16);
  while (pos < s.size()) {
    size_t valid = ValidUtf8Prefix(s.substr(pos));
    if (valid) {
      out->append(s.data() + pos, valid);
      map->AppendCopy(base + static_cast<uint32_t>(pos), static_cast<uint32_t>(valid));
      pos += valid;
      if (pos == s.size()) break;
    }
    size_t bad = InvalidSequenceLength(s.substr(pos));
    out->append("\xEF\xBF\xBD");
    map->AppendReplacement(base + static_cast<uint32_t>(pos), static_cast<uint32_t>(bad), 3);
    pos += bad;
    ++replaced;
  }
  return replaced;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace claimtrace::internal
