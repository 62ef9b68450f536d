// Lexicon: reads extract/lexicon/*.json with simdjson (on demand, so errors
// can name the byte offset) and compiles regions, dimension words, cues and
// qualifiers for matching.
#include <simdjson.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "lexicon_impl.h"
#include "text_util.h"

namespace claimtrace {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = LowerAscii(c);
  return out;
}

// ---- PhraseMatcher ----------------------------------------------------------

namespace {

enum class EdgeClass { kNone, kLatin, kKatakana };

EdgeClass ClassOf(char32_t c) {
  if (IsAsciiAlnum(c)) return EdgeClass::kLatin;
  if (c >= 0x00C0 && c <= 0x024F) return EdgeClass::kLatin;  // accented Latin letters
  if (c >= 0x30A0 && c <= 0x30FF) return EdgeClass::kKatakana;
  return EdgeClass::kNone;
}

// True when the character at `pos` (> 0) is a Latin letter or digit, or
// Katakana, and so is the one before it.
bool GluedOnLeft(std::string_view text, size_t pos) {
  auto b = static_cast<unsigned char>(text[pos]), a = static_cast<unsigned char>(text[pos - 1]);
  if (b < 0x80 && a < 0x80) return IsAsciiAlnum(b) && IsAsciiAlnum(a);
  EdgeClass first = ClassOf(DecodeAt(text, pos));
  return first != EdgeClass::kNone && ClassOf(DecodeBefore(text, pos)) == first;
}

// True when the phrase found at `span` is not glued to neighbouring letters
// of its own script.
bool OnBoundary(std::string_view text, ByteSpan span) {
  EdgeClass first = ClassOf(DecodeAt(text, span.start));
  EdgeClass last = ClassOf(DecodeBefore(text, span.end));
  if (first != EdgeClass::kNone && span.start > 0 &&
      ClassOf(DecodeBefore(text, span.start)) == first) {
    return false;
  }
  if (last != EdgeClass::kNone && span.end < text.size() &&
      ClassOf(DecodeAt(text, span.end)) == last) {
    return false;
  }
  return true;
}

RE2::Options MatchOptions(bool case_insensitive) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_case_sensitive(!case_insensitive);
  o.set_max_mem(64 << 20);
  return o;
}

}  // namespace

namespace {

// The bytes a phrase or the text at a position is compared by: RE2's case-
// insensitive match treats the letters of one simple case folding orbit as
// one letter, so they compare by their ICU simple case fold.
std::string FoldPhrase(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); i = NextCharStart(s, i)) AppendCaseFolded(DecodeAt(s, i), &out);
  return out;
}

}  // namespace

