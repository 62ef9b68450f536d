#include "units.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "byte_scan.h"
#include "text_util.h"

namespace claimtrace {

std::vector<Block> BlocksOf(const NormalizedDocument& doc) {
  if (!doc.blocks.empty()) return doc.blocks;
  std::vector<Block> blocks;
  std::string_view text = doc.text;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    ByteSpan span = TrimSpan(text, {static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
    if (!span.empty()) {
      Block b;
      b.span = span;
      blocks.push_back(b);
    }
    start = end + 1;
  }
  return blocks;
}

int NestingStack::Push(int index, int level) {
  while (!open_.empty() && open_.back().second >= level) open_.pop_back();
  int parent = open_.empty() ? -1 : open_.back().first;
  open_.emplace_back(index, level);
  return parent;
}

ListLinks LinkListItems(const std::vector<Block>& blocks) {
  ListLinks links;
  links.lead_in.assign(blocks.size(), -1);
  links.parent_item.assign(blocks.size(), -1);
  int lead_in = -1;
  NestingStack items;
  for (size_t b = 0; b < blocks.size(); ++b) {
    const Block& block = blocks[b];
    if (block.kind != BlockKind::kListItem) {
      items.Clear();
      continue;
    }
    if (b == 0 || blocks[b - 1].kind != BlockKind::kListItem) {
      bool introduced = b > 0 && blocks[b - 1].kind == BlockKind::kParagraph && blocks[b - 1].span.size() <= 160;
      lead_in = introduced ? static_cast<int>(b - 1) : -1;
    }
    links.lead_in[b] = lead_in;
    links.parent_item[b] = items.Push(static_cast<int>(b), block.level);
  }
  return links;
}

int CellOf(const Block& row, uint32_t pos) {
  // The last cell starting at or before `pos`.
  auto after = std::upper_bound(row.cells.begin(), row.cells.end(), pos,
                                [](uint32_t p, const ByteSpan& cell) { return p < cell.start; });
  if (after == row.cells.begin() || pos >= std::prev(after)->end) return -1;
  return static_cast<int>(std::prev(after) - row.cells.begin());
}

HeadingLinks LinkHeadings(const std::vector<Block>& blocks, size_t title) {
  HeadingLinks links;
  links.before.assign(blocks.size(), -1);
  links.parent.assign(blocks.size(), -1);
  int last = -1;
  NestingStack headings;
  for (size_t b = 0; b < blocks.size(); ++b) {
    links.before[b] = last;
    if (blocks[b].kind != BlockKind::kHeading || b == title) continue;
    last = static_cast<int>(b);
    links.parent[b] = headings.Push(last, blocks[b].level);
  }
  return links;
}

std::vector<int> HeadingPath(const std::vector<Block>& blocks, const HeadingLinks& links, size_t b) {
  std::vector<int> path;
  int h = links.before[b];
  // Up the parent links from a heading of level 7 or more, the first heading
  // met below 7 is the nearest such: every heading between a heading and its
  // parent has a level at least its own.
  while (h >= 0 && blocks[h].level >= 7) h = links.parent[h];
  for (; h >= 0 && path.size() < 6; h = links.parent[h]) path.push_back(h);
  return path;
}

namespace {

// Abbreviations that end in '.' inside a sentence of a market report.
constexpr const char* kNoBreakAfter[] = {
    "U.S.", "U.K.", "U.A.E.", "Inc.", "Corp.", "Ltd.", "Co.", "No.", "vs.", "approx.", "Approx.",
    "e.g.", "i.e.", "Mio.", "Mrd.", "Rs.", "Bn.", "Mn.", "St.", "Dr.", "Jr.", "Est.", "est.", "ca.", "Nr.", "bzw.",
};

std::unique_ptr<icu::BreakIterator> MakeSentenceIterator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> base(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) return nullptr;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) return base;
  for (const char* abbreviation : kNoBreakAfter) {
    builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(abbreviation), status);
    status = U_ZERO_ERROR;  // already in the standard list is fine
  }
  std::unique_ptr<icu::BreakIterator> filtered(
      builder->wrapIteratorWithFilter(base.release(), status));
  if (U_FAILURE(status)) return nullptr;
  return filtered;
}

}  // namespace

