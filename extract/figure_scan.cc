#include "figure_scan.h"

#include "text_util.h"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace claimtrace::figures_internal {

char32_t CodePointAt(std::string_view s, size_t pos, size_t* len) {
  *len = 0;
  if (pos >= s.size()) return 0;
  auto b = static_cast<unsigned char>(s[pos]);
  size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (n == 0 || pos + n > s.size()) {
    *len = 1;
    return 0xFFFD;
  }
  char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (size_t i = 1; i < n; ++i) {
    auto t = static_cast<unsigned char>(s[pos + i]);
    if ((t & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    c = (c << 6) | (t & 0x3F);
  }
  *len = n;
  return c;
}

char32_t CodePointBefore(std::string_view s, size_t pos, size_t* len) {
  *len = 0;
  if (pos == 0 || pos > s.size()) return 0;
  size_t start = pos - 1;
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  size_t n = 0;
  char32_t c = CodePointAt(s, start, &n);
  if (start + n != pos) {
    *len = 1;
    return 0xFFFD;
  }
  *len = n;
  return c;
}

bool IsNonAsciiLetter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }

bool IsCjk(char32_t c) {
  if (c < 0x1100) return false;
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode sc = uscript_getScript(static_cast<UChar32>(c), &err);
  return sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA || sc == USCRIPT_HANGUL;
}

namespace {
bool WordLetter(char32_t c) { return IsLetter(c) && !IsCjk(c); }
}  // namespace

bool WordBounded(std::string_view s, size_t start, size_t end) {
  size_t n = 0;
  if (WordLetter(CodePointAt(s, start, &n)) && WordLetter(CodePointBefore(s, start, &n))) return false;
  if (end > start && WordLetter(CodePointBefore(s, end, &n)) && WordLetter(CodePointAt(s, end, &n))) {
    // "$6.92 BnMarket Size": two inline elements glued together, the second opening with a
    // capital; a one-letter entry stays glued ("€0.15 kWh" is no "€0.15 k").
    return end - start >= 2 && end < s.size() && s[end - 1] >= 'a' && s[end - 1] <= 'z' && s[end] >= 'A' && s[end] <= 'Z';
  }
  return true;
}

EdgeBytes EdgesOf(const RE2& re) { return AnalyzeEdges(re.pattern(), !re.options().case_sensitive()); }

std::unique_ptr<RE2> Compile(std::string_view pattern, std::string* error, bool longest, bool case_sensitive) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_longest_match(longest);
  options.set_case_sensitive(case_sensitive);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  auto re = std::make_unique<RE2>(re2::StringPiece(pattern.data(), pattern.size()), options);
  if (!re->ok() && error->empty()) *error = "pattern " + std::string(pattern.substr(0, 80)) + ": " + re->error();
  return re;
}

AnchoredPattern::AnchoredPattern(std::string_view pattern, std::string* error)
    : re_(Compile(pattern, error)), edges_(EdgesOf(*re_)) {}

bool AnchoredPattern::MatchAt(std::string_view text, size_t pos, re2::StringPiece* submatch, int n) const {
  if (pos > text.size() || !edges_.MayStartAt(text, pos)) return false;
  return re_->Match(re2::StringPiece(text.data(), text.size()), pos, text.size(), RE2::ANCHOR_START, submatch, n);
}

bool AnchoredPattern::EndsAt(std::string_view text, size_t from, size_t end, re2::StringPiece* match) const {
  if (from > end || end > text.size() || !edges_.MayEndAt(text, end)) return false;
  re2::StringPiece window(text.data() + from, end - from);
  return re_->Match(window, 0, window.size(), RE2::UNANCHORED, match, match ? 1 : 0);
}

bool AnchoredPattern::EndsWithin(std::string_view text, size_t end, size_t window, size_t* start) const {
  size_t from = end > window ? end - window : 0;
  while (from < end && IsContinuation(text[from])) ++from;
  re2::StringPiece m;
  if (!EndsAt(text, from, end, start ? &m : nullptr)) return false;
  if (start) *start = static_cast<size_t>(m.data() - text.data());
  return true;
}

Vocabulary::Vocabulary(const std::vector<VocabEntry>& entries, std::string_view before, std::string_view after,
                       std::string* error)
    : entries_(entries) {
  std::string alternation = "(?:";
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (i) alternation += '|';
    alternation += '(';
    alternation += entries_[i].pattern;
    alternation += ')';
  }
  alternation += ')';
  at_ = Compile(std::string(before) + alternation, error, /*longest=*/true);
  before_ = Compile(alternation + std::string(after) + "$", error, /*longest=*/true);
  at_edges_ = EdgesOf(*at_);
  before_edges_ = EdgesOf(*before_);
  // The shortcuts need entries whose matches do not depend on the text
  // around them (no anchors or word boundaries), and an `after` (MatchBefore)
  // or `before` (MatchAt) of optional spaces only.
  after_spaces_ = after.empty() || after == " ?" || after == " {0,2}";
  max_after_spaces_ = after == " {0,2}" ? 2 : after == " ?" ? 1 : 0;
  before_spaces_ = before.empty() || before == " ?" || before == " {0,2}";
  max_before_spaces_ = before == " {0,2}" ? 2 : before == " ?" ? 1 : 0;
  bool context_free = after_spaces_ || before_spaces_;
  for (const VocabEntry& e : entries_) {
    std::string_view p = e.pattern;
    for (size_t i = 0; i < p.size() && context_free; ++i) {
      if (p[i] == '\\') {
        char next = i + 1 < p.size() ? p[i + 1] : '\0';
        if (next == 'b' || next == 'B' || next == 'A' || next == 'z') context_free = false;
        ++i;
      } else if (p[i] == '^' || p[i] == '$') {
        context_free = false;
      }
    }
  }
  if (!context_free || !before_->ok()) return;
  // It only ever reads a few bytes at a time: a small DFA budget is plenty,
  // and keeps the cache from growing over a long run (on a full cache the
  // set fails and the capture match answers).
  RE2::Options set_options = before_->options();
  set_options.set_max_mem(1 << 20);
  auto set = std::make_unique<RE2::Set>(set_options, RE2::ANCHOR_BOTH);
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (set->Add(entries_[i].pattern, nullptr) != static_cast<int>(i)) return;
  }
  if (set->Compile()) entry_set_ = std::move(set);
}

std::optional<size_t> Vocabulary::WhichGroup(const std::vector<re2::StringPiece>& groups) const {
  for (size_t i = 1; i < groups.size(); ++i) {
    if (groups[i].data() != nullptr) return i - 1;
  }
  return std::nullopt;
}

std::optional<size_t> Vocabulary::MatchAt(std::string_view text, size_t pos, size_t* end,
                                          size_t* entry_start) const {
  if (!at_->ok() || pos > text.size() || !at_edges_.MayStartAt(text, pos)) return std::nullopt;
  re2::StringPiece sp(text.data(), text.size());
  // Most numbers have no entry next to them: a match without groups runs on
  // RE2's DFA alone, and only a hit pays for finding the entry's group.
  if (entry_set_ && before_spaces_) {
    // As in MatchBefore, mirrored: the DFA gives the whole match [pos, me);
    // the entry is the set's lowest hit on [pos + k, me) when only one count
    // k of leading spaces leaves a text that some entry matches.
    re2::StringPiece whole;
    if (!at_->Match(sp, pos, text.size(), RE2::ANCHOR_START, &whole, 1)) return std::nullopt;
    size_t me = pos + whole.size();
    int entry = -1;
    size_t entry_begin = 0;
    bool sure = true;
    std::vector<int> hits;
    for (size_t k = 0; k <= max_before_spaces_ && pos + k <= me && sure; ++k) {
      if (k > 0 && text[pos + k - 1] != ' ') break;
      hits.clear();
      RE2::Set::ErrorInfo info;
      if (!entry_set_->Match(re2::StringPiece(text.data() + pos + k, me - pos - k), &hits, &info) &&
          info.kind != RE2::Set::kNoError) {
        sure = false;
      } else if (!hits.empty()) {
        if (entry >= 0) sure = false;  // entries start at different places
        entry = *std::min_element(hits.begin(), hits.end());
        entry_begin = pos + k;
      }
    }
    if (sure && entry >= 0) {
      if (!WordBounded(text, entry_begin, me)) return std::nullopt;
      *end = me;
      if (entry_start) *entry_start = entry_begin;
      return static_cast<size_t>(entry);
    }
  } else if (!at_->Match(sp, pos, text.size(), RE2::ANCHOR_START, nullptr, 0)) {
    return std::nullopt;
  }
  std::vector<re2::StringPiece> groups(entries_.size() + 1);
  if (!at_->Match(sp, pos, text.size(), RE2::ANCHOR_START, groups.data(), static_cast<int>(groups.size()))) {
    return std::nullopt;
  }
  auto which = WhichGroup(groups);
  if (!which) return std::nullopt;
  size_t gstart = static_cast<size_t>(groups[*which + 1].data() - text.data());
  size_t gend = gstart + groups[*which + 1].size();
  if (!WordBounded(text, gstart, gend)) return std::nullopt;
  *end = static_cast<size_t>(groups[0].data() - text.data()) + groups[0].size();
  if (entry_start) *entry_start = gstart;
  return which;
}

std::optional<size_t> Vocabulary::MatchBefore(std::string_view text, size_t end, size_t window,
                                              size_t* start) const {
  if (!before_->ok() || end > text.size() || !before_edges_.MayEndAt(text, end)) return std::nullopt;
  size_t ws = end > window ? end - window : 0;
  while (ws < end && (static_cast<unsigned char>(text[ws]) & 0xC0) == 0x80) ++ws;
  re2::StringPiece sp(text.data() + ws, end - ws);
  if (entry_set_ && after_spaces_) {
    // The whole match [ms, end) comes from the DFA alone. RE2 would then run
    // its capture engine anchored on it, which reports the first entry (in
    // list order) that matches [ms, x) with only spaces in [x, end). Where
    // every matching entry agrees on x that is the lowest index the set
    // returns; otherwise (or on any set failure) ask RE2 as before.
    re2::StringPiece whole;
    if (!before_->Match(sp, 0, sp.size(), RE2::UNANCHORED, &whole, 1)) return std::nullopt;
    size_t ms = static_cast<size_t>(whole.data() - sp.data());
    int entry = -1;
    size_t entry_end = 0;
    bool sure = true;
    std::vector<int> hits;
    for (size_t k = 0; k <= max_after_spaces_ && k + ms <= sp.size() && sure; ++k) {
      size_t x = sp.size() - k;
      if (k > 0 && sp[x] != ' ') break;
      hits.clear();
      RE2::Set::ErrorInfo info;
      if (!entry_set_->Match(re2::StringPiece(sp.data() + ms, x - ms), &hits, &info) &&
          info.kind != RE2::Set::kNoError) {
        sure = false;
      } else if (!hits.empty()) {
        if (entry >= 0) sure = false;  // entries end at different places
        entry = *std::min_element(hits.begin(), hits.end());
        entry_end = x;
      }
    }
    if (sure && entry >= 0) {
      size_t gstart = ws + ms, gend = ws + entry_end;
      if (!WordBounded(text, gstart, gend)) return std::nullopt;
      *start = gstart;
      return static_cast<size_t>(entry);
    }
  } else if (!before_->Match(sp, 0, sp.size(), RE2::UNANCHORED, nullptr, 0)) {
    return std::nullopt;
  }
  std::vector<re2::StringPiece> groups(entries_.size() + 1);
  if (!before_->Match(sp, 0, sp.size(), RE2::UNANCHORED, groups.data(), static_cast<int>(groups.size()))) {
    return std::nullopt;
  }
  auto which = WhichGroup(groups);
  if (!which) return std::nullopt;
  size_t gstart = static_cast<size_t>(groups[*which + 1].data() - text.data());
  size_t gend = gstart + groups[*which + 1].size();
  if (!WordBounded(text, gstart, gend)) return std::nullopt;
  *start = gstart;
  return which;
}

const char* DecimalShapePattern(DecimalShape shape) {
  switch (shape) {
    case DecimalShape::kComma: return R"(\d,\d{1,2}\b|\d\.\d{3}\.\d{3}\b|\b\d{1,3}\.\d{3},\d)";
    case DecimalShape::kDot: return R"(\d\.\d{1,2}\b|\d,\d{3},\d{3}\b|\b\d{1,3},\d{3}\.\d)";
    case DecimalShape::kWeakComma: return R"(\b\d{1,3}\.\d{3}\b)";
    case DecimalShape::kWeakDot: return R"(\b\d{1,3},\d{3}\b)";
  }
  return "";
}

namespace {

// The regexes of DecimalShapePattern, matched by hand at one position. RE2's
// \d and \b are ASCII: a word byte is [0-9A-Za-z_]; `begin` is where the
// current search's text starts (FindAndConsume forgets what came before).
class ShapeMatcher {
 public:
  ShapeMatcher(std::string_view s, size_t begin) : s_(s), begin_(begin) {}

  // End of the match of `shape` starting at `p`, or 0 when none starts there.
  size_t At(DecimalShape shape, size_t p) const {
    if (!D(p)) return 0;
    const bool comma = shape == DecimalShape::kComma || shape == DecimalShape::kWeakComma;
    const char sep = comma ? ',' : '.', group = comma ? '.' : ',';
    if (shape == DecimalShape::kComma || shape == DecimalShape::kDot) {
      // \d<sep>\d{1,2}\b: two digits if a boundary follows them, else one.
      if (C(p + 1, sep) && D(p + 2)) {
        if (D(p + 3)) {
          if (!W(p + 4)) return p + 4;
        } else if (!W(p + 3)) {
          return p + 3;
        }
      }
      // \d<group>\d{3}<group>\d{3}\b
      if (C(p + 1, group) && D3(p + 2) && C(p + 5, group) && D3(p + 6) && !W(p + 9)) return p + 9;
    }
    // \b\d{1,3}<group>\d{3} then <sep>\d (strong) or \b (weak).
    if (p > begin_ && W(p - 1)) return 0;
    size_t r = 1;
    while (r < 4 && D(p + r)) ++r;
    if (r > 3 || !C(p + r, group) || !D3(p + r + 1)) return 0;
    size_t q = p + r + 4;
    if (shape == DecimalShape::kComma || shape == DecimalShape::kDot) return C(q, sep) && D(q + 1) ? q + 2 : 0;
    return W(q) ? 0 : q;
  }