bool PhraseMatcher::Build(const std::vector<std::string>& phrases, bool case_insensitive,
                          std::string* /*error*/) {
  case_insensitive_ = case_insensitive;
  std::vector<std::pair<std::string, size_t>> sorted;
  for (size_t i = 0; i < phrases.size(); ++i) {
    if (phrases[i].empty()) continue;
    std::string key = case_insensitive ? AsciiLower(phrases[i]) : phrases[i];
    if (index_.emplace(key, i).second) sorted.emplace_back(phrases[i], i);
  }
  if (sorted.empty()) return true;
  // The order of the alternation this replaces: longest phrase first.
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  std::vector<std::map<unsigned char, uint32_t>> children(1);
  std::vector<uint32_t> rank(1, kNone);
  for (size_t r = 0; r < sorted.size(); ++r) {
    std::string bytes = case_insensitive ? FoldPhrase(sorted[r].first) : sorted[r].first;
    uint32_t node = 0;
    for (char c : bytes) {
      auto [it, fresh] = children[node].try_emplace(static_cast<unsigned char>(c), static_cast<uint32_t>(children.size()));
      if (fresh) {
        children.emplace_back();
        rank.push_back(kNone);
      }
      node = it->second;
    }
    rank[node] = std::min(rank[node], static_cast<uint32_t>(r));
  }
  nodes_.resize(children.size());
  for (size_t n = 0; n < children.size(); ++n) {
    nodes_[n].first_edge = static_cast<uint32_t>(edges_.size());
    nodes_[n].edges = static_cast<uint32_t>(children[n].size());
    nodes_[n].rank = rank[n];
    for (auto [byte, to] : children[n]) edges_.push_back({byte, to});
  }
  std::array<bool, 256> may_start{};
  for (auto [byte, to] : children[0]) {
    root_[byte] = to;
    may_start[byte] = true;
    if (case_insensitive) may_start[static_cast<unsigned char>(UpperAscii(static_cast<char>(byte)))] = true;
  }
  // A folded non-ASCII first letter may come from any lead byte.
  if (case_insensitive) {
    for (int b = 0xC0; b < 0x100; ++b) may_start[b] = true;
  }
  may_start_ = ByteSet(may_start);
  for (auto [first, to] : children[0]) {
    if (first >= 0x80) continue;
    if (rank[to] != kNone) ascii_pairs_[first] = {~uint64_t{0}, ~uint64_t{0}};
    for (auto [second, grandchild] : children[to]) {
      if (second < 0x80) ascii_pairs_[first][second >> 6] |= uint64_t{1} << (second & 63);
    }
  }
  return true;
}

uint32_t PhraseMatcher::Child(uint32_t node, unsigned char b) const {
  if (node == 0) return root_[b];
  const Node& n = nodes_[node];
  for (uint32_t e = n.first_edge; e < n.first_edge + n.edges; ++e) {
    if (edges_[e].byte == b) return edges_[e].to;
    if (edges_[e].byte > b) break;
  }
  return 0;
}

size_t PhraseMatcher::LongestAt(std::string_view text, size_t pos) const {
  uint32_t node = 0, best_rank = kNone;
  size_t best_end = 0;
  std::string folded;
  for (size_t i = pos; i < text.size();) {
    auto b = static_cast<unsigned char>(text[i]);
    size_t next = i + 1;
    if (!case_insensitive_ || b < 0x80) {
      if (case_insensitive_) b = static_cast<unsigned char>(LowerAscii(static_cast<char>(b)));
      node = Child(node, b);
    } else {
      next = NextCharStart(text, i);
      folded.clear();
      AppendCaseFolded(DecodeAt(text, i), &folded);
      for (char c : folded) {
        if ((node = Child(node, static_cast<unsigned char>(c))) == 0) break;
      }
    }
    if (node == 0) break;
    i = next;
    if (nodes_[node].rank < best_rank) {
      best_rank = nodes_[node].rank;
      best_end = i;
    }
  }
  return best_end;
}