std::vector<uint32_t> IcuSentenceEnds(std::string_view block) {
  // Building the filtered iterator loads ICU's rules and the abbreviation
  // list: build it once; each call works on its own clone (cloning a const
  // iterator is safe from any thread).
  static const std::unique_ptr<const icu::BreakIterator> kPrototype = MakeSentenceIterator();
  std::vector<uint32_t> ends;
  std::unique_ptr<icu::BreakIterator> it(kPrototype ? kPrototype->clone() : nullptr);
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, block.data(), static_cast<int64_t>(block.size()), &status);
  if (it != nullptr && U_SUCCESS(status)) it->setText(ut, status);
  if (it == nullptr || U_FAILURE(status)) {
    if (ut) utext_close(ut);
    return {static_cast<uint32_t>(block.size())};
  }
  it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; end = it->next()) {
    ends.push_back(static_cast<uint32_t>(end));
  }
  // The iterator keeps a pointer to `ut`; give it an empty text before closing.
  it->setText(icu::UnicodeString());
  utext_close(ut);
  return ends;
}

namespace {

// The breaks ICU's filtered sentence iterator suppresses, decided as its
// SimpleFilteredSentenceBreakIterator decides them: the abbreviation list
// (ICU's English one and kNoBreakAfter) is compiled the way its builder
// compiles it (an abbreviation with an inner '.' leaves its first part in
// the backward table, marked partial, and itself in the forward table), and
// a break is suppressed when, going back from it (past one space), the
// longest backward entry is a full abbreviation, or is a partial one whose
// forward entry then reads on from its start.
class BreakSuppressions {
 public:
  BreakSuppressions() {
    std::set<std::u16string> abbreviations;
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle* bundle = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "en", &status);
    UResourceBundle* exceptions = ures_getByKey(bundle, "exceptions", nullptr, &status);
    UResourceBundle* breaks = ures_getByKey(exceptions, "SentenceBreak", nullptr, &status);
    while (U_SUCCESS(status) && ures_hasNext(breaks)) {
      int32_t len = 0;
      const UChar* s = ures_getNextString(breaks, &len, nullptr, &status);
      if (U_SUCCESS(status)) abbreviations.emplace(s, static_cast<size_t>(len));
    }
    ures_close(breaks);
    ures_close(exceptions);
    ures_close(bundle);
    for (const char* a : kNoBreakAfter) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(a);
      abbreviations.emplace(u.getBuffer(), static_cast<size_t>(u.length()));
    }
    Compile(std::vector<std::u16string>(abbreviations.begin(), abbreviations.end()));
  }

  // True when the break at byte `n` of `text` (0 < n < text.size()) is suppressed.
  bool At(std::string_view text, size_t n) const {
    size_t pos = n > 0 && text[n - 1] == ' ' ? n - 1 : n;
    // Backward through the trie of reversed entries; the longest entry wins.
    uint32_t node = 0;
    int best_value = 0;
    size_t best_pos = 0;
    for (size_t i = pos; i > 0;) {
      size_t start = PrevCharStart(text, i);
      node = backward_.Child(node, DecodeAt(text, start));
      if (node == 0) break;
      i = start;
      if (int v = backward_.Value(node)) {
        best_value = v;
        best_pos = start;
      }
    }
    if (best_value == kMatch) return true;
    if (best_value != kPartial || forward_.Empty()) return false;
    // Read on from the partial entry's start while the text spells a prefix of a
    // forward entry; the result is whether the text read so far is an entry.
    node = 0;
    bool is_entry = true;  // ICU starts from "intermediate value"
    for (size_t i = best_pos; i < text.size(); i = NextCharStart(text, i)) {
      node = forward_.Child(node, DecodeAt(text, i));
      is_entry = node != 0 && forward_.Value(node) != 0;
      if (node == 0 || !forward_.HasChildren(node)) break;
    }
    return is_entry;
  }

 private:
  static constexpr int kPartial = 1, kMatch = 2;

  // A trie over code points with a value per node (0: none).
  class Trie {
   public:
    Trie() : nodes_(1) {}
    void Add(const std::u32string& key, int value) {
      uint32_t node = 0;
      for (char32_t c : key) {
        auto [it, fresh] = nodes_[node].children.try_emplace(c, static_cast<uint32_t>(nodes_.size()));
        if (fresh) nodes_.emplace_back();
        node = it->second;
      }
      nodes_[node].value = value;
    }
    uint32_t Child(uint32_t node, char32_t c) const {
      const auto& children = nodes_[node].children;
      auto it = children.find(c);
      return it == children.end() ? 0 : it->second;
    }
    int Value(uint32_t node) const { return nodes_[node].value; }
    bool HasChildren(uint32_t node) const { return !nodes_[node].children.empty(); }
    bool Empty() const { return nodes_.size() == 1; }

   private:
    struct Node {
      std::map<char32_t, uint32_t> children;
      int value = 0;
    };
    std::vector<Node> nodes_;
  };

  static std::u32string ToCodePoints(const std::u16string& s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
      UChar32 c;
      U16_NEXT(s.data(), i, s.size(), c);
      out.push_back(static_cast<char32_t>(c));
    }
    return out;
  }

  // `sorted`: the abbreviations in ICU's set order (UTF-16 code unit order).
  void Compile(const std::vector<std::u16string>& sorted) {
    constexpr int kSuppressInReverse = 1, kAddToForward = 2;
    std::vector<int> partial(sorted.size(), 0);
    for (size_t i = 0; i < sorted.size(); ++i) {
      size_t dot = sorted[i].find(u'.');
      if (dot == std::u16string::npos || dot + 1 == sorted[i].size()) continue;
      std::u16string prefix = sorted[i].substr(0, dot + 1);
      bool same_as_other = false;
      for (size_t j = 0; j < sorted.size(); ++j) {
        if (j == i || sorted[j].compare(0, dot + 1, prefix) != 0) continue;
        if (partial[j] == 0) {
          partial[j] = kSuppressInReverse | kAddToForward;
        } else if (partial[j] & kSuppressInReverse) {
          same_as_other = true;
        }
      }
      if (!same_as_other && partial[i] == 0) {
        std::u32string reversed = ToCodePoints(prefix);
        std::reverse(reversed.begin(), reversed.end());
        backward_.Add(reversed, kPartial);
        partial[i] = kSuppressInReverse | kAddToForward;
      }
    }
    for (size_t i = 0; i < sorted.size(); ++i) {
      std::u32string cps = ToCodePoints(sorted[i]);
      if (partial[i] == 0) {
        std::reverse(cps.begin(), cps.end());
        backward_.Add(cps, kMatch);
      } else {
        forward_.Add(cps, kMatch);
      }
    }
  }

  Trie backward_;  // reversed entries -> kPartial or kMatch
  Trie forward_;
};

