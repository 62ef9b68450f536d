#include "markdown_text.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "entities.h"
#include "html_text.h"
#include "sniff.h"

#include "utf8.h"

namespace claimtrace::internal {
namespace {

bool IsAsciiAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiPunct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}
bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

// A byte that a figure can run into: anything but white space, the
// punctuation that ends a phrase, and other markup ("**[link](x)**").
bool IsGlueByte(char c) {
  static constexpr std::string_view kNotGlue = ",;:!?()\"'.*_~`[]<>";
  return !IsSpaceByte(c) && kNotGlue.find(c) == std::string_view::npos;
}

// A line of the document, in absolute decoded offsets.
struct Line {
  size_t start;
  size_t end;  // without "\r\n"
};

std::vector<Line> SplitLines(std::string_view all, size_t begin, size_t end) {
  std::vector<Line> lines;
  size_t pos = begin;
  while (pos < end) {
    size_t nl = all.find('\n', pos);
    if (nl == std::string_view::npos || nl > end) nl = end;
    size_t e = nl;
    if (e > pos && all[e - 1] == '\r') --e;
    lines.push_back({pos, e});
    pos = nl + 1;
  }
  return lines;
}

// "2024 Market Size: 2.5 (USD Billion)", "CAGR (2025 - 2035): 12.3%": a label, a colon, its
// value; a page converted from HTML keeps one per line where the HTML had one per element.
bool IsLabelLine(std::string_view line) {
  static const RE2 kLabel("^[\\p{Lu}\\d][^.:!?]{0,60}:\\s+\\S");
  return line.find(':') != std::string_view::npos && RE2::PartialMatch(line, kLabel);
}

size_t SkipSpaces(std::string_view s, size_t pos, size_t end) {
  while (pos < end && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
  return pos;
}

size_t TrimEnd(std::string_view s, size_t start, size_t end) {
  while (end > start && IsSpaceByte(s[end - 1])) --end;
  return end;
}

// ------------------------------------------------------------------ inline

enum class Action { kDrop, kReplace, kBreak };

struct Edit {
  size_t start;
  size_t end;
  Action action;
  std::string text;  // kReplace
};

// Removes inline markup from [start, end) and emits the rest.
class InlineReader {
 public:
  explicit InlineReader(RawTextBuilder* b) : b_(b), s_(b->decoded()) {}

  void Read(size_t start, size_t end) {
    if (start >= end) return;
    edits_.clear();
    openers_[0].clear();
    openers_[1].clear();
    jumps_.clear();
    segment_ = {start, end};
    index_.reset();
    Scan(start, end);
    std::sort(edits_.begin(), edits_.end(), [](const Edit& a, const Edit& b) { return a.start < b.start; });
    size_t pos = start;
    for (const Edit& e : edits_) {
      if (e.start < pos) continue;  // overlapping markup: the first wins
      b_->Copy(pos, e.start - pos);
      if (e.action == Action::kReplace) {
        b_->Replace(e.text, e.start, e.end - e.start);
      } else if (e.action == Action::kBreak) {
        if (b_->InRow()) {
          b_->Space(e.start);
        } else {
          b_->StartBlock(BlockKind::kParagraph);
        }
      }
      pos = e.end;
    }
    b_->Copy(pos, end - pos);
  }

 private:
  void Drop(size_t a, size_t b) { edits_.push_back({a, b, Action::kDrop, {}}); }

  // Markup at [a, b) that touches text on its outer side: dropping it would
  // join that text to what the markup encloses ("`€`0" would read "€0"), and
  // a figure spanning the join would include markup bytes that the
  // provenance fold keeps. Such markup stays literal text.
  bool GluedBefore(size_t a, size_t start) const { return a > start && IsGlueByte(s_[a - 1]); }
  bool GluedAfter(size_t b, size_t end) const { return b < end && IsGlueByte(s_[b]); }

  // Where the brackets, parentheses and backtick runs of the segment being
  // read close, found in one pass the first time a link or code span asks.
  // Scanning from each opener to its partner cost the square of the segment:
  // a 160 KB line of nested links took 5 s, of unclosed backticks 8 s.
  struct SegmentIndex {
    // '[' -> its ']' (a backslash escapes the next byte), '(' -> its ')' (no
    // escapes), each sorted by the opener; unmatched openers are left out.
    std::vector<std::pair<size_t, size_t>> brackets, parens;
    std::vector<size_t> closing_brackets;  // every ']'
    // Backtick run length -> the starts of the runs of that length that can
    // close a code span (not after white space), in order.
    std::map<size_t, std::vector<size_t>> code_closers;
  };

  const SegmentIndex& Index() {
    if (index_) return *index_;
    index_.emplace();
    SegmentIndex& x = *index_;
    auto [start, end] = segment_;
    std::vector<size_t> open_brackets, open_parens;
    for (size_t i = start; i < end; ++i) {
      char c = s_[i];
      if (c == '(') open_parens.push_back(i);
      if (c == ')' && !open_parens.empty()) {
        x.parens.emplace_back(open_parens.back(), i);
        open_parens.pop_back();
      }
      if (c == ']') x.closing_brackets.push_back(i);
    }
    for (size_t i = start; i < end; ++i) {
      char c = s_[i];
      if (c == '\\') {
        ++i;
      } else if (c == '[') {
        open_brackets.push_back(i);
      } else if (c == ']' && !open_brackets.empty()) {
        x.brackets.emplace_back(open_brackets.back(), i);
        open_brackets.pop_back();
      }
    }
    std::sort(x.brackets.begin(), x.brackets.end());
    std::sort(x.parens.begin(), x.parens.end());
    for (size_t i = start; i < end;) {
      if (s_[i] != '`') {
        ++i;
        continue;
      }
      size_t run = i;
      while (i < end && s_[i] == '`') ++i;
      if (run > start && !IsSpaceByte(s_[run - 1])) x.code_closers[i - run].push_back(run);
    }
    return x;
  }

  // The partner of the opener at `open` in `pairs`, or 0.
  static size_t PartnerOf(const std::vector<std::pair<size_t, size_t>>& pairs, size_t open) {
    auto it = std::lower_bound(pairs.begin(), pairs.end(), std::make_pair(open, size_t{0}));
    return it != pairs.end() && it->first == open ? it->second : 0;
  }

  // ']' at `close` followed by "(...)" or "[...]": returns the end of that
  // part, or 0.
  size_t LinkTail(size_t close, size_t end) {
    size_t i = close + 1;
    if (i >= end) return 0;
    if (s_[i] == '(') {
      size_t paren = PartnerOf(Index().parens, i);
      return paren ? paren + 1 : 0;
    }
    if (s_[i] == '[') {
      const std::vector<size_t>& closing = Index().closing_brackets;
      auto c = std::lower_bound(closing.begin(), closing.end(), i);
      return c != closing.end() ? *c + 1 : 0;
    }
    return 0;
  }

  // The ']' closing the '[' at `open` (nested pairs inside), or 0.
  size_t MatchingBracket(size_t open) { return PartnerOf(Index().brackets, open); }

  // s_.find(what, from), remembered: Scan asks with a growing `from`, and an
  // unclosed "<!--" or '<' repeated along a line searched to its end each time.
  struct Found {
    size_t from = std::string_view::npos;
    size_t at = std::string_view::npos;
  };
  size_t FindFrom(Found* cache, std::string_view what, size_t from) const {
    if (cache->from <= from && (cache->at == std::string_view::npos || cache->at >= from)) return cache->at;
    *cache = {from, s_.find(what, from)};
    return cache->at;
  }

  void Scan(size_t start, size_t end) {
    size_t i = start;
    while (i < end) {
      if (!jumps_.empty() && i >= jumps_.back().first) {
        Drop(jumps_.back().first, jumps_.back().second);
        i = jumps_.back().second;
        jumps_.pop_back();
        continue;
      }
      char c = s_[i];
      if (c == '\\' && i + 1 < end && IsAsciiPunct(s_[i + 1])) {
        Drop(i, i + 1);
        i += 2;
      } else if (c == '`') {
        i = CodeSpan(i, start, end);
      } else if (c == '!' && i + 1 < end && s_[i + 1] == '[') {
        // Images render as pictures: their alt text is not page text.
        size_t close = MatchingBracket(i + 1);
        size_t tail = close ? LinkTail(close, end) : 0;
        if (tail) {
          Drop(i, tail);
          i = tail;
        } else {
          ++i;
        }
      } else if (c == '[') {
        size_t close = MatchingBracket(i);
        size_t tail = close ? LinkTail(close, end) : 0;
        if (tail && (GluedBefore(i, start) || GluedAfter(tail, end))) tail = 0;
        if (tail && (jumps_.empty() || tail <= jumps_.back().first)) {
          Drop(i, i + 1);
          jumps_.push_back({close, tail});
        }
        ++i;
      } else if (c == '<') {
        i = Tag(i, end);
      } else if (c == '&') {
        std::string decoded;
        size_t n = DecodeEntityAt(s_.substr(0, end), i, &decoded);
        if (n) {
          edits_.push_back({i, i + n, Action::kReplace, std::move(decoded)});
          i += n;
        } else {
          ++i;
        }
      } else if (c == '*' || c == '_' || c == '~') {
        i = DelimiterRun(i, start, end);
      } else {
        ++i;
      }
    }
    while (!jumps_.empty()) {
      Drop(jumps_.back().first, jumps_.back().second);
      jumps_.pop_back();
    }
  }

  // `code` with backticks dropped. Real code spans hug their content; a
  // backtick followed by a space is a literal (PDF conversions use it for ₹).
  size_t CodeSpan(size_t i, size_t start, size_t end) {
    size_t n = 0;
    while (i + n < end && s_[i + n] == '`') ++n;
    size_t content = i + n;
    if (content >= end || IsSpaceByte(s_[content])) return content;
    // The first run of exactly n backticks after the content, not after a space.
    const auto& closers = Index().code_closers;
    auto same_length = closers.find(n);
    if (same_length == closers.end()) return content;
    auto j = std::lower_bound(same_length->second.begin(), same_length->second.end(), content);
    if (j == same_length->second.end()) return content;
    if (GluedBefore(i, start) || GluedAfter(*j + n, end)) return content;
    Drop(i, content);
    Drop(*j, *j + n);
    return *j + n;
  }

  // Inline HTML: tags, comments and autolinks are dropped; <br> breaks.
  size_t Tag(size_t i, size_t end) {
    if (i + 1 >= end) return i + 1;
    char next = s_[i + 1];
    if (s_.compare(i, 4, "<!--") == 0) {
      size_t close = FindFrom(&comment_end_, "-->", i + 4);
      if (close == std::string_view::npos || close + 3 > end) return i + 1;
      Drop(i, close + 3);
      return close + 3;
    }
    if (!(IsAsciiAlpha(next) || next == '/' || next == '!' || next == '?')) return i + 1;
    size_t close = FindFrom(&tag_end_, ">", i + 1);
    if (close == std::string_view::npos || close >= end) return i + 1;
    std::string name;
    for (size_t k = i + 1; k < close && name.size() < 8 && (IsAsciiAlpha(s_[k]) || IsDigit(s_[k])); ++k) {
      name.push_back(AsciiLower(s_[k]));
    }
    edits_.push_back({i, close + 1, name == "br" ? Action::kBreak : Action::kDrop, {}});
    return close + 1;
  }

  static bool IsSpaceOrEdge(size_t pos, size_t start, size_t end, std::string_view s) {
    return pos < start || pos >= end || IsSpaceByte(s[pos]);
  }

  // Doubled markers ("**", "__") are always markup, matched or not: the
  // provenance check drops them everywhere, and CJK text often closes bold
  // where CommonMark's flanking rules would not. A single '*' or '_' left over
  // follows CommonMark's flanking rules, so snake_case and 5*3 stay literal.
  size_t DelimiterRun(size_t i, size_t start, size_t end) {
    char ch = s_[i];
    size_t j = i;
    while (j < end && s_[j] == ch) ++j;
    size_t len = j - i;
    if (ch == '~') {
      if (len == 2) Drop(i, j);
      return j;
    }
    if (len >= 2) {
      Drop(i, i + len / 2 * 2);
      if (len % 2 == 0) return j;
      i = j - 1;
    }
    bool prev_space = i == start || IsSpaceByte(s_[i - 1]);
    bool next_space = j >= end || IsSpaceByte(s_[j]);
    bool prev_punct = i > start && IsAsciiPunct(s_[i - 1]);
    bool next_punct = j < end && IsAsciiPunct(s_[j]);
    bool left = !next_space && (!next_punct || prev_space || prev_punct);
    bool right = !prev_space && (!prev_punct || next_space || next_punct);
    bool can_open = left, can_close = right;
    if (ch == '_') {
      can_open = left && (!right || prev_punct);
      can_close = right && (!left || next_punct);
    }
    // The nearest opener of the same character closes; openers of the other
    // one after it are closed with it. An opener glued to text before it never
    // closes ("a*b*"), so it is not kept. (A walk back over every opener for
    // each closer took the square of the line.)
    std::vector<size_t>& same = openers_[ch == '_'];
    std::vector<size_t>& other = openers_[ch != '_'];
    if (can_close && !GluedAfter(j, end) && !same.empty()) {
      size_t open = same.back();
      same.pop_back();
      while (!other.empty() && other.back() > open) other.pop_back();
      Drop(open, open + 1);
      Drop(i, i + 1);
      return j;
    }
    if (can_open && !GluedBefore(i, start)) same.push_back(i);
    return j;
  }

  RawTextBuilder* b_;
  std::string_view s_;
  std::vector<Edit> edits_;
  std::array<std::vector<size_t>, 2> openers_;  // single '*' and '_' that may open emphasis, in order
  std::vector<std::pair<size_t, size_t>> jumps_;  // link tails to drop, innermost last
  std::pair<size_t, size_t> segment_;              // what Read() reads
  std::optional<SegmentIndex> index_;              // of segment_, once asked for
  Found comment_end_, tag_end_;
};

// ------------------------------------------------------------ front matter

// Keys whose values a reader sees as text (titles, summaries); dates, URLs,
// ids, layout settings and nested metadata are not page text.
bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != b[i]) return false;
  }
  return true;
}

