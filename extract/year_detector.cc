// Years (1900-2100 used as a year) and year ranges: "2023", "FY23", "FY 2023",
// "2024年", "令和6年度", "2024-2033", "2021-33", "2015-16", "2024 to 2033",
// "between 2014 and 2024", "2016-17 to 2023-24", "2024~2029". Never section
// numbers, decimals, identifiers or counts ("2,000 units", "2000萬").
#include "figure_scan.h"

namespace claimtrace::figures_internal {

struct YearDetector::Patterns {
  explicit Patterns(std::string* error)
      : fiscal_before(R"((?:FY|CY|Fy|fy) ?'?$)", error),
        not_year_after(
            R"( ?(?:[万萬亿億兆千百]|年代|년대|%|(?i:million|billion|thousand|crores?|lakhs?|mn|bn|km|kg|mw|gw|kwh|)"
            R"(units?|people|employees|persons|tons?|tonnes)\b))",
            error),
        connector(R"( ?(?:-|–|—|~|〜|～|→|->|⮕) ?| (?:to|through|thru|until|till|and) |年度?(?:から|到|至|~|〜|～|-)|到|至|년도? ?(?:부터|에서) ?)",
                  error),
        connector_de(R"( (?:bis|und) )", error),
        connector_fr(R"( (?:à|au|et) )", error),
        // Spanish, Portuguese and Italian: "de 2024 a 2030", "dal 2024 al 2030", "tra il 2024 e il 2030".
        connector_romance(R"( (?:a|al|até|e il|e|y) )", error),
        between_before(R"((?i:between|zwischen|entre|tra il|fra il) $)", error),
        era(Compile(R"((令和|平成)(\d{1,2}|元)年(度)?)", error)) {}
  AnchoredPattern fiscal_before, not_year_after, connector, connector_de, connector_fr, connector_romance,
      between_before;
  std::unique_ptr<RE2> era;
};

YearDetector::YearDetector(std::string* error) : p_(std::make_unique<Patterns>(error)) {}
YearDetector::~YearDetector() = default;

namespace {

bool InYearRange(long v) { return v >= 1900 && v <= 2100; }

struct YearUnit {
  uint32_t start = 0, end = 0;
  int from = 0, to = 0;  // equal for a single year
  std::vector<size_t> tokens;
};

class YearScan {
 public:
  YearScan(const YearDetector::Patterns& p, FigureScan* scan) : p_(p), scan_(*scan), text_(scan->text) {}

  bool MatchesAt(const AnchoredPattern& re, size_t pos, size_t* end) const {
    re2::StringPiece m;
    if (!re.MatchAt(text_, pos, &m, 1)) return false;
    *end = pos + m.size();
    return true;
  }

  std::string_view Digits(const NumberToken& t) const { return text_.substr(t.start, t.end - t.start); }

  // Characters before the digits that make them something other than a year:
  // "rid=2024", "#2024", "20.2024", "/docs/2024".
  bool BadBefore(uint32_t start) const {
    size_t n = 0;
    char32_t before = CodePointBefore(text_, start, &n);
    if (before == '=' || before == '#' || before == '@' || before == '_' || IsDigit(before)) return true;
    if (before == '.') {  // "No.2024"; a digit before the dot would be in the token
      size_t k = 0;
      if (IsLetter(CodePointBefore(text_, start - 1, &k))) return true;
    }
    if (before == '/') {
      size_t k = 0;
      char32_t b2 = CodePointBefore(text_, start - 1, &k);
      if (IsLetter(b2) && !IsCjk(b2)) return true;
      if (IsDigit(b2) && SerialNumberBefore(start - 1)) return true;
    }
    return false;
  }

