// Helpers shared by the normalize tests.
#pragma once

#include <string>
#include <string_view>

#include "charset.h"
#include "claimtrace/normalize.h"
#include "html_text.h"
#include "raw_text.h"

namespace claimtrace::testing {

// Span of the first occurrence of `needle` in doc.text (empty at 0 if absent).
inline ByteSpan FindInText(const NormalizedDocument& doc, std::string_view needle, size_t from = 0) {
  size_t at = doc.text.find(needle, from);
  if (at == std::string::npos) return {0, 0};
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

// The source bytes that produced `needle` in doc.text.
inline std::string SourceOf(std::string_view source, const NormalizedDocument& doc, std::string_view needle) {
  ByteSpan s = doc.ToSource(FindInText(doc, needle));
  return std::string(source.substr(s.start, s.size()));
}

inline NormalizedDocument Read(std::string_view source, Status* status = nullptr) {
  NormalizedDocument doc;
  Status s = Normalize(source, {}, &doc);
  if (status) *status = s;
  return doc;
}

// The provenance promise for one span of doc.text.
inline bool ProvenanceHolds(std::string_view source, const NormalizedDocument& doc, ByteSpan span) {
  return FoldForCompare(VisibleSourceText(source, doc, doc.ToSource(span))) ==
         FoldForCompare(doc.DisplayText(span));
}

// Markdown markup the provenance fold does not mirror ('[', ']', '`', a
// single '*' or '_'): spans across it are outside the promise.
inline bool StraddlesMarkdown(std::string_view source) {
  for (size_t i = 0; i < source.size(); ++i) {
    char c = source[i];
    if (c == '[' || c == ']' || c == '`') return true;
    if (c == '*' || c == '_') {
      if (i + 1 < source.size() && source[i + 1] == c) {
        ++i;
      } else {
        return true;
      }
    }
  }
  return false;
}

// internal::ReadHtml over `html` taken as decoded text at offset 0.
struct HtmlRead {
  Status status;
  internal::RawText raw;
  internal::HtmlParseStats stats;
};

inline HtmlRead ReadHtmlWith(std::string_view html, internal::HtmlParse parse) {
  internal::DecodedText decoded;
  decoded.text = html;
  HtmlRead r;
  internal::RawTextBuilder builder(decoded, &r.raw);
  r.status = internal::ReadHtml(html, 0, 512, 1'000'000, &builder, parse, &r.stats);
  return r;
}

// How `a` differs from `b` (text, title, a block, or the source of a text
// byte), or "" when it does not.
inline std::string RawTextDifference(const internal::RawText& a, const internal::RawText& b) {
  if (a.text != b.text) return "texts differ";
  if (a.title_block != b.title_block) return "titles differ";
  if (a.blocks.size() != b.blocks.size()) return "block counts differ";
  for (size_t i = 0; i < a.blocks.size(); ++i) {
    const internal::RawBlock& x = a.blocks[i];
    const internal::RawBlock& y = b.blocks[i];
    if (x.kind != y.kind || x.level != y.level || x.table != y.table || x.row != y.row || !(x.span == y.span) ||
        x.cells != y.cells) {
      return "block " + std::to_string(i) + " differs";
    }
  }
  for (uint32_t i = 0; i < a.text.size(); ++i) {
    if (!(a.to_source.ToSource({i, i + 1}) == b.to_source.ToSource({i, i + 1}))) {
      return "the source of text byte " + std::to_string(i) + " differs";
    }
  }
  return "";
}

}  // namespace claimtrace::testing
