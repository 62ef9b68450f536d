#include "subject.h"

#include <re2/re2.h>

#include <algorithm>
#include <optional>

#include "claimtrace/normalize.h"
#include "lexicon_impl.h"
#include "text_util.h"

namespace claimtrace {

namespace {

bool IsSubjectStop(std::string_view w) {
  static constexpr std::string_view kStops[] = {
      "the", "a", "an", "of", "in", "on", "for", "by", "and", "is", "are", "was", "were", "to", "as", "at",
      "from", "that", "this", "its", "their", "with", "global", "worldwide", "overall", "total", "entire",
      "whole", "largest", "fastest-growing", "biggest", "according", "said", "says", "shows", "within", "into",
      // "contributed the highest market share": a share's size, not a market's name.
      "highest", "high", "leading", "major", "dominant", "significant", "maximum", "substantial", "considerable",
      // "resulting in a projected market volume of": the figure's time, not the market's name.
      "projected", "expected", "estimated", "forecast", "forecasted", "predicted", "anticipated", "current",
      // "the fastest-growing end-use industry": a dimension of the market, not a market.
      "end-use", "end-user", "end-users"};
  std::string lw = AsciiLower(w);
  for (std::string_view s : kStops) {
    if (lw == s) return true;
  }
  // "with a 42.7% market share", "the 2024 market": a figure names no market
  // ("5G", "3D printing" do, having letters).
  if (w.find('%') != std::string_view::npos) return true;
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ','; });
}

std::string_view TrimPunct(std::string_view s) {
  while (!s.empty() && (IsSpace(s.front()) || s.front() == '"' || s.front() == '\'' || s.front() == ',')) s.remove_prefix(1);
  while (!s.empty() && (IsSpace(s.back()) || s.back() == '"' || s.back() == '\'' || s.back() == ',')) s.remove_suffix(1);
  return s;
}

bool IsRe2WordByte(unsigned char c) { return IsAsciiAlnum(c) || c == '_'; }

// Well-formed UTF-8 free of the two characters that fold into the ASCII
// letters of "market"/"industry" (K U+212A, ſ U+017F).
bool PlainUtf8(std::string_view s) {
  return IsWellFormedUtf8(s) && s.find("\u212A") == std::string_view::npos &&
         s.find("\u017F") == std::string_view::npos;
}

