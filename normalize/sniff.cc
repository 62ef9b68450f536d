#include "sniff.h"

#include <algorithm>
#include <array>

#include "utf8.h"

namespace claimtrace::internal {
namespace {

constexpr size_t kSniffWindow = 256 * 1024;


// Tags that occur in real pages; a '<' followed by anything else is text.
constexpr std::array<std::string_view, 44> kHtmlTags = {
    "html", "head", "body", "div", "p", "span", "a", "table", "tr", "td", "th", "tbody", "thead",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "img", "meta", "link", "script",
    "style", "title", "strong", "em", "b", "i", "section", "article", "header", "footer", "nav",
    "blockquote", "pre", "form", "input", "button", "iframe"};

bool IsTagNameEnd(char c) { return c == '>' || c == ' ' || c == '/' || c == '\t' || c == '\n' || c == '\r'; }

struct Line {
  std::string_view text;
  size_t next;
};

Line LineAt(std::string_view s, size_t pos) {
  size_t nl = s.find('\n', pos);
  size_t end = nl == std::string_view::npos ? s.size() : nl;
  std::string_view line = s.substr(pos, end - pos);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return {line, nl == std::string_view::npos ? s.size() : nl + 1};
}

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string_view TrimLeft(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

bool IsTableSeparator(std::string_view line) {
  line = TrimRight(TrimLeft(line));
  if (line.size() < 3 || line.find('-') == std::string_view::npos || line.find('|') == std::string_view::npos) {
    return false;
  }
  return std::all_of(line.begin(), line.end(),
                     [](char c) { return c == '|' || c == '-' || c == ':' || c == ' ' || c == '\t'; });
}

struct HtmlCounts {
  int tags = 0;
  bool document_marker = false;  // <!doctype html>, <html>, <body>
};

HtmlCounts CountHtml(std::string_view s) {
  HtmlCounts c;
  size_t pos = 0;
  while ((pos = s.find('<', pos)) != std::string_view::npos) {
    size_t n = pos + 1;
    if (n < s.size() && s[n] == '/') ++n;
    if (n < s.size() && s[n] == '!') {
      std::string_view rest = s.substr(n + 1, 13);
      std::string lower;
      for (char ch : rest) lower.push_back(AsciiLower(ch));
      if (lower.rfind("doctype html", 0) == 0) c.document_marker = true;
      pos = n;
      continue;
    }
    char name[12];
    size_t len = 0;
    while (n + len < s.size() && len < sizeof(name) && !IsTagNameEnd(s[n + len])) {
      name[len] = AsciiLower(s[n + len]);
      ++len;
    }
    if (n + len < s.size() && IsTagNameEnd(s[n + len])) {
      std::string_view tag(name, len);
      if (std::find(kHtmlTags.begin(), kHtmlTags.end(), tag) != kHtmlTags.end()) {
        ++c.tags;
        if (tag == "html" || tag == "body") c.document_marker = true;
      }
    }
    pos = n;
  }
  return c;
}

struct MarkdownCounts {
  int strong = 0;  // headings, table separators, fences, links, bold
  int lines = 0;   // lines that carry any Markdown block syntax (incl. list markers)
};

MarkdownCounts CountMarkdown(std::string_view s) {
  MarkdownCounts c;
  for (size_t pos = 0; pos < s.size();) {
    Line l = LineAt(s, pos);
    pos = l.next;
    std::string_view t = TrimLeft(l.text);
    if (t.empty()) continue;
    size_t hashes = 0;
    while (hashes < t.size() && t[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && hashes < t.size() && t[hashes] == ' ') {
      ++c.strong, ++c.lines;
    } else if (IsTableSeparator(t) || t.rfind("```", 0) == 0 || t.rfind("~~~", 0) == 0) {
      ++c.strong, ++c.lines;
    } else if (t.size() >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+' || t[0] == '>') && t[1] == ' ') {
      ++c.lines;
    } else if (t[0] == '|') {
      ++c.lines;
    }
    // Inline: **bold** and [text](url).
    for (size_t i = t.find("**"); i != std::string_view::npos; i = t.find("**", i + 2)) {
      size_t close = t.find("**", i + 2);
      if (close == std::string_view::npos) break;
      if (close > i + 2 && t[i + 2] != ' ') ++c.strong;
      i = close;
    }
    // A "](" with a '[' somewhere before it and a ')' somewhere after: the
    // line's first '[' and last ')' tell, where a search from each "](" cost
    // the square of the line (a line of nested links took seconds).
    size_t first_open = t.find('['), last_close = t.rfind(')');
    for (size_t i = t.find("]("); i != std::string_view::npos; i = t.find("](", i + 2)) {
      if (first_open <= i && last_close != std::string_view::npos && last_close >= i) ++c.strong;
    }
  }
  return c;
}

// "# Cold Chain Market" as the first line: a short page whose only Markdown is
// its title still has one (plain text rarely opens with "# " and a word).
bool OpensWithHeading(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    Line l = LineAt(text, pos);
    std::string_view t = TrimRight(l.text);
    pos = l.next;
    if (t.empty()) continue;
    size_t hashes = 0;
    while (hashes < t.size() && t[hashes] == '#') ++hashes;
    return hashes >= 1 && hashes <= 6 && hashes + 1 < t.size() && t[hashes] == ' ' && t[hashes + 1] != ' ';
  }
  return false;
}

}  // namespace

bool FindFrontMatter(std::string_view text, FrontMatter* fm) {
  size_t pos = 0;
  Line l{};
  // Blank lines may precede the opening fence.
  while (pos < text.size()) {
    l = LineAt(text, pos);
    if (!TrimRight(l.text).empty()) break;
    pos = l.next;
  }
  if (pos >= text.size() || TrimRight(l.text) != "---") return false;
  size_t body = l.next;
  for (size_t p = body; p < text.size();) {
    Line m = LineAt(text, p);
    std::string_view t = TrimRight(m.text);
    if (t == "---" || t == "...") {
      fm->body_start = body;
      fm->body_end = p;
      fm->after = m.next;
      return true;
    }
    p = m.next;
  }
  return false;
}

bool LooksLikeHtml(std::string_view text) {
  std::string_view window = text.substr(0, std::min(text.size(), kSniffWindow));
  HtmlCounts html = CountHtml(window);
  if (html.document_marker && html.tags >= 3) return true;
  if (html.tags < 4) return false;
  MarkdownCounts md = CountMarkdown(window);
  return html.tags > 2 * md.lines + md.strong;
}

MediaType SniffMediaType(std::string_view text) {
  FrontMatter fm;
  if (FindFrontMatter(text, &fm)) return MediaType::kMarkdown;
  if (LooksLikeHtml(text)) return MediaType::kHtml;
  std::string_view window = text.substr(0, std::min(text.size(), kSniffWindow));
  MarkdownCounts md = CountMarkdown(window);
  if (md.strong >= 2 || (md.strong >= 1 && md.lines >= 3)) return MediaType::kMarkdown;
  if (OpensWithHeading(window)) return MediaType::kMarkdown;
  return MediaType::kPlain;
}

}  // namespace claimtrace::internal
