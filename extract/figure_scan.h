// Internal to the figure detectors: the pieces the money, percent and year
// detectors share. Not a public header.
//
// Detect() first builds a FigureScan over the text: every digit run is parsed
// once into a NumberToken, and spans that hold no figures (URLs, e-mail
// addresses, phone numbers) are masked. The detectors then run in priority
// order (money, percent, years); each claims the number tokens it uses so that
// a later detector cannot reuse them ("USD 1900" is an amount, never a year).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "byte_scan.h"
#include "regex_bytes.h"
#include "claimtrace/figures.h"

namespace claimtrace::figures_internal {

// ---- UTF-8 and character classes -------------------------------------------

// The code point that starts at `pos` (U+FFFD on a bad sequence); *len gets
// its byte length (0 at the end of `s`).
char32_t CodePointAt(std::string_view s, size_t pos, size_t* len);
// The code point that ends just before `pos`; *len gets its byte length.
char32_t CodePointBefore(std::string_view s, size_t pos, size_t* len);
// Inline: the detectors ask these at nearly every byte they look at.
inline bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }  // ASCII digits only: the text is NFKC
bool IsNonAsciiLetter(char32_t c);                                 // ICU's alphabetic, for c >= 0x80
inline bool IsLetter(char32_t c) { return c < 0x80 ? IsAsciiLetter(c) : IsNonAsciiLetter(c); }  // any script
bool IsCjk(char32_t c);           // Han, kana, Hangul
// False when [start, end) begins or ends with a letter of a spaced script
// that is glued to another such letter ("ALL" inside "ALLOW"); digits may
// touch letters ("USD34.6", "115USD").
bool WordBounded(std::string_view s, size_t start, size_t end);

// The mentions of `found` (the detectors' output in priority order) in text
// order, without the empty ones and each that overlaps one kept before it: where
// two readings overlap, the earlier detector wins.
std::vector<Mention> KeepEarlierOfOverlapping(std::vector<Mention> found);

// ---- Patterns ----------------------------------------------------------------

// The edge bytes of `re`'s matches (see regex_bytes.h).
EdgeBytes EdgesOf(const RE2& re);

// An RE2 built once; records the first compile error in *error.
std::unique_ptr<RE2> Compile(std::string_view pattern, std::string* error, bool longest = false,
                             bool case_sensitive = true);

// A pattern asked about one position of a text: does a match start there
// ("a percent sign right after the number?"), or end there ("'between '
// right before it?"). Nearly always the answer is no and the byte at that
// position (spaces aside) already says so (regex_bytes.h); RE2 answers the rest.
class AnchoredPattern {
 public:
  AnchoredPattern(std::string_view pattern, std::string* error);
  // RE2::Match anchored at `pos`, the whole text as context.
  bool MatchAt(std::string_view text, size_t pos, re2::StringPiece* submatch = nullptr, int n = 0) const;
  // RE2 searching text[from, end) as a text of its own, for a pattern that
  // ends in '$' (so its match ends at `end`); *match gets it.
  bool EndsAt(std::string_view text, size_t from, size_t end, re2::StringPiece* match = nullptr) const;
  // EndsAt over at most the `window` bytes before `end`, from the first
  // character that starts in them; *start gets where the match starts.
  bool EndsWithin(std::string_view text, size_t end, size_t window, size_t* start = nullptr) const;
  const RE2& re() const { return *re_; }

 private:
  std::unique_ptr<RE2> re_;
  EdgeBytes edges_;
};

// One entry of a vocabulary: a regular expression for the surface form and
// what it stands for (an ISO code, a multiplier, a qualifier...).
struct VocabEntry {
  const char* pattern;
  const char* meaning;
  double number = 0;
};

// A vocabulary compiled into one alternation with a group per entry. Match*
// return the index of the entry that matched (the longest, leftmost one).
class Vocabulary {
 public:
  Vocabulary(const std::vector<VocabEntry>& entries, std::string_view before, std::string_view after,
             std::string* error);
  // Match starting exactly at `pos`; *end gets the end of the whole match and
  // *entry_start (when given) the start of the entry's own text.
  std::optional<size_t> MatchAt(std::string_view text, size_t pos, size_t* end,
                                size_t* entry_start = nullptr) const;
  // Match ending exactly at `end` (searching back at most `window` bytes);
  // *start gets the start of the entry's group.
  std::optional<size_t> MatchBefore(std::string_view text, size_t end, size_t window, size_t* start) const;
  const VocabEntry& entry(size_t i) const { return entries_[i]; }

 private:
  std::optional<size_t> WhichGroup(const std::vector<re2::StringPiece>& groups) const;
  std::vector<VocabEntry> entries_;
  std::unique_ptr<RE2> at_;
  std::unique_ptr<RE2> before_;
  // Most numbers have no entry next to them: the byte after (before) them,
  // past spaces, tells so without RE2.
  EdgeBytes at_edges_, before_edges_;
  // MatchBefore's and MatchAt's shortcut: the entries one by one, each anchored at both
  // ends, tell which entry the matched text is without RE2's capture engine
  // over a group per entry. Null when the shortcut does not apply.
  std::unique_ptr<RE2::Set> entry_set_;
  bool after_spaces_ = false;      // `after` is "", " ?" or " {0,2}" (MatchBefore's shortcut)
  size_t max_after_spaces_ = 0;
  bool before_spaces_ = false;     // `before` is "", " ?" or " {0,2}" (MatchAt's shortcut)
  size_t max_before_spaces_ = 0;
};

// ---- Numbers -----------------------------------------------------------------

struct NumberToken {
  uint32_t start = 0, end = 0;   // the digits (with their separators)
  std::optional<double> value;   // nullopt: not a number (section number 12.1.5.1)
  bool plain = false;            // digits only, no separator
  bool claimed = false;          // used by a mention already
};

// Parses a digit run with '.', ',' (and ' ' when `decimal_comma`) separators.
// A comma followed by exactly three digits groups thousands unless the page
// writes decimal commas; other commas are decimal. A dot followed by exactly
// three digits groups thousands on decimal-comma pages. Indian grouping
// (8,29,409) is accepted. Returns nullopt for shapes that are not one number,
// and for tokens past 64 bytes or 15 integer digits (beyond what a double
// holds exactly; no page means "$999999999999999999999 trillion").
std::optional<double> ParseDigits(std::string_view token, bool decimal_comma);

// `number` times `scale` to 12 significant digits: 4.1 * 1e9 is
// 4099999999.9999995 in binary, and a page that says "4.1 billion" means 4100000000.
double ScaledAmount(double number, double scale);

// English number words: "a hundred", "twenty-two", "one", "half", "three
// quarters". Returns the value and sets *end; nullopt when no number word
// starts at `pos`. `bare_article` is set when the match is only "a"/"an".
std::optional<double> ParseNumberWords(std::string_view text, size_t pos, size_t* end, bool* bare_article);

// Whole words from a fixed list, as RE2 finds (?i)\b(?:w1|w2|...)\b one match
// after another: a run of ASCII word bytes ([0-9A-Za-z_], what \b tells
// apart) spelling a listed word in any case. With `pairs`, a run spelling one
// of `pairs.first` ("a", "an"), one space and a run spelling one of
// `pairs.second` ("hundred") is one match, tried before the single words.
class WordListMatcher {
 public:
  WordListMatcher(std::vector<std::string_view> words,
                  std::pair<std::vector<std::string_view>, std::vector<std::string_view>> pairs = {});
  // The leftmost match starting at or after `pos` (a run that starts before
  // `pos` is none), or nullopt.
  std::optional<ByteSpan> Next(std::string_view text, size_t pos) const;

 private:
  class Words {
   public:
    static constexpr size_t kMaxLength = 15;
    explicit Words(const std::vector<std::string_view>& words);
    // Whether text[start, end) spells one of the words, ASCII case ignored.
    bool Matches(std::string_view text, size_t start, size_t end) const;
    // The longest word's length; each word's first byte.
    size_t max_length() const { return max_length_; }
    std::vector<char> first_bytes() const;

   private:
    std::array<std::vector<std::string>, kMaxLength + 1> by_length_;  // lower case
    // Bit (last letter - 'a') of [length][first letter - 'a']: a word of that
    // length begins and ends so. Most runs of a page fail this one test.
    std::array<std::array<uint32_t, 26>, kMaxLength + 1> ends_{};
    std::array<bool, kMaxLength + 1> unfiltered_{};  // a word of that length begins or ends in no letter
    size_t max_length_ = 0;
  };
  Words words_, first_, second_;
  ByteSet may_start_;                  // first bytes (either case) of words_ and first_
  size_t max_len_ = 0;                 // of words_ and first_
};

