// FigureDetector: builds the shared scan (number tokens, masked spans), runs
// the money, percent and year detectors in priority order, and attaches
// qualifiers. See figure_scan.h for how the pieces fit.
#include "claimtrace/figures.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <unordered_map>

#include <re2/set.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "figure_scan.h"
#include "text_util.h"

namespace claimtrace {

using figures_internal::Compile;
using figures_internal::FigureScan;
using figures_internal::NumberToken;

const char* MentionKindName(MentionKind kind) {
  switch (kind) {
    case MentionKind::kMoney: return "money";
    case MentionKind::kPercent: return "percent";
    case MentionKind::kYear: return "year";
    case MentionKind::kYearRange: return "year_range";
    case MentionKind::kSegment: return "segment";
    case MentionKind::kNumber: return "number";
  }
  return "money";
}

namespace {

struct StopWordList {
  const char* language;
  std::vector<std::string_view> words;  // lower case, in preference order
};

std::vector<StopWordList> StopWords() {
  return {
      {"en", {"the", "and", "of", "to", "in", "is", "for", "that", "with", "are", "by", "from", "this", "market"}},
      {"de", {"der", "die", "das", "und", "ist", "mit", "für", "von", "den", "nicht", "auch", "sich", "werden", "eine",
              "wird"}},
      {"fr", {"le", "la", "les", "des", "et", "est", "pour", "une", "dans", "du", "sur", "avec", "qui", "sont", "pas"}},
      {"es", {"el", "los", "las", "del", "para", "una", "con", "por", "está", "según", "también", "más", "y", "se",
              "al", "su", "sus", "como"}},
      {"pt", {"os", "as", "um", "uma", "para", "com", "não", "são", "do", "da", "dos", "das", "em", "mais",
              "também", "ao", "pela", "pelo"}},
      {"it", {"il", "gli", "della", "delle", "che", "per", "sono", "una", "con", "anche", "più", "di", "nel", "dei",
              "è", "nella", "dal"}},
      // Not "de" and "en": the two commonest words of Spanish (and "de" of Portuguese and French).
      {"nl", {"het", "een", "van", "voor", "met", "zijn", "niet", "ook", "wordt"}},
  };
}

// Counts, per language, the case-insensitive whole-word occurrences of its
// stop words in one pass, with the semantics of searching each language's
// `(?i)\b(?:w1|w2|...)\b` over the text one match after another: RE2's \b
// knows only ASCII word characters, a match resumes the search at its end, and
// the first listed word wins at a position. One pass with a table lookup per
// word boundary replaces seven regex scans that cost a match each.
class StopWordCounter {
 public:
  static constexpr size_t kMaxLanguages = 8;
  using Langs = std::vector<std::pair<size_t, size_t>>;  // (language, index of the word in its list)
  using Words = std::unordered_map<std::string, Langs>;
  // Trivially constructed: CountAt declares a Best at every word of a page
  // and fills it only when a word matches there.
  struct Found {
    size_t index, end;
  };
  using Best = std::array<Found, kMaxLanguages>;
  StopWordCounter() {
    for (const auto& list : StopWords()) {
      if (languages_.size() == kMaxLanguages) break;
      languages_.push_back(list.language);
      for (size_t i = 0; i < list.words.size(); ++i) {
        std::string key(list.words[i]);
        max_bytes_ = std::max(max_bytes_, key.size());
        words_[key].push_back({languages_.size() - 1, i});
      }
    }
    // At most a quarter full, so that a probe ends soon.
    ascii_words_.resize(std::bit_ceil(std::max<size_t>(64, 4 * words_.size())));
    for (const auto& [word, langs] : words_) {
      if (word.size() > 8 || !std::all_of(word.begin(), word.end(), [](char c) { return c > 0; })) continue;
      size_t i = Slot(Pack(word));
      while (ascii_words_[i].second) i = (i + 1) & (ascii_words_.size() - 1);
      ascii_words_[i] = {Pack(word), &langs};
    }
  }
  const std::vector<const char*>& languages() const { return languages_; }

