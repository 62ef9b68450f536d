#include "claimtrace/extractor.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <iterator>
#include <memory>

#include "claimtrace/sha256.h"
#include "extractor_internal.h"

namespace claimtrace {

struct Extractor::Impl {
  ExtractorOptions options;
  FigureDetector figures;
  Lexicon lexicon;
  std::unique_ptr<ClaimAssembler> assembler;
};

Extractor::Extractor() : impl_(std::make_unique<Impl>()) {}
Extractor::~Extractor() = default;

Status Extractor::Create(const ExtractorOptions& options, std::unique_ptr<Extractor>* out) {
  std::unique_ptr<Extractor> e(new Extractor());
  e->impl_->options = options;
  if (!e->impl_->figures.ok()) {
    return Status(ErrorCode::kInternal, "figure patterns: " + e->impl_->figures.error());
  }
  std::string dir = options.lexicon_dir.empty() ? Lexicon::DefaultDir() : options.lexicon_dir;
  Status s = Lexicon::Load(dir, &e->impl_->lexicon);
  if (!s.ok()) return s;
  e->impl_->assembler = std::make_unique<ClaimAssembler>(&e->impl_->lexicon);
  *out = std::move(e);
  return Status::Ok();
}

const FigureDetector& Extractor::figures() const { return impl_->figures; }

namespace {

// A figure glued across markup that the reader drops but the visible-text fold
// keeps (Markdown "`€` 0") would be written with source bytes that do not fold
// to its text. Every written mention must be checkable against its bytes, so
// such a figure is left out rather than emitted with broken provenance. One
// that only a tag splits ("<b>38</b>%", which the check reads as "38 %") is kept
// and written with its source's visible text; a name so split is not.
// The common case is decided without a copy: the source bytes of a UTF-8
// page are the text a reader sees (DisplayText: display bytes with '\t' and
// '\n' shown as spaces) and their own visible text (no "**" or "__", which the
// check drops, no tag or entity); only the others pay for the full fold.
void DropUnprovable(std::string_view source, const NormalizedDocument& doc,
                    std::vector<Mention>* mentions) {
  const bool utf8 = doc.charset == "UTF-8";
  DocumentCursor lookup(doc);
  auto without_spaces = [](std::string s) {
    std::erase(s, ' ');
    return s;
  };
  size_t kept = 0;
  for (size_t i = 0; i < mentions->size(); ++i) {
    Mention& m = (*mentions)[i];
    const ByteSpan display = lookup.ToDisplay(m.span);
    const ByteSpan src = lookup.DisplayToSource(display);
    bool provable = false;
    if (utf8) {
      const std::string_view raw = source.substr(src.start, src.size()), bytes = lookup.DisplayBytes(display);
      provable = std::equal(raw.begin(), raw.end(), bytes.begin(), bytes.end(),
                            [](char a, char b) { return a == (b == '\t' || b == '\n' ? ' ' : b); }) &&
                 IsOwnVisibleText(raw, doc);
    }
    if (!provable) {
      const std::string visible = FoldForCompare(VisibleSourceText(source, doc, src));
      const std::string shown = FoldForCompare(doc.DisplayText(m.span));
      provable = visible == shown;
      // Not a name: "United Stat<b>es</b>" is no way to style a word.
      if (!provable && m.kind != MentionKind::kSegment && without_spaces(visible) == without_spaces(shown)) {
        provable = m.text_from_source = true;
      }
    }
    if (!provable) continue;
    if (kept != i) (*mentions)[kept] = std::move(m);
    ++kept;
  }
  mentions->resize(kept);
}

}  // namespace

DocumentResult Extractor::Extract(std::string_view bytes) const {
  DocumentResult r;
  r.sha256 = Sha256Hex(bytes);
  r.status = Normalize(bytes, impl_->options.normalize, &r.doc);
  if (!r.status.ok()) return r;
  r.style = impl_->figures.SniffStyle(r.doc.text);
  r.mentions = impl_->figures.Detect(r.doc.text, r.style);
  DropUnprovable(bytes, r.doc, &r.mentions);
  r.claims = impl_->assembler->Assemble(r.doc, r.mentions, r.style);
  DropUnprovable(bytes, r.doc, &r.claims.segments);
  DropUnprovable(bytes, r.doc, &r.claims.numbers);
  // Claims index into the figure list; keep it as it is and merge segments after.
  r.mentions = extractor_internal::MergeByStart(std::move(r.mentions), r.claims.segments, r.claims.numbers);
  return r;
}

std::vector<Mention> extractor_internal::MergeByStart(std::vector<Mention> figures,
                                                     const std::vector<Mention>& segments,
                                                     const std::vector<Mention>& numbers) {
  auto by_start = [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; };
  std::vector<Mention> all;
  all.reserve(figures.size() + segments.size() + numbers.size());
  if (std::is_sorted(figures.begin(), figures.end(), by_start) &&
      std::is_sorted(segments.begin(), segments.end(), by_start) &&
      std::is_sorted(numbers.begin(), numbers.end(), by_start)) {
    // Each list is in text order (as the detectors and the assembler give
    // them): two merges, which keep the earlier list first at a tie, order
    // them as the stable sort below would, in linear time.
    std::vector<Mention> head;
    head.reserve(figures.size() + segments.size());
    std::merge(std::make_move_iterator(figures.begin()), std::make_move_iterator(figures.end()), segments.begin(),
               segments.end(), std::back_inserter(head), by_start);
    std::merge(std::make_move_iterator(head.begin()), std::make_move_iterator(head.end()), numbers.begin(),
               numbers.end(), std::back_inserter(all), by_start);
    return all;
  }
  all = std::move(figures);
  all.insert(all.end(), segments.begin(), segments.end());
  all.insert(all.end(), numbers.begin(), numbers.end());
  std::stable_sort(all.begin(), all.end(), by_start);
  return all;
}

// ---- JSON output ----------------------------------------------------------
//
// The writer is a visible share of a run on plain text, where there is no
// parse to hide it. It writes a document's records through one Buffer, whose
// appends are inlined (std::string's are a call each, and a record has
// dozens of fields), without per-field strings, and looks spans up through
// cursors that move with the records (mentions come in text order). The
// helpers write to a Buffer or a std::string alike: the public functions
// keep taking std::string.

namespace {

// Appends to a std::string through a cursor, with std::string's append and
// push_back inlined: the string is grown ahead (to the expected size of what
// will be written) and cut back to what was written when the Buffer ends.
class Buffer {
 public:
  Buffer(std::string* out, size_t expected) : out_(out), size_(out->size()) { Resize(size_ + expected); }
  ~Buffer() { out_->resize(size_); }
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;

