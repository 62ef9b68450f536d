#include "claimtrace/extractor.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>

#include "claimtrace/sha256.h"

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
// such a figure is left out rather than emitted with broken provenance.
void DropUnprovable(std::string_view source, const NormalizedDocument& doc,
                    std::vector<Mention>* mentions) {
  std::erase_if(*mentions, [&](const Mention& m) {
    ByteSpan src = doc.ToSource(m.span);
    std::string shown = doc.DisplayText(m.span);
    if (doc.charset == "UTF-8" && source.substr(src.start, src.size()) == shown) return false;
    return FoldForCompare(VisibleSourceText(source, doc, src)) != FoldForCompare(shown);
  });
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
  std::vector<Mention> all = r.mentions;
  all.insert(all.end(), r.claims.segments.begin(), r.claims.segments.end());
  all.insert(all.end(), r.claims.numbers.begin(), r.claims.numbers.end());
  std::stable_sort(all.begin(), all.end(), [](const Mention& a, const Mention& b) {
    return a.span.start < b.span.start;
  });
  r.mentions = std::move(all);
  return r;
}

// ---- JSON output ----------------------------------------------------------

void AppendJsonNumber(double v, std::string* out) {
  if (!std::isfinite(v)) {
    out->append("null");
    return;
  }
  char buf[64];
  std::to_chars_result r;
  if (v == std::floor(v) && std::fabs(v) < 1e18) {
    r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(v));
  } else {
    r = std::to_chars(buf, buf + sizeof buf, v);
  }
  out->append(buf, r.ptr);
}

void AppendJsonString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  // Most bytes need no escape: copy runs of them in one append rather than
  // byte by byte (the writer is a visible share of a run's time).
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    // Eight bytes at a time while none of them is a control byte, '"' or '\\'
    // (exact word-at-a-time tests: a byte below 0x20, a byte equal to 0x22 / 0x5C).
    while (i + 8 <= s.size()) {
      uint64_t v;
      std::memcpy(&v, s.data() + i, 8);
      constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
      uint64_t quote = v ^ (kOnes * '"'), backslash = v ^ (kOnes * '\\');
      uint64_t special = ((v - kOnes * 0x20) & ~v) | ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash);
      if (special & kHigh) break;
      i += 8;
    }
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

namespace {


void AppendInt(uint64_t v, std::string* out) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

// `k` is always one of this file's literal field names, which need no escaping.
void Key(std::string_view k, std::string* out) {
  out->append(",\"");
  out->append(k);
  out->append("\":");
}

void KeyString(std::string_view k, std::string_view v, std::string* out) {
  Key(k, out);
  AppendJsonString(v, out);
}

void KeyOptString(std::string_view k, std::string_view v, std::string* out) {
  Key(k, out);
  if (v.empty()) out->append("null"); else AppendJsonString(v, out);
}

void KeyOptInt(std::string_view k, const std::optional<int>& v, std::string* out) {
  Key(k, out);
  if (!v) {
    out->append("null");
    return;
  }
  char buf[16];
  auto r = std::to_chars(buf, buf + sizeof buf, *v);
  out->append(buf, r.ptr);
}

void Head(std::string_view type, std::string_view doc, std::string* out) {
  out->append("{\"type\":");
  AppendJsonString(type, out);
  KeyString("doc", doc, out);
}

bool IsLead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

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
      count_ -= LeadsIn8(byte_);
    }
    for (; byte_ > pos; --byte_) {
      if (IsLead(text_[byte_ - 1])) --count_;
    }
    while (byte_ + 8 <= pos) {
      count_ += LeadsIn8(byte_);
      byte_ += 8;
    }
    for (; byte_ < pos; ++byte_) {
      if (IsLead(text_[byte_])) ++count_;
    }
    return count_;
  }

 private:
  // Lead bytes (not 10xxxxxx) among text_[at, at + 8), a word at a time: the
  // walks add up to a few passes over the text per page.
  uint64_t LeadsIn8(uint32_t at) const {
    uint64_t v;
    std::memcpy(&v, text_.data() + at, 8);
    uint64_t continuation = v & ~(v << 1) & 0x8080808080808080ull;  // bit 7 set, bit 6 clear
    return 8 - static_cast<uint64_t>(std::popcount(continuation));
  }

  std::string_view text_;
  uint32_t byte_ = 0;
  uint64_t count_ = 0;
};

// Up to `n` code points of `text` before `pos` / from `pos`.
std::string_view Before(std::string_view text, uint32_t pos, int n) {
  uint32_t b = pos;
  while (b > 0 && n > 0) {
    --b;
    if (IsLead(text[b])) --n;
  }
  return text.substr(b, pos - b);
}
std::string_view After(std::string_view text, uint32_t pos, int n) {
  uint32_t e = pos;
  while (e < text.size()) {
    if (IsLead(text[e]) && n-- == 0) break;
    ++e;
  }
  return text.substr(pos, e - pos);
}

void AppendSelector(const NormalizedDocument& doc, ByteSpan span, CodePointCounter* cp,
                    std::string* out) {
  AppendSelectorJson(MakeSelector(doc.text, span, cp->At(span.start)), out);
}

void AppendSpan(const NormalizedDocument& doc, ByteSpan span, std::string* out) {
  ByteSpan src = doc.ToSource(span);
  Key("start", out);
  AppendInt(src.start, out);
  Key("end", out);
  AppendInt(src.end, out);
}

void AppendValueOrRange(std::string_view value_key, const Mention& m, std::string* out) {
  if (m.value) {
    Key(value_key, out);
    AppendJsonNumber(*m.value, out);
  } else {
    Key("min", out);
    AppendJsonNumber(m.min.value_or(NAN), out);
    Key("max", out);
    AppendJsonNumber(m.max.value_or(NAN), out);
  }
}