bool AsciiIEquals(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// "Data Bridge Market Research analyses that the halal food market", "Future
// Market Insights": in a sentence, the word after "market" makes it a publisher's
// name (a title's "Smart Lock Market Research Report" is the report's).
bool NamesPublisher(std::string_view after) {
  size_t i = 0;
  while (i < after.size() && after[i] == ' ') ++i;
  for (std::string_view w : {std::string_view("research"), std::string_view("insights")}) {
    size_t end = i + w.size();
    if (end <= after.size() && AsciiIEquals(after.substr(i, w.size()), w) &&
        (end == after.size() || !IsRe2WordByte(static_cast<unsigned char>(after[end])))) {
      return true;
    }
  }
  return false;
}

// What kMarket below captures, found without the regex (which costs tens of
// microseconds per unit): the text before the first whole word "market" or
// "industry" on the first line of `s`. Answers only when that line is plain
// UTF-8 (see PlainUtf8), where the two agree byte for byte; returns false to
// leave the question to kMarket otherwise.
bool FindMarketWord(std::string_view s, bool skip_publisher, std::optional<std::string_view>* before) {
  std::string_view line = s.substr(0, s.find('\n'));
  if (!PlainUtf8(line)) return false;
  before->reset();
  for (size_t p = 0; p < line.size(); ++p) {
    char c = line[p];
    if (c != 'm' && c != 'M' && c != 'i' && c != 'I') continue;
    if (p > 0 && IsRe2WordByte(static_cast<unsigned char>(line[p - 1]))) continue;
    for (std::string_view word : {std::string_view("market"), std::string_view("industry")}) {
      size_t end = p + word.size();
      if (end > line.size() || !AsciiIEquals(line.substr(p, word.size()), word)) continue;
      if (end < s.size() && IsRe2WordByte(static_cast<unsigned char>(s[end]))) continue;
      if (skip_publisher && NamesPublisher(s.substr(end))) continue;
      *before = s.substr(0, p);
      return true;
    }
  }
  return true;
}

// The words before the first "market"/"industry" in `s`, back to a stop word.
std::string NameBeforeMarket(std::string_view s, bool from_start) {
  static const RE2 kMarket("(?i)\\b(?:market|industry)\\b");
  re2::StringPiece before;
  if (std::optional<std::string_view> found; FindMarketWord(s, !from_start, &found)) {
    if (!found) return {};
    before = re2::StringPiece(found->data(), found->size());
  } else {
    const std::string_view line = s.substr(0, s.find('\n'));
    re2::StringPiece word;
    for (size_t from = 0;; from = word.data() + word.size() - line.data()) {
      if (!kMarket.Match(line, from, line.size(), RE2::UNANCHORED, &word, 1)) return {};
      const size_t end = word.data() + word.size() - line.data();
      if (!from_start && NamesPublisher(s.substr(end))) continue;
      before = re2::StringPiece(line.data(), word.data() - line.data());
      break;
    }
  }
  std::string_view p = TrimPunct(std::string_view(before.data(), before.size()));
  if (from_start) {
    // A title: everything before "Market", minus a leading "Global"/"The", and a headline's
    // question word ("Why the Pet Insurance Market Is Booming").
    static const RE2 kLead(
        "(?i)^(?:(?:why|how|what|where|when)\\s+(?:(?:is|are|will|can|does|do|did)\\s+)?(?:the\\s+)?|"
        "(?:will|can|could|is|are|does)\\s+the\\s+|the\\s+)?(?:(?:19|20)\\d\\d\\s+)?(?:global\\s+|worldwide\\s+)?");
    re2::StringPiece sp(p.data(), p.size());
    RE2::Consume(&sp, kLead);
    p = TrimPunct(std::string_view(sp.data(), sp.size()));
    // "Online Food Delivery - Worldwide | Market Forecast", "Smart Lock Global Market Report": the
    // scope after the name is no part of it.
    static const RE2 kWorldwide("(?i)^(.*?)(?:\\s+[-–—])?\\s+(?:worldwide|global)$");
    size_t sep = p.find_last_of(":|");
    if (sep != std::string_view::npos) {
      // "Online Food Delivery - Worldwide | Market Forecast": the name is before the bar, and
      // so it is before "| Statista Market Forecast" when a scope ends it (the site's name follows).
      std::string_view before_bar = TrimPunct(p.substr(0, sep));
      std::string_view after = TrimPunct(p.substr(sep + 1));
      p = after.empty() || RE2::FullMatch(before_bar, kWorldwide, nullptr) ? before_bar : after;
    }
    re2::StringPiece name;
    if (RE2::FullMatch(p, kWorldwide, &name)) p = std::string_view(name.data(), name.size());
    // "Chapter 8: Industry and Infrastructure": a document's part, no market.
    static const RE2 kPartLabel("(?i)^(?:chapter|section|part|annex|appendix|table|figure|exhibit)\\s+[\\dIVXivx.]+$");
    if (RE2::FullMatch(p, kPartLabel)) return {};
    return p.size() <= 120 ? std::string(p) : std::string();
  }
  size_t cut = p.size(), end = p.size();
  int words = 0;
  while (end > 0 && words < 7) {
    size_t space = p.rfind(' ', end - 1);
    size_t ws = space == std::string_view::npos ? 0 : space + 1;
    std::string_view w = p.substr(ws, end - ws);
    if (IsSubjectStop(w) || w.find_first_of(",;:") != std::string_view::npos) break;
    cut = ws;
    ++words;
    if (space == std::string_view::npos) break;
    end = space;
  }
  return std::string(TrimPunct(p.substr(cut)));
}

// Lower-case letters and digits only; with `singular`, each English word in
// its singular ("batteries" -> "battery", "shares" -> "share").
std::string Key(std::string_view s, bool singular = false) {
  std::string k;
  size_t word = 0;  // where the current word starts in k
  auto end_word = [&] {
    std::string_view w(k.data() + word, k.size() - word);
    if (singular && w.size() > 4 && w.ends_with("ies")) {
      k.resize(k.size() - 3);
      k += 'y';
    } else if (singular && w.size() > 3 && w.back() == 's' && !w.ends_with("ss")) {
      k.pop_back();
    }
    word = k.size();
  };
  const std::string lower = AsciiLower(s);
  auto alnum = [&](size_t i) { return i < lower.size() && IsAsciiAlnum(static_cast<unsigned char>(lower[i])); };
  for (size_t i = 0; i < lower.size(); ++i) {
    // "India's online gaming" is "India online gaming": the possessive is no letter of the name.
    const char c = lower[i];
    const size_t mark = c == '\'' ? 1 : c == '\xE2' && lower.compare(i, 3, "\u2019") == 0 ? 3 : 0;
    if (mark && i + mark < lower.size() && lower[i + mark] == 's' && !alnum(i + mark + 1)) {
      if (k.size() > word) end_word();
      i += mark;
      continue;
    }
    if (IsAsciiAlnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      k += c;
    } else if (k.size() > word) {
      end_word();
    }
  }
  if (k.size() > word) end_word();
  return k;
}

}  // namespace

