#include "byte_scan.h"

#include "text_util.h"

#include <algorithm>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define CLAIMTRACE_SSSE3 1
#endif

namespace claimtrace {

ByteSet::ByteSet(const std::array<bool, 256>& members) : members_(members) {
  for (int b = 0; b < 256; ++b) {
    if (members_[b]) tables_[b >> 7][b & 15] |= static_cast<uint8_t>(1u << ((b >> 4) & 7));
  }
}

ByteSet::ByteSet(std::string_view members) : ByteSet([&] {
  std::array<bool, 256> m{};
  for (char c : members) m[static_cast<unsigned char>(c)] = true;
  return m;
}()) {}

namespace {

#ifdef CLAIMTRACE_SSSE3
// Whether the CPU runs SSSE3: asked once, never changes.
bool HasSsse3() {
  static const bool kHas = __builtin_cpu_supports("ssse3");
  return kHas;
}

// A mask of the bytes of `v` that are in the set of `tables` (16 bits, bit i for byte i).
__attribute__((target("ssse3"))) inline uint32_t Members16(__m128i v, __m128i low_table, __m128i high_table) {
  const __m128i bit_of = _mm_setr_epi8(1, 2, 4, 8, 16, 32, 64, static_cast<char>(128), 0, 0, 0, 0, 0, 0, 0, 0);
  // pshufb gives 0 for an index with the top bit set: the low table answers
  // bytes below 0x80, the high table (indexed by v ^ 0x80) the others.
  __m128i row = _mm_or_si128(_mm_shuffle_epi8(low_table, v),
                             _mm_shuffle_epi8(high_table, _mm_xor_si128(v, _mm_set1_epi8(static_cast<char>(0x80)))));
  __m128i bit = _mm_shuffle_epi8(bit_of, _mm_and_si128(_mm_srli_epi16(v, 4), _mm_set1_epi8(7)));
  __m128i none = _mm_cmpeq_epi8(_mm_and_si128(row, bit), _mm_setzero_si128());
  return ~static_cast<uint32_t>(_mm_movemask_epi8(none)) & 0xFFFFu;
}

__attribute__((target("ssse3"))) size_t FindSsse3(const uint8_t* p, size_t n, size_t i,
                                                  const std::array<std::array<uint8_t, 16>, 2>& tables) {
  const __m128i low = _mm_load_si128(reinterpret_cast<const __m128i*>(tables[0].data()));
  const __m128i high = _mm_load_si128(reinterpret_cast<const __m128i*>(tables[1].data()));
  for (; i + 16 <= n; i += 16) {
    uint32_t m = Members16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)), low, high);
    if (m) return i + static_cast<size_t>(__builtin_ctz(m));
  }
  return i;
}

__attribute__((target("ssse3"))) size_t FindNotAfterSsse3(const uint8_t* p, size_t n, size_t i,
                                                          const std::array<std::array<uint8_t, 16>, 2>& tables,
                                                          const std::array<std::array<uint8_t, 16>, 2>& after,
                                                          bool after_before) {
  const __m128i low = _mm_load_si128(reinterpret_cast<const __m128i*>(tables[0].data()));
  const __m128i high = _mm_load_si128(reinterpret_cast<const __m128i*>(tables[1].data()));
  const __m128i after_low = _mm_load_si128(reinterpret_cast<const __m128i*>(after[0].data()));
  const __m128i after_high = _mm_load_si128(reinterpret_cast<const __m128i*>(after[1].data()));
  uint32_t carry = after_before ? 1 : 0;
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    uint32_t a = Members16(v, after_low, after_high);
    uint32_t m = Members16(v, low, high) & ~(a & ((a << 1) | carry));
    if (m) return i + static_cast<size_t>(__builtin_ctz(m));
    carry = (a >> 15) & 1;
  }
  return i;
}

__attribute__((target("ssse3"))) size_t MarkNotAfterSsse3(const uint8_t* p, size_t n,
                                                          const std::array<std::array<uint8_t, 16>, 2>& tables,
                                                          const std::array<std::array<uint8_t, 16>, 2>& after,
                                                          uint64_t* bits) {
  const __m128i low = _mm_load_si128(reinterpret_cast<const __m128i*>(tables[0].data()));
  const __m128i high = _mm_load_si128(reinterpret_cast<const __m128i*>(tables[1].data()));
  const __m128i after_low = _mm_load_si128(reinterpret_cast<const __m128i*>(after[0].data()));
  const __m128i after_high = _mm_load_si128(reinterpret_cast<const __m128i*>(after[1].data()));
  uint32_t carry = 0;
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    uint32_t a = Members16(v, after_low, after_high);
    uint64_t m = Members16(v, low, high) & ~(a & ((a << 1) | carry));
    bits[i / 64] |= m << (i % 64);
    carry = (a >> 15) & 1;
  }
  return i;
}
#endif

}  // namespace

void ByteSet::MarkNotAfter(std::string_view text, const ByteSet& after, std::vector<uint64_t>* bits) const {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  bits->assign((text.size() + 63) / 64, 0);
  size_t i = 0;
#ifdef CLAIMTRACE_SSSE3
  if (HasSsse3()) i = MarkNotAfterSsse3(p, text.size(), tables_, after.tables_, bits->data());
#endif
  for (; i < text.size(); ++i) {
    if (StopsAt(p, i, after)) (*bits)[i / 64] |= uint64_t{1} << (i % 64);
  }
}

size_t ByteSet::Find(std::string_view text, size_t from) const {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  size_t i = from;
#ifdef CLAIMTRACE_SSSE3
  if (HasSsse3()) i = FindSsse3(p, text.size(), i, tables_);
#endif
  while (i < text.size() && !members_[p[i]]) ++i;
  return i < text.size() ? i : text.size();
}

size_t ByteSet::FindNotAfter(std::string_view text, size_t from, const ByteSet& after) const {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  size_t i = from;
#ifdef CLAIMTRACE_SSSE3
  if (HasSsse3() && i < text.size()) {
    i = FindNotAfterSsse3(p, text.size(), i, tables_, after.tables_, i > 0 && after.members_[p[i - 1]]);
  }
#endif
  for (; i < text.size(); ++i) {
    if (StopsAt(p, i, after)) return i;
  }
  return text.size();
}

size_t NextMarked(const std::vector<uint64_t>& bits, size_t from, size_t end) {
  size_t w = from / 64;
  if (from >= end || w >= bits.size()) return end;
  uint64_t word = bits[w] & (~uint64_t{0} << (from % 64));
  while (word == 0 && ++w < bits.size() && w * 64 < end) word = bits[w];
  if (word == 0) return end;
  return std::min(end, w * 64 + static_cast<size_t>(__builtin_ctzll(word)));
}

const ByteSet& AsciiWordBytes() {
  static const ByteSet kWordBytes(kAsciiWordByte);
  return kWordBytes;
}

}  // namespace claimtrace