  void append(const char* p, size_t n) {
    if (n > capacity_ - size_) Resize(std::max(2 * capacity_, size_ + n));
    char* d = data_ + size_;
    if (n >= 4 && n <= 16) {
      // Most fields are a few bytes: two overlapping moves, no call to memcpy.
      if (n >= 8) {
        std::memcpy(d, p, 8);
        std::memcpy(d + n - 8, p + n - 8, 8);
      } else {
        std::memcpy(d, p, 4);
        std::memcpy(d + n - 4, p + n - 4, 4);
      }
    } else {
      std::memcpy(d, p, n);
    }
    size_ += n;
  }
  void append(std::string_view s) { append(s.data(), s.size()); }
  void push_back(char c) {
    if (size_ == capacity_) Resize(2 * capacity_ + 1);
    data_[size_++] = c;
  }

 private:
  void Resize(size_t capacity) {
    out_->resize(capacity);
    data_ = out_->data();
    capacity_ = capacity;
  }

  std::string* out_;
  size_t size_;  // bytes of *out_ written
  char* data_ = nullptr;
  size_t capacity_ = 0;  // out_->size(): what may be written without growing
};

// Appends a literal of this file (field names, punctuation), which needs no escaping.
template <class Out, size_t N>
void Lit(const char (&s)[N], Out* out) {
  out->append(s, N - 1);
}

constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;

// The high bit of each byte of `v` that is a control byte, '"' or '\\'
// (exact word-at-a-time tests: a byte below 0x20, a byte equal to 0x22 /
// 0x5C). The lowest bit set marks the first such byte exactly; bits above it
// may be spurious (borrows).
uint64_t NeedsEscape8(uint64_t v) {
  uint64_t quote = v ^ (kOnes * '"'), backslash = v ^ (kOnes * '\\');
  return (((v - kOnes * 0x20) & ~v) | ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash)) & kHigh;
}

// AppendJsonString. With kDisplay, '\t' and '\n' are written as spaces, which
// is how NormalizedDocument::DisplayText shows the display bytes.
template <bool kDisplay, class Out>
void AppendEscaped(std::string_view s, Out* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  size_t i = 0;
  while (i < s.size()) {
    // Most bytes need no escape: skip eight at a time to the next that does.
    if (i + 8 <= s.size()) {
      uint64_t v;
      std::memcpy(&v, s.data() + i, 8);
      if (uint64_t special = NeedsEscape8(v)) {
        i += static_cast<size_t>(std::countr_zero(special)) / 8;
      } else {
        i += 8;
        continue;
      }
    }
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out->append(s.data() + run, i - run);
    run = ++i;
    switch (c) {
      case '"': Lit("\\\"", out); break;
      case '\\': Lit("\\\\", out); break;
      case '\n': kDisplay ? out->push_back(' ') : Lit("\\n", out); break;
      case '\t': kDisplay ? out->push_back(' ') : Lit("\\t", out); break;
      case '\r': Lit("\\r", out); break;
      default:
        Lit("\\u00", out);
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

template <class Out>
void AppendString(std::string_view s, Out* out) {
  AppendEscaped<false>(s, out);
}

template <class Out>
void AppendNumber(double v, Out* out) {
  if (!std::isfinite(v)) {
    Lit("null", out);
    return;
  }
  char buf[64];
  std::to_chars_result r;
  if (v == std::floor(v) && std::fabs(v) < 1e18) {
    r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(v));
  } else {
    r = std::to_chars(buf, buf + sizeof buf, v);
  }
  out->append(buf, r.ptr - buf);
}

template <class Out>
void AppendInt(uint64_t v, Out* out) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr - buf);
}

template <class Out>
void AppendOptInt(const std::optional<int>& v, Out* out) {
  if (!v) {
    Lit("null", out);
    return;
  }
  char buf[16];
  auto r = std::to_chars(buf, buf + sizeof buf, *v);
  out->append(buf, r.ptr - buf);
}

template <class Out>
void AppendOptString(std::string_view v, Out* out) {
  if (v.empty()) Lit("null", out); else AppendString(v, out);
}

// `{"type":"<type>","doc":<doc>`: what every record starts with.
template <class Out>
void AppendHead(std::string_view type, std::string_view doc, Out* out) {
  Lit("{\"type\":", out);
  AppendString(type, out);
  Lit(",\"doc\":", out);
  AppendString(doc, out);
}

template <class Out>
void AppendSelector(const TextQuoteSelector& selector, Out* out) {
  Lit(",\"selector\":{\"exact\":", out);
  AppendString(selector.exact, out);
  Lit(",\"prefix\":", out);
  AppendString(selector.prefix, out);
  Lit(",\"suffix\":", out);
  AppendString(selector.suffix, out);
  Lit("},\"position\":{\"start\":", out);
  AppendInt(selector.start, out);
  Lit(",\"end\":", out);
  AppendInt(selector.end, out);
  Lit("}", out);
}

template <class Out>
void AppendError(std::string_view doc_name, const Status& status, Out* out) {
  AppendHead("error", doc_name, out);
  Lit(",\"code\":", out);
  AppendString(status.code_name(), out);
  Lit(",\"message\":", out);
  AppendString(status.message(), out);
  Lit("}\n", out);
}

bool IsLead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// Lead bytes (not 10xxxxxx) among the 8 bytes at `p`.
int LeadsIn8(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  uint64_t continuation = v & ~(v << 1) & kHigh;  // bit 7 set, bit 6 clear
  // A byte sum instead of std::popcount, which the x86-64 baseline has no
  // instruction for (it calls libgcc's table code).
  return 8 - static_cast<int>(((continuation >> 7) * kOnes) >> 56);
}

bool IsAscii8(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return (v & kHigh) == 0;
}

// Counts code points of `text` before byte offsets, moving a cursor so that
// mostly increasing queries cost O(distance).
class CodePointCounter {
 public:
  explicit CodePointCounter(std::string_view text) : text_(text) {}
  uint64_t At(uint32_t pos) {
    pos = std::min<uint32_t>(pos, text_.size());
    // Claims come after all mentions and overlap each other: walk back
    // rather than restart from 0, so a page costs O(size + total distance).
    while (byte_ >= pos + 8) {
      byte_ -= 8;
      count_ -= LeadsIn8(text_.data() + byte_);
    }
    for (; byte_ > pos; --byte_) {
      if (IsLead(text_[byte_ - 1])) --count_;
    }
    while (byte_ + 8 <= pos) {
      count_ += LeadsIn8(text_.data() + byte_);
      byte_ += 8;
    }
    for (; byte_ < pos; ++byte_) {
      if (IsLead(text_[byte_])) ++count_;
    }
    return count_;
  }