  // counts[i] for languages()[i], each capped at `cap`.
  std::vector<size_t> Count(std::string_view text, size_t cap) const {
    Counting c{std::vector<size_t>(languages_.size(), 0), std::vector<size_t>(languages_.size(), 0), {}};
    // A match starts at an ASCII word character after a non-word one: the
    // starts of a page's words, marked in one pass.
    std::vector<uint64_t> starts;
    AsciiWordBytes().MarkNotAfter(text, AsciiWordBytes(), &starts);
    for (size_t w = 0; w < starts.size(); ++w) {
      for (uint64_t bits = starts[w]; bits; bits &= bits - 1) {
        CountAt(text, w * 64 + static_cast<size_t>(__builtin_ctzll(bits)), cap, &c);
      }
    }
    return c.counts;
  }

 private:
  struct Counting {
    std::vector<size_t> counts;  // per language, capped
    std::vector<size_t> resume;  // per language: where its last match ended
    std::string key;             // scratch
  };

  // Counts the words that start at `p` (the start of a word), each count capped at `cap`.
  void CountAt(std::string_view text, size_t p, size_t cap, Counting* c) const {
    std::vector<size_t>& resume = c->resume;
    std::string& key = c->key;
    // The first listed word that matches here, per language: (word index,
    // end); filled when `any` is first set.
    Best best;
    bool any = false;
    key.clear();
    size_t e = p;
    // A run of ASCII letters ended by an ASCII byte has its only \b at its
    // end: one lookup (or none) answers it without growing the key.
    size_t q = p;
    const size_t q_limit = std::min(text.size(), p + max_bytes_ + 1);
    while (q < q_limit && figures_internal::IsAsciiLetter(static_cast<unsigned char>(text[q]))) ++q;
    // More letters than the longest word: no \b inside them where one could end.
    if (q - p > max_bytes_) return;
    if (q == text.size() || static_cast<unsigned char>(text[q]) < 0x80) {
      if (!(q < text.size() && IsAsciiWordByte(static_cast<unsigned char>(text[q])))) {
        if (q - p <= 8) {
          if (const Langs* langs = FindAscii(Pack(text.substr(p, q - p)))) Note(*langs, p, q, resume, &best, &any);
        } else {
          for (size_t i = p; i < q; ++i) key.push_back(LowerAscii(text[i]));
          if (auto it = words_.find(key); it != words_.end()) Note(it->second, p, q, resume, &best, &any);
        }
      }
      e = text.size();  // nothing else can match here
    }
    while (e < text.size() && key.size() <= max_bytes_) {
      size_t n = 1;
      bool word_before = false;
      if (auto b = static_cast<unsigned char>(text[e]); b < 0x80) {
        // ASCII, the common case, without decoding or ICU.
        if (!figures_internal::IsAsciiLetter(b)) break;  // the words hold letters only
        key.push_back(LowerAscii(static_cast<char>(b)));
        word_before = true;
      } else {
        char32_t c = figures_internal::CodePointAt(text, e, &n);
        // ICU's simple folding agrees with RE2's (?i) on the letters the
        // lists hold (and on K/ſ, which fold to k/s in both).
        AppendCaseFolded(c, &key);
        word_before = n == 1 && IsAsciiWordByte(b);
      }
      e += n;
      bool word_after = e < text.size() && IsAsciiWordByte(static_cast<unsigned char>(text[e]));
      if (word_before == word_after) continue;  // no \b at e
      if (auto it = words_.find(key); it != words_.end()) Note(it->second, p, e, resume, &best, &any);
    }
    if (!any) return;
    for (size_t lang = 0; lang < languages_.size(); ++lang) {
      if (best[lang].index == SIZE_MAX || c->counts[lang] >= cap) continue;
      ++c->counts[lang];
      resume[lang] = best[lang].end;
    }
  }

  // Records the word found at [p, e) (listed for `langs`) for every language
  // whose previous match ended at or before p and that has no earlier-listed
  // word matching at p yet; fills `best` first when *any is still false.
  static void Note(const Langs& langs, size_t p, size_t e, const std::vector<size_t>& resume, Best* best,
                   bool* any) {
    for (const auto& [lang, index] : langs) {
      if (p < resume[lang]) continue;
      if (!*any) {
        best->fill({SIZE_MAX, 0});
        *any = true;
      }
      if (index < (*best)[lang].index) (*best)[lang] = {index, e};
    }
  }

