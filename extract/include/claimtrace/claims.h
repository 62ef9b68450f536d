// claims: assembles figures into what a reader takes away from a report page:
// market sizes, growth rates (CAGR) and shares, tied to a subject (the market),
// an optional segment, a year or period, and the sentence or table row they
// come from.
//
//   claimtrace::Lexicon lexicon;
//   claimtrace::Status s = claimtrace::Lexicon::Load(dir /* extract/lexicon */, &lexicon);
//   claimtrace::ClaimAssembler assembler(&lexicon);
//   claimtrace::ClaimResult r = assembler.Assemble(doc, mentions, style);
//   // r.subject  = "Internet of Medical Things (IoMT)"
//   // r.segments = segment mentions found on the page
//   // r.claims   = {kSize 1.8193e11 USD 2023, kCagr 20.42 2024..2033, kShare 38 2023 North America, ...}
//
// An assembler only reads its lexicon; one per process, shared between threads.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/figures.h"
#include "claimtrace/normalize.h"
#include "claimtrace/status.h"

namespace claimtrace {

// Built-in knowledge read from JSON files (with simdjson) at start-up: regions,
// countries and their aliases in several languages, dimension words, and the
// phrase cues for each claim kind.
class Lexicon {
 public:
  Lexicon();
  ~Lexicon();
  Lexicon(Lexicon&&) noexcept;
  Lexicon& operator=(Lexicon&&) noexcept;

  // Reads every *.json file of `dir`. Errors name the file and the byte offset.
  static Status Load(std::string_view dir, Lexicon* out);
  // The lexicon folder of this build: $CLAIMTRACE_LEXICON if set, else the
  // one installed beside the binary, else the source tree's extract/lexicon.
  static std::string DefaultDir();

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

enum class ClaimKind { kSize, kCagr, kShare };
// "size", "cagr", "share".
const char* ClaimKindName(ClaimKind kind);

struct Segment {
  std::string dimension;  // region, component, application, end_use, deployment,
                          // product, technology, type, vendor, other
  std::string name;       // canonical name, as the page's own segmentation spells it
};

struct Claim {
  ClaimKind kind = ClaimKind::kSize;
  // size
  double amount = 0;
  std::string currency;
  std::optional<int> year;  // size and share
  bool projected = false;
  // cagr and share
  double value = 0;
  std::optional<int> from, to;  // cagr
  std::string subject;
  std::optional<Segment> segment;
  std::string qualifier;  // empty when none
  ByteSpan evidence;      // the sentence or table row, in NormalizedDocument::text
  std::vector<size_t> figures;  // indexes into the mentions passed to Assemble(), then `numbers`
};

struct ClaimResult {
  std::string subject;            // the page's market; may be empty
  std::vector<Mention> segments;  // kSegment mentions, in text order
  std::vector<Mention> numbers;   // kNumber mentions (table amounts), in text order
  std::vector<Claim> claims;      // in text order of their evidence
};

class ClaimAssembler {
 public:
  explicit ClaimAssembler(const Lexicon* lexicon);
  ~ClaimAssembler();
  ClaimAssembler(const ClaimAssembler&) = delete;
  ClaimAssembler& operator=(const ClaimAssembler&) = delete;

  // `figures` are the FigureDetector's mentions for `doc.text`.
  ClaimResult Assemble(const NormalizedDocument& doc, const std::vector<Mention>& figures,
                       const PageStyle& style) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimtrace
