// Helpers shared by the normalize tests.
#pragma once

#include <string>
#include <string_view>

#include "claimtrace/normalize.h"

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

}  // namespace claimtrace::testing
