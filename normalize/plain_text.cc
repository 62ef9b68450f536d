#include "plain_text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

namespace claimtrace::internal {
namespace {

constexpr size_t kMaxCellBytes = 80;

struct PlainLine {
  size_t start;  // first non-blank byte
  size_t end;    // after the last non-blank byte
  int cells;     // cells when split on tabs / 2+ spaces
  size_t widest; // longest cell
};

bool IsBlankByte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Whether [start, end) holds a cell boundary (a tab, or two spaces in a row);
// most lines are prose without one, so this scans eight bytes at a time.
bool HasCellGap(std::string_view s, size_t start, size_t end) {
  // The high bit of each byte of w that equals the byte of `pattern`.
  auto bytes_equal = [](uint64_t w, uint64_t pattern) {
    uint64_t x = w ^ pattern;
    uint64_t t = (x & 0x7F7F7F7F7F7F7F7Full) + 0x7F7F7F7F7F7F7F7Full;
    return ~(t | x | 0x7F7F7F7F7F7F7F7Full);
  };
  size_t i = start;
  bool space_before = false;  // the byte before i is a space
  while (end - i >= 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);  // little-endian: byte k is bits 8k..8k+7
    if (bytes_equal(w, 0x0909090909090909ull)) return true;
    uint64_t spaces = bytes_equal(w, 0x2020202020202020ull);
    if ((spaces & (spaces << 8)) || (space_before && (spaces & 0x80))) return true;
    space_before = (spaces >> 63) != 0;
    i += 8;
  }
  for (; i < end; ++i) {
    if (s[i] == '\t' || (s[i] == ' ' && space_before)) return true;
    space_before = s[i] == ' ';
  }
  return false;
}

// Cell boundaries: a tab, or two or more spaces.
template <typename F>
int ForEachCell(std::string_view s, size_t start, size_t end, F&& f) {
  int cells = 0;
  size_t cell = start;
  size_t i = start;
  while (i < end) {
    if (s[i] == '\t' || (s[i] == ' ' && i + 1 < end && (s[i + 1] == ' ' || s[i + 1] == '\t'))) {
      size_t gap = i;
      while (i < end && (s[i] == ' ' || s[i] == '\t')) ++i;
      f(cell, gap);
      ++cells;
      cell = i;
      continue;
    }
    ++i;
  }
  f(cell, end);
  return cells + 1;
}

bool IsAsciiLowerByte(char c) { return c >= 'a' && c <= 'z'; }

// A hard-wrapped line: long enough to have reached the writer's wrap width,
// not ending a sentence or clause, and not an all-capitals heading.
constexpr size_t kMinWrappedLine = 40;

bool EndsMidSentence(std::string_view line) {
  if (line.size() < kMinWrappedLine) return false;
  static constexpr std::string_view kEnds = ".!?:;|";
  if (kEnds.find(line.back()) != std::string_view::npos) return false;
  for (char c : line) {
    if (IsAsciiLowerByte(c)) return true;
  }
  return false;
}

// A hard-wrapped line (EndsMidSentence) that cannot end where it does: after a comma, a
// word that leads into what follows ("in", "from", "followed by") or a currency code
// waiting for its amount. The next line continues it whatever it opens with ("2024 to
// 2030", "Europe").
bool EndsOnLink(std::string_view line) {
  if (line.back() == ',') return true;
  static constexpr std::string_view kLinks[] = {
      "in",   "of",    "the",   "a",    "an",   "from",  "to",      "and",     "or",    "at",     "by",   "for",
      "with", "on",    "than",  "as",   "into", "over",  "between", "its",     "their", "was",    "were", "is",
      "are",  "be",    "been",  "has",  "have", "had",   "will",    "reached", "about", "around", "USD",  "EUR"};
  size_t space = line.find_last_of(" \t");
  std::string_view last = space == std::string_view::npos ? line : line.substr(space + 1);
  return std::find(std::begin(kLinks), std::end(kLinks), last) != std::end(kLinks);
}

}  // namespace