void AppendMention(const DocumentResult& r, const Mention& m, std::string_view doc_name,
                   const JsonOptions& options, CodePointCounter* cp, std::string* out) {
  Head("mention", doc_name, out);
  KeyString("kind", MentionKindName(m.kind), out);
  KeyString("text", r.doc.DisplayText(m.span), out);
  AppendSpan(r.doc, m.span, out);
  switch (m.kind) {
    case MentionKind::kMoney:
    case MentionKind::kNumber:
      AppendValueOrRange("amount", m, out);
      KeyString("currency", m.currency, out);
      break;
    case MentionKind::kPercent:
      AppendValueOrRange("value", m, out);
      break;
    case MentionKind::kYear:
      Key("value", out);
      AppendJsonNumber(m.value.value_or(0), out);
      break;
    case MentionKind::kYearRange:
      Key("from", out);
      AppendInt(m.from, out);
      Key("to", out);
      AppendInt(m.to, out);
      break;
    case MentionKind::kSegment:
      KeyString("dimension", m.dimension, out);
      KeyString("name", m.name, out);
      break;
  }
  if (!m.qualifier.empty()) KeyString("qualifier", m.qualifier, out);
  if (options.selectors) AppendSelector(r.doc, m.span, cp, out);
  out->append("}\n");
}

void AppendClaim(const DocumentResult& r, const Claim& c, std::string_view doc_name,
                 std::string_view source, const JsonOptions& options, CodePointCounter* cp,
                 std::string* out) {
  Head("claim", doc_name, out);
  KeyString("kind", ClaimKindName(c.kind), out);
  switch (c.kind) {
    case ClaimKind::kSize:
      Key("amount", out);
      AppendJsonNumber(c.amount, out);
      KeyString("currency", c.currency, out);
      KeyOptInt("year", c.year, out);
      Key("projected", out);
      out->append(c.projected ? "true" : "false");
      break;
    case ClaimKind::kCagr:
      Key("value", out);
      AppendJsonNumber(c.value, out);
      KeyOptInt("from", c.from, out);
      KeyOptInt("to", c.to, out);
      break;
    case ClaimKind::kShare:
      Key("value", out);
      AppendJsonNumber(c.value, out);
      KeyOptInt("year", c.year, out);
      break;
  }
  KeyOptString("subject", c.subject, out);
  Key("segment", out);
  if (c.segment) {
    out->append("{\"dimension\":");
    AppendJsonString(c.segment->dimension, out);
    KeyString("name", c.segment->name, out);
    out->append("}");
  } else {
    out->append("null");
  }
  KeyOptString("qualifier", c.qualifier, out);
  Key("evidence", out);
  ByteSpan src = r.doc.ToSource(c.evidence);
  out->append("{\"start\":");
  AppendInt(src.start, out);
  out->append(",\"end\":");
  AppendInt(src.end, out);
  KeyString("quote", VisibleSourceText(source, r.doc, src), out);
  if (options.selectors) AppendSelector(r.doc, c.evidence, cp, out);
  out->append("}}\n");
}

}  // namespace

TextQuoteSelector MakeSelector(std::string_view text, ByteSpan span, uint64_t code_points_before) {
  TextQuoteSelector s;
  span.end = std::min<uint32_t>(span.end, text.size());
  span.start = std::min(span.start, span.end);
  s.exact = text.substr(span.start, span.size());
  s.prefix = Before(text, span.start, kSelectorContext);
  s.suffix = After(text, span.end, kSelectorContext);
  s.start = code_points_before;
  s.end = code_points_before + std::count_if(s.exact.begin(), s.exact.end(), IsLead);
  return s;
}

void AppendSelectorJson(const TextQuoteSelector& selector, std::string* out) {
  Key("selector", out);
  out->append("{\"exact\":");
  AppendJsonString(selector.exact, out);
  KeyString("prefix", selector.prefix, out);
  KeyString("suffix", selector.suffix, out);
  out->append("}");
  Key("position", out);
  out->append("{\"start\":");
  AppendInt(selector.start, out);
  out->append(",\"end\":");
  AppendInt(selector.end, out);
  out->append("}");
}

void AppendErrorRecord(std::string_view doc_name, const Status& status, std::string* out) {
  Head("error", doc_name, out);
  KeyString("code", status.code_name(), out);
  KeyString("message", status.message(), out);
  out->append("}\n");
}

void AppendJsonLines(const DocumentResult& r, std::string_view doc_name, std::string_view source,
                     const JsonOptions& options, std::string* out) {
  if (!r.status.ok()) {
    AppendErrorRecord(doc_name, r.status, out);
    return;
  }
  Head("document", doc_name, out);
  Key("schema", out);
  out->append("1");
  KeyString("sha256", r.sha256, out);
  Key("bytes", out);
  AppendInt(source.size(), out);
  KeyString("media_type", MediaTypeName(r.doc.media_type), out);
  KeyString("charset", r.doc.charset, out);
  KeyString("title", r.doc.title, out);
  KeyOptString("subject", r.claims.subject, out);
  Key("mentions", out);
  AppendInt(r.mentions.size(), out);
  Key("claims", out);
  AppendInt(r.claims.claims.size(), out);
  Key("replaced_sequences", out);
  AppendInt(r.doc.replaced_sequences, out);
  KeyString("language", r.style.language, out);
  out->append("}\n");
  CodePointCounter cp(r.doc.text);
  for (const Mention& m : r.mentions) AppendMention(r, m, doc_name, options, &cp, out);
  for (const Claim& c : r.claims.claims) AppendClaim(r, c, doc_name, source, options, &cp, out);
}

}  // namespace claimtrace