namespace {

// "国内クラウドサービス市場の動向", "中国新能源汽车市场研究报告", "국내 전기차 충전기 시장 전망":
// a CJK title's words before its first market word.
std::string CjkNameBeforeMarket(std::string_view title) {
  // "2024年中国服务机器人行业市场规模": neither the year nor "industry" is of the name.
  static const RE2 kCjkMarket(
      "^\\s*(?:【[^】]*】\\s*)?(?:\\d{4}(?:\\s*[-~〜～–]\\s*\\d{4})?\\s*年度?\\s*)?([^\\s].{1,80}?)\\s*"
      "(?:行业|行業)?(?:市場|市场|시장)");
  re2::StringPiece m;
  if (!RE2::PartialMatch(title, kCjkMarket, &m)) return {};
  std::string_view name = TrimPunct(std::string_view(m.data(), m.size()));
  return name.find_first_of(":|") == std::string_view::npos ? std::string(name) : std::string();
}

// The words of a European title's market name, up to the first that ends it: a
// verb ("Mercado de pet food no Brasil deve atingir ...") or a trailing preposition
// ("véhicules électriques en" before the year cut off).
std::string_view CutAtVerb(std::string_view name) {
  static constexpr std::string_view kVerbs[] = {
      "deve", "devem", "deverá", "debe", "deberá", "devrait", "dovrebbe", "alcanza", "alcanzará", "alcança",
      "alcançar", "atinge", "atingir", "atingirá", "atteint", "atteindra", "cresce", "crece", "croît", "crescerá",
      "crecerá", "se", "é", "es", "est", "è", "será", "sera", "sarà", "soll", "wird", "wächst", "erreicht"};
  static constexpr std::string_view kTrailing[] = {"en", "em", "in", "à", "a", "no", "na", "para", "pour", "per",
                                                   "au", "aux", "par", "e", "et", "y", "und", "im", "bis", "von"};
  size_t end = 0;
  for (size_t at = 0; at < name.size();) {
    size_t space = name.find(' ', at);
    std::string_view w = name.substr(at, space == std::string_view::npos ? std::string_view::npos : space - at);
    if (std::find(std::begin(kVerbs), std::end(kVerbs), AsciiLower(w)) != std::end(kVerbs)) break;
    end = at + w.size();
    if (space == std::string_view::npos) break;
    at = space + 1;
  }
  name = TrimPunct(name.substr(0, end));
  for (bool cut = true; cut;) {
    cut = false;
    size_t space = name.rfind(' ');
    if (space == std::string_view::npos) break;
    std::string last = AsciiLower(name.substr(space + 1));
    if (std::find(std::begin(kTrailing), std::end(kTrailing), last) != std::end(kTrailing)) {
      name = TrimPunct(name.substr(0, space));
      cut = true;
    }
  }
  return name;
}

// A title in a Romance language or German: the name after "mercado de",
// "marché des", "mercato dell'" (an adjective may come between: "marché français
// des"), or before a German "-markt" ("Der deutsche E-Bike-Markt 2024") or a
// report word after a dash ("Wärmepumpen in Deutschland – Marktbericht 2024").
std::string EuropeanMarketName(std::string_view title) {
  static const RE2 kRomance(
      "(?i)(?:^|\\s)(?:mercado|marché|mercato)\\s+(?:\\pL+\\s+)??"
      "(?:de la|de los|de las|de l'|de l’|dell'|dell’|del|des|du|de|do|da|dos|das|d'|d’|della|dello|dei|degli|delle|di)"
      "\\s*([^:|–—(,;\\d]+)");
  static const RE2 kMarktFuer("(?i)\\bmarkt\\s+(?:für|voor)\\s+([^:|–—(,;\\d]+)");
  static const RE2 kCompound("(?:^|\\s)(\\pL[\\pL\\-]*?)-?(?i:markt)(?:\\s|$|[:,.!?])");
  static const RE2 kBeforeReport("^([^:|–—]+?)\\s*[:|–—-]\\s+(?i:markt|marché|mercado|mercato)\\pL*");
  re2::StringPiece m;
  if (RE2::PartialMatch(title, kRomance, &m) || RE2::PartialMatch(title, kMarktFuer, &m)) {
    return std::string(CutAtVerb(std::string_view(m.data(), m.size())));
  }
  if (RE2::PartialMatch(title, kCompound, &m)) {
    static constexpr std::string_view kGeneric[] = {"welt", "gesamt", "binnen", "heim", "inland", "aktien", "arbeits"};
    std::string lower = AsciiLower(std::string_view(m.data(), m.size()));
    if (std::find(std::begin(kGeneric), std::end(kGeneric), lower) == std::end(kGeneric)) return std::string(m.data(), m.size());
  }
  if (RE2::PartialMatch(title, kBeforeReport, &m)) return std::string(TrimPunct(std::string_view(m.data(), m.size())));
  return {};
}

// "Fitness Trackers - Worldwide" over "Revenue in the Fitness Trackers market amounts
// to": a title naming the market without the word, which the text names with it.
std::string TitleNamedAsMarket(std::string_view text, std::string_view title) {
  static const RE2 kHead("^\\s*([^|:]*?\\S)\\s*(?:$|[|:]|\\s[-–—]\\s)");
  re2::StringPiece head;
  if (!RE2::PartialMatch(title, kHead, &head) || head.size() < 3 || head.size() > 60) return {};
  const std::string_view name(head.data(), head.size());
  // Each whole-word "<name> market" / "<name> industry", ASCII case ignored: no
  // pattern is compiled per page.
  auto same = [](char a, char b) { return LowerAscii(a) == LowerAscii(b); };
  for (auto it = text.begin();; ++it) {
    it = std::search(it, text.end(), name.begin(), name.end(), same);
    if (it == text.end()) return {};
    const size_t at = static_cast<size_t>(it - text.begin());
    if (at > 0 && IsRe2WordByte(static_cast<unsigned char>(text[at - 1]))) continue;
    size_t w = at + name.size();
    while (w < text.size() && IsSpace(text[w])) ++w;
    if (w == at + name.size()) continue;
    std::string_view rest = text.substr(w);
    for (std::string_view word : {std::string_view("market"), std::string_view("industry")}) {
      if (rest.size() >= word.size() && AsciiIEquals(rest.substr(0, word.size()), word) &&
          (rest.size() == word.size() || !IsRe2WordByte(static_cast<unsigned char>(rest[word.size()])))) {
        return std::string(name);
      }
    }
  }
}

}  // namespace

