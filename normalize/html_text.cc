#include "html_text.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "entities.h"
#include "gumbo_arena.h"

#include "utf8.h"

namespace claimtrace::internal {
namespace {

bool IsAlpha(char c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

template <size_t N>
bool InSet(std::string_view name, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

// ---------------------------------------------------------------- depth scan

constexpr std::array<std::string_view, 20> kVoid = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
    "param", "source", "track", "wbr", "keygen", "command", "basefont", "bgsound", "frame", "image"};
// End tag optional: a new one implicitly closes the previous sibling.
constexpr std::array<std::string_view, 16> kOptionalEnd = {
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot",
    "colgroup", "rt", "rp", "rb"};
// Content up to the matching end tag is text, not markup.
constexpr std::array<std::string_view, 8> kRawText = {
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"};

size_t SkipPast(std::string_view s, size_t pos, std::string_view end) {
  size_t at = s.find(end, pos);
  return at == std::string_view::npos ? s.size() : at + end.size();
}

// Position of the '>' closing the tag that starts before `pos`, honouring
// quoted attribute values.
size_t TagEnd(std::string_view s, size_t pos) {
  char prev = 0;
  while (pos < s.size()) {
    char c = s[pos];
    if (c == '>') return pos;
    if ((c == '"' || c == '\'') && prev == '=') {
      size_t close = s.find(c, pos + 1);
      if (close == std::string_view::npos) return s.size();
      pos = close + 1;
      prev = c;
      continue;
    }
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') prev = c;
    ++pos;
  }
  return s.size();
}

// The attributes the HTML tokenizer starts in tag bytes s[pos, end) after the
// tag name: a name begins at any byte but white space, '/' and '>' where no
// name, '=' or value is under way (duplicates count too: Gumbo compares them).
size_t CountAttributes(std::string_view s, size_t pos, size_t end) {
  enum class State { kBeforeName, kName, kAfterName, kBeforeValue, kQuoted, kUnquoted };
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  State state = State::kBeforeName;
  char quote = 0;
  size_t count = 0;
  for (; pos < end; ++pos) {
    char c = s[pos];
    switch (state) {
      case State::kBeforeName:
      case State::kAfterName:
        if (space(c) || c == '/') {
          if (c == '/') state = State::kBeforeName;
        } else if (c == '=' && state == State::kAfterName) {
          state = State::kBeforeValue;
        } else {
          ++count;
          state = State::kName;
        }
        break;
      case State::kName:
        if (space(c)) state = State::kAfterName;
        if (c == '/') state = State::kBeforeName;
        if (c == '=') state = State::kBeforeValue;
        break;
      case State::kBeforeValue:
        if (c == '"' || c == '\'') {
          quote = c;
          state = State::kQuoted;
        } else if (!space(c)) {
          state = State::kUnquoted;
        }
        break;
      case State::kQuoted:
        if (c == quote) state = State::kBeforeName;  // "a"b: the tokenizer starts b as a name too
        break;
      case State::kUnquoted:
        if (space(c)) state = State::kBeforeName;
        break;
    }
  }
  return count;
}

// Finds "</name" (case-insensitive) from pos.
size_t FindEndTag(std::string_view s, size_t pos, std::string_view name) {
  while ((pos = s.find("</", pos)) != std::string_view::npos) {
    size_t i = 0;
    while (i < name.size() && pos + 2 + i < s.size() && AsciiLower(s[pos + 2 + i]) == name[i]) ++i;
    if (i == name.size()) return pos;
    pos += 2;
  }
  return s.size();
}

// Adds [start, end) to `bodies` when Gumbo's tokenizer, once in the element's
// text, stays in it up to `end`: the end tag there is a proper one (its name
// is followed by a space, '/' or '>') and, in a script, no "<!--" comes
// first (it starts the escaped states, where "</script>" may not end it).
void AddCuttableBody(std::string_view s, size_t start, size_t end, std::string_view name,
                     std::vector<ByteSpan>* bodies) {
  if (start >= end || end >= s.size()) return;
  size_t after = end + 2 + name.size();
  if (after >= s.size()) return;
  switch (s[after]) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '/': case '>':
      break;
    default:
      return;
  }
  if (name == "script" && s.substr(start, end - start).find("<!--") != std::string_view::npos) return;
  bodies->push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
}

// ---------------------------------------------------------------- cut page

// The page as Gumbo is given it: `html` without the cut ranges, and the way
// back from its positions to the page's.
class CutPage {
 public:
  // `cuts` are sorted and disjoint.
  CutPage(std::string_view html, const std::vector<ByteSpan>& cuts);

  std::string_view text() const { return seams_.empty() ? html_ : std::string_view(storage_); }
  size_t cut_bytes() const { return seams_.empty() ? 0 : seams_.back().removed; }

  // The page position of text() position `pos`.
  size_t ToPage(size_t pos) const {
    auto after = std::upper_bound(seams_.begin(), seams_.end(), pos,
                                  [](size_t p, const Seam& s) { return p < s.at; });
    return after == seams_.begin() ? pos : pos + std::prev(after)->removed;
  }

  // True when Gumbo's tree of text() is the tree of the whole page but for the
  // cut text: each cut lies between the start and end tag of an HTML <script>
  // or <style> element, and no text node runs across one.
  bool MatchesTree(const GumboNode* root) const;

 private:
  struct Seam {
    size_t at;       // in text(): where a cut was
    size_t removed;  // bytes cut up to and including this cut
  };
  std::vector<Seam>::const_iterator SeamFrom(size_t pos) const;
  bool IsSeam(const char* p) const;
  // A seam strictly inside `piece` (a part of text()).
  bool SeamInside(std::string_view piece) const;

  std::string_view html_;
  std::string storage_;  // text() when something was cut
  std::vector<Seam> seams_;
};

CutPage::CutPage(std::string_view html, const std::vector<ByteSpan>& cuts) : html_(html) {
  if (cuts.empty()) return;
  storage_ = WithoutRanges(html, cuts);
  seams_.reserve(cuts.size());
  size_t removed = 0;
  for (const ByteSpan& c : cuts) {
    removed += c.size();
    seams_.push_back({c.end - removed, removed});
  }
}

// The first seam at or after text() position `pos` (seams_.end() if none).
std::vector<CutPage::Seam>::const_iterator CutPage::SeamFrom(size_t pos) const {
  return std::lower_bound(seams_.begin(), seams_.end(), pos, [](const Seam& s, size_t v) { return s.at < v; });
}

bool CutPage::IsSeam(const char* p) const {
  std::string_view text = this->text();
  if (p < text.data() || p > text.data() + text.size()) return false;
  size_t pos = static_cast<size_t>(p - text.data());
  auto it = SeamFrom(pos);
  return it != seams_.end() && it->at == pos;
}

bool CutPage::SeamInside(std::string_view piece) const {
  std::string_view text = this->text();
  if (piece.size() < 2 || piece.data() < text.data() || piece.data() > text.data() + text.size()) return false;
  size_t start = static_cast<size_t>(piece.data() - text.data());
  auto it = SeamFrom(start + 1);
  return it != seams_.end() && it->at < start + piece.size();
}

bool CutPage::MatchesTree(const GumboNode* root) const {
  size_t matched = 0;
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    const GumboVector* children = nullptr;
    switch (n->type) {
      case GUMBO_NODE_DOCUMENT:
        children = &n->v.document.children;
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboElement& e = n->v.element;
        children = &e.children;
        if ((e.tag == GUMBO_TAG_SCRIPT || e.tag == GUMBO_TAG_STYLE) && e.tag_namespace == GUMBO_NAMESPACE_HTML &&
            e.original_tag.length > 0) {
          const char* body = e.original_tag.data + e.original_tag.length;
          if (e.original_end_tag.data == body && IsSeam(body)) ++matched;
        }
        break;
      }
      default:  // text, whitespace, CDATA, comments
        if (SeamInside({n->v.text.original_text.data, n->v.text.original_text.length})) return false;
        break;
    }
    if (children != nullptr) {
      for (unsigned i = 0; i < children->length; ++i) stack.push_back(static_cast<const GumboNode*>(children->data[i]));
    }
  }
  return matched == seams_.size();
}

// ---------------------------------------------------------------- tree walk

bool IsSkipped(const GumboElement& e) {
  switch (e.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
      return true;
    default:
      break;
  }
  // Browsers do not render elements with the `hidden` attribute.
  return gumbo_get_attribute(&e.attributes, "hidden") != nullptr;
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_OPTION: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_UL: case GUMBO_TAG_SELECT: case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_LABEL: case GUMBO_TAG_HEAD:
      return true;
    default:
      return false;
  }
}

