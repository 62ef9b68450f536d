#include "noun_phrase.h"

#include <algorithm>

namespace claimtrace {

namespace {

bool Re2Space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }  // RE2's \s
bool AsciiLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool WordTail(char c) {
  return AsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '&' || c == '/' || c == '-';
}

// np[g..] is (?:W\s+){0,3}W with W = [A-Za-z][A-Za-z0-9_&/-]*, to its end.
bool WordsToEnd(std::string_view np, size_t g) {
  int words = 0;
  size_t i = g;
  while (true) {
    if (i >= np.size() || !AsciiLetter(np[i])) return false;
    if (++words > 4) return false;
    ++i;
    while (i < np.size() && WordTail(np[i])) ++i;
    if (i == np.size()) return true;
    if (!Re2Space(np[i])) return false;
    while (i < np.size() && Re2Space(np[i])) ++i;
  }
}

}  // namespace

bool MatchNounPhraseAtEnd(std::string_view np, const RE2& noun_re, re2::StringPiece* m) {
  if (!std::all_of(np.begin(), np.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return RE2::PartialMatch(re2::StringPiece(np.data(), np.size()), noun_re, m);
  }
  // The leftmost match wins: its group starts at 0 (after ^) or right after
  // the leftmost white-space byte from which words run to the end. In ASCII,
  // (?i)\pL is [A-Za-z].
  for (size_t g = 0; g < np.size(); ++g) {
    if (g > 0 && !Re2Space(np[g - 1])) continue;
    if (WordsToEnd(np, g)) {
      *m = re2::StringPiece(np.data() + g, np.size() - g);
      return true;
    }
  }
  return false;
}

}  // namespace claimtrace
