// claims_file: reads a claims file (the JSON Lines `claimtrace extract`
// writes, see SCHEMA.md) one record at a time, in bounded memory.
//
//   std::unique_ptr<claimtrace::ClaimsFileReader> reader;
//   claimtrace::Status s = claimtrace::ClaimsFileReader::Open("claims.jsonl", &reader);
//   if (!s.ok()) { /* not_found, io_error ... */ }
//   claimtrace::ClaimsLine line;
//   while (reader->Next(&line)) {
//     if (!line.status.ok()) {  // "parse_error: line 7: ..." -- the rest still follows
//       continue;
//     }
//     // line.record.type == ClaimsRecord::Type::kClaim, line.record.anchor.span = {300, 420}
//   }
//   if (!reader->status().ok()) { /* reading failed part-way */ }
//
// The file is read in chunks; each line is parsed on its own with simdjson,
// so a malformed line costs only that line. Blank lines are skipped. Lines
// longer than kMaxLineBytes are reported as malformed.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "claimtrace/claims.h"
#include "claimtrace/offset_map.h"
#include "claimtrace/status.h"

namespace claimtrace {

// Where a mention or a claim's evidence is: its source bytes, its visible text,
// and (when the file has them) the W3C-style selector and code point position
// in the normalized text.
struct TextAnchor {
  ByteSpan span;        // "start", "end": source bytes
  std::string text;     // mention "text" or evidence "quote"
  bool has_selector = false;
  std::string exact, prefix, suffix;  // "selector"
  bool has_position = false;
  uint64_t position_start = 0, position_end = 0;  // "position", code points
};

struct ClaimsRecord {
  enum class Type { kDocument, kMention, kClaim, kError, kOther };
  Type type = Type::kOther;
  std::string doc;
  // document
  std::string sha256;
  // mention and claim
  std::string kind;
  TextAnchor anchor;  // mention: its own span; claim: "evidence"
  // claim values (SCHEMA.md "claim"); unset when absent or null
  std::optional<double> amount, value;
  std::string currency;
  std::optional<int> year, from, to;
  bool projected = false;
  std::string subject;
  std::optional<Segment> segment;
};

struct ClaimsLine {
  uint64_t number = 0;   // 1-based line number in the file
  std::string text;      // the line without its '\n'
  Status status;         // kParseError for a malformed line; `record` is then empty
  ClaimsRecord record;
};

// Parses one JSON Lines record. Fails with kParseError and a message naming
// what is wrong (not JSON, not an object, no "type", a field of the wrong type).
Status ParseClaimsRecord(std::string_view line, ClaimsRecord* out);

class ClaimsFileReader {
 public:
  static constexpr uint64_t kMaxLineBytes = 64ull << 20;

  // Opens `path` ("-" is standard input).
  static Status Open(const std::string& path, std::unique_ptr<ClaimsFileReader>* out);
  ~ClaimsFileReader();

  // The next non-blank line; false at the end of the file or when reading
  // failed (then status() says why).
  bool Next(ClaimsLine* out);
  const Status& status() const;

 private:
  ClaimsFileReader();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimtrace
