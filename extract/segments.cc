#include "segments.h"

#include <re2/re2.h>

#include <algorithm>

#include "byte_scan.h"
#include "text_util.h"

namespace claimtrace {

namespace {

constexpr size_t kMaxEntries = 400;
constexpr size_t kMaxListItems = 60;

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && (IsSpace(s.front()) || s.front() == ':' || s.front() == '-')) s.remove_prefix(1);
  while (!s.empty() && (IsSpace(s.back()) || s.back() == ':' || s.back() == '.')) s.remove_suffix(1);
  return s;
}

// "Middle East & Africa (MEA)" -> "Middle East & Africa"; "Hardware:" -> "Hardware".
std::string CleanName(std::string_view s) {
  s = TrimView(s);
  size_t paren = s.find(" (");
  if (paren != std::string_view::npos && paren > 0) s = s.substr(0, paren);
  static const RE2 kLead("^(?:[-*•·▪◦‣●○■□]+|\\d+(?:\\.\\d+)*\\.?)\\s*");
  re2::StringPiece sp(s.data(), s.size());
  RE2::Consume(&sp, kLead);
  return std::string(TrimView(std::string_view(sp.data(), sp.size())));
}

// "Wearable Devices" vs "wearable device" vs "cloud-based": the spelling key.
std::string SpellingKey(std::string_view s) {
  std::string k = AsciiLower(TrimView(s));
  for (std::string_view suffix : {"-based", " based"}) {
    if (k.size() > suffix.size() + 2 && k.compare(k.size() - suffix.size(), suffix.size(), suffix) == 0) {
      k.resize(k.size() - suffix.size());
    }
  }
  if (k.size() > 3 && k.back() == 's') k.pop_back();
  return k;
}

bool LooksLikeName(std::string_view s) {
  if (s.size() < 2 || s.size() > 80) return false;
  int words = 1;
  for (char c : s) {
    if (c == ' ') ++words;
    if (c == '\t') return false;
  }
  if (words > 7) return false;
  char last = s.back();
  return last != '.' && last != '!' && last != '?' && last != ',' && s.find('%') == std::string_view::npos;
}

// False when `s` cannot be a "By X" list head: every head says "by" or
// "based on" (in any case), and most lines say neither.
bool MayBeListHead(std::string_view s) {
  std::string lower = AsciiLower(s);
  return lower.find("by") != std::string::npos || lower.find("based on") != std::string::npos;
}

}  // namespace

std::string DimensionOf(std::string_view phrase, const Lexicon::Impl& lexicon) {
  std::vector<PhraseHit> hits = lexicon.dimension_words.FindAll(phrase);
  // "other" words ("segment") lose to a specific one in the same phrase.
  for (const PhraseHit& h : hits) {
    const std::string& d = lexicon.dimension_of_word[h.entry];
    if (d != "other") return d;
  }
  return hits.empty() ? std::string() : lexicon.dimension_of_word[hits.front().entry];
}

void PageTaxonomy::Add(std::string dimension, std::string name, const Lexicon::Impl& lexicon) {
  if (entries_.size() >= kMaxEntries || !LooksLikeName(name)) return;
  std::string key = SpellingKey(name);
  if (key == "other" || key == "others") return;
  if (std::find(entry_keys_.begin(), entry_keys_.end(), key) != entry_keys_.end()) return;
  std::string region;
  for (const PhraseHit& h : lexicon.region_aliases.FindAll(name)) {
    if (h.span.start == 0) region = lexicon.regions[lexicon.region_of_alias[h.entry]].name;
    break;
  }
  if (dimension.empty()) dimension = region.empty() ? "other" : "region";
  entries_.push_back({std::move(dimension), std::move(name)});
  entry_keys_.push_back(std::move(key));
  region_of_entry_.push_back(std::move(region));
}

void PageTaxonomy::Finish() {
  std::vector<std::string> names;
  for (const TaxonomyEntry& e : entries_) names.push_back(e.name);
  std::string error;
  names_.Build(names, /*case_insensitive=*/true, &error);  // quoted literals always compile
}

PageTaxonomy PageTaxonomy::Read(std::string_view text, std::string_view title,
                                const std::vector<Block>& blocks, const Lexicon::Impl& lexicon) {
  PageTaxonomy t;
  // Inline lists: "By Component: Software, Services; By Deployment: Cloud".
  auto add_items = [&](re2::StringPiece dim, std::string_view list) {
    std::string dimension = DimensionOf(std::string_view(dim.data(), dim.size()), lexicon);
    size_t start = 0;
    while (start <= list.size()) {
      size_t comma = list.find(',', start);
      if (comma == std::string_view::npos) comma = list.size();
      std::string_view item = TrimView(list.substr(start, comma - start));
      if (item.substr(0, 4) == "and ") item.remove_prefix(4);
      // "by region: North America 35%, Europe 28%, Rest of the World 12%.": the items' figures are no part of their names.
      static const RE2 kFigureAfter("^(.*?)\\s*\\(?[-+]?\\d[\\d.,]*\\s*(?:%|percent|per cent)?\\)?[.]?$");
      re2::StringPiece named;
      if (RE2::FullMatch(item, kFigureAfter, &named)) item = std::string_view(named.data(), named.size());
      t.Add(dimension, CleanName(item), lexicon);
      start = comma + 1;
    }
  };
  static const RE2 kInline("(?i)\\b(?:by|based on)\\s+([A-Za-z][\\w\\- ]{1,30}?)\\s*:\\s*([^;()\\n\\t]+)");
  auto read_inline = [&](std::string_view s) {
    if (s.find(':') == std::string_view::npos) return;  // every match has its colon
    re2::StringPiece in(s.data(), s.size()), dim, list;
    while (RE2::FindAndConsume(&in, kInline, &dim, &list)) add_items(dim, std::string_view(list.data(), list.size()));
  };
  // A report title's lists in parentheses: "..., By Component (Lighting, Sensors), By
  // Structure (Building-based and Shipping Container-based), and Regional Forecast". Only a
  // title's or heading's: in a sentence, "driven by demand (mostly in Asia, Europe)" is none.
  static const RE2 kParenthesized("(?i)\\bby\\s+([A-Za-z][\\w\\- ]{1,30}?)\\s*\\(([^()\\n\\t]+)\\)");
  static const RE2 kAnd("\\s+and\\s+");
  auto read_parenthesized = [&](std::string_view s) {
    if (s.find('(') == std::string_view::npos) return;
    re2::StringPiece in(s.data(), s.size()), dim, list;
    while (RE2::FindAndConsume(&in, kParenthesized, &dim, &list)) {
      std::string items(list.data(), list.size());
      // Two items need no comma: "(Building-based and Shipping Container-based)".
      if (items.find(',') == std::string::npos) RE2::GlobalReplace(&items, kAnd, ", ");
      add_items(dim, items);
    }
  };
  read_inline(title);
  read_parenthesized(title);
  // "By Application", "Breakup by Vehicle Type:" (heading, line or list item) followed by its items.
  static const RE2 kListHead(
      "(?i)^(?:[0-9.]+\\s*)?(?:(?:market\\s+)?(?:segmentation|breakup|break-up|breakdown|split|classification)\\s+)?"
      "(?:by|based on)\\s+(?:the\\s+)?([^():0-9]+?)"
      "\\s*(?:\\([^)]*\\)\\s*)*(?:[0-9]{4}\\s*-\\s*[0-9]{4})?\\s*:?$");
  for (size_t i = 0; i < blocks.size(); ++i) {
    std::string_view s = Slice(text, TrimSpan(text, blocks[i].span));
    if (blocks[i].kind != BlockKind::kTableRow) read_inline(s);
    if (blocks[i].kind == BlockKind::kHeading) read_parenthesized(s);
    std::string dim;
    bool list_head = blocks[i].kind != BlockKind::kTableRow && s.size() <= 80 && MayBeListHead(s) &&
                     RE2::FullMatch(s, kListHead, &dim) &&
                     dim.size() <= 40;
    if (!list_head) {
      // Plain text has no heading markup: a short Title Case line acts as one.
      bool title_line = blocks[i].kind == BlockKind::kParagraph && s.size() <= 40 && !s.empty() &&
                        s.front() >= 'A' && s.front() <= 'Z' && s.find(". ") == std::string_view::npos &&
                        std::count(s.begin(), s.end(), ' ') <= 3;
      if (blocks[i].kind == BlockKind::kHeading || title_line) {
        std::string name = CleanName(s);
        if (LooksLikeName(name) && name.size() < 40 &&
            std::none_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
          t.heading_keys_.push_back(SpellingKey(name));
          t.headings_.push_back({"other", name});
        }
      }
      continue;
    }
    std::string dimension = DimensionOf(dim, lexicon);
    int base_level = blocks[i].kind == BlockKind::kListItem ? blocks[i].level : -1;
    size_t taken = 0;
    for (size_t j = i + 1; j < blocks.size() && taken < kMaxListItems; ++j, ++taken) {
      const Block& b = blocks[j];
      std::string_view item = Slice(text, TrimSpan(text, b.span));
      // The next "By X" head ends the list, whatever block it is.
      if (item.size() <= 80 && MayBeListHead(item) && RE2::FullMatch(item, kListHead)) break;
      bool list_item = b.kind == BlockKind::kListItem && b.level > base_level;
      bool short_line = b.kind == BlockKind::kParagraph && LooksLikeName(CleanName(item)) && item.size() <= 60;
      if (!list_item && !short_line) break;
      t.Add(dimension, CleanName(item), lexicon);
    }
  }
  t.Finish();
  return t;
}

const TaxonomyEntry* PageTaxonomy::Find(std::string_view phrase) const {
  std::string key = SpellingKey(phrase);
  if (key.empty()) return nullptr;
  if (auto it = std::find(entry_keys_.begin(), entry_keys_.end(), key); it != entry_keys_.end()) {
    return &entries_[static_cast<size_t>(it - entry_keys_.begin())];
  }
  if (auto it = std::find(heading_keys_.begin(), heading_keys_.end(), key); it != heading_keys_.end()) {
    return &headings_[static_cast<size_t>(it - heading_keys_.begin())];
  }
  return nullptr;
}

const TaxonomyEntry* PageTaxonomy::FindRegion(std::string_view canonical) const {
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (region_of_entry_[i] == canonical) return &entries_[i];
  }
  return nullptr;
}

namespace {

// Words that end a noun phrase going backwards from "segment": determiners,
// verbs and ranking adjectives ("the largest segment").
bool IsPhraseStop(std::string_view w) {
  static constexpr std::string_view kStops[] = {
      "the", "a", "an", "this", "that", "these", "its", "their", "of", "in", "on", "for", "by", "and", "or",
      "is", "are", "was", "were", "be", "been", "has", "have", "with", "to", "as", "at", "from", "within",
      "largest", "dominant", "fastest", "fastest-growing", "biggest", "leading", "major", "key", "highest",
      "smallest", "second", "growing", "whole", "entire", "overall", "global", "which", "each", "every",
      "other", "another", "such", "largest-growing", "top", "main", "prominent", "lucrative", "significant",
      // German superlatives ("das größte Segment").
      "größte", "größten", "wichtigste", "wichtigsten", "führende", "führenden", "kleinste", "kleinsten",
      // French, Spanish, Portuguese and German articles ("le segment urbain", "das Segment").
      "le", "la", "les", "l'", "el", "los", "las", "o", "os", "der", "die", "das", "den", "dem", "des", "du",
      "de", "del", "da", "do", "dos"};
  std::string lw = AsciiLower(w);
  for (std::string_view s : kStops) {
    if (lw == s) return true;
  }
  return false;
}

// "food and beverages": an "and" at `ws` inside a segment phrase, with words of the
// name after it, joins one name when a word stands before it (a new phrase after
// it, "and the software", has stopped the name before it).
bool JoinsName(size_t ws, std::string_view w) { return ws > 0 && AsciiLower(w) == "and"; }

// "hardware component" -> "hardware"; the stripped words name the dimension.
std::string_view StripDimensionWords(std::string_view phrase, const Lexicon::Impl& lexicon,
                                     std::string* dimension) {
  for (int guard = 0; guard < 3; ++guard) {
    size_t space = phrase.rfind(' ');
    if (space == std::string_view::npos) break;
    std::string_view last = phrase.substr(space + 1);
    // "connected medical devices" keeps its plural noun; "hardware component" drops the label.
    if (last.size() > 3 && (last.back() == 's' || last.back() == 'S')) break;
    std::vector<PhraseHit> hits = lexicon.dimension_words.FindAll(last);
    if (hits.empty() || hits.front().span.size() != last.size()) break;
    if (dimension->empty()) *dimension = lexicon.dimension_of_word[hits.front().entry];
    phrase = phrase.substr(0, space);
  }
  return phrase;
}

}  // namespace

namespace {

// What FindSegments looks for first: a listed first letter starting a run of word bytes.
const ByteSet& SegmentWordFirsts() {
  static const ByteSet kFirst("sScCmM");
  return kFirst;
}

// The segment word (see SegmentWords) that starts at p of u, or 0.
size_t SegmentWordAt(std::string_view u, size_t p) {
  auto word = [&](size_t i) { return i < u.size() && IsAsciiWordByte(u[i]); };
  auto lower = [&](size_t i) { return LowerAscii(u[i]); };
  // The alternatives in the regex's order; `plural`: an optional 's' follows.
  static constexpr std::pair<std::string_view, bool> kWords[] = {
      {"segment", true}, {"segmento", true}, {"sub-segment", true}, {"category", false}, {"sub-market", true},
      {"market", true}};
  char first = lower(p);
  for (auto [w, plural] : kWords) {
    if (first != w[0] || u.size() - p < w.size()) continue;
    size_t k = 1;
    while (k < w.size() && lower(p + k) == w[k]) ++k;
    if (k < w.size()) continue;
    size_t e = p + w.size();
    // Leftmost-first: "s" with a boundary after it, else a boundary right away.
    if (plural && e < u.size() && lower(e) == 's' && !word(e + 1)) return e + 1;
    if (!word(e)) return e;
  }
  return 0;
}

// "the hardware component segment" -> "hardware component": up to six words
// before the segment word, within the clause, after the last stop word.
std::string_view NameBeforeSegmentWord(std::string_view u, ByteSpan segment_word) {
  size_t word_at = segment_word.start;
  size_t from = word_at;
  for (int words = 0; from > 0 && words < 6; ++words) {
    size_t end = from;
    while (end > 0 && u[end - 1] == ' ') --end;
    size_t start = end;
    while (start > 0 && u[start - 1] != ' ' && u[start - 1] != ',' && u[start - 1] != ';' &&
           u[start - 1] != ':' && u[start - 1] != '(' && u[start - 1] != ')' && u[start - 1] != '\t') {
      --start;
    }
    if (start == end) break;
    from = start;
    if (start == 0 || u[start - 1] != ' ') break;
  }
  std::string_view p = u.substr(from, word_at - from);
  while (!p.empty() && p.back() == ' ') p.remove_suffix(1);
  size_t cut = p.size();
  size_t end = p.size();
  while (end > 0) {
    size_t space = p.rfind(' ', end - 1);
    size_t ws = space == std::string_view::npos ? 0 : space + 1;
    std::string_view w = p.substr(ws, end - ws);
    if (IsPhraseStop(w) && !(cut < p.size() && JoinsName(ws, w))) break;
    cut = ws;
    if (space == std::string_view::npos) break;
    end = space;
  }
  return p.substr(cut);
}

// "Weather-based Controllers, one of the segments analyzed in the report, is
// expected to": the name is the apposition's head, before its comma.
std::string_view NameBeforeApposition(std::string_view u, ByteSpan segment_word) {
  static const RE2 kOneOfThe("(?i)(,)\\s+one\\s+of\\s+the\\s+(?:(?:key|main|major|primary|principal|largest)\\s+)?$");
  re2::StringPiece comma;
  if (!RE2::PartialMatch(re2::StringPiece(u.data(), segment_word.start), kOneOfThe, &comma)) return {};
  const uint32_t at = static_cast<uint32_t>(comma.data() - u.data());
  return NameBeforeSegmentWord(u, {at, at});
}

// French, Spanish and Portuguese put the name (two words at most) after the
// word and a preposition, or right after it when an adjective: "le segment des
// logiciels devrait", "el segmento de software crecerá", "el segmento agrícola"
// (an article before the word tells them from "the hardware segment accounted
// for"); the name ends before the first verb the lexicon knows, or "a", "est", "es", "foi".
std::string_view NameAfterSegmentWord(std::string_view u, ByteSpan segment_word, const Lexicon::Impl& lexicon) {
  static const RE2 kArticle("(?i)(?:^|\\s)(?:le|el|o|ce|este|esse|un|um|uno)\\s+$");
  static const RE2 kOf("(?i)\\s+(?:des|du|de la|de los|de las|de l'|d'|del|dos|das|do|da|de)\\s*");
  static constexpr std::string_view kVerbs[] = {"a", "est", "sont", "était", "va", "sera", "es", "fue", "foi", "se",
                                                "y", "et", "e", "tiene", "tenía", "détient", "detém"};
  // German puts the name after the word too, as a capitalized noun: "im Segment Neubau", "das Segment der E-Bikes".
  static const RE2 kGermanArticle("(?i)(?:^|\\s)(?:im|das|dem|ein|einem)\\s+$");
  static const RE2 kGermanOf("\\s+(?:(?:der|des|für)\\s+)?");
  std::string_view word = Slice(u, segment_word);
  if (AsciiLower(word).rfind("segment", 0) != 0 || segment_word.start == 0) return {};
  const size_t look = segment_word.start > 12 ? segment_word.start - 12 : 0;
  const std::string_view before = u.substr(look, segment_word.start - look);
  const bool german = word.size() == 7 && RE2::PartialMatch(before, kGermanArticle);
  if (!german && !RE2::PartialMatch(before, kArticle)) return {};
  re2::StringPiece rest(u.data() + segment_word.end, u.size() - segment_word.end);
  // Or an adjective right after the word: "el segmento agrícola, con bombeo solar, crecerá".
  static const RE2 kSpace("\\s+");
  bool adjective = false;
  if (!RE2::Consume(&rest, german ? kGermanOf : kOf)) {
    if (german || !RE2::Consume(&rest, kSpace)) return {};
    adjective = true;
  }
  // A German noun starts with a capital (or a non-ASCII letter: "Ölheizungen").
  auto noun = [](std::string_view w) { return !w.empty() && !(w[0] >= 'a' && w[0] <= 'z'); };
  const size_t begin = static_cast<size_t>(rest.data() - u.data());
  size_t limit = std::min(u.size(), begin + 60);
  // Never inside a character: the name is cut at a word's end, and 60 bytes may end mid-letter.
  while (limit > begin && limit < u.size() && (static_cast<unsigned char>(u[limit]) & 0xC0) == 0x80) --limit;
  for (CueId verbs : {CueId::kGrowthVerb, CueId::kShareVerb, CueId::kProjected}) {
    std::vector<ByteSpan> found = lexicon.cue(verbs).FindAll(u.substr(begin, limit - begin));
    if (!found.empty()) limit = begin + found.front().start;
  }
  size_t end = begin;
  for (int words = 0; words < 2 && end < limit; ++words) {
    size_t w_end = end;
    while (w_end < limit && u[w_end] != ' ' && u[w_end] != ',' && u[w_end] != ';' && u[w_end] != ':' &&
           u[w_end] != '.' && u[w_end] != '(' && u[w_end] != ')' && u[w_end] != '\t') {
      ++w_end;
    }
    std::string_view w = u.substr(end, w_end - end);
    if (w.empty() || IsPhraseStop(w) || (german && !noun(w)) ||
        std::find(std::begin(kVerbs), std::end(kVerbs), AsciiLower(w)) != std::end(kVerbs)) {
      break;
    }
    end = w_end;
    if (end >= limit || u[end] != ' ') break;
    ++end;
  }
  std::string_view name = u.substr(begin, end - begin);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  if (adjective && !name.empty()) {
    // Not "o segmento some de R$ 900 milhões": an adjective's name ends at a comma or a verb.
    const size_t after = begin + name.size();
    size_t next = after;
    while (next < u.size() && u[next] == ' ') ++next;
    size_t next_end = next;
    while (next_end < u.size() && u[next_end] != ' ' && u[next_end] != ',') ++next_end;
    const bool verb_next = next >= limit ||
                           std::find(std::begin(kVerbs), std::end(kVerbs), AsciiLower(u.substr(next, next_end - next))) !=
                               std::end(kVerbs);
    if (!(after < u.size() && u[after] == ',') && !verb_next) return {};
  }
  return name;
}

// True when `before` ends with an acronym of two to six capitals and one space
// ("IDC ", "BMW ") that names no region ("EU ", "APAC " do).
bool AfterCompanyAcronym(std::string_view before, const Lexicon::Impl& lexicon) {
  if (before.empty() || before.back() != ' ') return false;
  size_t start = before.size() - 1;
  while (start > 0 && before[start - 1] >= 'A' && before[start - 1] <= 'Z') --start;
  const size_t letters = before.size() - 1 - start;
  if (letters < 2 || letters > 6 || (start > 0 && IsAsciiWordByte(before[start - 1]))) return false;
  const std::string_view word = before.substr(start, letters);
  std::vector<PhraseHit> region = lexicon.region_aliases.FindAll(word);
  return region.empty() || region.front().span.size() != word.size();
}

}  // namespace

std::vector<ByteSpan> SegmentWords(std::string_view text) {
  std::vector<uint64_t> marks;
  SegmentWordFirsts().MarkNotAfter(text, AsciiWordBytes(), &marks);
  return SegmentWordsIn(text, {0, static_cast<uint32_t>(text.size())}, marks);
}

SegmentMarks MarkSegments(std::string_view text, const PageTaxonomy& taxonomy, const Lexicon::Impl& lexicon) {
  SegmentMarks marks;
  SegmentWordFirsts().MarkNotAfter(text, AsciiWordBytes(), &marks.words);
  marks.regions = lexicon.region_aliases.MarkStarts(text);
  marks.names = taxonomy.MarkNames(text);
  return marks;
}

std::vector<ByteSpan> SegmentWordsIn(std::string_view text, ByteSpan span, const std::vector<uint64_t>& marks) {
  std::vector<ByteSpan> out;
  std::string_view u = text.substr(span.start, span.size());
  if (u.empty()) return out;
  // The first marked position of u at or after p, or u.size().
  auto next_mark = [&](size_t p) { return NextMarked(marks, span.start + p, span.end) - span.start; };
  // The unit's first byte starts a run in the unit whatever comes before it in the page.
  size_t p = SegmentWordFirsts().Has(static_cast<unsigned char>(u[0])) ? 0 : next_mark(1);
  while (p < u.size()) {
    if (size_t end = SegmentWordAt(u, p)) {
      out.push_back({static_cast<uint32_t>(p), static_cast<uint32_t>(end)});
      p = end;
    } else {
      while (p < u.size() && IsAsciiWordByte(u[p])) ++p;
    }
    p = next_mark(p);
  }
  return out;
}

