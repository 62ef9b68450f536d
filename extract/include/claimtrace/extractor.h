// extractor: the whole per-document pipeline (normalize, detect figures,
// assemble claims) and its JSON Lines output per ../shared/SCHEMA.md.
//
//   std::unique_ptr<claimtrace::Extractor> extractor;
//   claimtrace::Status s = claimtrace::Extractor::Create({}, &extractor);
//   if (!s.ok()) { /* lexicon missing or malformed: s.message() names the file */ }
//   claimtrace::DocumentResult r = extractor->Extract(file_bytes);
//   std::string lines;
//   claimtrace::AppendJsonLines(r, "reports/iomt.html", file_bytes, &lines);
//   // {"type":"document",...}\n{"type":"mention",...}\n...{"type":"claim",...}\n
//   // or, when r.status is not ok: {"type":"error","doc":...,"code":"binary",...}
//
// An Extractor is immutable after Create() and safe to share between threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/claims.h"
#include "claimtrace/figures.h"
#include "claimtrace/normalize.h"
#include "claimtrace/status.h"

namespace claimtrace {

struct ExtractorOptions {
  NormalizeOptions normalize;
  std::string lexicon_dir;  // empty: Lexicon::DefaultDir()
};

struct DocumentResult {
  Status status;              // not ok: only `sha256` and `source_bytes` are meaningful
  std::string sha256;         // lower-case hex of the source bytes
  NormalizedDocument doc;
  PageStyle style;
  std::vector<Mention> mentions;  // figures and segments, in text order
  ClaimResult claims;
};

class Extractor {
 public:
  static Status Create(const ExtractorOptions& options, std::unique_ptr<Extractor>* out);
  ~Extractor();

  DocumentResult Extract(std::string_view bytes) const;

  const FigureDetector& figures() const;

 private:
  Extractor();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

struct JsonOptions {
  // Adds the W3C Web Annotation style "selector" (exact/prefix/suffix) and
  // "position" (code points of the normalized text) to mentions and evidence.
  bool selectors = true;
};

// The W3C Web Annotation style anchor of text bytes `span` of
// NormalizedDocument::text, as extract writes it and audit re-anchors it:
// the exact text, up to kSelectorContext code points either side, and the
// span in code points of the text.
inline constexpr int kSelectorContext = 32;
struct TextQuoteSelector {
  std::string_view exact, prefix, suffix;  // views into the text
  uint64_t start = 0, end = 0;             // code points
};
// `code_points_before` is the number of code points in text[0, span.start);
// callers walking a document count them incrementally.
TextQuoteSelector MakeSelector(std::string_view text, ByteSpan span, uint64_t code_points_before);
// Appends ,"selector":{"exact":…,"prefix":…,"suffix":…},"position":{"start":…,"end":…}.
void AppendSelectorJson(const TextQuoteSelector& selector, std::string* out);

// Appends the records of one document to `out`: document, mentions, claims;
// or a single error record when `result.status` is not ok.
void AppendJsonLines(const DocumentResult& result, std::string_view doc_name,
                     std::string_view source, const JsonOptions& options, std::string* out);

// Appends an error record for a document that could not even be read.
void AppendErrorRecord(std::string_view doc_name, const Status& status, std::string* out);

// Appends `s` as a JSON string literal (quotes included, UTF-8 kept, control
// characters escaped) to `out`.
void AppendJsonString(std::string_view s, std::string* out);

// Appends `v` as every claimtrace record writes numbers: integers without a
// fraction (181930000000), others in shortest round-trip form, non-finite as null.
void AppendJsonNumber(double v, std::string* out);

}  // namespace claimtrace