// Inside a run of ASCII letters and digits no match starts (it would fail the
// boundary test); the byte searches skip those positions.
const ByteSet& AsciiAlnum() {
  static const ByteSet kAsciiAlnum("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
  return kAsciiAlnum;
}

size_t PhraseMatcher::TryAt(std::string_view text, size_t pos, std::vector<PhraseHit>* hits) const {
  // Most word starts begin no phrase: two bytes tell, before the boundary
  // test and the trie walk. Either would move on by the one ASCII byte.
  if (pos + 1 < text.size()) {
    auto first = static_cast<unsigned char>(text[pos]), second = static_cast<unsigned char>(text[pos + 1]);
    if ((first | second) < 0x80) {
      if (case_insensitive_) {
        first = static_cast<unsigned char>(LowerAscii(static_cast<char>(first)));
        second = static_cast<unsigned char>(LowerAscii(static_cast<char>(second)));
      }
      if (!MayBeginWith(first, second)) return pos + 1;
    }
  }
  // A match glued on its left to a letter of its own script fails the
  // boundary test whatever phrase it is, and the search would go on from the
  // next character anyway.
  if (pos > 0 && GluedOnLeft(text, pos)) return NextCharStart(text, pos);
  size_t end = LongestAt(text, pos);
  if (end == 0) return pos + 1;
  ByteSpan span{static_cast<uint32_t>(pos), static_cast<uint32_t>(end)};
  if (!OnBoundary(text, span)) return NextCharStart(text, pos);
  std::string key(text.substr(pos, end - pos));
  if (case_insensitive_) key = AsciiLower(key);
  auto it = index_.find(key);
  if (it != index_.end()) hits->push_back({span, it->second});
  return end;
}

std::vector<PhraseHit> PhraseMatcher::FindAll(std::string_view text) const {
  std::vector<PhraseHit> hits;
  if (nodes_.empty()) return hits;
  for (size_t pos = may_start_.FindNotAfter(text, 0, AsciiAlnum()); pos < text.size();
       pos = may_start_.FindNotAfter(text, pos, AsciiAlnum())) {
    pos = TryAt(text, pos, &hits);
  }
  return hits;
}

std::vector<uint64_t> PhraseMatcher::MarkStarts(std::string_view page) const {
  std::vector<uint64_t> marks;
  if (!nodes_.empty()) may_start_.MarkNotAfter(page, AsciiAlnum(), &marks);
  return marks;
}

std::vector<PhraseHit> PhraseMatcher::FindAllIn(std::string_view page, ByteSpan span,
                                                const std::vector<uint64_t>& marks) const {
  std::vector<PhraseHit> hits;
  if (nodes_.empty() || span.empty()) return hits;
  std::string_view text = page.substr(span.start, span.size());
  // The unit's first byte has no byte before it in the unit: it is a
  // candidate whenever it may start a match, whatever the page has before it.
  size_t pos = may_start_.Has(static_cast<unsigned char>(text[0])) ? TryAt(text, 0, &hits) : 1;
  while (pos < text.size()) {
    size_t next = NextMarked(marks, span.start + pos, span.end);
    if (next == span.end) break;
    pos = TryAt(text, next - span.start, &hits);
  }
  return hits;
}

// ---- Cue --------------------------------------------------------------------

bool Cue::Build(const std::vector<std::string>& patterns, std::string* error) {
  std::string pattern;
  for (const std::string& p : patterns) {
    if (p.empty()) continue;
    if (!pattern.empty()) pattern += '|';
    pattern += "(?:" + p + ")";
  }
  if (pattern.empty()) return true;
  re_ = std::make_unique<RE2>(pattern, MatchOptions(true));
  if (!re_->ok()) {
    *error = re_->error();
    re_.reset();
    return false;
  }
  return true;
}

std::vector<ByteSpan> Cue::FindAll(std::string_view text) const {
  std::vector<ByteSpan> out;
  if (!re_) return out;
  size_t pos = 0;
  re2::StringPiece m;
  while (pos <= text.size() && re_->Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    uint32_t start = static_cast<uint32_t>(m.data() - text.data());
    uint32_t end = static_cast<uint32_t>(start + m.size());
    if (end > start) out.push_back({start, end});
    pos = end > start ? end : NextCharStart(text, start);
    if (pos >= text.size()) break;
  }
  return out;
}

bool Cue::Matches(std::string_view text) const {
  return re_ && RE2::PartialMatch(text, *re_);
}

// ---- PageCues -----------------------------------------------------------------

std::string_view CueName(CueId id) {
  static constexpr std::string_view kNames[kCueCount] = {
      "cagr", "share", "share_negative", "share_verb", "projected", "market", "not_size", "next_years",
      "forecast_period", "forecast_declaration", "by_year", "year_after", "year_before", "respectively",
      "growth_negative", "company", "label_generic", "source_header", "not_size_exempt", "growth_verb", "size_verb"};
  return kNames[static_cast<size_t>(id)];
}

bool PageCues::Matches(CueId cue, ByteSpan span) {
  auto [it, fresh] = matches_.try_emplace(Key{cue, span.start, span.end}, false);
  if (fresh) it->second = Matches(cue, text_.substr(span.start, span.size()));
  return it->second;
}

const std::vector<ByteSpan>& PageCues::FindAll(CueId cue, ByteSpan span) {
  auto [it, fresh] = found_.try_emplace(Key{cue, span.start, span.end});
  if (fresh) it->second = FindAll(cue, text_.substr(span.start, span.size()));
  return it->second;
}

bool PageCues::Matches(CueId cue, std::string_view s) const { return lexicon_.cue(cue).Matches(s); }

std::vector<ByteSpan> PageCues::FindAll(CueId cue, std::string_view s) const { return lexicon_.cue(cue).FindAll(s); }

// ---- QualifierRules ---------------------------------------------------------

bool QualifierRules::Add(const std::string& pattern, std::string name, std::string* error) {
  auto re = std::make_unique<RE2>(pattern, MatchOptions(true));
  if (!re->ok()) {
    *error = re->error();
    return false;
  }
  rules_.push_back({std::move(re), std::move(name)});
  return true;
}

void QualifierRules::Finish() {
  set_.reset();
  if (rules_.empty()) return;
  // Qualifier windows are a few dozen bytes: a small DFA budget is plenty and
  // keeps the cache small (on a full cache First() asks the rules one by one).
  RE2::Options options = MatchOptions(true);
  options.set_max_mem(2 << 20);
  auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const QualifierRule& q : rules_) {
    // Same pattern, same options as the rule's own RE2, so the set index of
    // each rule is its position in rules_.
    if (set->Add(q.re->pattern(), nullptr) < 0) return;
  }
  if (!set->Compile()) return;
  set_ = std::move(set);
}