// The sentence boundaries of UAX #29 (Unicode 15, as ICU 72 implements them)
// for a text without paragraph separators: a break can only follow a
// terminator (SATerm) with its closing punctuation and spaces (SB9-SB11),
// unless SB6-SB8a keep the sentence going there. Extend and Format
// characters belong to the character before them (SB5).
class SentenceRules {
 public:
  SentenceRules() {
    for (UChar32 c = 0; c < 0x80; ++c) ascii_[c] = Lookup(c);
  }

  // Raw break offsets (before suppression), the end of `text` not included;
  // nullopt when the text holds a paragraph separator (ICU decides those).
  std::optional<std::vector<uint32_t>> Breaks(std::string_view text) const {
    std::vector<uint32_t> breaks;
    const size_t n = text.size();
    for (size_t i = NextSpecial(text, 0); i < n; i = NextSpecial(text, i)) {
      auto [cls, next] = ClassAt(text, i);
      if (cls == U_SB_SEP || cls == U_SB_CR || cls == U_SB_LF) return std::nullopt;
      if (cls != U_SB_ATERM && cls != U_SB_STERM) {
        i = next;
        continue;
      }
      const uint8_t before = ClassBefore(text, i);
      size_t j = SkipAbsorbed(text, next);
      bool run = false;  // closing punctuation or spaces after the terminator
      for (uint8_t skip : {uint8_t{U_SB_CLOSE}, uint8_t{U_SB_SP}}) {
        while (j < n) {
          auto [c, after] = ClassAt(text, j);
          if (c != skip) break;
          j = SkipAbsorbed(text, after);
          run = true;
        }
      }
      i = j;
      if (j == n) break;  // the end of the text breaks anyway (SB2)
      if (!KeepsGoing(text, cls, before, run, j)) breaks.push_back(static_cast<uint32_t>(j));
    }
    return breaks;
  }

 private:
  static uint8_t Lookup(UChar32 c) {
    return static_cast<uint8_t>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
  }