std::string PageSubject(std::string_view text, std::string_view title, const std::vector<Block>& blocks) {
  if (std::string s = NameBeforeMarket(title, true); !s.empty()) return s;
  if (std::string s = CjkNameBeforeMarket(title); !s.empty()) return s;
  if (std::string s = EuropeanMarketName(title); !s.empty()) return s;
  for (const Block& b : blocks) {
    if (b.kind != BlockKind::kHeading) continue;
    if (std::string s = NameBeforeMarket(Slice(text, b.span), true); !s.empty()) return s;
    break;
  }
  static const RE2 kGlobal("(?i)\\bthe (?:global|worldwide) ([^.,;]{2,80}?) market\\b");
  re2::StringPiece m;
  if (RE2::PartialMatch(text, kGlobal, &m)) return std::string(m.data(), m.size());
  // "The global market for industrial robots was valued at ...".
  static const RE2 kGlobalFor(
      "(?i)\\bthe (?:global|worldwide) market for ([^.,;]{2,60}?)\\s+(?:was|is|has|had|reached|stood|will|grew|"
      "are|were|totaled|totalled|amounted)\\b");
  if (RE2::PartialMatch(text, kGlobalFor, &m)) return std::string(m.data(), m.size());
  return TitleNamedAsMarket(text, title);
}

std::string MarketNamedIn(std::string_view unit) { return NameBeforeMarket(unit, false); }

bool SameName(std::string_view a, std::string_view b) {
  std::string ka = Key(a, true);
  return !ka.empty() && ka == Key(b, true);
}

namespace {

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && (IsAsciiAlnum(static_cast<unsigned char>(s[i])) || static_cast<unsigned char>(s[i]) >= 0x80)) {
      continue;
    }
    if (i > start) out.push_back(s.substr(start, i - start));
    start = i + 1;
  }
  return out;
}

