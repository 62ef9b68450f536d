// invariants: the properties every fuzz target checks on claimtrace's output,
// shared with the regression rows of tests/hostile_input_test.cc. Each check
// returns an empty string when the property holds, else a sentence that says
// what broke, so a fuzzer can abort() with it and a doctest row can show it.
//
//   claimtrace::DocumentResult r = extractor->Extract(bytes);
//   std::string lines;
//   claimtrace::AppendJsonLines(r, "doc", bytes, {}, &lines);
//   std::string why = claimtrace::fuzz::CheckDocument(bytes, r, lines);
//   if (!why.empty()) claimtrace::fuzz::Fail("extract", why);
//
// The properties are the output contract (../shared/SCHEMA.md) plus the
// public headers' promises: offsets inside the file, start <= end, mentions in
// text order and non-overlapping, every mention's source bytes fold to its
// text, valid UTF-8 everywhere, and JSON Lines that parse.
#pragma once

#include <simdjson.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/extractor.h"
#include "claimtrace/figures.h"
#include "claimtrace/normalize.h"

namespace claimtrace::fuzz {

[[noreturn]] inline void Fail(std::string_view target, const std::string& why) {
  std::fprintf(stderr, "\n==claimtrace invariant violated (%.*s): %s\n", static_cast<int>(target.size()),
               target.data(), why.c_str());
  std::abort();
}

// A short printable rendering of `s` for messages: non-ASCII and control
// bytes as \xNN, cut at 120 bytes.
inline std::string Escaped(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < s.size() && i < 120; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7f && c != '\\') {
      out.push_back(static_cast<char>(c));
    } else {
      out += "\\x";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  if (s.size() > 120) out += "...";
  return out;
}

// Length of the well-formed UTF-8 sequence at s[i] (Unicode table 3-7: no
// overlong forms, no surrogates, nothing above U+10FFFF), or 0 if ill-formed.
inline size_t Utf8SequenceLength(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  unsigned c = byte(0);
  auto cont = [&](size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
    return i + k < s.size() && byte(k) >= lo && byte(k) <= hi;
  };
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// Offset of the first ill-formed byte of `s`, or npos when `s` is valid UTF-8.
inline size_t FirstInvalidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t n = Utf8SequenceLength(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

// `s` with every ill-formed byte replaced by U+FFFD: arbitrary fuzz bytes
// turned into the valid UTF-8 the detectors are specified on.
inline std::string ToValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t n = Utf8SequenceLength(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

inline bool IsCodePointBoundary(std::string_view s, size_t pos) {
  return pos == 0 || pos >= s.size() || (static_cast<unsigned char>(s[pos]) & 0xC0) != 0x80;
}

inline std::string SpanText(ByteSpan s) {
  return "[" + std::to_string(s.start) + "," + std::to_string(s.end) + ")";
}

inline std::string CheckUtf8(std::string_view what, std::string_view s) {
  size_t bad = FirstInvalidUtf8(s);
  if (bad == std::string_view::npos) return "";
  return std::string(what) + " is not valid UTF-8 at byte " + std::to_string(bad) + ": " +
         Escaped(s.substr(bad > 20 ? bad - 20 : 0, 40));
}

// `span` lies in a text of `size` bytes.
inline std::string CheckSpanIn(std::string_view what, ByteSpan span, size_t size) {
  if (span.start > span.end || span.end > size) {
    return std::string(what) + " " + SpanText(span) + " is not inside [0," + std::to_string(size) + ")";
  }
  return "";
}

// The normalizer's promises about a document it read (or refused).
inline std::string CheckNormalized(std::string_view source, const Status& status,
                                   const NormalizedDocument& doc) {
  if (!status.ok()) {
    if (status.message().empty()) return std::string("error ") + status.code_name() + " has no message";
    return "";
  }
  std::string why;
  if (doc.source_bytes != source.size()) return "source_bytes differs from the input size";
  if (!(why = CheckUtf8("text", doc.text)).empty()) return why;
  if (!(why = CheckUtf8("display", doc.display)).empty()) return why;
  if (!(why = CheckUtf8("title", doc.title)).empty()) return why;
  if (doc.text_to_display.text_size() != doc.text.size()) {
    return "text_to_display covers " + std::to_string(doc.text_to_display.text_size()) + " bytes of a " +
           std::to_string(doc.text.size()) + "-byte text";
  }
  if (doc.display_to_source.text_size() != doc.display.size()) {
    return "display_to_source covers " + std::to_string(doc.display_to_source.text_size()) + " bytes of a " +
           std::to_string(doc.display.size()) + "-byte display";
  }
  uint32_t previous_end = 0;
  for (const Block& b : doc.blocks) {
    if (!(why = CheckSpanIn("block", b.span, doc.text.size())).empty()) return why;
    if (b.span.start < previous_end) return "block " + SpanText(b.span) + " overlaps or precedes the one before";
    previous_end = b.span.end;
    std::string_view body = std::string_view(doc.text).substr(b.span.start, b.span.size());
    if (body.find('\n') != std::string_view::npos) return "block " + SpanText(b.span) + " contains a newline";
    uint32_t cell_end = b.span.start;
    for (ByteSpan c : b.cells) {
      if (c.start < cell_end || c.end > b.span.end || c.start > c.end) {
        return "cell " + SpanText(c) + " is out of order or outside its row " + SpanText(b.span);
      }
      cell_end = c.end;
    }
  }
  // Every code point of the text maps inside the source and the display; at
  // most ~4096 positions are probed so that large inputs stay fast.
  const std::string_view text = doc.text;
  const size_t step = text.size() / 4096 + 1;
  for (size_t i = 0; i < text.size(); i += step) {
    while (i < text.size() && !IsCodePointBoundary(text, i)) ++i;
    if (i >= text.size()) break;
    size_t j = i + 1;
    while (j < text.size() && !IsCodePointBoundary(text, j)) ++j;
    ByteSpan span{static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
    if (!(why = CheckSpanIn("ToSource" + SpanText(span), doc.ToSource(span), source.size())).empty()) return why;
    if (!(why = CheckSpanIn("ToDisplay" + SpanText(span), doc.ToDisplay(span), doc.display.size())).empty()) {
      return why;
    }
  }
  for (const Block& b : doc.blocks) {
    if (!(why = CheckUtf8("DisplayText of a block", doc.DisplayText(b.span))).empty()) return why;
    std::string visible = VisibleSourceText(source, doc, doc.ToSource(b.span));
    if (!(why = CheckUtf8("VisibleSourceText of a block", visible)).empty()) return why;
    if (!(why = CheckUtf8("FoldForCompare of a block", FoldForCompare(visible))).empty()) return why;
  }
  return "";
}

inline bool IsCurrencyCode(std::string_view c) {
  return c.size() == 3 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z' && c[2] >= 'A' && c[2] <= 'Z';
}

// A value is either set and finite, or unset with a finite min <= max.
inline std::string CheckValueOrRange(const Mention& m, std::string_view where) {
  if (m.value) {
    if (!std::isfinite(*m.value)) return std::string(where) + " has a non-finite value";
    return "";
  }
  if (!m.min || !m.max) return std::string(where) + " has neither a value nor min and max";
  if (!std::isfinite(*m.min) || !std::isfinite(*m.max)) return std::string(where) + " has a non-finite range";
  if (*m.min > *m.max) return std::string(where) + " has min > max";
  return "";
}

// The detectors' promises: spans inside `text` on code point boundaries,
// non-empty, in text order and non-overlapping; values well formed.
inline std::string CheckMentions(std::string_view text, const std::vector<Mention>& mentions) {
  uint32_t previous_end = 0;
  std::string why;
  for (const Mention& m : mentions) {
    std::string where = std::string(MentionKindName(m.kind)) + " mention " + SpanText(m.span) + " '" +
                        Escaped(text.substr(std::min<size_t>(m.span.start, text.size()),
                                            m.span.end > m.span.start ? m.span.size() : 0)) +
                        "'";
    if (!(why = CheckSpanIn(where, m.span, text.size())).empty()) return why;
    if (m.span.empty()) return where + " is empty";
    if (!IsCodePointBoundary(text, m.span.start) || !IsCodePointBoundary(text, m.span.end)) {
      return where + " cuts a UTF-8 sequence";
    }
    if (m.span.start < previous_end) return where + " overlaps or precedes the mention before it";
    previous_end = m.span.end;
    if (!(why = CheckUtf8(where + " qualifier", m.qualifier)).empty()) return why;
    switch (m.kind) {
      case MentionKind::kMoney:
      case MentionKind::kNumber:
        if (m.percent ? !m.currency.empty() : !IsCurrencyCode(m.currency)) {
          return where + " has currency '" + Escaped(m.currency) + "'";
        }
        [[fallthrough]];
      case MentionKind::kPercent:
        if (!(why = CheckValueOrRange(m, where)).empty()) return why;
        break;
      case MentionKind::kYear:
        if (!m.value || !std::isfinite(*m.value) || *m.value != std::floor(*m.value)) {
          return where + " has no integer value";
        }
        break;
      case MentionKind::kYearRange:
        if (m.from <= 0 || m.from > m.to) {
          return where + " has from " + std::to_string(m.from) + " and to " + std::to_string(m.to);
        }
        break;
      case MentionKind::kSegment:
        if (m.name.empty() || m.dimension.empty()) return where + " has no name or dimension";
        if (!(why = CheckUtf8(where + " name", m.name)).empty()) return why;
        break;
    }
  }
  return "";
}

// SCHEMA.md: the visible text of source[start:end] equals the mention's text,
// both folded.
inline std::string CheckProvenance(std::string_view source, const NormalizedDocument& doc,
                                   const std::vector<Mention>& mentions) {
  std::string why;
  for (const Mention& m : mentions) {
    ByteSpan src = doc.ToSource(m.span);
    std::string shown = doc.DisplayText(m.span);
    std::string where = std::string(MentionKindName(m.kind)) + " mention '" + Escaped(shown) + "'";
    if (!(why = CheckSpanIn(where + " source", src, source.size())).empty()) return why;
    std::string visible = VisibleSourceText(source, doc, src);
    std::string folded_source = FoldForCompare(visible);
    std::string folded_text = FoldForCompare(shown);
    if (m.text_from_source) {
      // Written as its source's visible text, which may differ from what the reader
      // shows only by the spaces that tags make ("<b>38</b>%" is "38 %"); never a name.
      if (m.kind == MentionKind::kSegment) return where + " is written from its source, but is a name";
      std::erase(folded_source, ' ');
      std::erase(folded_text, ' ');
    }
    if (folded_source != folded_text) {
      return where + ": source bytes " + SpanText(src) + " '" + Escaped(source.substr(src.start, src.size())) +
             "' fold to '" + Escaped(folded_source) + "', the text folds to '" + Escaped(folded_text) + "'";
    }
  }
  return "";
}

// Claims: evidence inside the text, values finite, strings valid UTF-8.
inline std::string CheckClaims(const NormalizedDocument& doc, const ClaimResult& claims) {
  std::string why;
  if (!(why = CheckUtf8("subject", claims.subject)).empty()) return why;
  if (!(why = CheckMentions(doc.text, claims.segments)).empty()) return why;
  if (!(why = CheckMentions(doc.text, claims.numbers)).empty()) return why;
  for (const Claim& c : claims.claims) {
    std::string where = std::string(ClaimKindName(c.kind)) + " claim " + SpanText(c.evidence);
    if (!(why = CheckSpanIn(where + " evidence", c.evidence, doc.text.size())).empty()) return why;
    if (!std::isfinite(c.amount) || !std::isfinite(c.value)) return where + " has a non-finite number";
    if (c.kind == ClaimKind::kSize && !IsCurrencyCode(c.currency)) return where + " has no currency code";
    if (!(why = CheckUtf8(where + " subject", c.subject)).empty()) return why;
    if (!(why = CheckUtf8(where + " qualifier", c.qualifier)).empty()) return why;
  }
  return "";
}

// One parsed line of `extract` output; empty `why` when it parsed.
struct JsonLine {
  simdjson::dom::element record;
  std::string type;
};

inline std::string ParseJsonLine(simdjson::dom::parser* parser, std::string_view line, JsonLine* out) {
  simdjson::error_code err = parser->parse(line.data(), line.size()).get(out->record);
  if (err) return std::string("JSON line does not parse (") + simdjson::error_message(err) + "): " + Escaped(line);
  std::string_view type;
  if (out->record["type"].get_string().get(type)) return "JSON line has no \"type\": " + Escaped(line);
  out->type = std::string(type);
  return "";
}

// A source span field pair ("start"/"end") of a record inside the file.
inline std::string CheckJsonSpan(simdjson::dom::element e, size_t source_size, std::string_view line) {
  uint64_t start = 0, end = 0;
  if (e["start"].get_uint64().get(start) || e["end"].get_uint64().get(end)) {
    return "record without integer start/end: " + Escaped(line);
  }
  if (start > end || end > source_size) return "record span outside the file: " + Escaped(line);
  return "";
}

inline bool IsJsonNumber(simdjson::dom::element e, std::string_view key) {
  double v;
  return !e[key].get_double().get(v);
}

// The JSON Lines of one document as AppendJsonLines wrote them for `r`.
inline std::string CheckJsonLines(std::string_view lines, std::string_view source, const DocumentResult& r) {
  if (lines.empty() || lines.back() != '\n') return "output does not end with a newline";
  simdjson::dom::parser parser;
  std::string why;
  size_t line_no = 0, mentions = 0, claims = 0;
  for (size_t pos = 0; pos < lines.size();) {
    size_t nl = lines.find('\n', pos);
    std::string_view line = lines.substr(pos, nl - pos);
    pos = nl + 1;
    JsonLine j;
    if (!(why = ParseJsonLine(&parser, line, &j)).empty()) return why;
    std::string_view doc;
    if (j.record["doc"].get_string().get(doc)) return "record without \"doc\": " + Escaped(line);
    if (!r.status.ok()) {
      std::string_view code;
      if (j.type != "error" || j.record["code"].get_string().get(code) || code != r.status.code_name()) {
        return std::string("a failed document must give one error record with code ") + r.status.code_name() +
               ": " + Escaped(line);
      }
      if (pos != lines.size()) return "more than one record for a failed document";
      return "";
    }
    if (line_no++ == 0) {
      uint64_t bytes = 0, n_mentions = 0, n_claims = 0;
      std::string_view sha;
      if (j.type != "document" || j.record["bytes"].get_uint64().get(bytes) || bytes != source.size() ||
          j.record["sha256"].get_string().get(sha) || sha != r.sha256 || sha.size() != 64 ||
          j.record["mentions"].get_uint64().get(n_mentions) || n_mentions != r.mentions.size() ||
          j.record["claims"].get_uint64().get(n_claims) || n_claims != r.claims.claims.size()) {
        return "first record is not a matching document record: " + Escaped(line);
      }
      continue;
    }
    if (j.type == "mention") {
      if (claims > 0) return "mention record after a claim record";
      if (mentions >= r.mentions.size()) return "more mention records than mentions";
      const Mention& m = r.mentions[mentions++];
      std::string_view kind, text;
      if (j.record["kind"].get_string().get(kind) || kind != MentionKindName(m.kind)) {
        return "mention record of the wrong kind: " + Escaped(line);
      }
      const std::string written = m.text_from_source
                                      ? VisibleSourceText(source, r.doc, r.doc.ToSource(m.span))
                                      : r.doc.DisplayText(m.span);
      if (j.record["text"].get_string().get(text) || text != written) {
        return "mention record text differs from DisplayText (or, written from its source, VisibleSourceText): " +
               Escaped(line);
      }
      if (!(why = CheckJsonSpan(j.record, source.size(), line)).empty()) return why;
      if (m.kind == MentionKind::kMoney || m.kind == MentionKind::kPercent) {
        std::string_view key = m.kind == MentionKind::kMoney ? "amount" : "value";
        if (!IsJsonNumber(j.record, key) && !(IsJsonNumber(j.record, "min") && IsJsonNumber(j.record, "max"))) {
          return "mention record without a numeric value: " + Escaped(line);
        }
      }
    } else if (j.type == "claim") {
      ++claims;
      simdjson::dom::element evidence;
      std::string_view quote;
      if (j.record["evidence"].get(evidence) || evidence["quote"].get_string().get(quote)) {
        return "claim record without evidence and quote: " + Escaped(line);
      }
      if (!(why = CheckJsonSpan(evidence, source.size(), line)).empty()) return why;
    } else {
      return "unexpected record type in a document's output: " + Escaped(line);
    }
  }
  if (mentions != r.mentions.size()) return "fewer mention records than mentions";
  if (claims != r.claims.claims.size()) return "claim records differ from the claims";
  return "";
}

// Everything above for one Extract() result and its JSON Lines.
inline std::string CheckDocument(std::string_view source, const DocumentResult& r, std::string_view lines) {
  std::string why;
  if (!(why = CheckNormalized(source, r.status, r.doc)).empty()) return why;
  if (r.status.ok()) {
    if (!(why = CheckMentions(r.doc.text, r.mentions)).empty()) return why;
    if (!(why = CheckProvenance(source, r.doc, r.mentions)).empty()) return why;
    if (!(why = CheckClaims(r.doc, r.claims)).empty()) return why;
  }
  return CheckJsonLines(lines, source, r);
}

}  // namespace claimtrace::fuzz