size_t BulletLength(std::string_view line) {
  static constexpr std::array<std::string_view, 10> kBullets = {
      "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x97\xA6", "\xE2\x80\xA3",
      "\xE2\x97\x8F", "\xE2\x96\xA0", "-", "*", "+"};
  for (std::string_view b : kBullets) {
    if (line.size() > b.size() && line.compare(0, b.size(), b) == 0 &&
        (line[b.size()] == ' ' || line[b.size()] == '\t')) {
      size_t n = b.size();
      while (n < line.size() && (line[n] == ' ' || line[n] == '\t')) ++n;
      return n;
    }
  }
  // A non-ASCII bullet glued to the text ("•Item") still reads as a bullet.
  if (line.size() > 3 && line.compare(0, 3, "\xE2\x80\xA2") == 0) return 3;
  return 0;
}

void ReadPlainText(std::string_view text, size_t offset, RawTextBuilder* b) {
  std::string_view all = b->decoded();
  std::vector<PlainLine> lines;
  for (size_t pos = 0; pos <= text.size();) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    size_t s = pos, e = end;
    while (s < e && IsBlankByte(text[s])) ++s;
    while (e > s && IsBlankByte(text[e - 1])) --e;
    size_t widest = e - s;
    int cells = s == e ? 0 : 1;
    if (cells && HasCellGap(text, s, e)) {
      widest = 0;
      cells = ForEachCell(text, s, e, [&](size_t cs, size_t ce) { widest = std::max(widest, ce - cs); });
    }
    lines.push_back({s + offset, e + offset, cells, widest});
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  // One block and one copied piece per line at most; joins add a piece each.
  b->Reserve(lines.size(), lines.size() * 2);
  bool titled = false;
  int tables = 0, row = 0;
  bool in_table = false;
  const PlainLine* open_line = nullptr;  // the last line of the open prose block
  for (size_t i = 0; i < lines.size(); ++i) {
    const PlainLine& l = lines[i];
    if (l.start == l.end) {
      in_table = false;
      b->EndBlock();
      open_line = nullptr;
      continue;
    }
    auto same_cells = [&](size_t j) {
      return j < lines.size() && lines[j].cells == l.cells && lines[j].widest <= kMaxCellBytes;
    };
    // Prose with double spaces after full stops is not a table: cells are short.
    bool table_line = l.cells >= 2 && l.widest <= kMaxCellBytes && (same_cells(i + 1) || (i > 0 && same_cells(i - 1)));
    if (table_line) {
      if (!in_table) {
        in_table = true;
        ++tables;
        row = 0;
      }
      b->StartRow(tables - 1, row++);
      ForEachCell(all, l.start, l.end, [&](size_t cs, size_t ce) {
        b->StartCell();
        b->Copy(cs, ce - cs);
      });
      b->EndBlock();
      open_line = nullptr;
      continue;
    }
    in_table = false;
    std::string_view line = all.substr(l.start, l.end - l.start);
    size_t bullet = BulletLength(line);
    // A line that continues a hard-wrapped sentence ("USD 89.6" / "billion by
    // 2030") joins it with a space, so figures are not split across blocks.
    // A lower-case start counts, and any start after a line that cannot end
    // (EndsOnLink): otherwise capitals, digits, bullets and table rows begin new
    // lines far more often than they continue one.
    const std::string_view open =
        open_line != nullptr ? all.substr(open_line->start, open_line->end - open_line->start) : std::string_view();
    if (open_line != nullptr && bullet == 0 && EndsMidSentence(open) &&
        (IsAsciiLowerByte(line[0]) || EndsOnLink(open))) {
      b->Replace(" ", open_line->end, l.start - open_line->end);
      b->Copy(l.start, l.end - l.start);
      open_line = &l;
      continue;
    }
    b->StartBlock(bullet ? BlockKind::kListItem : BlockKind::kParagraph, bullet ? 1 : 0);
    if (!titled) {
      b->MarkTitle();
      titled = true;
    }
    b->Copy(l.start + bullet, l.end - l.start - bullet);
    open_line = &l;
  }
  b->EndBlock();
}

}  // namespace claimtrace::internal
