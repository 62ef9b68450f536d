// normalize: turns the bytes of a report page into clean text for matching,
// with an exact map from every byte of that text back to the source bytes.
//
//   claimtrace::NormalizedDocument doc;
//   claimtrace::Status s = claimtrace::Normalize(file_bytes, {}, &doc);
//   if (!s.ok()) { /* write an error record with s.code_name() */ }
//   // doc.text:    "The market was USD 181.93 billion in 2023.\n..."
//   // doc.display: the same text before dash/quote unification
//   ByteSpan src = doc.ToSource({15, 33});   // byte range in file_bytes
//   std::string shown = doc.DisplayText({15, 33});  // "USD 181.93 billion"
//
// Steps, each recorded in the offset map:
//  1. Media type sniffed from the content (an HTML fragment in a .txt file is HTML).
//  2. Charset: BOM, then a declaration (<meta charset>, XML declaration), then a
//     UTF-8 validity check, and only then ICU's detector. Converted to UTF-8 with
//     ICU; invalid sequences become U+FFFD and are counted.
//  3. Visible text: HTML through Gumbo (no script/style/template/noscript, no
//     attribute values, entities decoded); Markdown without its markup (emphasis
//     markers, link syntax, table pipes, heading and list markers, front-matter keys).
//  4. NFKC, white space folded to single spaces, blocks separated by '\n' and table
//     cells by '\t'  -> `display`.
//  5. Dashes unified to '-', quotes to '"' and '\'', -> `text` (what detectors match).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/offset_map.h"
#include "claimtrace/status.h"

namespace claimtrace {

enum class MediaType { kPlain, kMarkdown, kHtml };
// "text/plain", "text/markdown", "text/html".
const char* MediaTypeName(MediaType type);

enum class BlockKind {
  kParagraph,  // a paragraph, a plain-text line, a <div> of text
  kHeading,    // <h1>-<h6>, <title>, Markdown '#' headings and setext headings
  kListItem,   // <li>, Markdown '-', '*', '1.' items, '•' bullets
  kTableRow,   // a row of an HTML, Markdown or plain-text (two-column) table
};

// One unit of text. Blocks never overlap and appear in text order; the text
// of a block contains no '\n'. A table row's cells are separated by '\t'.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  ByteSpan span;               // in NormalizedDocument::text
  std::vector<ByteSpan> cells; // table rows only, in text; empty otherwise
  int table = -1;              // table rows: index of the table in the document
  int row = -1;                // table rows: 0-based row index within its table
  int level = 0;               // headings: 1-6; list items: nesting depth
};

struct NormalizeOptions {
  uint64_t max_bytes = 64ull << 20;  // larger inputs fail with kTooLarge
  int max_html_depth = 400;          // deeper tag nesting fails with kTooDeep before Gumbo runs
  uint64_t max_html_nodes = 2'000'000;  // more nodes fails with kTooManyNodes
};

struct NormalizedDocument {
  MediaType media_type = MediaType::kPlain;
  std::string charset;       // "UTF-8", "windows-1252", "UTF-16LE", ...
  std::string title;         // <title>, first heading, or front-matter title; may be empty
  std::string display;       // visible text, NFKC, white space folded
  std::string text;          // display with dashes and quotes unified; detectors run on this
  OffsetMap text_to_display; // text bytes -> display bytes
  OffsetMap display_to_source;  // display bytes -> source bytes
  std::vector<Block> blocks;    // spans in `text`
  uint64_t replaced_sequences = 0;  // invalid input sequences replaced by U+FFFD
  uint64_t source_bytes = 0;

  // Byte range of the source that produced text bytes `span`.
  ByteSpan ToSource(ByteSpan span) const;
  // Display bytes that correspond to text bytes `span`.
  ByteSpan ToDisplay(ByteSpan span) const;
  // The visible text of `span` (a range of `text`) as a reader sees it: no
  // unification applied, '\t' and '\n' shown as spaces.
  std::string DisplayText(ByteSpan span) const;
};

// A document's span lookups for a run of queries, as the JSON writer and the
// provenance check make them: the answers of ToDisplay(), ToSource() and
// DisplayText(), but each map is walked from where the last query ended
// (OffsetMap::Cursor) and the display text is a view, not a copy. The
// document must outlive the cursor.
class DocumentCursor {
 public:
  explicit DocumentCursor(const NormalizedDocument& doc)
      : doc_(&doc), to_display_(doc.text_to_display), to_source_(doc.display_to_source) {}
  ByteSpan ToDisplay(ByteSpan span) { return to_display_.ToSource(span); }
  // The source bytes of display bytes `display` (a ToDisplay() result).
  ByteSpan DisplayToSource(ByteSpan display) { return to_source_.ToSource(display); }
  ByteSpan ToSource(ByteSpan span) { return DisplayToSource(ToDisplay(span)); }
  // Display bytes `display` (a ToDisplay() result): DisplayText() before its
  // '\t' and '\n' become spaces.
  std::string_view DisplayBytes(ByteSpan display) const;

 private:
  const NormalizedDocument* doc_;
  OffsetMap::Cursor to_display_, to_source_;
};

// Reads `bytes` into `out`. Never throws; bad input gives a Status with a
// stable code, and input with some invalid sequences still succeeds (they are
// counted in out->replaced_sequences).
Status Normalize(std::string_view bytes, const NormalizeOptions& options, NormalizedDocument* out);

// True when `s` is well-formed UTF-8 (no overlong forms, surrogates or code
// points past U+10FFFF): the normalizer's own validator, ASCII eight bytes at a time.
bool IsWellFormedUtf8(std::string_view s);

// The provenance fold: NFKC, white space runs to one space, trimmed, case
// folded. Two strings are "the same visible text" when their folds are equal.
std::string FoldForCompare(std::string_view utf8);

// The visible text of source bytes `span` of a document read with `doc`'s
// media type and charset: tags dropped, entities decoded, '**' and '__'
// dropped, white space folded. This is what provenance checks compare against.
std::string VisibleSourceText(std::string_view source, const NormalizedDocument& doc, ByteSpan span);

// True when `source_bytes` (a slice of a document read with `doc`'s media type
// and charset) are their own visible text: they decode to themselves, hold
// nothing VisibleSourceText drops ('<' of a tag or '&' of an entity outside
// plain text, "**" and "__") and folding their white space changes nothing
// (only single ' ' between other characters). Most quotes are; a caller can
// then compare them as they are, without VisibleSourceText's copies.
bool IsOwnVisibleText(std::string_view source_bytes, const NormalizedDocument& doc);

}  // namespace claimtrace