  // A serial number joined to a year by a slash makes a legal or document
  // identifier ("Regulation (EU) 2023/1542", "No 1169/2011"): three or more
  // digits that are not the neighbouring year ("2023/2024" stays two years).
  bool SerialNumberAfter(uint32_t end, long year) const {
    if (end >= text_.size() || text_[end] != '/') return false;
    auto j = scan_.NumberAt(end + 1);
    if (!j) return false;
    const NumberToken& t = scan_.numbers[*j];
    return t.end - t.start >= 3 && !(t.plain && t.end - t.start == 4 && t.value && *t.value == year + 1);
  }
  bool SerialNumberBefore(uint32_t slash) const {
    size_t i = scan_.FirstNumberFrom(slash);
    if (i == 0) return false;
    const NumberToken& t = scan_.numbers[i - 1];
    if (t.end != slash || t.end - t.start < 3) return false;
    return !(t.plain && t.end - t.start == 4 && t.value && *t.value >= 1900 && *t.value <= 2100);
  }

  // Characters after the digits that make them something other than a year:
  // "1990s", "2021DevOps", "2000萬", "2000 units" (but "2026E" is an estimate year).
  bool BadAfter(uint32_t start, uint32_t end, bool fiscal) const {
    size_t n = 0, m = 0;
    char32_t before = CodePointBefore(text_, start, &n);
    char32_t after = CodePointAt(text_, end, &m);
    if (IsDigit(after)) return true;
    if (IsLetter(after) && !IsCjk(after)) {
      size_t k = 0;
      char32_t after2 = CodePointAt(text_, end + m, &k);
      bool single_capital = after >= 'A' && after <= 'Z' && !IsLetter(after2) && !IsDigit(after2);
      bool letter_before = !fiscal && IsLetter(before) && !IsCjk(before);
      if (!single_capital || letter_before) return true;
    }
    size_t e = 0;
    return MatchesAt(p_.not_year_after, end, &e);
  }

