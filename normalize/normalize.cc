// STUB (to be replaced by the normalize implementation): treats every input
// as UTF-8 plain text, one block per line, no folding.
#include "claimtrace/normalize.h"

namespace claimtrace {

const char* MediaTypeName(MediaType type) {
  switch (type) {
    case MediaType::kPlain: return "text/plain";
    case MediaType::kMarkdown: return "text/markdown";
    case MediaType::kHtml: return "text/html";
  }
  return "text/plain";
}

ByteSpan NormalizedDocument::ToDisplay(ByteSpan span) const { return text_to_display.ToSource(span); }
ByteSpan NormalizedDocument::ToSource(ByteSpan span) const {
  return display_to_source.ToSource(ToDisplay(span));
}
std::string NormalizedDocument::DisplayText(ByteSpan span) const {
  ByteSpan d = ToDisplay(span);
  std::string s = display.substr(d.start, d.size());
  for (char& c : s) if (c == '\t' || c == '\n') c = ' ';
  return s;
}

Status Normalize(std::string_view bytes, const NormalizeOptions& options, NormalizedDocument* out) {
  *out = NormalizedDocument();
  if (bytes.size() > options.max_bytes) return Status(ErrorCode::kTooLarge, "file too large");
  out->charset = "UTF-8";
  out->source_bytes = bytes.size();
  out->display.assign(bytes);
  out->text.assign(bytes);
  out->display_to_source.AppendCopy(0, bytes.size());
  out->text_to_display.AppendCopy(0, bytes.size());
  uint32_t start = 0;
  for (uint32_t i = 0; i <= bytes.size(); ++i) {
    if (i == bytes.size() || bytes[i] == '\n') {
      if (i > start) out->blocks.push_back({BlockKind::kParagraph, {start, i}, {}, -1, -1, 0});
      start = i + 1;
    }
  }
  return Status::Ok();
}

std::string FoldForCompare(std::string_view utf8) { return std::string(utf8); }

std::string VisibleSourceText(std::string_view source, const NormalizedDocument&, ByteSpan span) {
  return std::string(source.substr(span.start, span.size()));
}

}  // namespace claimtrace