bool IsProseKey(std::string_view key) {
  static constexpr std::array<std::string_view, 16> kProse = {
      "title", "subtitle", "description", "excerpt", "summary", "intro", "introduction", "abstract",
      "headline", "lead", "lede", "teaser", "caption", "subheading", "standfirst", "tagline"};
  std::string lower;
  for (char c : key) lower.push_back(AsciiLower(c));
  return std::find(kProse.begin(), kProse.end(), lower) != kProse.end();
}

void ReadFrontMatter(std::string_view s, const FrontMatter& fm, RawTextBuilder* b, InlineReader* inl) {
  std::vector<Line> lines = SplitLines(s, fm.body_start, fm.body_end);
  bool titled = false;
  for (size_t li = 0; li < lines.size(); ++li) {
    Line l = lines[li];
    size_t p = SkipSpaces(s, l.start, l.end);
    size_t indent = p - l.start;
    while (p + 1 < l.end && s[p] == '-' && s[p + 1] == ' ') {  // "- key: value" in a list
      p = SkipSpaces(s, p + 1, l.end);
      indent = p - l.start;
    }
    size_t colon = p;
    while (colon < l.end && s[colon] != ':' && s[colon] != ' ') ++colon;
    if (colon >= l.end || s[colon] != ':' || colon == p) continue;
    std::string_view key = s.substr(p, colon - p);
    if (!IsProseKey(key)) continue;
    size_t v = SkipSpaces(s, colon + 1, l.end);
    size_t v_end = TrimEnd(s, v, l.end);
    bool is_title = indent == 0 && EqualsNoCase(key, "title");
    b->StartBlock(is_title ? BlockKind::kHeading : BlockKind::kParagraph, is_title ? 1 : 0);
    if (is_title && !titled) {
      b->MarkTitle();
      titled = true;
    }
    if (v < v_end && (s[v] == '|' || s[v] == '>')) {
      // Block scalar: the more-indented lines that follow.
      while (li + 1 < lines.size()) {
        Line n = lines[li + 1];
        size_t q = SkipSpaces(s, n.start, n.end);
        if (q < n.end && q - n.start <= indent) break;
        ++li;
        if (q < n.end) {
          inl->Read(q, TrimEnd(s, q, n.end));
          b->Space(n.end);
        }
      }
    } else if (v < v_end && (s[v] == '"' || s[v] == '\'')) {
      char quote = s[v];
      size_t close = v_end > v + 1 && s[v_end - 1] == quote ? v_end - 1 : v_end;
      inl->Read(v + 1, close);
    } else {
      inl->Read(v, v_end);
    }
    b->EndBlock();
  }
}

