#include "subject.h"

#include <re2/re2.h>

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
      "highest", "high", "leading", "major", "dominant", "significant", "maximum", "substantial", "considerable"};
  std::string lw = AsciiLower(w);
  for (std::string_view s : kStops) {
    if (lw == s) return true;
  }
  return false;
}

std::string_view TrimPunct(std::string_view s) {
  while (!s.empty() && (IsSpace(s.front()) || s.front() == '"' || s.front() == '\'' || s.front() == ',')) s.remove_prefix(1);
  while (!s.empty() && (IsSpace(s.back()) || s.back() == '"' || s.back() == '\'' || s.back() == ',')) s.remove_suffix(1);
  return s;
}

// The words before the first "market"/"industry" in `s`, back to a stop word.
std::string NameBeforeMarket(std::string_view s, bool from_start) {
  static const RE2 kMarket("(?i)^(.*?)\\b(?:market|industry)\\b");
  re2::StringPiece before;
  if (!RE2::PartialMatch(s, kMarket, &before)) return {};
  std::string_view p = TrimPunct(std::string_view(before.data(), before.size()));
  if (from_start) {
    // A title: everything before "Market", minus a leading "Global"/"The".
    static const RE2 kLead("(?i)^(?:the\\s+)?(?:global\\s+|worldwide\\s+)?");
    re2::StringPiece sp(p.data(), p.size());
    RE2::Consume(&sp, kLead);
    p = TrimPunct(std::string_view(sp.data(), sp.size()));
    size_t sep = p.find_last_of(":|");
    if (sep != std::string_view::npos) p = TrimPunct(p.substr(sep + 1));
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

std::string Key(std::string_view s) {
  std::string k;
  for (char c : AsciiLower(s)) {
    if (IsAsciiAlnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) k += c;
  }
  return k;
}

}  // namespace

std::string PageSubject(std::string_view text, std::string_view title, const std::vector<Block>& blocks) {
  if (std::string s = NameBeforeMarket(title, true); !s.empty()) return s;
  for (const Block& b : blocks) {
    if (b.kind != BlockKind::kHeading) continue;
    if (std::string s = NameBeforeMarket(Slice(text, b.span), true); !s.empty()) return s;
    break;
  }
  static const RE2 kGlobal("(?i)\\bthe (?:global|worldwide) ([^.,;]{2,80}?) market\\b");
  re2::StringPiece m;
  if (RE2::PartialMatch(text, kGlobal, &m)) return std::string(m.data(), m.size());
  return {};
}

std::string MarketNamedIn(std::string_view unit) { return NameBeforeMarket(unit, false); }

bool SameMarket(std::string_view a, std::string_view b) {
  std::string ka = Key(a), kb = Key(b);
  if (ka.empty() || kb.empty()) return false;
  return ka.find(kb) != std::string::npos || kb.find(ka) != std::string::npos;
}

}  // namespace claimtrace
