#include "table_amounts.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>

#include <re2/re2.h>

#include "figure_scan.h"
#include "lexicon_impl.h"
#include "text_util.h"

namespace claimtrace {
namespace {

struct StatedUnit {
  std::string currency;  // ISO 4217; empty for percentages
  double scale = 1;
  bool percent = false;  // "Share (%)": the numbers are percentages, not amounts
};
const StatedUnit kPercentUnit{"", 1, true};

// Currency words as a table header writes them, longest first within the
// alternation so that "US$" wins over "$".
constexpr std::string_view kCurrency =
    "(US\\$|USD|US dollars?|NT\\$|R\\$|\\$|EUR|€|euros?|GBP|£|INR|₹|Rs\\.?|rupees?|JPY|¥|円|CNY|RMB|元|"
    "KRW|₩|원|TWD|BRL|MXN|CAD|AUD|CHF)";
constexpr std::string_view kScale =
    "(thousands?|k|millions?|mn|mio\\.?|m|billions?|bn|b|mrd\\.?|trillions?|tn|lakh crores?|crores?|cr|"
    "lakhs?|百万|千|万|億|亿|兆|천|억|조)";

std::string CurrencyCode(std::string_view word, std::string_view language) {
  std::string w = AsciiLower(word);
  if (w == "us$" || w == "usd" || w == "$" || w.rfind("us dollar", 0) == 0) return "USD";
  if (w == "nt$" || w == "twd") return "TWD";
  if (w == "r$" || w == "brl") return "BRL";
  if (w == "eur" || w == "€" || w.rfind("euro", 0) == 0) return "EUR";
  if (w == "gbp" || w == "£") return "GBP";
  if (w == "inr" || w == "₹" || w.rfind("rs", 0) == 0 || w.rfind("rupee", 0) == 0) return "INR";
  if (w == "jpy" || w == "円") return "JPY";
  if (w == "¥") return language.substr(0, 2) == "zh" ? "CNY" : "JPY";
  if (w == "元") return language == "zh-Hant" ? "TWD" : "CNY";
  if (w == "cny" || w == "rmb") return "CNY";
  if (w == "krw" || w == "₩" || w == "원") return "KRW";
  std::string code(word);  // MXN, CAD, AUD, CHF
  for (char& ch : code) ch = static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 'a' + 'A' : ch);
  return code;
}

double ScaleValue(std::string_view word) {
  std::string w = AsciiLower(word);
  static const std::map<std::string, double, std::less<>> kScales = {
      {"thousand", 1e3}, {"thousands", 1e3}, {"k", 1e3}, {"千", 1e3}, {"천", 1e3},
      {"million", 1e6}, {"millions", 1e6}, {"mn", 1e6}, {"mio", 1e6}, {"mio.", 1e6}, {"m", 1e6}, {"百万", 1e6},
      {"万", 1e4}, {"lakh", 1e5}, {"lakhs", 1e5}, {"crore", 1e7}, {"crores", 1e7}, {"cr", 1e7},
      {"億", 1e8}, {"亿", 1e8}, {"억", 1e8},
      {"billion", 1e9}, {"billions", 1e9}, {"bn", 1e9}, {"b", 1e9}, {"mrd", 1e9}, {"mrd.", 1e9},
      {"trillion", 1e12}, {"trillions", 1e12}, {"tn", 1e12}, {"兆", 1e12}, {"조", 1e12},
      {"lakh crore", 1e12}, {"lakh crores", 1e12}};
  auto it = kScales.find(w);
  return it == kScales.end() ? 0 : it->second;
}

// "(USD million)", "(₹ crore)", "(億円)", "(억 원)", "in USD Billion" at the end of a header cell.
std::optional<StatedUnit> UnitIn(std::string_view s, std::string_view language) {
  static const RE2 kCurrencyFirst("(?i)(?:\\(\\s*(?:in\\s+)?|\\bin\\s+|^\\s*|,\\s*)" + std::string(kCurrency) +
                                  "\\s*" + std::string(kScale) + "\\.?\\s*(?:\\)|$)");
  static const RE2 kScaleFirst("(?i)(?:\\(\\s*(?:in\\s+)?|\\bin\\s+|^\\s*|,\\s*)" + std::string(kScale) + "\\s*" +
                               std::string(kCurrency) + "\\s*(?:\\)|$)");
  std::string currency, scale;
  if (!RE2::PartialMatch(s, kCurrencyFirst, &currency, &scale) && !RE2::PartialMatch(s, kScaleFirst, &scale, &currency)) {
    return std::nullopt;
  }
  StatedUnit u{CurrencyCode(currency, language), ScaleValue(scale)};
  if (u.scale == 0) return std::nullopt;
  return u;
}

// "760", "1,580", "1,02,000" (Indian grouping), "14.6"; with `decimal_comma`
// "14,6" and "1.580". Nothing else may be in the cell.
std::optional<double> BareNumber(std::string_view cell, bool decimal_comma) {
  static const RE2 kDot("(\\d{1,3}(?:,\\d{2,3})*,\\d{3}|\\d+)(?:\\.(\\d+))?");
  static const RE2 kComma("(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?");
  std::string whole, fraction;
  if (!RE2::FullMatch(cell, decimal_comma ? kComma : kDot, &whole, &fraction)) return std::nullopt;
  std::erase_if(whole, [](char c) { return c < '0' || c > '9'; });
  if (whole.size() > 15) return std::nullopt;
  double v = std::stod(whole);
  if (!fraction.empty()) v += std::stod("0." + fraction);
  return v;
}

// The detected mentions' spans by start, to ask of each cell whether one overlaps it.
class MentionSpans {
 public:
  explicit MentionSpans(const std::vector<Mention>& figures) {
    for (const Mention& m : figures) spans_.push_back(m.span);
    std::sort(spans_.begin(), spans_.end(), [](ByteSpan a, ByteSpan b) { return a.start < b.start; });
    for (ByteSpan s : spans_) longest_ = std::max(longest_, s.size());
  }
  bool Overlap(ByteSpan span) const {
    uint32_t from = span.start > longest_ ? span.start - longest_ : 0;
    auto it = std::lower_bound(spans_.begin(), spans_.end(), from, [](ByteSpan s, uint32_t pos) { return s.start < pos; });
    for (; it != spans_.end() && it->start < span.end; ++it) {
      if (Overlaps(*it, span)) return true;
    }
    return false;
  }

 private:
  std::vector<ByteSpan> spans_;
  uint32_t longest_ = 0;
};

// "Share (%)", "Market share, %", "%", "CAGR in %": a header or caption that states its
// numbers are percentages.
bool StatesPercent(std::string_view s) {
  static const RE2 kPercent("\\(\\s*%\\s*\\)|^\\s*%\\s*$|,\\s*%\\s*$|\\bin\\s+%");
  return s.find('%') != std::string_view::npos && RE2::PartialMatch(s, kPercent);
}

// The unit the caption of the table whose first row is block `first` states: the
// heading above it, or a short line right before it.
std::optional<StatedUnit> TableUnit(std::string_view text, const std::vector<Block>& blocks, size_t first,
                              std::string_view language) {
  for (size_t b = first; b-- > 0;) {
    const Block& above = blocks[b];
    if (above.kind == BlockKind::kTableRow) return std::nullopt;
    if (above.kind == BlockKind::kHeading || above.span.size() <= 160) {
      if (auto u = UnitIn(Slice(text, above.span), language)) return u;
      if (StatesPercent(Slice(text, above.span))) return kPercentUnit;
    }
    if (above.kind == BlockKind::kHeading || first - b >= 2) return std::nullopt;
  }
  return std::nullopt;
}

// The one currency a page's money mentions and stated units name, or "" when
// they name none or several.
std::string PageCurrency(std::string_view text, const std::vector<Block>& blocks, const std::vector<Mention>& figures,
                         std::string_view language) {
  std::string currency;
  auto agree = [&](const std::string& c) {
    if (c.empty()) return true;
    if (currency.empty()) currency = c;
    return c == currency;
  };
  for (const Mention& m : figures) {
    if (m.kind == MentionKind::kMoney && !agree(m.currency)) return {};
  }
  if (currency.empty()) return {};  // no money mention: nothing says the prose is money
  for (const Block& b : blocks) {
    if (b.kind != BlockKind::kHeading && b.span.size() > 160) continue;
    if (auto u = UnitIn(Slice(text, b.span), language); u && !agree(u->currency)) return {};
  }
  return currency;
}

}  // namespace