 private:
  std::string_view text_;
  uint32_t byte_ = 0;
  uint64_t count_ = 0;
};

// Up to `n` code points of `text` before `pos` / from `pos`. When the bytes
// next to `pos` are ASCII (most of them), each is one code point.
std::string_view Before(std::string_view text, uint32_t pos, int n) {
  uint32_t b = pos;
  while (n >= 8 && b >= 8 && IsAscii8(text.data() + b - 8)) {
    b -= 8;
    n -= 8;
  }
  while (b > 0 && n > 0) {
    --b;
    if (IsLead(text[b])) --n;
  }
  return text.substr(b, pos - b);
}
std::string_view After(std::string_view text, uint32_t pos, int n) {
  uint32_t e = pos;
  // ASCII bytes are whole code points, and so the byte after them starts one.
  while (n >= 8 && e + 8 <= text.size() && IsAscii8(text.data() + e)) {
    e += 8;
    n -= 8;
  }
  while (e < text.size()) {
    if (IsLead(text[e]) && n-- == 0) break;
    ++e;
  }
  return text.substr(pos, e - pos);
}

uint64_t CodePointsIn(std::string_view s) {
  uint64_t n = 0;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) n += LeadsIn8(s.data() + i);
  for (; i < s.size(); ++i) n += IsLead(s[i]);
  return n;
}