int HeadingLevel(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
  }
}

class TreeWalker {
 public:
  TreeWalker(const CutPage& page, size_t offset, uint64_t max_nodes, RawTextBuilder* b)
      : page_(page), html_(page.text()), offset_(offset), max_nodes_(max_nodes), b_(b) {}

  Status Walk(const GumboNode* root);

 private:
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
  };
  void Enter(const GumboElement& e);
  void Leave(const GumboElement& e);
  void Text(const GumboText& t, bool cdata);
  void Break(BlockKind kind, int level, size_t at);
  // Decoded positions of Gumbo's pointers into the page and of its offsets.
  size_t Pos(const char* p) const { return At(static_cast<size_t>(p - html_.data())); }
  size_t At(size_t parsed) const { return offset_ + page_.ToPage(parsed); }
  size_t TagPos(const GumboElement& e) const {
    return e.original_tag.length ? Pos(e.original_tag.data) : At(e.start_pos.offset);
  }

  const CutPage& page_;
  std::string_view html_;  // what Gumbo parsed
  size_t offset_;
  uint64_t max_nodes_;
  RawTextBuilder* b_;
  int cell_depth_ = 0;   // open td/th; inside a cell block boundaries are spaces
  int list_depth_ = 0;
  int pre_depth_ = 0;
  int table_depth_ = 0;
  int rcdata_depth_ = 0;  // open <title>/<textarea>, whose text may hold literal tags
  int tables_ = 0;
  std::vector<int> rows_;  // next row index per open top-level table
  bool have_title_ = false;
};