  // The class of the character at byte i and the byte after it.
  std::pair<uint8_t, size_t> ClassAt(std::string_view text, size_t i) const {
    if (i >= text.size()) return {U_SB_OTHER, i};
    auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) return {ascii_[b], i + 1};
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    auto k = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(s, k, static_cast<int32_t>(text.size()), c);
    return {Lookup(c < 0 ? 0xFFFD : c), static_cast<size_t>(k)};
  }

  // The first byte at or after `i` that may be a terminator or a paragraph
  // separator: ASCII ones, or any non-ASCII character.
  static size_t NextSpecial(std::string_view text, size_t i) {
    static const ByteSet kSpecial([] {
      std::array<bool, 256> m{};
      for (unsigned char c : {'.', '!', '?', '\n', '\r'}) m[c] = true;
      for (int b = 0x80; b < 256; ++b) m[b] = true;
      return m;
    }());
    return kSpecial.Find(text, i);
  }

  // Past the Extend and Format characters at `i` (SB5).
  size_t SkipAbsorbed(std::string_view text, size_t i) const {
    while (i < text.size() && static_cast<unsigned char>(text[i]) >= 0x80) {
      auto [c, next] = ClassAt(text, i);
      if (c != U_SB_EXTEND && c != U_SB_FORMAT) break;
      i = next;
    }
    return i;
  }

  // The class of the character before byte i, past the Extend and Format
  // characters it absorbs; U_SB_OTHER at the start.
  uint8_t ClassBefore(std::string_view text, size_t i) const {
    while (i > 0) {
      i = PrevCharStart(text, i);
      uint8_t c = ClassAt(text, i).first;
      if (c != U_SB_EXTEND && c != U_SB_FORMAT) return c;
    }
    return U_SB_OTHER;
  }

  // Whether SB6-SB8a forbid the break before the character at j, which ends
  // terminator `term` (of class `term`, after one of class `before`) and
  // the closing punctuation and spaces after it (`run`: there were some).
  bool KeepsGoing(std::string_view text, uint8_t term, uint8_t before, bool run, size_t j) const {
    const uint8_t next = ClassAt(text, j).first;
    if (term == U_SB_ATERM && !run) {
      if (next == U_SB_NUMERIC) return true;  // SB6 "3.5"
      if (next == U_SB_UPPER && (before == U_SB_UPPER || before == U_SB_LOWER)) return true;  // SB7 "U.S"
    }
    if (term == U_SB_ATERM) {  // SB8 "e.g. the", "etc. (and more)"
      for (size_t t = j; t < text.size();) {
        auto [c, after] = ClassAt(text, t);
        if (c == U_SB_LOWER) return true;
        if (c == U_SB_OLETTER || c == U_SB_UPPER || c == U_SB_ATERM || c == U_SB_STERM) break;
        t = SkipAbsorbed(text, after);
      }
    }
    return next == U_SB_SCONTINUE || next == U_SB_ATERM || next == U_SB_STERM;  // SB8a
  }

  std::array<uint8_t, 128> ascii_{};
};

}  // namespace

std::vector<uint32_t> SentenceEnds(std::string_view block) {
  if (block.empty()) return {};
  static const SentenceRules kRules;
  static const BreakSuppressions kSuppressions;
  std::optional<std::vector<uint32_t>> breaks = kRules.Breaks(block);
  if (!breaks) return IcuSentenceEnds(block);
  std::vector<uint32_t> ends;
  for (uint32_t b : *breaks) {
    if (!kSuppressions.At(block, b)) ends.push_back(b);
  }
  ends.push_back(static_cast<uint32_t>(block.size()));
  return ends;
}

namespace {

// A bullet run inline in a paragraph: the bullet between two spaces.
constexpr std::string_view kInlineBullet = " \u2022 ";

// Where kInlineBullet next occurs in `s` at or after `from`. The bullet's lead
// byte is rare where spaces are everywhere: a plain find would stop at every
// space to compare the rest.
size_t FindInlineBullet(std::string_view s, size_t from) {
  constexpr std::string_view kBullet = kInlineBullet.substr(1, kInlineBullet.size() - 2);
  for (size_t at = s.find(kBullet, from + 1); at != std::string_view::npos; at = s.find(kBullet, at + 1)) {
    if (s[at - 1] == ' ' && at + kBullet.size() < s.size() && s[at + kBullet.size()] == ' ') return at - 1;
  }
  return std::string_view::npos;
}

// Spans a cut may not fall inside: `Inside(at)` when one starts before `at`
// and ends after it.
class WholeSpans {
 public:
  explicit WholeSpans(const std::vector<ByteSpan>& spans) : spans_(spans), furthest_end_(spans.size()) {
    uint32_t furthest = 0;
    for (size_t i = 0; i < spans.size(); ++i) furthest_end_[i] = furthest = std::max(furthest, spans[i].end);
  }
  bool Inside(uint32_t at) const {
    auto after = std::lower_bound(spans_.begin(), spans_.end(), at,
                                  [](const ByteSpan& s, uint32_t a) { return s.start < a; });
    return after != spans_.begin() && furthest_end_[after - spans_.begin() - 1] > at;
  }

