// Internal: what Lexicon::Load reads from extract/lexicon/*.json, compiled for
// matching. Shared read-only by every ClaimAssembler of a process.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <array>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimtrace/claims.h"
#include "byte_scan.h"
#include "claimtrace/offset_map.h"

namespace claimtrace {

// One occurrence of a phrase from a PhraseMatcher's list.
struct PhraseHit {
  ByteSpan span;
  size_t entry = 0;  // index of the phrase in the list it was built from
};

// Finds fixed phrases (region aliases, dimension words) in text, longest
// phrase first at each position. Phrases that start or end with a Latin
// letter or digit only match on word boundaries, Katakana phrases only
// between non-Katakana characters; Han and Hangul phrases match anywhere
// (those scripts write particles and compounds without spaces).
//
// The search is what RE2 did with the phrases as one alternation, longest
// first: the leftmost position where some phrase matches, the longest phrase
// there; a match glued to letters of its own script moves the search on by
// one character, a kept one to its end. It walks a trie of the (case-folded)
// phrases instead, so a page costs one pass with a table lookup per byte.
class PhraseMatcher {
 public:
  PhraseMatcher() = default;
  // `case_insensitive` folds case as RE2 does (Unicode simple case folding);
  // a match is reported when its text, with ASCII letters lower-cased, is one
  // of the phrases so spelled.
  bool Build(const std::vector<std::string>& phrases, bool case_insensitive, std::string* error);
  std::vector<PhraseHit> FindAll(std::string_view text) const;
  bool empty() const { return nodes_.empty(); }

  // The positions of `page` where a match may start, marked once for a page
  // whose units are searched one by one: bit i % 64 of word i / 64.
  std::vector<uint64_t> MarkStarts(std::string_view page) const;
  // FindAll(page.substr(span.start, span.size())), spans relative to it,
  // looking only at the positions `marks` (MarkStarts(page)) holds.
  std::vector<PhraseHit> FindAllIn(std::string_view page, ByteSpan span, const std::vector<uint64_t>& marks) const;

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  struct Node {
    uint32_t first_edge = 0, edges = 0;  // range of edges_, sorted by byte
    uint32_t rank = kNone;               // order of the longest phrase ending here; kNone: none ends here
  };
  struct Edge {
    unsigned char byte;
    uint32_t to;
  };
  // End of the longest phrase (the lowest rank) starting at `pos`, or 0.
  size_t LongestAt(std::string_view text, size_t pos) const;
  // FindAll's step at candidate `pos` of `text`: appends a hit, returns where the search goes on.
  size_t TryAt(std::string_view text, size_t pos, std::vector<PhraseHit>* hits) const;
  uint32_t Child(uint32_t node, unsigned char b) const;
  // False when no phrase begins with the ASCII bytes `first` `second` (lower-
  // cased if folding) nor is `first` alone one: LongestAt is 0 where they stand.
  bool MayBeginWith(unsigned char first, unsigned char second) const {
    return ascii_pairs_[first][second >> 6] >> (second & 63) & 1;
  }

  std::vector<Node> nodes_;                 // nodes_[0] is the root
  std::vector<Edge> edges_;
  std::array<uint32_t, 256> root_{};        // the root's children by byte, kNone-free: 0 = none
  ByteSet may_start_;                       // text bytes a match can start with
  // Bit s % 64 of [f][s / 64]: some phrase begins with the ASCII bytes f s
  // (folded), or f alone is one. 2 KiB.
  std::array<std::array<uint64_t, 2>, 128> ascii_pairs_{};
  std::map<std::string, size_t> index_;     // phrase with ASCII letters lower-cased (if folding) -> entry
  bool case_insensitive_ = false;
};

// The cues the claim assembler asks about, by the name cues.json gives them.
enum class CueId {
  kCagr, kShare, kShareNegative, kShareVerb, kProjected, kMarket, kNotSize, kNextYears, kForecastPeriod,
  kForecastDeclaration, kByYear, kYearAfter, kYearBefore, kRespectively, kGrowthNegative, kCompany,
  kLabelGeneric, kSourceHeader, kNotSizeExempt, kGrowthVerb, kSizeVerb,
  kCount
};
inline constexpr size_t kCueCount = static_cast<size_t>(CueId::kCount);
// "cagr", "share", ... as in cues.json.
std::string_view CueName(CueId id);

// A named list of RE2 patterns compiled into one alternation.
class Cue {
 public:
  bool Build(const std::vector<std::string>& patterns, std::string* error);
  // Every non-overlapping match in `text`, in order.
  std::vector<ByteSpan> FindAll(std::string_view text) const;
  bool Matches(std::string_view text) const;
  bool empty() const { return !re_; }

 private:
  std::unique_ptr<RE2> re_;
};

// What the cues say about one page's text, asked again and again during its
// assembly: results per span are remembered (a unit, heading or table header
// is asked about once per figure, once per row under it). Owned by one page's
// assembly, never shared between threads.
class PageCues {
 public:
  PageCues(const Lexicon::Impl& lexicon, std::string_view text) : lexicon_(lexicon), text_(text) {}

  // The cue's Matches / FindAll of text[span], remembered.
  bool Matches(CueId cue, ByteSpan span);
  const std::vector<ByteSpan>& FindAll(CueId cue, ByteSpan span);
  // The same for any string, not remembered.
  bool Matches(CueId cue, std::string_view s) const;
  std::vector<ByteSpan> FindAll(CueId cue, std::string_view s) const;

 private:
  struct Key {
    CueId cue;
    uint32_t start, end;
    friend bool operator==(const Key&, const Key&) = default;
  };
  struct KeyHash {
    size_t operator()(const Key& k) const {
      uint64_t h = (static_cast<uint64_t>(k.cue) + 1) * 0x9E3779B97F4A7C15ull;
      h ^= (static_cast<uint64_t>(k.start) << 32 | k.end) + 0x632BE59BD9B4E019ull + (h << 6) + (h >> 2);
      return static_cast<size_t>(h ^ (h >> 29));
    }
  };
  const Lexicon::Impl& lexicon_;
  std::string_view text_;
  std::unordered_map<Key, bool, KeyHash> matches_;
  std::unordered_map<Key, std::vector<ByteSpan>, KeyHash> found_;
};

struct QualifierRule {
  std::unique_ptr<RE2> re;  // anchored at the end (before a figure) or start (after)
  std::string name;
};

// An ordered list of qualifier rules, also compiled into one RE2::Set so that
// finding the first rule that matches costs one scan instead of one per rule.
class QualifierRules {
 public:
  // False (with *error) when a pattern does not compile.
  bool Add(const std::string& pattern, std::string name, std::string* error);
  void Finish();
  // The name of the first rule (in list order) whose pattern matches
  // anywhere in `text`; nullptr when none does.
  const std::string* First(std::string_view text) const;
  const std::vector<QualifierRule>& rules() const { return rules_; }

 private:
  std::vector<QualifierRule> rules_;
  std::unique_ptr<RE2::Set> set_;  // null when the set could not be built: rules_ one by one
};

struct RegionEntry {
  std::string name;  // canonical
};

struct Lexicon::Impl {
  std::vector<RegionEntry> regions;
  std::vector<size_t> region_of_alias;  // alias index -> region index
  std::vector<bool> alias_is_demonym;   // alias index -> "Indian" rather than "India"
  PhraseMatcher region_aliases;

  std::vector<std::string> dimension_of_word;  // word index -> dimension
  PhraseMatcher dimension_words;

  std::array<Cue, kCueCount> cues;  // empty (matching nothing) where the data has none
  QualifierRules qualifiers_before, qualifiers_after;

  const Cue& cue(CueId id) const { return cues[static_cast<size_t>(id)]; }
};

// ASCII lower-casing; other bytes unchanged.
std::string AsciiLower(std::string_view s);

}  // namespace claimtrace