 private:
  bool D(size_t i) const { return i < s_.size() && s_[i] >= '0' && s_[i] <= '9'; }
  bool D3(size_t i) const { return D(i) && D(i + 1) && D(i + 2); }
  bool C(size_t i, char c) const { return i < s_.size() && s_[i] == c; }
  bool W(size_t i) const {
    if (i >= s_.size()) return false;
    char c = s_[i];
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  std::string_view s_;
  size_t begin_;
};

}  // namespace

CaselessNeedle::CaselessNeedle(std::string_view needle) : needle_(needle) {
  if (needle.empty()) return;
  std::array<bool, 256> either{};
  either[static_cast<unsigned char>(needle[0])] = true;
  either[static_cast<unsigned char>(UpperAscii(needle[0]))] = true;
  first_ = ByteSet(either);
}

size_t CaselessNeedle::FindIn(std::string_view text, size_t from) const {
  if (needle_.empty()) return std::min(from, text.size());
  for (size_t i = first_.Find(text, from); i + needle_.size() <= text.size(); i = first_.Find(text, i + 1)) {
    size_t k = 1;
    while (k < needle_.size() && LowerAscii(text[i + k]) == needle_[k]) ++k;
    if (k == needle_.size()) return i;
  }
  return text.size();
}

// A Chinese numeral with a unit after it ("三千", "五百", "两亿"): where the
// Chinese amount pass starts from. What [一二两兩三四五六七八九][十百千万萬亿億兆]
// finds, by a scan of the non-ASCII characters.
bool HasChineseNumeralPair(std::string_view text) {
  static constexpr std::u32string_view kDigits = U"一二两兩三四五六七八九", kUnits = U"十百千万萬亿億兆";
  static const ByteSet kNonAscii([] {
    std::array<bool, 256> m{};
    for (int b = 0x80; b < 256; ++b) m[b] = true;
    return m;
  }());
  bool digit_before = false;
  for (size_t i = kNonAscii.Find(text, 0); i < text.size();) {
    size_t n = 0;
    char32_t c = CodePointAt(text, i, &n);
    if (digit_before && kUnits.find(c) != std::u32string_view::npos) return true;
    digit_before = kDigits.find(c) != std::u32string_view::npos;
    i += n;
    if (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) {
      digit_before = false;
      i = kNonAscii.Find(text, i);
    }
  }
  return false;
}

size_t NextDigit(std::string_view text, size_t p) {
  static const ByteSet kDigits("0123456789");
  return kDigits.Find(text, p);
}

DecimalShapeCounts CountDecimalShapes(std::string_view text, size_t cap) {
  // Four independent searches, each resuming after its own last match, run
  // side by side over the digits (only a digit starts a match).
  DecimalShapeCounts counts{};
  std::array<size_t, 4> begin{}, next{};
  for (size_t p = NextDigit(text, 0); p < text.size(); p = NextDigit(text, p + 1)) {
    for (size_t s = 0; s < 4; ++s) {
      if (p < next[s] || counts[s] > cap) continue;
      size_t end = ShapeMatcher(text, begin[s]).At(static_cast<DecimalShape>(s), p);
      if (end == 0) continue;
      ++counts[s];
      begin[s] = next[s] = end;
    }
  }
  return counts;
}

namespace {

size_t WordRunEnd(std::string_view text, size_t i) {
  while (i < text.size() && IsAsciiWordByte(text[i])) ++i;
  return i;
}

}  // namespace

WordListMatcher::Words::Words(const std::vector<std::string_view>& words) {
  auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
  for (std::string_view w : words) {
    if (w.empty() || w.size() > kMaxLength) continue;
    std::string lower;
    for (char c : w) lower.push_back(LowerAscii(c));
    if (letter(lower.front()) && letter(lower.back())) {
      ends_[lower.size()][lower.front() - 'a'] |= uint32_t{1} << (lower.back() - 'a');
    } else {
      unfiltered_[lower.size()] = true;
    }
    max_length_ = std::max(max_length_, lower.size());
    by_length_[lower.size()].push_back(std::move(lower));
  }
}

std::vector<char> WordListMatcher::Words::first_bytes() const {
  std::vector<char> out;
  for (const auto& list : by_length_) {
    for (const std::string& w : list) out.push_back(w[0]);
  }
  return out;
}

bool WordListMatcher::Words::Matches(std::string_view text, size_t start, size_t end) const {
  const size_t len = end - start;
  if (len == 0 || len > kMaxLength) return false;
  if (!unfiltered_[len]) {
    const unsigned first = static_cast<unsigned char>(LowerAscii(text[start])) - 'a';
    const unsigned last = static_cast<unsigned char>(LowerAscii(text[end - 1])) - 'a';
    if (first >= 26 || last >= 26 || !(ends_[len][first] >> last & 1)) return false;
  }
  for (const std::string& w : by_length_[len]) {
    size_t k = 0;
    while (k < len && LowerAscii(text[start + k]) == w[k]) ++k;
    if (k == len) return true;
  }
  return false;
}

WordListMatcher::WordListMatcher(std::vector<std::string_view> words,
                                 std::pair<std::vector<std::string_view>, std::vector<std::string_view>> pairs)
    : words_(words), first_(pairs.first), second_(pairs.second) {
  std::array<bool, 256> may_start{};
  for (const Words* list : {&words_, &first_}) {
    for (char c : list->first_bytes()) {
      may_start[static_cast<unsigned char>(c)] = true;
      may_start[static_cast<unsigned char>(UpperAscii(c))] = true;
    }
    max_len_ = std::max(max_len_, list->max_length());
  }
  may_start_ = ByteSet(may_start);
}

std::optional<ByteSpan> WordListMatcher::Next(std::string_view text, size_t pos) const {
  // A match starts a run of word bytes (no \b inside one, nor inside a run that started before `pos`).
  for (size_t i = may_start_.FindNotAfter(text, pos, AsciiWordBytes()); i < text.size();
       i = may_start_.FindNotAfter(text, i, AsciiWordBytes())) {
    size_t end = WordRunEnd(text, i);
    if (end - i > max_len_) {
      i = end;
      continue;
    }
    if (end + 1 < text.size() && text[end] == ' ' && IsAsciiWordByte(text[end + 1]) &&
        first_.Matches(text, i, end)) {
      size_t second_end = WordRunEnd(text, end + 1);
      if (second_.Matches(text, end + 1, second_end)) {
        return ByteSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(second_end)};
      }
    }
    if (words_.Matches(text, i, end)) return ByteSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(end)};
    i = end;
  }
  return std::nullopt;
}