const std::string* QualifierRules::First(std::string_view text) const {
  if (set_) {
    std::vector<int> hits;
    RE2::Set::ErrorInfo info;
    if (set_->Match(text, &hits, &info)) {
      return &rules_[static_cast<size_t>(*std::min_element(hits.begin(), hits.end()))].name;
    }
    if (info.kind == RE2::Set::kNoError) return nullptr;
    // The set's DFA ran out of memory: ask the rules one by one.
  }
  for (const QualifierRule& q : rules_) {
    if (RE2::PartialMatch(text, *q.re)) return &q.name;
  }
  return nullptr;
}

// ---- Loading ----------------------------------------------------------------

namespace {

namespace od = simdjson::ondemand;

// What the JSON files say, before compiling.
struct RegionData {
  std::string name;
  std::vector<std::string> aliases;   // names of the place
  std::vector<std::string> demonyms;  // adjectives of it ("Indian"), written as the canonical name
};

struct LexiconData {
  std::vector<RegionData> regions;
  std::vector<std::pair<std::string, std::vector<std::string>>> dimensions;
  std::vector<std::pair<std::string, std::vector<std::string>>> cues;
  std::vector<std::pair<std::string, std::string>> qualifiers_before, qualifiers_after;
};

class JsonFileReader {
 public:
  JsonFileReader(std::string path, const simdjson::padded_string& json)
      : path_(std::move(path)), json_(json) {}

  Status Read(LexiconData* data) {
    od::document doc;
    if (auto e = parser_.iterate(json_).get(doc)) return Fail(doc, e, "not JSON");
    od::object root;
    if (auto e = doc.get_object().get(root)) return Fail(doc, e, "top level must be an object");
    for (auto field : root) {
      std::string_view key;
      if (auto e = field.unescaped_key().get(key)) return Fail(doc, e, "bad key");
      od::value v;
      if (auto e = field.value().get(v)) return Fail(doc, e, "bad value");
      simdjson::error_code e = simdjson::SUCCESS;
      if (key == "regions") {
        e = ReadRegions(v, &data->regions);
      } else if (key == "dimensions") {
        e = ReadNamedLists(v, &data->dimensions);
      } else if (key == "cues") {
        e = ReadNamedLists(v, &data->cues);
      } else if (key == "qualifiers") {
        e = ReadQualifiers(v, &data->qualifiers_before);
      } else if (key == "qualifiers_after") {
        e = ReadQualifiers(v, &data->qualifiers_after);
      }  // other keys ("comment") are documentation
      if (e) return Fail(doc, e, std::string("in \"") + std::string(key) + "\"");
    }
    return Status::Ok();
  }