  // A single year or a fiscal span written as one unit at token `i`:
  // "2023", "FY23", "FY 2023", "2015-16", "FY2015-16", "202324".
  std::optional<YearUnit> UnitAt(size_t i) const {
    if (i >= scan_.numbers.size()) return std::nullopt;
    const NumberToken& t = scan_.numbers[i];
    if (t.claimed || scan_.Masked(t.start)) return std::nullopt;
    std::string_view digits = Digits(t);
    size_t fy_start = 0;
    bool fiscal = p_.fiscal_before.EndsWithin(text_, t.start, 4, &fy_start) && WordBounded(text_, fy_start, fy_start);
    YearUnit u;
    u.start = fiscal ? static_cast<uint32_t>(fy_start) : t.start;
    u.tokens.push_back(i);
    uint32_t year_end = t.end;
    long v = 0;
    if (t.plain && digits.size() == 4) {
      v = std::stol(std::string(digits));
    } else if (t.plain && digits.size() == 2 && fiscal) {
      v = 2000 + std::stol(std::string(digits));
    } else if (t.plain && digits.size() == 5 && !fiscal) {
      // A footnote digit glued to a year ("2024¹" after NFKC).
      v = std::stol(std::string(digits.substr(0, 4)));
      year_end = t.start + 4;
      if (digits[4] == '0') return std::nullopt;
      size_t n = 0;
      char32_t after = CodePointAt(text_, t.end, &n);
      size_t b = 0;
      char32_t before = CodePointBefore(text_, t.start, &b);
      if (IsLetter(after) || IsDigit(after) || IsLetter(before) || !InYearRange(v)) return std::nullopt;
      if (BadBefore(t.start) || BadAfter(t.start, t.end, false)) return std::nullopt;
      u.end = year_end;
      u.from = u.to = static_cast<int>(v);
      return u;
    } else if (t.plain && digits.size() == 6 && !fiscal) {
      // "(202324)": a fiscal year with its dash lost.
      v = std::stol(std::string(digits.substr(0, 4)));
      long next = std::stol(std::string(digits.substr(4)));
      if (!InYearRange(v) || next != (v + 1) % 100 || BadBefore(t.start) || BadAfter(t.start, t.end, false)) {
        return std::nullopt;
      }
      u.end = t.end;
      u.from = static_cast<int>(v);
      u.to = static_cast<int>(v + 1);
      return u;
    } else if (!t.plain && digits.size() >= 6 && digits[4] == '.') {
      // A date: "2025.1.17", "(2024.6)", or a footnote after a period "2026.1)".
      std::string_view rest = digits.substr(5);
      size_t dot = rest.find('.');
      std::string_view month = rest.substr(0, dot);
      std::string_view day = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
      if (month.size() > 2 || day.size() > 2 || day.find_first_of(".,") != std::string_view::npos ||
          digits.substr(0, 4).find_first_of(".,") != std::string_view::npos) {
        return std::nullopt;
      }
      v = std::stol(std::string(digits.substr(0, 4)));
      year_end = t.start + 4;
    } else if (!t.plain && !fiscal && digits.size() >= 8 && digits.size() <= 10 &&
               digits[digits.size() - 5] == '.' && digits.find(',') == std::string_view::npos &&
               digits.find('.') != digits.size() - 5 && digits.find('.') <= 2) {
      // A day-first date: "15.03.2024".
      v = std::stol(std::string(digits.substr(digits.size() - 4)));
      if (!InYearRange(v) || BadBefore(t.start) || BadAfter(t.start, t.end, false)) return std::nullopt;
      u.start = t.end - 4;
      u.end = t.end;
      u.from = u.to = static_cast<int>(v);
      return u;
    } else {
      return std::nullopt;
    }
    if (!InYearRange(v) || (!fiscal && BadBefore(t.start))) return std::nullopt;
    if (year_end == t.end && SerialNumberAfter(t.end, v)) return std::nullopt;
    if (year_end == t.end && BadAfter(t.start, t.end, fiscal)) return std::nullopt;
    u.end = year_end;
    u.from = u.to = static_cast<int>(v);
    if (year_end != t.end) return u;
    // "2015-16", "FY2015-16", "2021-33": a span with a two-digit end; with a
    // slash only the next year ("2024/25"), since "2024/10" is a month.
    bool slash = t.end < text_.size() && text_[t.end] == '/';
    if (digits.size() == 4 && t.end + 3 <= text_.size() &&
        (text_[t.end] == '-' || slash || text_.substr(t.end, 3) == "–")) {
      size_t dash = text_[t.end] == '-' || slash ? 1 : 3;
      auto j = scan_.NumberAt(static_cast<uint32_t>(t.end + dash));
      if (j && !scan_.numbers[*j].claimed && scan_.numbers[*j].plain &&
          scan_.numbers[*j].end - scan_.numbers[*j].start == 2) {
        const NumberToken& t2 = scan_.numbers[*j];
        long yy = std::stol(std::string(Digits(t2)));
        long to = v / 100 * 100 + yy;
        size_t n = 0;
        char32_t after = CodePointAt(text_, t2.end, &n);
        size_t k = 0;
        char32_t after2 = CodePointAt(text_, t2.end + n, &k);
        bool date_like = (after == '-' || after == '.' || after == '/') && IsDigit(after2);
        size_t e = 0;
        bool estimate = (after == 'E' || after == 'F') && !IsLetter(after2) && !IsDigit(after2);  // "2023-24E"
        if (to > v && (!slash || to == v + 1) && !date_like && !MatchesAt(p_.not_year_after, t2.end, &e) &&
            !IsDigit(after) && (estimate || !(IsLetter(after) && !IsCjk(after)))) {
          u.end = t2.end;
          u.to = static_cast<int>(to);
          u.tokens.push_back(*j);
        }
      }
    }
    return u;
  }