// ------------------------------------------------------------------ blocks

bool IsThematicBreak(std::string_view s, size_t p, size_t end) {
  char c = s[p];
  if (c != '-' && c != '*' && c != '_') return false;
  int n = 0;
  for (size_t i = p; i < end; ++i) {
    if (s[i] == c) {
      ++n;
    } else if (s[i] != ' ' && s[i] != '\t') {
      return false;
    }
  }
  return n >= 3;
}

bool IsSetextUnderline(std::string_view s, Line l, int* level) {
  size_t p = SkipSpaces(s, l.start, l.end);
  size_t e = TrimEnd(s, p, l.end);
  if (p >= e || (s[p] != '=' && s[p] != '-')) return false;
  for (size_t i = p; i < e; ++i) {
    if (s[i] != s[p]) return false;
  }
  *level = s[p] == '=' ? 1 : 2;
  return true;
}

bool IsTableSeparatorLine(std::string_view s, Line l) {
  size_t p = SkipSpaces(s, l.start, l.end);
  size_t e = TrimEnd(s, p, l.end);
  bool dash = false, pipe = false;
  for (size_t i = p; i < e; ++i) {
    char c = s[i];
    if (c == '-') dash = true;
    else if (c == '|') pipe = true;
    else if (c != ':' && c != ' ' && c != '\t') return false;
  }
  return dash && pipe;
}