std::vector<SegmentHit> FindSegments(std::string_view text, ByteSpan unit, const PageTaxonomy& taxonomy,
                                     const Lexicon::Impl& lexicon, const std::vector<ByteSpan>& figures,
                                     const SegmentMarks& marks) {
  std::string_view u = Slice(text, unit);
  std::vector<SegmentHit> hits;
  auto blocked = [&](ByteSpan s) {
    for (const ByteSpan& f : figures) {
      if (Overlaps(f, s)) return true;
    }
    for (const SegmentHit& h : hits) {
      if (Overlaps(h.span, s)) return true;
    }
    return false;
  };
  // 1. "the X segment": the most specific wording, so it goes first. "X
  // market" counts only when X is one of the page's own segments or headings
  // ("Implantable devices market" under an "Implantable Devices" heading).
  for (ByteSpan segment_word : SegmentWordsIn(text, unit, marks.words)) {
    std::string_view word = Slice(u, segment_word);
    std::string_view name = NameAfterSegmentWord(u, segment_word, lexicon);
    // "segmento" is Spanish or Portuguese: its name is never before it.
    if (name.empty() && AsciiLower(word).rfind("segmento", 0) != 0) name = NameBeforeSegmentWord(u, segment_word);
    if (name.empty()) name = NameBeforeApposition(u, segment_word);
    std::string dimension;
    name = StripDimensionWords(name, lexicon, &dimension);
    if (name.empty()) continue;
    bool market_word = AsciiLower(word).rfind("market", 0) == 0;
    if (market_word && !taxonomy.Find(name)) continue;
    std::vector<PhraseHit> dim_hits = lexicon.dimension_words.FindAll(name);
    if (!dim_hits.empty() && dim_hits.front().span.size() == name.size()) continue;  // "the component segment"
    uint32_t start = static_cast<uint32_t>(name.data() - text.data());
    ByteSpan span{start, static_cast<uint32_t>(start + name.size())};
    if (blocked(span)) continue;
    SegmentHit h;
    h.span = span;
    h.segment_phrase = true;
    std::vector<PhraseHit> region = lexicon.region_aliases.FindAll(name);
    if (!region.empty() && region.front().span.size() == name.size()) {
      h.region = true;
      h.canonical = lexicon.regions[lexicon.region_of_alias[region.front().entry]].name;
      const TaxonomyEntry* e = taxonomy.FindRegion(h.canonical);
      h.name = e ? e->name : std::string(name);
      h.dimension = "region";
    } else if (const TaxonomyEntry* e = taxonomy.Find(name)) {
      h.name = e->name;
      h.dimension = e->dimension != "other" || dimension.empty() ? e->dimension : dimension;
    } else {
      h.name = std::string(name);
      h.dimension = dimension.empty() ? "other" : dimension;
    }
    if (h.canonical.empty()) h.canonical = h.name;
    hits.push_back(std::move(h));
  }
  // 2. Regions from the lexicon.
  // "NY, USA, January 30": a dateline. A region owning a market ("India's X market") is
  // found like one naming it ("the India X market"); the claim assembler tells whose it is.
  static const RE2 kDateline("^,\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d");
  for (const PhraseHit& r : lexicon.region_aliases.FindAllIn(text, unit, marks.regions)) {
    ByteSpan span{unit.start + r.span.start, unit.start + r.span.end};
    if (blocked(span)) continue;
    std::string_view rest = u.substr(r.span.end);
    if (RE2::PartialMatch(rest, kDateline)) continue;
    // "Île-de-France", "non-EU": glued after a hyphen, the alias is part of another name.
    if (r.span.start >= 2 && u[r.span.start - 1] == '-' && u[r.span.start - 2] != ' ') continue;
    // "IDC Japan", "BMW Taiwan": after an acronym (itself no region), a company's local arm.
    if (AfterCompanyAcronym(u.substr(0, r.span.start), lexicon)) continue;
    SegmentHit h;
    h.span = span;
    h.region = true;
    h.dimension = "region";
    h.canonical = lexicon.regions[lexicon.region_of_alias[r.entry]].name;
    const TaxonomyEntry* e = taxonomy.FindRegion(h.canonical);
    // "the Indian smart home market": India's part, named as the place.
    h.name = e ? e->name : lexicon.alias_is_demonym[r.entry] ? h.canonical : std::string(Slice(text, span));
    hits.push_back(std::move(h));
  }
  // 3. The page's own segment names.
  for (const PhraseHit& n : taxonomy.FindNamesIn(text, unit, marks.names)) {
    ByteSpan span{unit.start + n.span.start, unit.start + n.span.end};
    if (blocked(span)) continue;
    const TaxonomyEntry& e = taxonomy.entries()[n.entry];
    SegmentHit h;
    h.span = span;
    h.dimension = e.dimension;
    h.name = e.name;
    h.canonical = e.name;
    hits.push_back(std::move(h));
  }
  std::sort(hits.begin(), hits.end(),
            [](const SegmentHit& a, const SegmentHit& b) { return a.span.start < b.span.start; });
  return hits;
}

}  // namespace claimtrace