 private:
  static simdjson::error_code ReadStrings(od::value v, std::vector<std::string>* out) {
    od::array a;
    if (auto e = v.get_array().get(a)) return e;
    for (auto item : a) {
      std::string_view s;
      if (auto e = item.get_string().get(s)) return e;
      out->emplace_back(s);
    }
    return simdjson::SUCCESS;
  }

  static simdjson::error_code ReadRegions(od::value v, std::vector<RegionData>* out) {
    od::array a;
    if (auto e = v.get_array().get(a)) return e;
    for (auto item : a) {
      od::object o;
      if (auto e = item.get_object().get(o)) return e;
      RegionData region;
      for (auto field : o) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key)) return e;
        od::value fv;
        if (auto e = field.value().get(fv)) return e;
        if (key == "name") {
          std::string_view s;
          if (auto e = fv.get_string().get(s)) return e;
          region.name = std::string(s);
        } else if (key == "aliases") {
          if (auto e = ReadStrings(fv, &region.aliases)) return e;
        } else if (key == "demonyms") {
          if (auto e = ReadStrings(fv, &region.demonyms)) return e;
        }
      }
      if (region.name.empty()) return simdjson::INCORRECT_TYPE;
      out->push_back(std::move(region));
    }
    return simdjson::SUCCESS;
  }

  static simdjson::error_code ReadNamedLists(
      od::value v, std::vector<std::pair<std::string, std::vector<std::string>>>* out) {
    od::object o;
    if (auto e = v.get_object().get(o)) return e;
    for (auto field : o) {
      std::string_view key;
      if (auto e = field.unescaped_key().get(key)) return e;
      od::value fv;
      if (auto e = field.value().get(fv)) return e;
      std::pair<std::string, std::vector<std::string>> list{std::string(key), {}};
      if (auto e = ReadStrings(fv, &list.second)) return e;
      out->push_back(std::move(list));
    }
    return simdjson::SUCCESS;
  }

  static simdjson::error_code ReadQualifiers(od::value v,
                                             std::vector<std::pair<std::string, std::string>>* out) {
    od::array a;
    if (auto e = v.get_array().get(a)) return e;
    for (auto item : a) {
      od::object o;
      if (auto e = item.get_object().get(o)) return e;
      std::string_view pattern, name;
      if (auto e = o["pattern"].get_string().get(pattern)) return e;
      if (auto e = o["name"].get_string().get(name)) return e;
      out->emplace_back(std::string(pattern), std::string(name));
    }
    return simdjson::SUCCESS;
  }

  Status Fail(od::document& doc, simdjson::error_code e, const std::string& what) {
    std::ostringstream msg;
    msg << path_ << ": " << what << ": " << simdjson::error_message(e);
    const char* at = nullptr;
    if (doc.current_location().get(at) == simdjson::SUCCESS && at) {
      msg << " at byte " << (at - json_.data());
    }
    return Status(ErrorCode::kParseError, msg.str());
  }

  std::string path_;
  const simdjson::padded_string& json_;
  od::parser parser_;
};