bool HasPipe(std::string_view s, Line l) {
  std::string_view t = s.substr(l.start, l.end - l.start);
  return t.find('|') != std::string_view::npos;
}

// Cell ranges of a pipe-table row: '|' not escaped and not in `code`.
std::vector<std::pair<size_t, size_t>> SplitCells(std::string_view s, size_t p, size_t e) {
  std::vector<std::pair<size_t, size_t>> cells;
  if (p < e && s[p] == '|') ++p;
  if (e > p && s[e - 1] == '|' && !(e - 2 >= p && s[e - 2] == '\\')) --e;
  size_t cell = p;
  bool code = false;
  for (size_t i = p; i < e; ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == '`') {
      code = !code;
    } else if (s[i] == '|' && !code) {
      cells.push_back({cell, i});
      cell = i + 1;
    }
  }
  cells.push_back({cell, e});
  return cells;
}

// List marker ("- ", "* ", "+ ", "1. ", "1) ") at p: its length with the
// following space, or 0.
size_t ListMarker(std::string_view s, size_t p, size_t e) {
  if (p + 1 < e && (s[p] == '-' || s[p] == '*' || s[p] == '+') && (s[p + 1] == ' ' || s[p + 1] == '\t')) {
    return 2;
  }
  size_t d = p;
  while (d < e && d - p < 9 && IsDigit(s[d])) ++d;
  if (d > p && d + 1 < e && (s[d] == '.' || s[d] == ')') && (s[d + 1] == ' ' || s[d + 1] == '\t')) {
    return d + 2 - p;
  }
  return 0;
}