  // The unit that follows a connector at `pos`, or nullopt.
  std::optional<YearUnit> UnitAfter(size_t pos) const {
    size_t p = pos;
    if (text_.substr(p, 2) == "FY" || text_.substr(p, 2) == "CY") {
      p += 2;
      if (p < text_.size() && text_[p] == ' ') ++p;
    }
    auto j = scan_.NumberAt(static_cast<uint32_t>(p));
    if (!j) return std::nullopt;
    auto u = UnitAt(*j);
    if (!u || u->start != pos) return std::nullopt;
    return u;
  }

  std::optional<size_t> ConnectorEnd(size_t pos, const YearUnit& first) const {
    size_t end = 0;
    const std::string& lang = scan_.style.language;
    bool matched = MatchesAt(p_.connector, pos, &end) ||
                   (lang == "de" && MatchesAt(p_.connector_de, pos, &end)) ||
                   (lang == "fr" && MatchesAt(p_.connector_fr, pos, &end)) ||
                   ((lang == "es" || lang == "pt" || lang == "it") && MatchesAt(p_.connector_romance, pos, &end));
    if (!matched) return std::nullopt;
    std::string_view c = text_.substr(pos, end - pos);
    bool conjunction = c == " and " || c == " und " || c == " et " || c == " e " || c == " y " || c == " e il ";
    if (conjunction && !p_.between_before.EndsWithin(text_, first.start, 12)) return std::nullopt;
    return end;
  }

  void Emit(const YearUnit& u, std::vector<Mention>* out) {
    Mention m;
    m.span = {u.start, u.end};
    if (u.from == u.to) {
      m.kind = MentionKind::kYear;
      m.value = u.from;
    } else {
      m.kind = MentionKind::kYearRange;
      m.from = u.from;
      m.to = u.to;
    }
    for (size_t t : u.tokens) scan_.numbers[t].claimed = true;
    out->push_back(std::move(m));
  }

  void TryAt(size_t i, std::vector<Mention>* out) {
    auto first = UnitAt(i);
    if (!first) return;
    if (auto c = ConnectorEnd(first->end, *first)) {
      if (auto second = UnitAfter(*c)) {
        if (second->to > first->from && second->to - first->from <= 100 && second->from >= first->to) {
          YearUnit range = *first;
          range.end = second->end;
          range.to = second->to;
          range.tokens.insert(range.tokens.end(), second->tokens.begin(), second->tokens.end());
          Emit(range, out);
          return;
        }
      }
    }
    Emit(*first, out);
  }

  // 令和6年度 = FY2024, 平成30年 = 2018.
  void EraYears(std::vector<Mention>* out) {
    re2::StringPiece sp(text_.data(), text_.size());
    re2::StringPiece m[4];
    // A match starts with its era's name: the search starts at the first one, or not at all.
    size_t pos = std::min(text_.find("令和"), text_.find("平成"));
    if (pos == std::string_view::npos) return;
    while (pos < text_.size() && p_.era->Match(sp, pos, text_.size(), RE2::UNANCHORED, m, 4)) {
      size_t start = static_cast<size_t>(m[0].data() - text_.data());
      pos = start + m[0].size();
      std::string n(m[2].data(), m[2].size());
      int year = (n == "元" ? 1 : std::stoi(n)) + (std::string_view(m[1].data(), m[1].size()) == "令和" ? 2018 : 1988);
      Mention y;
      y.kind = MentionKind::kYear;
      y.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(pos)};
      y.value = year;
      for (size_t t = scan_.FirstNumberFrom(y.span.start); t < scan_.numbers.size() && scan_.numbers[t].start < pos;
           ++t) {
        scan_.numbers[t].claimed = true;
      }
      out->push_back(std::move(y));
    }
  }

 private:
  const YearDetector::Patterns& p_;
  FigureScan& scan_;
  std::string_view text_;
};

}  // namespace

void YearDetector::Find(FigureScan* scan, std::vector<Mention>* out) const {
  YearScan ys(*p_, scan);
  ys.EraYears(out);
  for (size_t i = 0; i < scan->numbers.size(); ++i) ys.TryAt(i, out);
}

}  // namespace claimtrace::figures_internal