  // The open-addressed table of the ASCII words: one multiplication and a
  // probe or two per word of a page.
  size_t Slot(uint64_t packed) const {
    return static_cast<size_t>((packed * 0x9E3779B97F4A7C15ull) >> 40) & (ascii_words_.size() - 1);
  }
  const Langs* FindAscii(uint64_t packed) const {
    for (size_t i = Slot(packed);; i = (i + 1) & (ascii_words_.size() - 1)) {
      if (!ascii_words_[i].second || ascii_words_[i].first == packed) return ascii_words_[i].second;
    }
  }

  // An ASCII word of up to eight letters as one number, lower-cased.
  static uint64_t Pack(std::string_view word) {
    uint64_t v = 0;
    for (char c : word) v = v << 8 | static_cast<unsigned char>(LowerAscii(c));
    return v;
  }

  std::vector<const char*> languages_;
  Words words_;
  // The ASCII words of up to eight letters by Slot(Pack(word)); {0, null}:
  // empty. A power of two long.
  std::vector<std::pair<uint64_t, const Langs*>> ascii_words_;
  size_t max_bytes_ = 0;
};

// Spans that hold no figures: URLs, e-mail addresses, file names, phone
// numbers, codes.
std::vector<const char*> MaskPatterns() {
  return {
      R"((?i)(?:https?|ftp)://[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+|\bwww\.[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+)",
      // A query string or text fragment left from a URL a PDF broke apart.
      R"([?&#][A-Za-z0-9_:~]+=[A-Za-z0-9\-._~:/?#@!$&*+,;=%]*)",
      R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})",
      R"((?i)[A-Za-z0-9\-._~/%]+\.(?:pdf|html?|php|aspx?|jpe?g|png|gif|svg|xlsx?|docx?|csv|json)\b)",
      // Phone numbers: "+1 (800) 782 1768", "(02) 2306-3848", "800-555-1234".
      R"(\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,5}){1,3})",
      R"(\(\d{2,4}\) ?\d{3,4}[ .-]?\d{3,4})", R"(\b\d{3}[.-]\d{3}[.-]\d{4}\b)",
      // A labelled contact number: "Tel. 089 2024 5510", "ext. 1999", "문의: 02-2024-1188".
      // Abbreviations need no colon; words do ("phone 2024 sales" is no number).
      R"((?i:\b(?:tel|fax|ext)\b\.? ?:?|(?:\b(?:telephone|phone|helpline|hotline|extension|toll[- ]free|)"
      R"(telefon|tel[eé]fono|telefone|t[ée]l[ée]phone)\b|問い合わせ|お問合せ|電話|电话|문의|전화) ?:))"
      R"( ?\+?\(?\d[\d ().-]*\d)",
      // A trunk-prefixed number written in spaced groups: "089 2024 5510".
      R"(\b0\d{1,4}(?: \d{2,5}){2,3}\b)",
      // A report or product code: "Report ID: AMV-2033-118", "SKU: 2024-77". Three
      // characters at least, so that "FY-2024-25" and "Q1-2024-Q2" stay years.
      R"(\b[A-Z][A-Z0-9]{2,}-\d+(?:-[A-Za-z0-9]+)+\b)",
      R"(\b(?:ID|Id|SKU|ISBN|ISSN|DOI|Ref\.?|(?i:report|product|order|document) (?:code|no\.?|number|nr\.?)) ?[:#] ?)"
      R"([A-Za-z0-9][A-Za-z0-9/._-]*)",
  };
}

RE2::Options SetOptions() {
  RE2::Options options;
  options.set_max_mem(64 << 20);
  return options;
}

std::vector<std::unique_ptr<RE2>> CompileAll(const std::vector<const char*>& patterns, std::string* error) {
  std::vector<std::unique_ptr<RE2>> out;
  for (const char* p : patterns) out.push_back(Compile(p, error));
  return out;
}

struct ScriptCounts {
  size_t kana = 0, hangul = 0, han = 0, latin = 0;  // latin: ASCII letters
};

