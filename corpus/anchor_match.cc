#include "anchor_match.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <type_traits>

namespace claimtrace {
namespace {

// Myers' scan: calls on_end(end, errors) for every end offset of `text`,
// where errors is the fewest edits turning `pattern` into a substring of
// `text` that ends there. Block-based, so any pattern length works; cost is
// O(|text| * ceil(|pattern| / 64)). `Blocks` is the number of 64-row blocks
// when known at compile time (the state then lives in registers and the
// block loop unrolls: quotes and their contexts mostly need one or two), or
// 0 for as many as the pattern needs.
template <size_t Blocks, class OnEnd>
void MyersScanBlocks(std::string_view text, std::string_view pattern, OnEnd on_end) {
  constexpr size_t kFixed = Blocks != 0 ? Blocks : 1;
  using Words = std::conditional_t<Blocks != 0, std::array<uint64_t, kFixed>, std::vector<uint64_t>>;
  using Table = std::conditional_t<Blocks != 0, std::array<uint64_t, 256 * kFixed>, std::vector<uint64_t>>;
  const size_t m = pattern.size();
  const size_t blocks = Blocks != 0 ? Blocks : (m + 63) / 64;
  Table peq{};
  Words pv{}, mv{};
  if constexpr (Blocks == 0) {
    peq.assign(256 * blocks, 0);
    pv.assign(blocks, ~uint64_t{0});
    mv.assign(blocks, 0);
  } else {
    pv.fill(~uint64_t{0});
  }
  for (size_t i = 0; i < m; ++i) {
    peq[static_cast<unsigned char>(pattern[i]) * blocks + i / 64] |= uint64_t{1} << (i % 64);
  }
  const uint64_t last_row = uint64_t{1} << ((m - 1) % 64);
  int64_t score = static_cast<int64_t>(m);
  for (size_t j = 0; j < text.size(); ++j) {
    const uint64_t* eqs = &peq[static_cast<unsigned char>(text[j]) * blocks];
    int h_in = 0;  // the top row is all zeros: a match may start anywhere
    for (size_t b = 0; b < blocks; ++b) {
      const uint64_t h_neg = h_in < 0 ? 1 : 0;
      const uint64_t eq = eqs[b] | h_neg;
      const uint64_t xv = eq | mv[b];
      const uint64_t xh = (((eq & pv[b]) + pv[b]) ^ pv[b]) | eq;
      uint64_t ph = mv[b] | ~(xh | pv[b]);
      uint64_t mh = pv[b] & xh;
      const uint64_t row = b + 1 == blocks ? last_row : uint64_t{1} << 63;
      const int h_out = ((ph & row) ? 1 : 0) - ((mh & row) ? 1 : 0);
      ph <<= 1;
      mh <<= 1;
      mh |= h_neg;
      if (h_in > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      h_in = h_out;
    }
    score += h_in;
    on_end(j + 1, static_cast<uint32_t>(score));
  }
}

template <class OnEnd>
void MyersScan(std::string_view text, std::string_view pattern, OnEnd on_end) {
  switch ((pattern.size() + 63) / 64) {
    case 1: return MyersScanBlocks<1>(text, pattern, on_end);
    case 2: return MyersScanBlocks<2>(text, pattern, on_end);
    default: return MyersScanBlocks<0>(text, pattern, on_end);
  }
}

// Aligns all of `pattern` to a substring of `text` that ends at text.size()
// (the window before a Myers end). Fills match->span.start (relative to the
// window) and the marks.
void AlignEnding(std::string_view text, std::string_view pattern, const std::vector<Mark>& marks,
                 ApproxMatch* match) {
  const size_t m = pattern.size(), w = text.size();
  enum : uint8_t { kDiag, kUp, kLeft };
  std::vector<uint8_t> step((m + 1) * (w + 1), kLeft);
  std::vector<uint32_t> prev(w + 1, 0), cur(w + 1, 0);
  for (size_t i = 1; i <= m; ++i) {
    cur[0] = static_cast<uint32_t>(i);
    step[i * (w + 1)] = kUp;
    for (size_t j = 1; j <= w; ++j) {
      uint32_t diag = prev[j - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1);
      uint32_t up = prev[j] + 1, left = cur[j - 1] + 1;
      uint32_t best = std::min({diag, up, left});
      cur[j] = best;
      step[i * (w + 1) + j] = best == diag ? kDiag : best == up ? kUp : kLeft;
    }
    std::swap(prev, cur);
  }
  match->marked.assign(marks.size(), 0);
  std::vector<bool> seen(marks.size(), false);
  size_t i = m, j = w;
  for (;;) {
    for (size_t k = 0; k < marks.size(); ++k) {
      if (marks[k].offset != i) continue;
      // Walking backwards: the first visit is the latest text position.
      if (!seen[k] || !marks[k].opens) match->marked[k] = static_cast<uint32_t>(j);
      seen[k] = true;
    }
    if (i == 0) break;
    uint8_t s = step[i * (w + 1) + j];
    if (s == kDiag) { --i; --j; }
    else if (s == kUp) { --i; }
    else { --j; }
  }
  match->span.start = static_cast<uint32_t>(j);
}

}  // namespace

std::vector<ApproxMatch> ApproxSearch(std::string_view text, std::string_view pattern,
                                      uint32_t max_errors, uint32_t hint, size_t max_matches,
                                      const std::vector<Mark>& marks) {
  std::vector<ApproxMatch> found;
  if (pattern.empty() || pattern.size() > kMaxApproxPattern || text.empty() || max_matches == 0) {
    return found;
  }
  auto distance = [&](const ApproxMatch& a) {
    int64_t start = static_cast<int64_t>(a.span.end) - static_cast<int64_t>(pattern.size());
    return std::llabs(start - static_cast<int64_t>(hint));
  };
  auto better = [&](const ApproxMatch& a, const ApproxMatch& b) {
    if (a.errors != b.errors) return a.errors < b.errors;
    return distance(a) < distance(b);
  };
  auto prune = [&] {
    std::sort(found.begin(), found.end(), better);
    if (found.size() > max_matches) found.resize(max_matches);
  };
  // One candidate per run of consecutive ends within the error bound: the
  // first end with the run's fewest errors.
  bool in_run = false;
  ApproxMatch run;
  MyersScan(text, pattern, [&](size_t end, uint32_t errors) {
    if (errors <= max_errors) {
      if (!in_run || errors < run.errors) {
        run.span.end = static_cast<uint32_t>(end);
        run.errors = errors;
      }
      in_run = true;
      return;
    }
    if (in_run) {
      found.push_back(run);
      if (found.size() >= 8 * max_matches) prune();
    }
    in_run = false;
  });
  if (in_run) found.push_back(run);
  prune();
  for (ApproxMatch& a : found) {
    uint32_t window = static_cast<uint32_t>(std::min<size_t>(a.span.end, pattern.size() + a.errors));
    uint32_t base = a.span.end - window;
    AlignEnding(text.substr(base, window), pattern, marks, &a);
    a.span.start += base;
    for (uint32_t& t : a.marked) t += base;
  }
  return found;
}

namespace {

uint64_t GramAt(std::string_view s, size_t pos) {
  uint64_t g = 0;
  for (size_t k = 0; k < 4; ++k) g = g << 8 | static_cast<unsigned char>(s[pos + k]);
  return g;
}

}  // namespace

uint32_t ByteOfCodePoint(std::string_view text, uint64_t cp) {
  uint64_t seen = 0;
  for (uint32_t i = 0; i < text.size(); ++i) {
    if (IsLeadByte(text[i]) && seen++ == cp) return i;
  }
  return static_cast<uint32_t>(text.size());
}

uint64_t CodePointsBefore(std::string_view text, uint32_t byte) {
  text = text.substr(0, byte);
  return static_cast<uint64_t>(std::count_if(text.begin(), text.end(), IsLeadByte));
}

TextIndex::TextIndex(std::string_view text) : text_(text) {
  uint64_t seen = 0;
  for (uint32_t i = 0; i < text.size(); ++i) {
    if (IsLeadByte(text[i]) && seen++ % kCodePointStep == 0) code_points_.push_back(i);
  }
  if (text.size() < kGram) return;
  grams_.reserve(text.size() - kGram + 1);
  for (size_t i = 0; i + kGram <= text.size(); ++i) grams_.push_back(GramAt(text, i) << 32 | i);
  std::sort(grams_.begin(), grams_.end());
}

std::vector<uint32_t> TextIndex::Find(std::string_view pattern, size_t max) const {
  std::vector<uint32_t> found;
  if (pattern.empty() || max == 0) return found;
  if (pattern.size() < kGram) {
    for (size_t at = text_.find(pattern); at != std::string_view::npos && found.size() < max;
         at = text_.find(pattern, at + 1)) {
      found.push_back(static_cast<uint32_t>(at));
    }
    return found;
  }
  // The pattern's rarest sequence: every occurrence holds it at the same offset.
  auto starts_of = [&](size_t offset) {
    uint64_t g = GramAt(pattern, offset) << 32;
    return std::make_pair(std::lower_bound(grams_.begin(), grams_.end(), g),
                          std::upper_bound(grams_.begin(), grams_.end(), g | 0xFFFFFFFFu));
  };
  size_t best = 0;
  auto [first, last] = starts_of(0);
  for (size_t offset = 1; offset + kGram <= pattern.size() && last - first > 1; ++offset) {
    auto [f, l] = starts_of(offset);
    if (l - f < last - first) first = f, last = l, best = offset;
  }
  for (auto it = first; it != last && found.size() < max; ++it) {
    uint32_t at = static_cast<uint32_t>(*it & 0xFFFFFFFFu);
    if (at < best || at - best + pattern.size() > text_.size()) continue;
    if (text_.compare(at - best, pattern.size(), pattern) == 0) found.push_back(at - best);
  }
  return found;
}

uint32_t TextIndex::ByteOfCodePoint(uint64_t cp) const {
  uint64_t step = cp / kCodePointStep;
  if (step >= code_points_.size()) return static_cast<uint32_t>(text_.size());
  uint32_t from = code_points_[step];
  return from + claimtrace::ByteOfCodePoint(text_.substr(from), cp % kCodePointStep);
}

uint64_t TextIndex::CodePointsBefore(uint32_t byte) const {
  // The last checkpoint at or before `byte`, then the lead bytes after it.
  auto after = std::upper_bound(code_points_.begin(), code_points_.end(), byte);
  if (after == code_points_.begin()) return claimtrace::CodePointsBefore(text_, byte);
  const size_t step = static_cast<size_t>(after - code_points_.begin()) - 1;
  const uint32_t from = code_points_[step];
  return step * kCodePointStep + claimtrace::CodePointsBefore(text_.substr(from), byte - from);
}

double TextMatchScore(std::string_view text, std::string_view str) {
  if (text.empty() || str.empty() || str.size() > kMaxApproxPattern) return 0.0;
  uint32_t fewest = static_cast<uint32_t>(str.size());
  MyersScan(text, str, [&](size_t, uint32_t errors) { fewest = std::min(fewest, errors); });
  return 1.0 - static_cast<double>(fewest) / str.size();
}

}  // namespace claimtrace