Status TreeWalker::Walk(const GumboNode* root) {
  std::vector<Frame> stack;
  stack.push_back({root, 0});
  uint64_t nodes = 0;
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboNode* n = f.node;
    const GumboVector* children = nullptr;
    if (n->type == GUMBO_NODE_DOCUMENT) children = &n->v.document.children;
    if (n->type == GUMBO_NODE_ELEMENT) children = &n->v.element.children;
    if (children == nullptr || f.next_child >= children->length) {
      if (n->type == GUMBO_NODE_ELEMENT) Leave(n->v.element);
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children->data[f.next_child++]);
    if (++nodes > max_nodes_) {
      return Status(ErrorCode::kTooManyNodes, "HTML tree has more than " + std::to_string(max_nodes_) + " nodes");
    }
    switch (child->type) {
      case GUMBO_NODE_ELEMENT:
        if (IsSkipped(child->v.element)) break;
        Enter(child->v.element);
        stack.push_back({child, 0});
        break;
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
        Text(child->v.text, false);
        break;
      case GUMBO_NODE_CDATA:
        Text(child->v.text, true);
        break;
      default:  // comments, templates
        break;
    }
  }
  b_->Finish();
  return Status::Ok();
}

void TreeWalker::Break(BlockKind kind, int level, size_t at) {
  if (cell_depth_ > 0) {
    b_->Space(at);
  } else {
    b_->StartBlock(kind, level);
  }
}

void TreeWalker::Enter(const GumboElement& e) {
  size_t at = TagPos(e);
  if (e.tag == GUMBO_TAG_TITLE || e.tag == GUMBO_TAG_TEXTAREA) ++rcdata_depth_;
  switch (e.tag) {
    case GUMBO_TAG_TABLE:
      if (cell_depth_ == 0 && table_depth_ == 0) {
        b_->EndBlock();
        rows_.push_back(0);
        ++tables_;
      }
      ++table_depth_;
      if (cell_depth_ > 0) b_->Space(at);
      return;
    case GUMBO_TAG_TR:
      if (cell_depth_ == 0 && table_depth_ == 1 && !rows_.empty()) {
        b_->StartRow(tables_ - 1, rows_.back()++);
      } else {
        Break(BlockKind::kParagraph, 0, at);
      }
      return;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      if (cell_depth_ == 0 && b_->InRow()) {
        b_->StartCell();
      } else {
        b_->Space(at);
      }
      ++cell_depth_;
      return;
    case GUMBO_TAG_BR:
      Break(BlockKind::kParagraph, 0, at);
      return;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
      ++list_depth_;
      Break(BlockKind::kParagraph, 0, at);
      return;
    case GUMBO_TAG_LI:
      Break(BlockKind::kListItem, std::max(1, list_depth_), at);
      return;
    case GUMBO_TAG_PRE:
      ++pre_depth_;
      Break(BlockKind::kParagraph, 0, at);
      return;
    case GUMBO_TAG_TITLE:
      if (e.tag_namespace != GUMBO_NAMESPACE_HTML) return;
      Break(BlockKind::kHeading, 1, at);
      if (!have_title_ && cell_depth_ == 0) {
        b_->MarkTitle();
        have_title_ = true;
      }
      return;
    default:
      break;
  }
  if (int level = HeadingLevel(e.tag)) {
    Break(BlockKind::kHeading, level, at);
    if (level == 1 && cell_depth_ == 0) b_->MarkTitle();  // unless <title> came first
  } else if (IsBlock(e.tag)) {
    Break(BlockKind::kParagraph, 0, at);
  }
}

