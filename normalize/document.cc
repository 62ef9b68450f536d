// Normalize(): charset, media type, reader, folding; and the document's span
// accessors.
#include "charset.h"
#include "claimtrace/normalize.h"
#include "fold.h"
#include "html_text.h"
#include "markdown_text.h"
#include "plain_text.h"
#include "raw_text.h"
#include "sniff.h"

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

namespace {

std::string_view DisplayBytesOf(const NormalizedDocument& doc, ByteSpan display) {
  if (display.start > doc.display.size()) return {};
  return std::string_view(doc.display).substr(display.start, display.size());
}

}  // namespace

std::string NormalizedDocument::DisplayText(ByteSpan span) const {
  std::string s(DisplayBytesOf(*this, ToDisplay(span)));
  for (char& c : s) {
    if (c == '\t' || c == '\n') c = ' ';
  }
  return s;
}

std::string_view DocumentCursor::DisplayBytes(ByteSpan display) const { return DisplayBytesOf(*doc_, display); }

Status Normalize(std::string_view bytes, const NormalizeOptions& options, NormalizedDocument* out) {
  *out = NormalizedDocument();
  out->source_bytes = bytes.size();
  // Offsets are 32-bit; the limit can never exceed what they address.
  uint64_t limit = std::min<uint64_t>(options.max_bytes, 0xFFFFFFF0u);
  if (bytes.size() > limit) {
    return Status(ErrorCode::kTooLarge,
                  "file has " + std::to_string(bytes.size()) + " bytes, more than the limit of " +
                      std::to_string(limit));
  }
  internal::DecodedText decoded;
  Status s = internal::DecodeSource(bytes, &decoded);
  if (!s.ok()) return s;
  out->charset = decoded.charset;
  out->replaced_sequences = decoded.replaced;
  out->media_type = internal::SniffMediaType(decoded.text);

  internal::RawText raw;
  internal::RawTextBuilder builder(decoded, &raw);
  switch (out->media_type) {
    case MediaType::kHtml:
      s = internal::ReadHtml(decoded.text, 0, options.max_html_depth, options.max_html_nodes, &builder);
      break;
    case MediaType::kMarkdown:
      s = internal::ReadMarkdown(decoded.text, 0, options.max_html_depth, options.max_html_nodes, &builder);
      break;
    case MediaType::kPlain:
      internal::ReadPlainText(decoded.text, 0, &builder);
      break;
  }
  if (!s.ok()) return s;
  builder.Finish();
  internal::FoldRawText(raw, out);
  return Status::Ok();
}

}  // namespace claimtrace