Status Compile(const LexiconData& data, Lexicon::Impl* impl) {
  std::string error;
  std::vector<std::string> aliases;
  for (const RegionData& r : data.regions) {
    impl->regions.push_back({r.name});
    // The canonical name always matches too.
    aliases.push_back(r.name);
    impl->region_of_alias.push_back(impl->regions.size() - 1);
    impl->alias_is_demonym.push_back(false);
    for (const auto& [list, demonym] : {std::pair{&r.aliases, false}, std::pair{&r.demonyms, true}}) {
      for (const std::string& a : *list) {
        aliases.push_back(a);
        impl->region_of_alias.push_back(impl->regions.size() - 1);
        impl->alias_is_demonym.push_back(demonym);
      }
    }
  }
  // Place names are capitalised; matching them case-sensitively keeps "us"
  // and "china" (the material) out.
  if (!impl->region_aliases.Build(aliases, /*case_insensitive=*/false, &error)) {
    return Status(ErrorCode::kParseError, "regions: " + error);
  }
  std::vector<std::string> words;
  for (const auto& [dimension, list] : data.dimensions) {
    for (const std::string& w : list) {
      words.push_back(w);
      impl->dimension_of_word.push_back(dimension);
    }
  }
  if (!impl->dimension_words.Build(words, /*case_insensitive=*/true, &error)) {
    return Status(ErrorCode::kParseError, "dimensions: " + error);
  }
  for (const auto& [name, patterns] : data.cues) {
    size_t id = 0;
    while (id < kCueCount && CueName(static_cast<CueId>(id)) != name) ++id;
    if (id == kCueCount) continue;  // documented in cues.json but asked by no rule
    Cue cue;
    if (!cue.Build(patterns, &error)) {
      return Status(ErrorCode::kParseError, "cue \"" + name + "\": " + error);
    }
    impl->cues[id] = std::move(cue);
  }
  auto compile_qualifiers = [&](const auto& list, bool before, QualifierRules* out) {
    for (const auto& [pattern, name] : list) {
      // Before a figure the qualifier must start a word: "turnover" is no "over"; an
      // article may follow it ("capturing more than a 45.2% share").
      std::string p =
          before ? "(?:^|[^A-Za-z])(?:" + pattern + ")\\s*(?:an?\\s+)?$" : "^\\s*(?:" + pattern + ")";
      std::string re_error;
      if (!out->Add(p, name, &re_error)) {
        error = "qualifier \"" + pattern + "\": " + re_error;
        return false;
      }
    }
    out->Finish();
    return true;
  };
  if (!compile_qualifiers(data.qualifiers_before, true, &impl->qualifiers_before) ||
      !compile_qualifiers(data.qualifiers_after, false, &impl->qualifiers_after)) {
    return Status(ErrorCode::kParseError, error);
  }
  return Status::Ok();
}

}  // namespace

Lexicon::Lexicon() : impl_(std::make_unique<Impl>()) {}
Lexicon::~Lexicon() = default;
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;

Status Lexicon::Load(std::string_view dir, Lexicon* out) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::directory_iterator it(fs::path(dir), ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".json") files.push_back(it->path());
  }
  if (ec) return Status(ErrorCode::kNotFound, "lexicon folder " + std::string(dir) + ": " + ec.message());
  if (files.empty()) return Status(ErrorCode::kNotFound, "no *.json in lexicon folder " + std::string(dir));
  std::sort(files.begin(), files.end());
  LexiconData data;
  for (const fs::path& p : files) {
    simdjson::padded_string json;
    if (simdjson::padded_string::load(p.string()).get(json)) {
      return Status(ErrorCode::kIoError, p.string() + ": cannot read");
    }
    JsonFileReader reader(p.string(), json);
    Status s = reader.Read(&data);
    if (!s.ok()) return s;
  }
  Lexicon lexicon;
  Status s = Compile(data, lexicon.impl_.get());
  if (!s.ok()) return s;
  *out = std::move(lexicon);
  return Status::Ok();
}

std::string Lexicon::DefaultDir() {
  if (const char* env = std::getenv("CLAIMTRACE_LEXICON"); env && *env) return env;
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path beside = exe.parent_path() / "lexicon";
    if (fs::is_directory(beside, ec)) return beside.string();
  }
  return CLAIMTRACE_SOURCE_DIR "/extract/lexicon";
}

}  // namespace claimtrace