void TreeWalker::Leave(const GumboElement& e) {
  size_t at = e.original_end_tag.length ? Pos(e.original_end_tag.data) : TagPos(e);
  if (e.tag == GUMBO_TAG_TITLE || e.tag == GUMBO_TAG_TEXTAREA) --rcdata_depth_;
  switch (e.tag) {
    case GUMBO_TAG_TABLE:
      --table_depth_;
      if (cell_depth_ == 0 && table_depth_ == 0) {
        b_->EndBlock();
        rows_.pop_back();
      } else {
        b_->Space(at);
      }
      return;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      --cell_depth_;
      if (cell_depth_ > 0) b_->Space(at);
      return;
    case GUMBO_TAG_TR:
      if (cell_depth_ == 0 && table_depth_ == 1) {
        b_->EndBlock();
      } else {
        b_->Space(at);
      }
      return;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
      --list_depth_;
      break;
    case GUMBO_TAG_PRE:
      --pre_depth_;
      break;
    case GUMBO_TAG_BR:
      return;
    default:
      break;
  }
  if (HeadingLevel(e.tag) || IsBlock(e.tag) || e.tag == GUMBO_TAG_TITLE) {
    if (cell_depth_ > 0) {
      b_->Space(at);
    } else {
      b_->EndBlock();
    }
  }
}

// Emits the text of a node. When Gumbo changed nothing the bytes are copied;
// otherwise the original text is decoded here: literal runs map byte for
// byte, each character reference to the exact bytes it was written with, and
// markup Gumbo ignored inside the node's original text (a stray <!DOCTYPE>,
// an end tag with no element) is skipped. Decoding ourselves keeps the text
// identical to what VisibleSourceText() makes of the same bytes and is immune
// to Gumbo's quirks (a huge numeric reference ends its string early).
void TreeWalker::Text(const GumboText& t, bool cdata) {
  std::string_view orig(t.original_text.data, t.original_text.length);
  std::string_view dec(t.text);
  if (cdata && orig.size() >= 12 && orig.substr(0, 9) == "<![CDATA[") {
    orig = orig.substr(9, orig.size() - 12);
  }
  if (orig.data() < html_.data() || orig.data() + orig.size() > html_.data() + html_.size()) return;
  if (!b_->BlockOpen()) {
    bool blank = std::all_of(orig.begin(), orig.end(), [](char c) {
      return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    });
    if (blank) return;
  }
  size_t base = Pos(orig.data());
  bool lines = pre_depth_ > 0 && cell_depth_ == 0;
  // A browser shows tags inside <title> literally; the provenance check
  // (tags become spaces) cannot, so they are dropped there too.
  bool literal_tags = rcdata_depth_ > 0 && orig.find('<') != std::string_view::npos;
  if (orig == dec && !lines && !literal_tags) {
    b_->Copy(base, orig.size());
    return;
  }
  bool decode = orig != dec || literal_tags;  // raw text elements (<xmp>) keep '&' literally
  size_t o = 0, run = 0;
  std::string entity;
  while (o < orig.size()) {
    char c = orig[o];
    if (c == '\n' && lines) {
      b_->Copy(base + run, o - run);
      if (o > 0) b_->StartBlock(BlockKind::kParagraph);  // a line of <pre> text ends
      run = ++o;
      continue;
    }
    if (c == '<' && decode && o + 1 < orig.size() &&
        (IsAlpha(orig[o + 1]) || orig[o + 1] == '/' || orig[o + 1] == '!' || orig[o + 1] == '?')) {
      b_->Copy(base + run, o - run);
      size_t gt = orig.find('>', o);
      run = o = gt == std::string_view::npos ? orig.size() : gt + 1;
      continue;
    }
    if (c == '&' && decode) {
      entity.clear();
      if (size_t n = DecodeEntityAt(orig, o, &entity)) {
        b_->Copy(base + run, o - run);
        b_->Replace(entity, base + o, n);
        run = o += n;
        continue;
      }
    }
    ++o;
  }
  b_->Copy(base + run, o - run);
}

}  // namespace