// ---- Number style -------------------------------------------------------------

// The four shapes SniffStyle counts to tell decimal commas from decimal dots.
enum class DecimalShape {
  kComma,      // \d,\d{1,2}\b | \d\.\d{3}\.\d{3}\b | \b\d{1,3}\.\d{3},\d
  kDot,        // \d\.\d{1,2}\b | \d,\d{3},\d{3}\b | \b\d{1,3},\d{3}\.\d
  kWeakComma,  // \b\d{1,3}\.\d{3}\b
  kWeakDot,    // \b\d{1,3},\d{3}\b
};
// The RE2 pattern of `shape` (as in the comments above).
const char* DecimalShapePattern(DecimalShape shape);
// An ASCII needle whose letters (given in lower case) match either case,
// built once for the searches of many pages.
class CaselessNeedle {
 public:
  explicit CaselessNeedle(std::string_view needle);
  // The first occurrence at or after `from`; text.size() when none.
  size_t FindIn(std::string_view text, size_t from) const;

 private:
  std::string needle_;
  ByteSet first_;  // the needle's first byte in either case
};
// Whether `text` holds a Chinese numeral followed by a unit ("三千", "两亿"):
// what [一二两兩三四五六七八九][十百千万萬亿億兆] finds.
bool HasChineseNumeralPair(std::string_view text);
// The first ASCII digit at or after `p`, or text.size().
size_t NextDigit(std::string_view text, size_t p);
// For each shape (indexed by DecimalShape), how many times RE2::FindAndConsume
// finds DecimalShapePattern(shape) in `text` (non-overlapping, leftmost-first,
// each search starting a fresh text), capped at `cap` + 1. One byte scan over
// the digits: the regex loops cost more than the rest of the style sniffing.
using DecimalShapeCounts = std::array<size_t, 4>;
DecimalShapeCounts CountDecimalShapes(std::string_view text, size_t cap);

// ---- The shared scan ---------------------------------------------------------

struct FigureScan {
  std::string_view text;
  PageStyle style;
  std::vector<NumberToken> numbers;  // in text order
  std::vector<ByteSpan> masked;      // URLs, e-mails, phone numbers; sorted
  bool number_words = false;         // the prefilter saw English number words
  bool chinese_numerals = false;     // ... or Chinese numerals with a unit

  bool Masked(uint32_t pos) const;
  // Index of the number token that starts exactly at `pos`, if any.
  std::optional<size_t> NumberAt(uint32_t pos) const;
  // Index of the first token starting at or after `pos`.
  size_t FirstNumberFrom(uint32_t pos) const;
};

// ---- Detectors -----------------------------------------------------------------

// Each detector compiles its patterns in its constructor and is immutable
// afterwards. Find() appends mentions and marks the tokens it used as claimed.
class MoneyDetector {
 public:
  explicit MoneyDetector(std::string* error);
  ~MoneyDetector();
  void Find(FigureScan* scan, std::vector<Mention>* out) const;

  struct Patterns;  // the compiled patterns, defined with the detector

 private:
  std::unique_ptr<Patterns> p_;
};

class PercentDetector {
 public:
  explicit PercentDetector(std::string* error);
  ~PercentDetector();
  void Find(FigureScan* scan, std::vector<Mention>* out) const;

  struct Patterns;  // the compiled patterns, defined with the detector

 private:
  std::unique_ptr<Patterns> p_;
};

class YearDetector {
 public:
  explicit YearDetector(std::string* error);
  ~YearDetector();
  void Find(FigureScan* scan, std::vector<Mention>* out) const;

  struct Patterns;  // the compiled patterns, defined with the detector

 private:
  std::unique_ptr<Patterns> p_;
};

// Qualifiers directly before (or, for "+", "以上", "超", after) a figure.
class QualifierFinder {
 public:
  explicit QualifierFinder(std::string* error);
  ~QualifierFinder();
  std::string Find(std::string_view text, ByteSpan span) const;

 private:
  struct Patterns;
  std::unique_ptr<Patterns> p_;
};

// Byte offset of the sign ('+' or '-') that belongs to the number starting at
// `pos`, or `pos` when there is none. A '-' between two digits is a dash.
uint32_t SignStart(std::string_view text, uint32_t pos);

}  // namespace claimtrace::figures_internal
