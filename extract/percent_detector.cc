// Percentages: "20.42%", "20.42 %", "7 percent", "29.3 per cent", "3.5 pct",
// "百分之20", ranges sharing one sign ("10-12%", "15 to 20 per cent"), and
// numbers sharing one sign in a list or a change ("-7.9 / -10.1%", "2.50→2.75%").
// Not percentage points.
#include "figure_scan.h"

namespace claimtrace::figures_internal {

struct PercentDetector::Patterns {
  explicit Patterns(std::string* error)
      : unit(R"( {0,2}(?:%|％|(?i:per {1,2}cent|per-cent|percentage|percents?|pct\.?|prozent|)"
                R"(pour {1,2}cent|por {1,2}ciento|por {1,2}cento|procent)|パーセント|퍼센트))",
             error),
        // Percentage points, and Korean "20%대" ("in the 20s").
        points(R"( ?(?i:points?|pts?|pp)\b|p(?:[^A-Za-z]|$)|대(?:[^비]|$))", error),
        range_connector(R"( {0,2}(?:-|–|—|~|〜|～) {0,2}| (?i:to|bis|à|a|até|and|und|et|e|y) )", error),
        between_before(R"((?i:between|zwischen|entre|from) $)", error),
        shared_connector(R"( ?(?:/|→|->|⮕) ?)", error),
        chinese_prefix(R"(百分之 ?$)", error),
        minus_before(R"((?i:minus|negative) $)", error),
        unit_first(R"((?i)\b(?:per {1,2}cent|percents?) of )", error),
        line_rest(R"([ .!?]*(?:\n|$))", error) {}
  AnchoredPattern unit, points, range_connector, between_before, shared_connector, chinese_prefix, minus_before,
      unit_first, line_rest;
  CaselessNeedle cent{"cent"};  // in every unit-first match
  // Where a percentage in words may start: (?i)\b(?:one|...|ninety|a hundred|hundred)\b.
  WordListMatcher word_trigger{{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                "eighty", "ninety", "hundred"},
                               {{"a"}, {"hundred"}}};
};

PercentDetector::PercentDetector(std::string* error) : p_(std::make_unique<Patterns>(error)) {}
PercentDetector::~PercentDetector() = default;

namespace {

class PercentScan {
 public:
  PercentScan(const PercentDetector::Patterns& p, FigureScan* scan) : p_(p), scan_(*scan), text_(scan->text) {}

  // End of the percent sign or word at `pos`, if one is there.
  std::optional<size_t> UnitAt(size_t pos) const {
    re2::StringPiece m;
    if (!p_.unit.MatchAt(text_, pos, &m, 1)) return std::nullopt;
    size_t end = pos + m.size();
    size_t n = 0, k = 0;
    char32_t last = CodePointBefore(text_, end, &n), next = CodePointAt(text_, end, &k);
    if (IsAsciiLetter(last) && IsLetter(next)) return std::nullopt;  // "percentile"
    if (p_.points.MatchAt(text_, end)) return std::nullopt;
    return end;
  }

  // Usable as a percentage's number: unclaimed, parsed, not glued to a word.
  bool Usable(const NumberToken& t) const {
    if (t.claimed || !t.value || scan_.Masked(t.start)) return false;
    size_t n = 0;
    char32_t before = CodePointBefore(text_, SignStart(text_, t.start), &n);
    return !(IsLetter(before) && !IsCjk(before));
  }

  double Signed(const NumberToken& t, uint32_t* start) const {
    *start = SignStart(text_, t.start);
    return *start < t.start && text_[*start] == '-' ? -*t.value : *t.value;
  }

  void Emit(uint32_t start, uint32_t end, double value, std::vector<Mention>* out) const {
    Mention m;
    m.kind = MentionKind::kPercent;
    m.span = {start, end};
    m.value = value;
    out->push_back(std::move(m));
  }