// One pass over the code points with ICU's script property: counting them
// one regex match at a time cost more than all the detectors together.
ScriptCounts CountScripts(std::string_view text) {
  ScriptCounts c;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    if (i + 8 <= n) {
      // Eight ASCII bytes at a time: a letter is a byte whose (b | 0x20) is
      // in 'a'..'z'; the sums below cannot carry between bytes below 0x80.
      uint64_t v;
      std::memcpy(&v, s + i, 8);
      constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
      if ((v & kHigh) == 0) {
        uint64_t x = v | (kOnes * 0x20);
        uint64_t from_a = x + kOnes * (0x80 - 'a'), past_z = x + kOnes * (0x80 - 'z' - 1);
        // One bit per letter, summed into the top byte by the multiplication.
        c.latin += static_cast<size_t>((((from_a & ~past_z & kHigh) >> 7) * kOnes) >> 56);
        i += 8;
        continue;
      }
    }
    if (s[i] < 0x80) {
      c.latin += ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z');
      ++i;
      continue;
    }
    UChar32 cp;
    U8_NEXT(s, i, n, cp);
    if (cp < 0) continue;
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(cp, &status)) {
      case USCRIPT_HIRAGANA:
      case USCRIPT_KATAKANA: ++c.kana; break;
      case USCRIPT_HANGUL: ++c.hangul; break;
      case USCRIPT_HAN: ++c.han; break;
      default: break;
    }
  }
  // The same cap as Count() below, so thresholds read the same numbers.
  constexpr size_t kCap = 100001;
  return {std::min(c.kana, kCap), std::min(c.hangul, kCap), std::min(c.han, kCap), std::min(c.latin, kCap)};
}

// Three or more dash-joined digit groups with at least eight digits are a
// phone number or a code ("1800-180-2024", "03-5201-2024"), unless they are
// a date ("2022-09-01", "15-03-2024"), whose year counts, or a run of years
// ("2019-2024-2030").
bool PhoneLikeChain(std::string_view chain) {
  std::vector<size_t> groups;
  size_t digits = 0, run = 0;
  bool all_years = true;
  for (size_t i = 0; i <= chain.size(); ++i) {
    if (i == chain.size() || chain[i] == '-') {
      std::string_view g = chain.substr(i - run, run);
      all_years = all_years && run == 4 && (g.substr(0, 2) == "19" || g.substr(0, 2) == "20" || g == "2100");
      groups.push_back(run);
      run = 0;
    } else {
      ++run;
      ++digits;
    }
  }
  if (digits < 8 || all_years) return false;
  bool year_first = groups.size() == 3 && groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2;
  bool year_last = groups.size() == 3 && groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4;
  return !year_first && !year_last;
}

}  // namespace

struct FigureDetector::Impl {
  Impl()
      : money(&error),
        percent(&error),
        years(&error),
        qualifiers(&error),
        masks(CompileAll(MaskPatterns(), &error)),
        mask_set(SetOptions(), RE2::UNANCHORED),
        digit_chain(Compile(R"(\b\d{1,5}(?:-\d{1,5}){2,4}\b)", &error)),
        traditional(Compile(R"([這個們來時會為與後國學經發對實體電資開關點業說過還當動進長麼裡處產頭東車網號應樣務區現從機灣臺])",
                            &error)),
        simplified(Compile(R"([这个们来时会为与后国学经发对实体电资开关点业说过还当动进长么里处产头东车网号应样务区现从机湾台])",
                           &error)) {
    std::string set_error;
    for (const char* p : MaskPatterns()) mask_set.Add(p, &set_error);
    mask_set.Add(digit_chain->pattern(), &set_error);
    if (!mask_set.Compile() && error.empty()) error = "mask set: " + set_error;
  }

  std::string error;
  figures_internal::MoneyDetector money;
  figures_internal::PercentDetector percent;
  figures_internal::YearDetector years;
  figures_internal::QualifierFinder qualifiers;
  std::vector<std::unique_ptr<RE2>> masks;
  RE2::Set mask_set;  // the masks and the digit chain: which of them occur at all
  std::unique_ptr<RE2> digit_chain;
  // English number words: whether the word amount and word percent passes run
  // ((?i)\b(?:one|two|...|hundred|half|quarter)\b).
  figures_internal::WordListMatcher number_words{{"one", "two", "three", "four", "five", "six", "seven", "eight",
                                                  "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty",
                                                  "seventy", "eighty", "ninety", "hundred", "half", "quarter"}};
  std::unique_ptr<RE2> traditional, simplified;
  StopWordCounter stop_words;