// "EV", "IoMT", "AI": two to six ASCII letters, at least two of them capitals.
bool IsAbbreviation(std::string_view w) {
  if (w.size() < 2 || w.size() > 6) return false;
  int capitals = 0;
  for (char c : w) {
    if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return false;
    capitals += c >= 'A' && c <= 'Z';
  }
  return capitals >= 2;
}

bool HasAbbreviation(std::string_view s) {
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && IsAsciiAlnum(static_cast<unsigned char>(s[i]))) continue;
    if (IsAbbreviation(s.substr(start, i - start))) return true;
    start = i + 1;
  }
  return false;
}

// How many words of `words` from `at` abbreviation `abbr` spells with their first
// letters ("Internet of Medical Things" for "IoMT"; "of", "and", "for", "the" may also
// go unspelled: "EV" for "electric vehicle"), or 0.
size_t Spelled(std::string_view abbr, const std::vector<std::string_view>& words, size_t at) {
  size_t w = at;
  for (char c : abbr) {
    const char lc = static_cast<char>(c | 0x20);
    while (w < words.size() && (words[w][0] | 0x20) != lc && IsSubjectStop(words[w]) && w > at) ++w;
    if (w == words.size() || (words[w][0] | 0x20) != lc) return 0;
    ++w;
  }
  return w - at;
}

// `a` with each abbreviation that spells words of `b` written out as those words.
std::string Expanded(std::string_view a, std::string_view b) {
  std::vector<std::string_view> bw = Words(b);
  std::string out;
  for (std::string_view w : Words(a)) {
    std::string_view written = w;
    if (IsAbbreviation(w)) {
      for (size_t at = 0; at < bw.size(); ++at) {
        if (size_t n = Spelled(w, bw, at)) {
          written = std::string_view(bw[at].data(), bw[at + n - 1].data() + bw[at + n - 1].size() - bw[at].data());
          break;
        }
      }
    }
    out.append(written).push_back(' ');
  }
  return out;
}

bool Contains(const std::string& ka, const std::string& kb) {
  return ka.find(kb) != std::string::npos || kb.find(ka) != std::string::npos;
}

}  // namespace

bool SameMarket(std::string_view a, std::string_view b) {
  std::string ka = Key(a), kb = Key(b);
  if (ka.empty() || kb.empty()) return false;
  if (Contains(ka, kb)) return true;
  // "EV battery" and "Electric Vehicle Battery".
  return (HasAbbreviation(a) && Contains(Key(Expanded(a, b)), kb)) ||
         (HasAbbreviation(b) && Contains(ka, Key(Expanded(b, a))));
}

bool NarrowerMarket(std::string_view name, std::string_view market) {
  static constexpr std::string_view kGeneric[] = {"the",    "global", "worldwide", "world",  "overall", "total",
                                                  "entire", "market", "industry",  "sector", "space",   "segment"};
  // "buses" and "bus", "batteries" and "battery": one word in the singular and the plural.
  auto same_word = [](const std::string& a, const std::string& b) {
    auto plural_of = [](const std::string& p, const std::string& w) {
      return p == w + "s" || p == w + "es" || (w.ends_with('y') && p == w.substr(0, w.size() - 1) + "ies");
    };
    return a == b || plural_of(a, b) || plural_of(b, a);
  };
  auto holds = [&](const std::vector<std::string>& words, const std::string& w) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& x) { return same_word(x, w); });
  };
  std::vector<std::string> own, theirs;
  for (std::string_view w : Words(name)) own.push_back(Key(w));
  for (std::string_view w : Words(market)) theirs.push_back(Key(w));
  if (theirs.empty()) return false;
  // "Bodenwärmepumpen", "bodemwarmtepompen" of the heat pump market: a compound naming a kind of it.
  if (own.size() == 1 && theirs.size() == 1 && own[0].size() >= theirs[0].size() + 3 && own[0].ends_with(theirs[0])) {
    return true;
  }
  auto generic = [](const std::string& w) { return std::find(std::begin(kGeneric), std::end(kGeneric), w) != std::end(kGeneric); };
  const bool specific = std::any_of(own.begin(), own.end(), [&](const std::string& w) {
    return !holds(theirs, w) && !generic(w) && !generic(w.ends_with('s') ? w.substr(0, w.size() - 1) : w);
  });
  return specific && std::all_of(theirs.begin(), theirs.end(), [&](const std::string& w) { return holds(own, w); });
}

}  // namespace claimtrace