class BlockReader {
 public:
  BlockReader(RawTextBuilder* b, InlineReader* inl) : b_(b), inl_(inl), s_(b->decoded()) {}

  void Read(size_t begin, size_t end) {
    lines_ = SplitLines(s_, begin, end);
    for (size_t i = 0; i < lines_.size(); ++i) i = ReadLine(i);
    b_->EndBlock();
  }

 private:
  // Reads line i (and any it consumes); returns the last line index used.
  size_t ReadLine(size_t i) {
    Line l = lines_[i];
    size_t p = SkipSpaces(s_, l.start, l.end);
    size_t e = TrimEnd(s_, p, l.end);
    if (fence_) {
      if (IsFenceClose(p, e)) {
        fence_ = 0;
      } else if (p < e) {
        b_->StartBlock(BlockKind::kParagraph);
        b_->Copy(l.start, e - l.start);
        b_->EndBlock();
      }
      return i;
    }
    if (p >= e) {
      b_->EndBlock();
      paragraph_ = false;
      table_ = false;
      return i;
    }
    // Block quotes: drop the markers and read the rest as a line.
    while (p < e && s_[p] == '>') p = SkipSpaces(s_, p + 1, e);
    if (p >= e) return i;
    size_t indent = p - l.start;
    if ((s_[p] == '`' || s_[p] == '~') && e - p >= 3 && s_[p + 1] == s_[p] && s_[p + 2] == s_[p]) {
      b_->EndBlock();
      paragraph_ = false;
      fence_ = s_[p];
      return i;
    }
    if (table_) {
      if (HasPipe(s_, l)) {
        Row(p, e);
        return i;
      }
      table_ = false;
    }
    if (HasPipe(s_, l) && i + 1 < lines_.size() && IsTableSeparatorLine(s_, lines_[i + 1])) {
      table_ = true;
      ++tables_;
      row_ = 0;
      paragraph_ = false;
      Row(p, e);
      return i + 1;  // the separator row is markup
    }
    if (s_[p] == '#') {
      size_t h = p;
      while (h < e && s_[h] == '#') ++h;
      if (h - p <= 6 && (h == e || s_[h] == ' ' || s_[h] == '\t')) {
        size_t te = e;
        while (te > h && s_[te - 1] == '#') --te;  // closing hashes
        if (te < e && te > h && s_[te - 1] != ' ' && s_[te - 1] != '\t') te = e;
        size_t hs = SkipSpaces(s_, h, te);
        Heading(static_cast<int>(h - p), hs, TrimEnd(s_, hs, te));
        return i;
      }
    }
    if (IsThematicBreak(s_, p, e)) {
      b_->EndBlock();
      paragraph_ = false;
      return i;
    }
    if (s_[p] == '[' && IsReferenceDefinition(p, e)) return i;
    if (size_t m = ListMarker(s_, p, e)) {
      size_t q = SkipSpaces(s_, p + m, e);
      if (q + 3 <= e && s_[q] == '[' && (s_[q + 1] == ' ' || s_[q + 1] == 'x' || s_[q + 1] == 'X') &&
          s_[q + 2] == ']') {
        q = SkipSpaces(s_, q + 3, e);  // task list box
      }
      b_->StartBlock(BlockKind::kListItem, static_cast<int>(indent / 2) + 1);
      paragraph_ = true;
      inl_->Read(q, e);
      return i;
    }
    int level = 0;
    if (!paragraph_ && i + 1 < lines_.size() && IsSetextUnderline(s_, lines_[i + 1], &level)) {
      Heading(level, p, e);
      return i + 1;
    }
    // A soft line break joins prose lines into one paragraph, but not label lines: each is a
    // line of its own after a label line or a short line ("Market Size & Forecast").
    if (paragraph_ && b_->BlockOpen() && !(IsLabelLine(s_.substr(p, e - p)) && EndsLabelRun(i))) {
      b_->Space(l.start);
    } else {
      b_->StartBlock(BlockKind::kParagraph);
      paragraph_ = true;
    }
    inl_->Read(p, e);
    return i;
  }