// The size of a document's records, a few percent over on typical pages, so
// that the output grows once: a record is mostly fixed keys plus the text it
// quotes, and a selector adds the text again and about 64 bytes of context.
size_t ExpectedSize(const DocumentResult& r, std::string_view doc_name, const JsonOptions& options) {
  const size_t selector = options.selectors ? 150 : 0;
  size_t size = 400 + doc_name.size() + r.doc.title.size();
  for (const Mention& m : r.mentions) {
    size += 130 + doc_name.size() + m.span.size() + (selector ? selector + m.span.size() : 0);
  }
  for (const Claim& c : r.claims.claims) {
    size += 230 + doc_name.size() + c.subject.size() + c.evidence.size() + (selector ? selector + c.evidence.size() : 0);
  }
  return size;
}

// Writes one document's records.
class RecordWriter {
 public:
  RecordWriter(const DocumentResult& r, std::string_view doc_name, std::string_view source,
               const JsonOptions& options, Buffer* out)
      : r_(r), doc_name_(doc_name), source_(source), options_(options), out_(out),
        mention_head_(Head("mention", doc_name)), claim_head_(Head("claim", doc_name)), lookup_(r.doc),
        code_points_(r.doc.text) {}

  void Document() {
    Buffer* out = out_;
    AppendHead("document", doc_name_, out);
    Lit(",\"schema\":1,\"sha256\":", out);
    AppendString(r_.sha256, out);
    Lit(",\"bytes\":", out);
    AppendInt(source_.size(), out);
    Lit(",\"media_type\":", out);
    AppendString(MediaTypeName(r_.doc.media_type), out);
    Lit(",\"charset\":", out);
    AppendString(r_.doc.charset, out);
    Lit(",\"title\":", out);
    AppendString(r_.doc.title, out);
    Lit(",\"subject\":", out);
    AppendOptString(r_.claims.subject, out);
    Lit(",\"mentions\":", out);
    AppendInt(r_.mentions.size(), out);
    Lit(",\"claims\":", out);
    AppendInt(r_.claims.claims.size(), out);
    Lit(",\"replaced_sequences\":", out);
    AppendInt(r_.doc.replaced_sequences, out);
    Lit(",\"language\":", out);
    AppendString(r_.style.language, out);
    Lit("}\n", out);
  }