  std::vector<ByteSpan> Masks(std::string_view text) const {
    std::vector<ByteSpan> spans;
    re2::StringPiece sp(text.data(), text.size());
    re2::StringPiece m;
    // One pass of the set tells which masks occur; only those scan the text.
    std::vector<int> present;
    RE2::Set::ErrorInfo info{};
    bool any = mask_set.Match(sp, &present, &info);
    if (!any && info.kind == RE2::Set::kNoError) return spans;
    if (info.kind != RE2::Set::kNoError) {
      present.clear();
      for (size_t i = 0; i <= masks.size(); ++i) present.push_back(static_cast<int>(i));
    }
    std::sort(present.begin(), present.end());
    for (int which : present) {
      if (static_cast<size_t>(which) == masks.size()) continue;  // the digit chain, below
      const RE2* re = masks[static_cast<size_t>(which)].get();
      size_t pos = 0;
      while (pos < text.size() && re->Match(sp, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
        auto start = static_cast<uint32_t>(m.data() - text.data());
        auto end = static_cast<uint32_t>(start + m.size());
        if (end == start) break;
        spans.push_back({start, end});
        pos = end;
      }
    }
    size_t pos = present.empty() || static_cast<size_t>(present.back()) != masks.size() ? text.size() : 0;
    while (pos < text.size() && digit_chain->Match(sp, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      auto start = static_cast<uint32_t>(m.data() - text.data());
      pos = start + m.size();
      if (PhoneLikeChain(std::string_view(m.data(), m.size()))) spans.push_back({start, static_cast<uint32_t>(pos)});
    }
    std::sort(spans.begin(), spans.end(), [](const ByteSpan& a, const ByteSpan& b) { return a.start < b.start; });
    std::vector<ByteSpan> merged;
    for (const auto& s : spans) {
      if (!merged.empty() && s.start <= merged.back().end) {
        merged.back().end = std::max(merged.back().end, s.end);
      } else {
        merged.push_back(s);
      }
    }
    return merged;
  }

  // A digit run and a space-grouped thousands group, matched by hand (as
  // regexes they ran once per digit run, a visible share of Detect):
  // DigitsEnd is the end of \d+(?:[.,]\d+)* from the ASCII digit at `i`;
  // SpaceGroupEnd the end of " \d{3}(?:[.,]\d+)?" anchored at `pos`, or
  // `pos` when none starts there.
  static size_t DigitsEnd(std::string_view text, size_t i) {
    auto digit = [&](size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
    while (digit(i)) ++i;
    while (i < text.size() && (text[i] == '.' || text[i] == ',') && digit(i + 1)) {
      ++i;
      while (digit(i)) ++i;
    }
    return i;
  }
  static size_t SpaceGroupEnd(std::string_view text, size_t pos) {
    auto digit = [&](size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
    if (pos >= text.size() || text[pos] != ' ' || !digit(pos + 1) || !digit(pos + 2) || !digit(pos + 3)) return pos;
    size_t i = pos + 4;
    if (i < text.size() && (text[i] == '.' || text[i] == ',') && digit(i + 1)) {
      ++i;
      while (digit(i)) ++i;
    }
    return i;
  }

  std::vector<NumberToken> Numbers(std::string_view text, const PageStyle& style) const {
    std::vector<NumberToken> tokens;
    size_t pos = 0;
    while (pos < text.size()) {
      while (pos < text.size() && (text[pos] < '0' || text[pos] > '9')) ++pos;
      if (pos >= text.size()) break;
      NumberToken t;
      t.start = static_cast<uint32_t>(pos);
      t.end = static_cast<uint32_t>(DigitsEnd(text, pos));
      // "10 000" on pages that group thousands with spaces.
      if (style.decimal_comma && t.end - t.start <= 3) {
        while (true) {
          size_t group_end = SpaceGroupEnd(text, t.end);
          if (group_end == t.end) break;
          size_t after = group_end;
          if (after < text.size() && text[after] >= '0' && text[after] <= '9') break;
          t.end = static_cast<uint32_t>(after);
        }
      }
      std::string_view digits = text.substr(t.start, t.end - t.start);
      t.plain = digits.find_first_not_of("0123456789") == std::string_view::npos;
      t.value = figures_internal::ParseDigits(digits, style.decimal_comma);
      tokens.push_back(t);
      pos = t.end;
    }
    return tokens;
  }

  size_t Count(const RE2& re, std::string_view text) const {
    re2::StringPiece sp(text.data(), text.size());
    size_t n = 0;
    while (RE2::FindAndConsume(&sp, re)) {
      ++n;
      if (n > 100000) break;
    }
    return n;
  }
};

FigureDetector::FigureDetector() : impl_(std::make_unique<Impl>()) {}
FigureDetector::~FigureDetector() = default;
bool FigureDetector::ok() const { return impl_->error.empty(); }
const std::string& FigureDetector::error() const { return impl_->error; }

PageStyle FigureDetector::SniffStyle(std::string_view text) const {
  PageStyle style;
  if (!ok()) return style;
  // A sample is enough to tell the language and the number style.
  std::string_view sample = text.substr(0, std::min<size_t>(text.size(), 256 << 10));
  const auto [kana, hangul, han, latin] = CountScripts(sample);
  if (kana >= 20 && kana * 10 >= han) {
    style.language = "ja";
  } else if (hangul >= 50 && hangul * 4 >= latin / 4) {
    style.language = "ko";
  } else if (han >= 50 && han * 4 >= latin / 4) {
    size_t trad = impl_->Count(*impl_->traditional, sample);
    size_t simp = impl_->Count(*impl_->simplified, sample);
    style.language = trad > simp ? "zh-Hant" : "zh";
  } else {
    size_t best = 0;
    std::vector<size_t> counts = impl_->stop_words.Count(sample, 100001);
    for (size_t i = 0; i < counts.size(); ++i) {
      if (counts[i] > best) {
        best = counts[i];
        style.language = impl_->stop_words.languages()[i];
      }
    }
  }
  using figures_internal::DecimalShape;
  constexpr size_t kCap = 100000;  // as Count()
  const figures_internal::DecimalShapeCounts shapes = figures_internal::CountDecimalShapes(sample, kCap);
  auto count = [&](DecimalShape s) { return static_cast<double>(shapes[static_cast<size_t>(s)]); };
  double comma = count(DecimalShape::kComma) + 0.5 * count(DecimalShape::kWeakComma);
  double dot = count(DecimalShape::kDot) + 0.5 * count(DecimalShape::kWeakDot);
  const std::string& l = style.language;
  bool comma_language = l == "de" || l == "fr" || l == "es" || l == "pt" || l == "it" || l == "nl";
  style.decimal_comma = comma > dot || (comma == 0 && dot == 0 && comma_language);
  return style;
}

std::vector<Mention> FigureDetector::Detect(std::string_view text, const PageStyle& style) const {
  std::vector<Mention> found;
  if (!ok() || text.empty()) return found;
  // Which passes the text needs: without a digit, a number word or a Chinese
  // numeral it holds no figure.
  const bool digits = figures_internal::NextDigit(text, 0) < text.size();
  const bool number_words = impl_->number_words.Next(text, 0).has_value();
  const bool chinese_numerals = figures_internal::HasChineseNumeralPair(text);
  if (!digits && !number_words && !chinese_numerals) return found;

  FigureScan scan{text, style, impl_->Numbers(text, style), impl_->Masks(text), number_words, chinese_numerals};
  impl_->money.Find(&scan, &found);
  impl_->percent.Find(&scan, &found);
  impl_->years.Find(&scan, &found);

  std::vector<Mention> kept = figures_internal::KeepEarlierOfOverlapping(std::move(found));
  for (Mention& m : kept) {
    if ((m.kind == MentionKind::kMoney || m.kind == MentionKind::kPercent) && m.qualifier.empty()) {
      m.qualifier = impl_->qualifiers.Find(text, m.span);
    }
  }
  return kept;
}

}  // namespace claimtrace
