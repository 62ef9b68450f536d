// Numbers as pages write them: digit runs with thousands and decimal
// separators in the page's convention, and English number words.
#include <charconv>
#include <cmath>
#include <string>

#include "figure_scan.h"

namespace claimtrace::figures_internal {
namespace {

struct Groups {
  std::vector<std::string_view> digits;  // digit runs
  std::string separators;                // separators[i] sits between digits[i] and digits[i+1]
};

Groups SplitGroups(std::string_view token) {
  Groups g;
  size_t start = 0;
  for (size_t i = 0; i < token.size(); ++i) {
    char c = token[i];
    if (c == '.' || c == ',' || c == ' ') {
      g.digits.push_back(token.substr(start, i - start));
      g.separators.push_back(c);
      start = i + 1;
    }
  }
  g.digits.push_back(token.substr(start));
  return g;
}

// Western (1,234,567) or Indian (12,34,567) thousands grouping of
// digits[0..count).
bool ValidGrouping(const std::vector<std::string_view>& digits, size_t count) {
  if (count < 2 || digits[0].empty() || digits[0].size() > 3 || digits[count - 1].size() != 3) return false;
  // Indian grouping has pairs between the leading group and the last three
  // digits; PDF conversions sometimes leave three digits in front (222,87,379).
  bool western = true, indian = true;
  for (size_t i = 1; i + 1 < count; ++i) {
    if (digits[i].size() != 3) western = false;
    if (digits[i].size() != 2) indian = false;
  }
  return western || indian;
}

std::optional<double> ToDouble(const std::string& s) {
  double v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

std::optional<double> ParseDigits(std::string_view token, bool decimal_comma) {
  // Past 15 integer digits a double no longer holds the number exactly, and no
  // page means such a figure: "$999999999999999999999 trillion" is no amount.
  constexpr size_t kMaxIntegerDigits = 15;
  constexpr size_t kMaxTokenBytes = 64;
  if (token.size() > kMaxTokenBytes) return std::nullopt;
  Groups g = SplitGroups(token);
  for (auto d : g.digits) {
    if (d.empty()) return std::nullopt;
  }
  const size_t n = g.digits.size();
  if (n == 1) return token.size() > kMaxIntegerDigits ? std::nullopt : ToDouble(std::string(token));

  size_t dots = 0, commas = 0;
  for (char c : g.separators) {
    dots += c == '.';
    commas += c == ',';
  }
  // Which separator (if any) is the decimal one: it must be the last.
  char decimal = 0;
  char last = g.separators.back();
  if (dots && commas) {
    decimal = last;
    if (last == ' ' || (last == '.' ? dots : commas) != 1) return std::nullopt;
  } else if (commas == 1 && last == ',') {
    bool grouping = g.digits.back().size() == 3 && !decimal_comma && g.digits[n - 2].size() <= 3;
    if (!grouping) decimal = ',';
  } else if (dots == 1 && last == '.') {
    bool grouping = g.digits.back().size() == 3 && decimal_comma && g.digits[n - 2].size() <= 3;
    if (!grouping) decimal = '.';
  }
  size_t integer_groups = decimal ? n - 1 : n;
  // Grouping separators must all be the same character.
  for (size_t i = 0; i + 1 < integer_groups; ++i) {
    if (g.separators[i] != g.separators[0]) return std::nullopt;
  }
  if (integer_groups > 1 && !ValidGrouping(g.digits, integer_groups)) return std::nullopt;
  std::string plain;
  for (size_t i = 0; i < integer_groups; ++i) plain.append(g.digits[i]);
  if (plain.size() > kMaxIntegerDigits) return std::nullopt;
  if (decimal) {
    plain.push_back('.');
    plain.append(g.digits.back());
  }
  return ToDouble(plain);
}

std::optional<double> ParseNumberWords(std::string_view text, size_t pos, size_t* end, bool* bare_article) {
  static const RE2 kWord(
      "(?i)(a|an|and|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
      "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
      "eighty|ninety|hundred|half|quarters?)([ -]+|$)");
  static const std::vector<std::pair<std::string_view, int>> kValues = {
      {"zero", 0},      {"one", 1},       {"two", 2},        {"three", 3},     {"four", 4},
      {"five", 5},      {"six", 6},       {"seven", 7},      {"eight", 8},     {"nine", 9},
      {"ten", 10},      {"eleven", 11},   {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
      {"fifteen", 15},  {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
      {"twenty", 20},   {"thirty", 30},   {"forty", 40},     {"fifty", 50},    {"sixty", 60},
      {"seventy", 70},  {"eighty", 80},   {"ninety", 90}};
  if (!WordBounded(text, pos, pos)) return std::nullopt;
  double value = 0;
  bool any = false, article = false, after_tens = false;
  std::string previous, before_previous;  // the words before, lower case
  size_t p = pos, last_end = pos;
  re2::StringPiece sp(text.data(), text.size());
  re2::StringPiece m[3];
  for (int words = 0; words < 8; ++words) {
    if (!kWord.Match(sp, p, text.size(), RE2::ANCHOR_START, m, 3)) break;
    std::string w(m[1].data(), m[1].size());
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    size_t word_end = static_cast<size_t>(m[1].data() - text.data()) + m[1].size();
    if (!WordBounded(text, static_cast<size_t>(m[1].data() - text.data()), word_end)) break;
    if (w == "a" || w == "an") {
      if (previous == "half") {
        last_end = word_end;  // "half a trillion": the article belongs to the fraction
      } else if (!(any && previous == "and")) {  // "two and a half": the fraction's article
        if (any) break;
        article = true;
        value = 1;
      }
    } else if (w == "and") {
      if (!any) break;
    } else if (w == "hundred") {
      value = (value == 0 ? 1 : value) * 100;
      any = true;
      last_end = word_end;
    } else if (w == "half" || w == "quarter") {
      double f = w == "half" ? 0.5 : 0.25;
      if (previous == "a" && before_previous == "and") {
        value += f;  // "two and a half"
      } else {
        value = (any || article) && value > 1 ? value * f : f;
      }
      any = true;
      last_end = word_end;
    } else if (w == "quarters") {
      if (!any) break;
      value *= 0.25;
      last_end = word_end;
    } else {
      int v = 0;
      for (const auto& [name, number] : kValues) {
        if (name == w) v = number;
      }
      if (after_tens && v >= 10) break;
      if (article && !any) value = 0;
      // "one hundred five" adds; "twenty-two" adds; "five two" does not.
      if (any && static_cast<long long>(value) % 100 != 0 && !(after_tens && v < 10)) break;
      value += v;
      after_tens = v >= 20 && v % 10 == 0;
      any = true;
      last_end = word_end;
    }
    before_previous = std::move(previous);
    previous = std::move(w);
    p = static_cast<size_t>(m[0].data() - text.data()) + m[0].size();
    if (m[2].empty()) break;
  }
  if (!any && !article) return std::nullopt;
  if (!any) last_end = pos + (text.substr(pos, 2) == "an" || text.substr(pos, 2) == "An" ? 2 : 1);
  *bare_article = !any;
  *end = last_end;
  return value;
}

double ScaledAmount(double number, double scale) {
  const double x = number * scale;
  if (x == 0 || !std::isfinite(x)) return x;
  const double p = std::pow(10.0, 11 - std::floor(std::log10(std::fabs(x))));
  return std::isfinite(p) && std::isfinite(x * p) ? std::round(x * p) / p : x;
}

}  // namespace claimtrace::figures_internal