  void Mention(const Mention& m) {
    Buffer* out = out_;
    out->append(mention_head_);
    Lit(",\"kind\":", out);
    AppendString(MentionKindName(m.kind), out);
    const ByteSpan display = lookup_.ToDisplay(m.span);
    const ByteSpan src = lookup_.DisplayToSource(display);
    Lit(",\"text\":", out);
    if (m.text_from_source) {
      AppendString(VisibleSourceText(source_, r_.doc, src), out);
    } else {
      AppendEscaped<true>(lookup_.DisplayBytes(display), out);
    }
    Lit(",\"start\":", out);
    AppendInt(src.start, out);
    Lit(",\"end\":", out);
    AppendInt(src.end, out);
    switch (m.kind) {
      case MentionKind::kNumber:
        if (m.percent) {
          ValueOrRange(",\"value\":", m);
          Lit(",\"unit\":\"%\"", out);
          break;
        }
        [[fallthrough]];
      case MentionKind::kMoney:
        ValueOrRange(",\"amount\":", m);
        Lit(",\"currency\":", out);
        AppendString(m.currency, out);
        break;
      case MentionKind::kPercent:
        ValueOrRange(",\"value\":", m);
        break;
      case MentionKind::kYear:
        Lit(",\"value\":", out);
        AppendNumber(m.value.value_or(0), out);
        break;
      case MentionKind::kYearRange:
        Lit(",\"from\":", out);
        AppendInt(m.from, out);
        Lit(",\"to\":", out);
        AppendInt(m.to, out);
        break;
      case MentionKind::kSegment:
        Lit(",\"dimension\":", out);
        AppendString(m.dimension, out);
        Lit(",\"name\":", out);
        AppendString(m.name, out);
        break;
    }
    if (!m.qualifier.empty()) {
      Lit(",\"qualifier\":", out);
      AppendString(m.qualifier, out);
    }
    if (options_.selectors) Selector(m.span);
    Lit("}\n", out);
  }