namespace {

// Calls visit(w, mask) for each word w of a bitmap (bit i % 64 of word i / 64
// for byte i) that the non-empty `span` touches, `mask` holding the span's
// bits in it; stops at the first visit that returns true.
template <class Visit>
bool ForEachWordOf(ByteSpan span, Visit visit) {
  for (uint32_t w = span.start / 64; w <= (span.end - 1) / 64; ++w) {
    uint32_t from = std::max(span.start, w * 64) - w * 64, to = std::min(span.end, w * 64 + 64) - w * 64;
    uint64_t mask = (to - from == 64 ? ~uint64_t{0} : ((uint64_t{1} << (to - from)) - 1)) << from;
    if (visit(w, mask)) return true;
  }
  return false;
}

}  // namespace

std::vector<Mention> KeepEarlierOfOverlapping(std::vector<Mention> found) {
  // A bitmap of the bytes kept spans cover answers "overlaps a kept one?" in
  // a word or two, as spans are short. Kept spans never overlap, so their
  // starts differ and sorting by start alone is the text order.
  uint32_t last_end = 0;
  for (const Mention& m : found) last_end = std::max(last_end, m.span.end);
  std::vector<uint64_t> covered((last_end + 63) / 64);
  std::vector<std::pair<uint32_t, size_t>> kept_at;  // (start, index into found)
  for (size_t i = 0; i < found.size(); ++i) {
    const ByteSpan s = found[i].span;
    if (s.empty()) continue;
    if (ForEachWordOf(s, [&](uint32_t w, uint64_t mask) { return (covered[w] & mask) != 0; })) continue;
    ForEachWordOf(s, [&](uint32_t w, uint64_t mask) {
      covered[w] |= mask;
      return false;
    });
    kept_at.emplace_back(s.start, i);
  }
  std::sort(kept_at.begin(), kept_at.end());
  std::vector<Mention> kept;
  kept.reserve(kept_at.size());
  for (const auto& [start, i] : kept_at) kept.push_back(std::move(found[i]));
  return kept;
}

bool FigureScan::Masked(uint32_t pos) const {
  auto it = std::upper_bound(masked.begin(), masked.end(), pos,
                             [](uint32_t p, const ByteSpan& s) { return p < s.start; });
  return it != masked.begin() && pos < std::prev(it)->end;
}

std::optional<size_t> FigureScan::NumberAt(uint32_t pos) const {
  size_t i = FirstNumberFrom(pos);
  if (i < numbers.size() && numbers[i].start == pos) return i;
  return std::nullopt;
}

size_t FigureScan::FirstNumberFrom(uint32_t pos) const {
  auto it = std::lower_bound(numbers.begin(), numbers.end(), pos,
                             [](const NumberToken& t, uint32_t p) { return t.start < p; });
  return static_cast<size_t>(it - numbers.begin());
}

uint32_t SignStart(std::string_view text, uint32_t pos) {
  if (pos == 0) return pos;
  char c = text[pos - 1];
  if (c != '-' && c != '+') return pos;
  size_t n = 0;
  char32_t before = CodePointBefore(text, pos - 1, &n);
  // "10-12%" and "2020-2025": a dash between figures is not a sign.
  if (IsDigit(before) || IsLetter(before) || before == '%' || before == '-' || before == '+') return pos;
  return pos - 1;
}

}  // namespace claimtrace::figures_internal