  // Whether the line before line i is a label line or a short line a label line may follow.
  bool EndsLabelRun(size_t i) const {
    if (i == 0) return false;
    const Line& before = lines_[i - 1];
    size_t p = SkipSpaces(s_, before.start, before.end);
    std::string_view line = s_.substr(p, TrimEnd(s_, p, before.end) - p);
    constexpr size_t kShortLine = 60;
    return IsLabelLine(line) || (line.size() <= kShortLine && !line.ends_with(','));
  }

  bool IsFenceClose(size_t p, size_t e) const {
    size_t n = 0;
    while (p + n < e && s_[p + n] == fence_) ++n;
    return n >= 3 && p + n == e;
  }

  bool IsReferenceDefinition(size_t p, size_t e) const {
    size_t close = s_.find("]:", p);
    return close != std::string_view::npos && close < e;
  }

  void Heading(int level, size_t p, size_t e) {
    b_->StartBlock(BlockKind::kHeading, level);
    if (!titled_) {
      b_->MarkTitle();
      titled_ = true;
    }
    inl_->Read(p, e);
    b_->EndBlock();
    paragraph_ = false;
  }

  void Row(size_t p, size_t e) {
    b_->StartRow(tables_ - 1, row_++);
    for (auto [cs, ce] : SplitCells(s_, p, e)) {
      b_->StartCell();
      size_t q = SkipSpaces(s_, cs, ce);
      inl_->Read(q, TrimEnd(s_, q, ce));
    }
    b_->EndBlock();
  }

  RawTextBuilder* b_;
  InlineReader* inl_;
  std::string_view s_;
  std::vector<Line> lines_;
  char fence_ = 0;
  bool paragraph_ = false;
  bool table_ = false;
  bool titled_ = false;
  int tables_ = 0;
  int row_ = 0;
};

}  // namespace

Status ReadMarkdown(std::string_view text, size_t offset, int max_html_depth, uint64_t max_html_nodes,
                    RawTextBuilder* b) {
  std::string_view all = b->decoded();
  InlineReader inl(b);
  size_t body = offset;
  FrontMatter fm;
  if (FindFrontMatter(text, &fm)) {
    fm.body_start += offset;
    fm.body_end += offset;
    fm.after += offset;
    ReadFrontMatter(all, fm, b, &inl);
    body = fm.after;
  }
  size_t end = offset + text.size();
  std::string_view rest = all.substr(body, end - body);
  if (LooksLikeHtml(rest)) return ReadHtml(rest, body, max_html_depth, max_html_nodes, b);
  BlockReader blocks(b, &inl);
  blocks.Read(body, end);
  return Status::Ok();
}

}  // namespace claimtrace::internal