  void Claim(const Claim& c) {
    Buffer* out = out_;
    out->append(claim_head_);
    Lit(",\"kind\":", out);
    AppendString(ClaimKindName(c.kind), out);
    switch (c.kind) {
      case ClaimKind::kSize:
        Lit(",\"amount\":", out);
        AppendNumber(c.amount, out);
        Lit(",\"currency\":", out);
        AppendString(c.currency, out);
        Lit(",\"year\":", out);
        AppendOptInt(c.year, out);
        if (c.projected) Lit(",\"projected\":true", out); else Lit(",\"projected\":false", out);
        break;
      case ClaimKind::kCagr:
        Lit(",\"value\":", out);
        AppendNumber(c.value, out);
        Lit(",\"from\":", out);
        AppendOptInt(c.from, out);
        Lit(",\"to\":", out);
        AppendOptInt(c.to, out);
        break;
      case ClaimKind::kShare:
        Lit(",\"value\":", out);
        AppendNumber(c.value, out);
        Lit(",\"year\":", out);
        AppendOptInt(c.year, out);
        break;
    }
    Lit(",\"subject\":", out);
    AppendOptString(c.subject, out);
    if (c.segment) {
      Lit(",\"segment\":{\"dimension\":", out);
      AppendString(c.segment->dimension, out);
      Lit(",\"name\":", out);
      AppendString(c.segment->name, out);
      Lit("}", out);
    } else {
      Lit(",\"segment\":null", out);
    }
    Lit(",\"qualifier\":", out);
    AppendOptString(c.qualifier, out);
    const ByteSpan src = lookup_.ToSource(c.evidence);
    Lit(",\"evidence\":{\"start\":", out);
    AppendInt(src.start, out);
    Lit(",\"end\":", out);
    AppendInt(src.end, out);
    Lit(",\"quote\":", out);
    AppendString(VisibleSourceText(source_, r_.doc, src), out);
    if (options_.selectors) Selector(c.evidence);
    Lit("}}\n", out);
  }

 private:
  template <size_t N>
  void ValueOrRange(const char (&value_key)[N], const claimtrace::Mention& m) {
    if (m.value) {
      Lit(value_key, out_);
      AppendNumber(*m.value, out_);
    } else {
      Lit(",\"min\":", out_);
      AppendNumber(m.min.value_or(NAN), out_);
      Lit(",\"max\":", out_);
      AppendNumber(m.max.value_or(NAN), out_);
    }
  }

  // Every mention or claim record starts the same: escape the name once.
  static std::string Head(std::string_view type, std::string_view doc) {
    std::string head;
    AppendHead(type, doc, &head);
    return head;
  }

  void Selector(ByteSpan span) {
    AppendSelector(MakeSelector(r_.doc.text, span, code_points_.At(span.start)), out_);
  }

  const DocumentResult& r_;
  std::string_view doc_name_, source_;
  const JsonOptions& options_;
  Buffer* out_;
  const std::string mention_head_, claim_head_;
  DocumentCursor lookup_;
  CodePointCounter code_points_;
};

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) { AppendString(s, out); }

void AppendJsonNumber(double v, std::string* out) { AppendNumber(v, out); }

TextQuoteSelector MakeSelector(std::string_view text, ByteSpan span, uint64_t code_points_before) {
  TextQuoteSelector s;
  span.end = std::min<uint32_t>(span.end, text.size());
  span.start = std::min(span.start, span.end);
  s.exact = text.substr(span.start, span.size());
  s.prefix = Before(text, span.start, kSelectorContext);
  s.suffix = After(text, span.end, kSelectorContext);
  s.start = code_points_before;
  s.end = code_points_before + CodePointsIn(s.exact);
  return s;
}

void AppendSelectorJson(const TextQuoteSelector& selector, std::string* out) { AppendSelector(selector, out); }

void AppendErrorRecord(std::string_view doc_name, const Status& status, std::string* out) {
  AppendError(doc_name, status, out);
}

void AppendJsonLines(const DocumentResult& r, std::string_view doc_name, std::string_view source,
                     const JsonOptions& options, std::string* out) {
  if (!r.status.ok()) {
    AppendErrorRecord(doc_name, r.status, out);
    return;
  }
  Buffer buffer(out, ExpectedSize(r, doc_name, options));
  RecordWriter writer(r, doc_name, source, options, &buffer);
  writer.Document();
  for (const Mention& m : r.mentions) writer.Mention(m);
  for (const Claim& c : r.claims.claims) writer.Claim(c);
}

}  // namespace claimtrace