std::vector<Mention> ProseAmounts(std::string_view text, const std::vector<Block>& blocks,
                                  const std::vector<Mention>& figures, std::string_view language) {
  std::vector<Mention> out;
  if (language != "en") return out;
  static const RE2 kSized(
      "(?i)\\b(?:valued at|worth|reach(?:ed|es|ing)?|to hit|size of|stood at|estimated at|amount(?:ed|s|ing)? to|"
      "total(?:l?ed|l?ing)?)\\s+(?:(?:about|around|approximately|nearly|almost|roughly|over|more than)\\s+)?"
      "(((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s?((?-i:[mbtMBT]illion|MILLION|BILLION|TRILLION)))"
      "(?:\\s+(?:in|by|and|to|from|for|at|as|with|during|over|until|through|between|while|which|growing|"
      "expanding|registering|exhibiting)\\b|\\s*(?:[.,;:)]|$))");
  std::optional<MentionSpans> mentions;  // built at the first scale word (most pages have none)
  // Only a block with a scale word outside every detected figure can hold
  // one (most scale words are in money mentions): the pattern runs on no other.
  auto scale_word_outside = [&](ByteSpan block) {
    std::string_view s = Slice(text, block);
    for (std::string_view tail : {"illion", "ILLION"}) {
      for (size_t at = s.find(tail); at != std::string_view::npos; at = s.find(tail, at + 1)) {
        const auto start = static_cast<uint32_t>(block.start + at);
        if (!mentions) mentions.emplace(figures);
        if (!mentions->Overlap({start, static_cast<uint32_t>(start + tail.size())})) return true;
      }
    }
    return false;
  };
  std::optional<std::string> currency;  // the page's, asked at the first block that may need it
  for (const Block& b : blocks) {
    if (b.kind == BlockKind::kTableRow || !scale_word_outside(b.span)) continue;
    if (!currency) currency = PageCurrency(text, blocks, figures, language);
    if (currency->empty()) return out;
    re2::StringPiece rest(text.data() + b.span.start, b.span.size());
    re2::StringPiece amount, number;
    std::string scale;
    while (RE2::FindAndConsume(&rest, kSized, &amount, &number, &scale)) {
      const auto start = static_cast<uint32_t>(amount.data() - text.data());
      const ByteSpan span{start, static_cast<uint32_t>(start + amount.size())};
      if (mentions->Overlap(span)) continue;
      std::optional<double> v = BareNumber(std::string_view(number.data(), number.size()), /*decimal_comma=*/false);
      if (!v) continue;
      Mention m;
      m.kind = MentionKind::kNumber;
      m.span = span;
      m.value = figures_internal::ScaledAmount(*v, ScaleValue(scale));
      m.currency = *currency;
      out.push_back(std::move(m));
    }
  }
  return out;
}

std::vector<Mention> TableAmounts(std::string_view text, const std::vector<Block>& blocks,
                                  const std::vector<Mention>& figures, bool decimal_comma,
                                  std::string_view language) {
  std::vector<Mention> out;
  std::optional<MentionSpans> mentions;  // built at the first table that states a unit
  // A column whose header names something else ("CAGR", "Share (%)", "Units") is no amount column.
  static const RE2 kOtherMeasure("(?i)%|cagr|share|growth|rate|units?\\b|volume|tons?|tonnes|kg|mw|gw|count|number of|rank");
  size_t first = 0;
  for (size_t b = 0; b < blocks.size(); b = first) {
    first = b + 1;
    if (blocks[b].kind != BlockKind::kTableRow || blocks[b].row != 0) continue;
    size_t end = b + 1;
    while (end < blocks.size() && blocks[end].kind == BlockKind::kTableRow && blocks[end].table == blocks[b].table) ++end;
    first = end;
    const Block& header = blocks[b];
    std::optional<StatedUnit> table_unit = TableUnit(text, blocks, b, language);
    std::vector<std::optional<StatedUnit>> column_unit(header.cells.size());
    bool any = table_unit.has_value();
    const bool percent_table = table_unit && table_unit->percent;
    for (size_t c = 1; c < header.cells.size(); ++c) {
      std::string_view h = Slice(text, header.cells[c]);
      column_unit[c] = UnitIn(h, language);
      if (!column_unit[c] && StatesPercent(h)) column_unit[c] = kPercentUnit;
      if (!column_unit[c] && table_unit && (percent_table || !RE2::PartialMatch(h, kOtherMeasure))) {
        column_unit[c] = table_unit;
      }
      any = any || column_unit[c].has_value();
    }
    if (!any) continue;
    if (!mentions) mentions.emplace(figures);
    for (size_t r = b + 1; r < end; ++r) {
      const Block& row = blocks[r];
      for (size_t c = 1; c < row.cells.size() && c < column_unit.size(); ++c) {
        if (!column_unit[c]) continue;
        ByteSpan cell = TrimSpan(text, row.cells[c]);
        if (cell.empty() || mentions->Overlap(cell)) continue;
        std::optional<double> v = BareNumber(Slice(text, cell), decimal_comma);
        if (!v) continue;
        Mention m;
        m.kind = MentionKind::kNumber;
        m.span = cell;
        if (column_unit[c]->percent) {
          if (*v > 100) continue;  // a count or an amount in a percent table, no share
          m.value = *v;
          m.percent = true;
        } else {
          m.value = figures_internal::ScaledAmount(*v, column_unit[c]->scale);
          m.currency = column_unit[c]->currency;
        }
        out.push_back(std::move(m));
      }
    }
  }
  return out;
}

}  // namespace claimtrace