  void TryAt(size_t i, std::vector<Mention>* out) {
    NumberToken& tok = scan_.numbers[i];
    if (!Usable(tok)) return;
    uint32_t start = 0;
    double value = Signed(tok, &start);
    if (p_.chinese_prefix.EndsWithin(text_, start, 12)) {
      size_t s = start;
      while (s > 0 && text_.substr(s - 1, 1) == " ") --s;
      start = static_cast<uint32_t>(s - std::string_view("百分之").size());
      Emit(start, tok.end, value, out);
      tok.claimed = true;
      return;
    }
    if (auto end = UnitAt(tok.end)) {
      Emit(start, static_cast<uint32_t>(*end), value, out);
      tok.claimed = true;
      return;
    }
    re2::StringPiece m;
    // "10-12%", "15 to 20 per cent": one range.
    if (p_.range_connector.MatchAt(text_, tok.end, &m, 1)) {
      std::string_view connector(m.data(), m.size());
      bool needs_between = connector.find_first_of("-–—~〜～") == std::string_view::npos &&
                           connector.find(" to ") == std::string_view::npos &&
                           connector.find(" bis ") == std::string_view::npos &&
                           connector.find(" à ") == std::string_view::npos &&
                           connector.find(" até ") == std::string_view::npos &&
                           connector.find(" a ") == std::string_view::npos;
      auto j = scan_.NumberAt(static_cast<uint32_t>(tok.end + m.size()));
      if (j && Usable(scan_.numbers[*j]) && (!needs_between || p_.between_before.EndsWithin(text_, start, 12))) {
        NumberToken& t2 = scan_.numbers[*j];
        auto end = UnitAt(t2.end);
        if (end && *t2.value > value) {
          Mention r;
          r.kind = MentionKind::kPercent;
          r.span = {start, static_cast<uint32_t>(*end)};
          r.min = value;
          r.max = *t2.value;
          out->push_back(std::move(r));
          tok.claimed = t2.claimed = true;
          return;
        }
      }
    }
    // "-7.9 / -10.1%", "2.50→2.75%": each number is a percentage.
    if (p_.shared_connector.MatchAt(text_, tok.end, &m, 1)) {
      size_t after = tok.end + m.size();
      size_t digits = after < text_.size() && (text_[after] == '-' || text_[after] == '+') ? after + 1 : after;
      auto j = scan_.NumberAt(static_cast<uint32_t>(digits));
      if (j && Usable(scan_.numbers[*j])) {
        NumberToken& t2 = scan_.numbers[*j];
        if (auto end = UnitAt(t2.end)) {
          uint32_t start2 = static_cast<uint32_t>(after);
          double value2 = after < digits && text_[after] == '-' ? -*t2.value : *t2.value;
          Emit(start, tok.end, value, out);
          Emit(start2, static_cast<uint32_t>(*end), value2, out);
          tok.claimed = t2.claimed = true;
        }
      }
    }
  }

  // "per cent of 210", "percents of twenty": the unit first, only when the
  // number ends the sentence ("percent of 2023 revenue" is no percentage).
  void UnitFirst(std::vector<Mention>* out) const {
    // Every match has its "cent" three to five bytes after its start
    // ("percent", "per cent", "per  cent"): those starts are tried, in order.
    re2::StringPiece m;
    size_t pos = 0;
    for (size_t cent = p_.cent.FindIn(text_, 0); cent < text_.size(); cent = p_.cent.FindIn(text_, cent + 1)) {
      for (size_t back : {5, 4, 3}) {
        if (cent < back || cent - back < pos) continue;
        size_t start = cent - back;
        if (!p_.unit_first.MatchAt(text_, start, &m, 1)) continue;
        pos = TakeUnitFirst(start, start + m.size(), out);
        break;
      }
    }
  }

  // The unit-first match [start, number_at): a percentage if a number that
  // ends its sentence follows. Returns where the search goes on.
  size_t TakeUnitFirst(size_t start, size_t number_at, std::vector<Mention>* out) const {
    if (scan_.Masked(static_cast<uint32_t>(start))) return number_at;
    std::optional<double> value;
    size_t end = number_at;
    if (auto j = scan_.NumberAt(static_cast<uint32_t>(number_at))) {
      if (!Usable(scan_.numbers[*j])) return number_at;
      value = scan_.numbers[*j].value;
      end = scan_.numbers[*j].end;
    } else {
      bool bare = false;
      value = ParseNumberWords(text_, number_at, &end, &bare);
      if (bare) value.reset();
    }
    if (!value || !p_.line_rest.MatchAt(text_, end)) return number_at;
    if (auto j = scan_.NumberAt(static_cast<uint32_t>(number_at))) scan_.numbers[*j].claimed = true;
    Emit(static_cast<uint32_t>(start), static_cast<uint32_t>(end), *value, out);
    return end;
  }

  // "one per cent", "twenty percent", "minus five percent".
  void WordPercents(std::vector<Mention>* out) const {
    re2::StringPiece m;
    size_t pos = 0;
    for (auto w = p_.word_trigger.Next(text_, pos); w; w = p_.word_trigger.Next(text_, pos)) {
      size_t start = w->start;
      pos = w->end;
      if (scan_.Masked(static_cast<uint32_t>(start))) continue;
      size_t end = 0;
      bool bare = false;
      auto value = ParseNumberWords(text_, start, &end, &bare);
      if (!value || bare) continue;
      auto unit_end = UnitAt(end);
      if (!unit_end || end == start) continue;
      double v = *value;
      size_t s = start;
      size_t from = start > 10 ? start - 10 : 0;
      re2::StringPiece minus;
      if (p_.minus_before.EndsAt(text_, from, start, &minus)) {
        s = static_cast<size_t>(minus.data() - text_.data());  // "minus five percent" is -5
        v = -v;
      }
      Emit(static_cast<uint32_t>(s), static_cast<uint32_t>(*unit_end), v, out);
      pos = *unit_end;
    }
  }

 private:
  const PercentDetector::Patterns& p_;
  FigureScan& scan_;
  std::string_view text_;
};

}  // namespace

void PercentDetector::Find(FigureScan* scan, std::vector<Mention>* out) const {
  PercentScan ps(*p_, scan);
  for (size_t i = 0; i < scan->numbers.size(); ++i) ps.TryAt(i, out);
  if (scan->number_words) ps.WordPercents(out);
  ps.UnitFirst(out);
}

}  // namespace claimtrace::figures_internal