std::string WithoutRanges(std::string_view html, const std::vector<ByteSpan>& cuts) {
  std::string out;
  size_t cut = 0;
  for (const ByteSpan& c : cuts) cut += c.size();
  out.reserve(html.size() - cut);
  size_t from = 0;
  for (const ByteSpan& c : cuts) {
    out.append(html.substr(from, c.start - from));
    from = c.end;
  }
  out.append(html.substr(from));
  return out;
}

Status CheckHtmlDepth(std::string_view s, int max_depth, std::vector<ByteSpan>* bodies) {
  int depth = 0;
  int foreign = 0;  // open <svg>/<math>, where "/>" closes an element
  size_t pos = 0;
  std::string name;
  while ((pos = s.find('<', pos)) != std::string_view::npos) {
    if (pos + 1 >= s.size()) break;
    char next = s[pos + 1];
    if (next == '!') {
      pos = s.compare(pos, 4, "<!--") == 0 ? SkipPast(s, pos + 4, "-->") : SkipPast(s, pos + 2, ">");
      continue;
    }
    if (next == '?') {
      pos = SkipPast(s, pos + 2, ">");
      continue;
    }
    bool closing = next == '/';
    size_t n = pos + (closing ? 2 : 1);
    if (n >= s.size() || !IsAlpha(s[n])) {
      pos = closing ? SkipPast(s, n, ">") : pos + 1;
      continue;
    }
    name.clear();
    while (n < s.size() && name.size() < 32 && s[n] != '>' && s[n] != '/' && s[n] != ' ' && s[n] != '\t' &&
           s[n] != '\n' && s[n] != '\r' && s[n] != '\f') {
      name.push_back(AsciiLower(s[n++]));
    }
    size_t end = TagEnd(s, n);
    // Each attribute takes two bytes at least: shorter tags need no count.
    if (end - n > 2 * kMaxHtmlAttributes && CountAttributes(s, n, end) > kMaxHtmlAttributes) {
      return Status(ErrorCode::kTooManyAttributes, "an HTML tag has more than " +
                                                       std::to_string(kMaxHtmlAttributes) + " attributes (at byte " +
                                                       std::to_string(pos) + ")");
    }
    bool self_closing = end < s.size() && end > n && s[end - 1] == '/';
    pos = end + 1;
    bool counted = !InSet(name, kVoid) && !InSet(name, kOptionalEnd);
    if (closing) {
      if (counted && depth > 0) --depth;
      if ((name == "svg" || name == "math") && foreign > 0) --foreign;
      continue;
    }
    if (name == "plaintext") break;
    if (InSet(name, kRawText)) {
      size_t end = FindEndTag(s, pos, name);
      if (bodies != nullptr && foreign == 0 && (name == "script" || name == "style")) {
        AddCuttableBody(s, pos, end, name, bodies);
      }
      pos = end;
      continue;
    }
    if (!counted || (self_closing && foreign > 0)) continue;
    if (self_closing && (name == "svg" || name == "math")) continue;
    if (name == "svg" || name == "math") ++foreign;
    if (++depth > max_depth) {
      return Status(ErrorCode::kTooDeep, "HTML elements nest deeper than " + std::to_string(max_depth) +
                                             " (at byte " + std::to_string(pos) + ")");
    }
  }
  return Status::Ok();
}

Status ReadHtml(std::string_view html, size_t offset, int max_depth, uint64_t max_nodes, RawTextBuilder* builder,
                HtmlParse parse, HtmlParseStats* stats) {
  std::vector<ByteSpan> bodies;
  Status depth = CheckHtmlDepth(html, max_depth, parse == HtmlParse::kCutBodies ? &bodies : nullptr);
  if (!depth.ok()) return depth;
  HtmlParseStats done;
  CutPage page(html, bodies);
  GumboArena arena(GumboArena::BudgetFor(html.size()));
  const GumboOutput* out = arena.Parse(page.text());
  if (out && !bodies.empty() && !page.MatchesTree(out->document)) {
    done.reparsed = true;
    page = CutPage(html, {});
    out = arena.Parse(html);
  }
  done.cut_bytes = page.cut_bytes();
  if (stats != nullptr) *stats = done;
  if (!out && arena.over_budget()) {
    return Status(ErrorCode::kTooManyNodes, "the HTML tree needs more than " + std::to_string(arena.budget() >> 20) +
                                                " MiB (64 MiB and 64 times the page's size)");
  }
  if (!out) return Status(ErrorCode::kParseError, "the HTML parser ran out of memory");
  TreeWalker walker(page, offset, max_nodes, builder);
  return walker.Walk(out->document);
}

}  // namespace claimtrace::internal