 private:
  const std::vector<ByteSpan>& spans_;  // sorted by start
  std::vector<uint32_t> furthest_end_;  // [i]: the furthest end among spans_[0..i]
};

void AppendSentences(std::string_view text, size_t block_index, const Block& block, const WholeSpans& whole,
                     std::vector<Unit>* out) {
  std::string_view piece = Slice(text, block.span);
  int sentence = 0;
  auto add_one = [&](uint32_t from, uint32_t to) {
    ByteSpan span = TrimSpan(text, {block.span.start + from, block.span.start + to});
    if (span.empty()) return;
    out->push_back({block.kind, span, block_index, sentence++, {}});
  };
  // "• Private mobile networks spend to reach US$21 billion by 2030 •
  // Applications to account for over 40% of the value": bullets run inline in
  // one paragraph are items of their own.
  auto add = [&](uint32_t from, uint32_t to) {
    std::string_view sentence_text = piece.substr(from, to - from);
    uint32_t start = from;
    for (size_t at = FindInlineBullet(sentence_text, 0); at != std::string_view::npos;
         at = FindInlineBullet(sentence_text, at + kInlineBullet.size())) {
      add_one(start, from + static_cast<uint32_t>(at));
      start = from + static_cast<uint32_t>(at + kInlineBullet.size());
    }
    add_one(start, to);
  };
  uint32_t start = 0;
  for (uint32_t end : SentenceEnds(piece)) {
    // "450 Mio. US-Dollar": no sentence ends inside a figure, which would then
    // belong to neither sentence (and a region could be read inside it).
    if (whole.Inside(block.span.start + end)) continue;
    add(start, end);
    start = end;
  }
}

// True when a cut right at `at` ends a clause: after ", " or "; ", after a
// cell's tab, or after a CJK comma, enumeration comma or semicolon. PieceEnd
// asks only past the first 1 KB of a unit and before its end.
bool EndsClause(std::string_view text, size_t at) {
  char before = text[at - 1];
  if (before == '\t') return true;
  if ((before == ',' || before == ';') && text[at] == ' ') return true;
  std::string_view mark = text.substr(at - 3, 3);
  return mark == "\uFF0C" || mark == "\u3001" || mark == "\uFF1B";
}

// Where the piece starting at `from` ends, for a unit running on more than
// kMaxUnitBytes past it (see SplitUnits).
uint32_t PieceEnd(std::string_view text, uint32_t from, const WholeSpans& whole) {
  const uint32_t limit = from + kMaxUnitBytes, half = from + kMaxUnitBytes / 2;
  for (uint32_t at = limit; at > half; --at) {
    if (EndsClause(text, at) && !whole.Inside(at)) return at;
  }
  for (uint32_t at = limit; at > half; --at) {
    if (text[at - 1] == ' ' && !whole.Inside(at)) return at;
  }
  // A figure is far shorter than half a piece: a boundary outside one is near.
  uint32_t at = limit;
  while (at > from + 1 && (IsContinuation(text[at]) || whole.Inside(at))) --at;
  return at;
}

// Appends `unit`, cut into pieces of at most kMaxUnitBytes.
void AppendWithinCap(std::string_view text, Unit unit, const WholeSpans& whole, std::vector<Unit>* out) {
  int sentence = unit.sentence;
  ByteSpan rest = unit.span, head;
  while (!rest.empty()) {
    uint32_t end = rest.size() > kMaxUnitBytes ? PieceEnd(text, rest.start, whole) : rest.end;
    ByteSpan piece = TrimSpan(text, {rest.start, end});
    if (!piece.empty()) {
      out->push_back({unit.kind, piece, unit.block, sentence++, head});
      if (head.empty()) head = piece;
    }
    rest = TrimSpan(text, {end, rest.end});
  }
}

}  // namespace

std::vector<Unit> SplitUnits(std::string_view text, const std::vector<Block>& blocks,
                             const std::vector<ByteSpan>& whole) {
  std::vector<Unit> units;
  const WholeSpans whole_spans(whole);
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (b.span.end > text.size() || b.span.empty()) continue;
    if (b.kind == BlockKind::kParagraph || b.kind == BlockKind::kListItem) {
      AppendSentences(text, i, b, whole_spans, &units);
    } else {
      ByteSpan span = TrimSpan(text, b.span);
      if (!span.empty()) units.push_back({b.kind, span, i, 0, {}});
    }
  }
  if (std::none_of(units.begin(), units.end(), [](const Unit& u) { return u.span.size() > kMaxUnitBytes; })) {
    return units;
  }
  std::vector<Unit> capped;
  for (const Unit& u : units) {
    // The sentences after a cut one keep counting from its last piece.
    Unit next = u;
    if (!capped.empty() && capped.back().block == u.block && u.sentence > 0) next.sentence = capped.back().sentence + 1;
    AppendWithinCap(text, next, whole_spans, &capped);
  }
  return capped;
}

}  // namespace claimtrace
