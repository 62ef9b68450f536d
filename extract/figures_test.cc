// Table tests for the figure detectors: every row gives a text (as the
// normalizer leaves it), the page style, and the exact mentions expected, in
// order. A mention's span is where its text occurs in the input (searching on
// from the previous mention), so spans are checked byte for byte.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "claimtrace/figures.h"

namespace {

using claimtrace::Mention;
using claimtrace::MentionKind;
using claimtrace::PageStyle;

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

struct Want {
  MentionKind kind;
  std::string_view text;
  double value = kNone, min = kNone, max = kNone;
  std::string_view currency;
  int from = 0, to = 0;
  std::string_view qualifier = "?";  // "?" leaves the qualifier unchecked
};

Want Money(std::string_view text, double amount, std::string_view currency) {
  return {MentionKind::kMoney, text, amount, kNone, kNone, currency};
}
Want MoneyRange(std::string_view text, double min, double max, std::string_view currency) {
  return {MentionKind::kMoney, text, kNone, min, max, currency};
}
Want Pct(std::string_view text, double value) { return {MentionKind::kPercent, text, value, kNone, kNone, {}}; }
Want PctRange(std::string_view text, double min, double max) {
  return {MentionKind::kPercent, text, kNone, min, max, {}};
}
Want Year(std::string_view text, int value) {
  return {MentionKind::kYear, text, static_cast<double>(value), kNone, kNone, {}};
}
Want Years(std::string_view text, int from, int to) {
  return {MentionKind::kYearRange, text, kNone, kNone, kNone, {}, from, to};
}
Want Qualified(Want w, std::string_view qualifier) {
  w.qualifier = qualifier;
  return w;
}

const PageStyle kEnglish{"en", false};
const PageStyle kGerman{"de", true};
const PageStyle kFrench{"fr", true};
const PageStyle kSpanish{"es", true};
const PageStyle kPortuguese{"pt", true};
const PageStyle kJapanese{"ja", false};
const PageStyle kKorean{"ko", false};
const PageStyle kChinese{"zh", false};
const PageStyle kTaiwanese{"zh-Hant", false};

struct Case {
  std::string_view why;
  std::string_view text;
  std::vector<Want> want;
  PageStyle style = kEnglish;
};

bool Same(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

double Or(const std::optional<double>& v) { return v ? *v : kNone; }

const claimtrace::FigureDetector& Detector() {
  static const claimtrace::FigureDetector detector;
  return detector;
}

void Check(const Case& c) {
  CAPTURE(c.why);
  CAPTURE(c.text);
  REQUIRE(Detector().ok());
  std::vector<Mention> got = Detector().Detect(c.text, c.style);
  std::string listing;
  for (const Mention& m : got) {
    listing += std::string(claimtrace::MentionKindName(m.kind)) + " '" +
               std::string(c.text.substr(m.span.start, m.span.size())) + "' ";
  }
  CAPTURE(listing);
  REQUIRE(got.size() == c.want.size());
  size_t from = 0;
  for (size_t i = 0; i < got.size(); ++i) {
    const Want& w = c.want[i];
    const Mention& m = got[i];
    CAPTURE(i);
    CAPTURE(w.text);
    size_t at = c.text.find(w.text, from);
    REQUIRE(at != std::string_view::npos);
    CHECK(m.kind == w.kind);
    CHECK(m.span.start == at);
    CHECK(m.span.end == at + w.text.size());
    from = at + w.text.size();
    if (w.kind == MentionKind::kYearRange) {
      CHECK(m.from == w.from);
      CHECK(m.to == w.to);
      continue;
    }
    CHECK(Same(Or(m.value), w.value));
    CHECK(Same(Or(m.min), w.min));
    CHECK(Same(Or(m.max), w.max));
    if (w.kind == MentionKind::kMoney) CHECK(m.currency == w.currency);
    if (w.qualifier != "?") CHECK(m.qualifier == w.qualifier);
  }
}

}  // namespace

TEST_CASE("regressions other recognizers get wrong") {
  const std::vector<Case> cases = {
      // A code glued to the number keeps the whole number (not 6e6).
      {"USD34.6 million", "revenue of USD34.6 million", {Money("USD34.6 million", 34.6e6, "USD")}},
      // The scale applies to the whole decimal (not 1.8193e9).
      {"USD 181.93 billion", "at around USD 181.93 billion in 2023",
       {Qualified(Money("USD 181.93 billion", 181.93e9, "USD"), "around"), Year("2023", 2023)}},
      {"US$4.7 billion", "worth US$4.7 billion", {Money("US$4.7 billion", 4.7e9, "USD")}},
      // A scale after the code still scales.
      {"125 USD Millones", "un mercado de 125 USD Millones", {Money("125 USD Millones", 125e6, "USD")}},
      {"USD$ 115", "priced at USD$ 115 each", {Money("USD$ 115", 115, "USD")}},
      // ALL is a word here, not the Albanian lek.
      {"ALL 5 of us", "ALL 5 of us agreed.", {}},
      // A repeated unit makes two amounts.
      {"$1.2 million to $23.5 million", "from $1.2 million to $23.5 million",
       {Money("$1.2 million", 1.2e6, "USD"), Money("$23.5 million", 23.5e6, "USD")}},
      // "and" does not make a range, and a symbol before the number takes no cents.
      {"$5 and 7", "it costs $5 and 7 more", {Money("$5", 5, "USD")}},
      // German page: a dot before three digits groups thousands; before two it is a decimal point.
      {"3.350 on a German page", "Kosten von 3.350 € und ein Anteil von 3.35%",
       {Money("3.350 €", 3350, "EUR"), Pct("3.35%", 3.35)},
       kGerman},
      // A fiscal span, not a number.
      {"2012-13 year range", "in 2012-13 sales rose", {Years("2012-13", 2012, 2013)}},
      {"2012–13 with an en dash", "in 2012–13 sales rose", {Years("2012–13", 2012, 2013)}},
      // A table cell with a year before a cell with an amount.
      {"2033 then an amount", "2033\tUSD 1,166.52 billion",
       {Year("2033", 2033), Money("USD 1,166.52 billion", 1166.52e9, "USD")}},
      {"2033 then an amount, spaced", "2033 USD 1,166.52 billion",
       {Year("2033", 2033), Money("USD 1,166.52 billion", 1166.52e9, "USD")}},
      // Prices are amounts; their digits are not years.
      {"USD 1900 is a price", "Single user: USD 1900", {Money("USD 1900", 1900, "USD")}},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("currency signs, codes and words before or after the number") {
  const std::vector<Case> cases = {
      {"$", "$158.1 billion", {Money("$158.1 billion", 158.1e9, "USD")}},
      {"US$ spaced", "US$ 3.5 Bn", {Money("US$ 3.5 Bn", 3.5e9, "USD")}},
      {"EUR after", "45.83 Billion USD", {Money("45.83 Billion USD", 45.83e9, "USD")}},
      {"€ before", "€2.1 bn", {Money("€2.1 bn", 2.1e9, "EUR")}},
      {"EUR code", "EUR 12 million", {Money("EUR 12 million", 12e6, "EUR")}},
      {"£", "£254 billion annually", {Money("£254 billion", 254e9, "GBP")}},
      {"GBP after", "21 Milliarden GBP", {Money("21 Milliarden GBP", 21e9, "GBP")}, kGerman},
      {"₹ crore", "₹20,000 crore", {Money("₹20,000 crore", 2e11, "INR")}},
      {"Rs. crore", "Rs. 150 crores", {Money("Rs. 150 crores", 1.5e9, "INR")}},
      {"Rs without a dot", "Rs 150 crores", {Money("Rs 150 crores", 1.5e9, "INR")}},
      {"INR crore", "INR 2,500 crore", {Money("INR 2,500 crore", 2.5e10, "INR")}},
      {"¥ alone is yen", "¥500 billion", {Money("¥500 billion", 500e9, "JPY")}},
      {"¥ near RMB is yuan", "prices in RMB: ¥500 million", {Money("¥500 million", 500e6, "CNY")}},
      {"円", "26兆円", {Money("26兆円", 26e12, "JPY")}, kJapanese},
      {"JPY", "JPY 3.1 trillion", {Money("JPY 3.1 trillion", 3.1e12, "JPY")}},
      {"CNY", "CNY 10 billion", {Money("CNY 10 billion", 10e9, "CNY")}},
      {"RMB", "RMB 5 billion", {Money("RMB 5 billion", 5e9, "CNY")}},
      {"元 on a mainland page", "27亿元", {Money("27亿元", 2.7e9, "CNY")}, kChinese},
      {"元 on a Taiwanese page", "19,651元", {Money("19,651元", 19651, "TWD")}, kTaiwanese},
      {"元 after a space and 亿", "2000 亿元", {Money("2000 亿元", 2e11, "CNY")}, kChinese},
      {"美元", "78.08億美元", {Money("78.08億美元", 7.808e9, "USD")}, kTaiwanese},
      {"ドル", "2,300億ドル", {Money("2,300億ドル", 2.3e11, "USD")}, kJapanese},
      {"달러 with a space", "77.6억 달러", {Money("77.6억 달러", 7.76e9, "USD")}, kKorean},
      {"원", "1,219억 원", {Money("1,219억 원", 1.219e11, "KRW")}, kKorean},
      {"만 달러", "9,150만 달러", {Money("9,150만 달러", 9.15e7, "USD")}, kKorean},
      {"KRW", "KRW 3 trillion", {Money("KRW 3 trillion", 3e12, "KRW")}},
      {"A$", "A$5 million", {Money("A$5 million", 5e6, "AUD")}},
      {"AU$", "AU$5 million", {Money("AU$5 million", 5e6, "AUD")}},
      {"C$", "C$300 million", {Money("C$300 million", 300e6, "CAD")}},
      {"CA$", "CA$300 million", {Money("CA$300 million", 300e6, "CAD")}},
      {"S$", "S$2 billion", {Money("S$2 billion", 2e9, "SGD")}},
      {"HK$", "HK$10.05 billion", {Money("HK$10.05 billion", 10.05e9, "HKD")}},
      {"R$", "R$ 5 bilhões", {Money("R$ 5 bilhões", 5e9, "BRL")}},
      {"NT$", "NT$1,000", {Money("NT$1,000", 1000, "TWD")}},
      {"TWD", "TWD 4.5 billion", {Money("TWD 4.5 billion", 4.5e9, "TWD")}},
      {"新台幣", "3億新台幣", {Money("3億新台幣", 3e8, "TWD")}, kTaiwanese},
      {"台幣", "3億台幣", {Money("3億台幣", 3e8, "TWD")}, kTaiwanese},
      {"CHF", "CHF 2.5 billion", {Money("CHF 2.5 billion", 2.5e9, "CHF")}},
      // Regression: the first of "$1.2 to $1.5 billion" was 1.20 dollars.
      {"a repeated currency sharing the scale", "$1.2 to $1.5 billion",
       {Money("$1.2", 1.2e9, "USD"), Money("$1.5 billion", 1.5e9, "USD")}},
      {"a repeated code sharing the scale", "USD 3 - USD 4 million",
       {Money("USD 3", 3e6, "USD"), Money("USD 4 million", 4e6, "USD")}},
      {"another currency shares nothing", "$5 to €4 million", {Money("$5", 5, "USD"), Money("€4 million", 4e6, "EUR")}},
      {"RM is the ringgit", "RM 45 billion", {Money("RM 45 billion", 45e9, "MYR")}},
      {"Rp and Indonesian triliun", "Rp 45 triliun", {Money("Rp 45 triliun", 45e12, "IDR")}},
      {"QAR", "QAR 12.3 billion", {Money("QAR 12.3 billion", 12.3e9, "QAR")}},
      {"KSh", "KSh 1.2 trillion", {Money("KSh 1.2 trillion", 1.2e12, "KES")}},
      {"zł after the scale", "110 mld zł", {Money("110 mld zł", 110e9, "PLN")}},
      // Regression: "mia." (Danish, Norwegian, Swiss German) was no scale: "DKK 14" alone.
      {"mia.", "DKK 14 mia. in 2023", {Money("DKK 14 mia.", 14e9, "DKK"), Year("2023", 2023)}},
      // A fuel grade and a material quantity after a number are no currency.
      {"RON after a number", "95 RON petrol", {}},
      {"RM after a number", "45 RM per batch", {}},
      {"dollars", "a 5 million dollars grant", {Money("5 million dollars", 5e6, "USD")}},
      {"euros", "323 million euros", {Money("323 million euros", 323e6, "EUR")}},
      {"pounds", "361 million pounds", {Money("361 million pounds", 361e6, "GBP")}},
      {"yen", "450,000 yen", {Money("450,000 yen", 450000, "JPY")}},
      {"yuan", "100 billion yuan", {Money("100 billion yuan", 100e9, "CNY")}},
      {"rupees", "35 lakh rupees", {Money("35 lakh rupees", 3.5e6, "INR")}},
      {"won", "5 trillion won", {Money("5 trillion won", 5e12, "KRW")}},
      {"US dollars", "10 billion US dollars", {Money("10 billion US dollars", 10e9, "USD")}},
      {"億ポンド", "210億ポンド", {Money("210億ポンド", 2.1e10, "GBP")}, kJapanese},
      {"glued code after", "115USD", {Money("115USD", 115, "USD")}},
      {"cents are hundredths", "down 34 cents", {Money("34 cents", 0.34, "USD")}},
      {"compound adjective", "a 12-cent dividend", {Money("12-cent", 0.12, "USD")}},
      {"cents after a unit word", "it cost 15 dollars 50.", {Money("15 dollars 50", 15.5, "USD")}},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("scale words and abbreviations") {
  const std::vector<Case> cases = {
      {"thousand", "$40 thousand", {Money("$40 thousand", 40e3, "USD")}},
      {"K", "$88.5K", {Money("$88.5K", 88500, "USD")}},
      {"mn", "$5 mn", {Money("$5 mn", 5e6, "USD")}},
      {"Mn", "USD 5 Mn", {Money("USD 5 Mn", 5e6, "USD")}},
      {"M", "$24M", {Money("$24M", 24e6, "USD")}},
      {"MM", "$24MM", {Money("$24MM", 24e6, "USD")}},
      {"Mio.", "1.234,5 Mio. €", {Money("1.234,5 Mio. €", 1234.5e6, "EUR")}, kGerman},
      {"Mio", "5 Mio EUR", {Money("5 Mio EUR", 5e6, "EUR")}, kGerman},
      {"bn", "$23.9 bn", {Money("$23.9 bn", 23.9e9, "USD")}},
      {"Bn", "US$ 52.6 Bn", {Money("US$ 52.6 Bn", 52.6e9, "USD")}},
      {"B", "$1.8B", {Money("$1.8B", 1.8e9, "USD")}},
      {"Mrd.", "4,2 Mrd. €", {Money("4,2 Mrd. €", 4.2e9, "EUR")}, kGerman},
      {"Mrd", "4,2 Mrd EUR", {Money("4,2 Mrd EUR", 4.2e9, "EUR")}, kGerman},
      {"milliards d'euros", "3 milliards d'euros", {Money("3 milliards d'euros", 3e9, "EUR")}, kFrench},
      {"millones de dólares", "5,2 mil millones de dólares", {Money("5,2 mil millones de dólares", 5.2e9, "USD")},
       PageStyle{"es", true}},
      {"miliardi di euro", "2 miliardi di euro", {Money("2 miliardi di euro", 2e9, "EUR")}, PageStyle{"it", true}},
      // Regression: the Italian abbreviation was no scale ("€ 3,4" alone).
      {"mld", "€ 3,4 mld", {Money("€ 3,4 mld", 3.4e9, "EUR")}, PageStyle{"it", true}},
      {"miliardi di dollari", "4,5 miliardi di dollari", {Money("4,5 miliardi di dollari", 4.5e9, "USD")},
       PageStyle{"it", true}},
      {"Mio. US-Dollar", "450 Mio. US-Dollar", {Money("450 Mio. US-Dollar", 450e6, "USD")}, kGerman},
      {"de without a scale is no link", "5 de dólares", {}, PageStyle{"es", true}},
      {"milliards with €", "3 milliards €", {Money("3 milliards €", 3e9, "EUR")}, kFrench},
      {"Milliarde", "1 Milliarde Euro", {Money("1 Milliarde Euro", 1e9, "EUR")}, kGerman},
      {"Milliarden", "7,6 Milliarden GBP", {Money("7,6 Milliarden GBP", 7.6e9, "GBP")}, kGerman},
      {"mil millones", "USD 3 mil millones", {Money("USD 3 mil millones", 3e9, "USD")}, PageStyle{"es", true}},
      {"Md", "2 Md€", {Money("2 Md€", 2e9, "EUR")}, kFrench},
      {"Mds€", "12.5 Mds€", {Money("12.5 Mds€", 12.5e9, "EUR")}, PageStyle{"fr", false}},
      {"trillion", "$7.1 trillion", {Money("$7.1 trillion", 7.1e12, "USD")}},
      {"tn", "$1.2 tn", {Money("$1.2 tn", 1.2e12, "USD")}},
      {"T", "$4.8T", {Money("$4.8T", 4.8e12, "USD")}},
      {"Tn", "USD 2 Tn", {Money("USD 2 Tn", 2e12, "USD")}},
      {"lakh", "₹10 lakh", {Money("₹10 lakh", 1e6, "INR")}},
      {"crore", "₹500 crore", {Money("₹500 crore", 5e9, "INR")}},
      {"Cr", "₹500 Cr", {Money("₹500 Cr", 5e9, "INR")}},
      {"Cr glued", "₹8Cr", {Money("₹8Cr", 8e7, "INR")}},
      {"lakh crore", "₹9.7 lakh crore", {Money("₹9.7 lakh crore", 9.7e12, "INR")}},
      {"万", "50万元", {Money("50万元", 5e5, "CNY")}, kChinese},
      {"亿", "1366亿元", {Money("1366亿元", 1.366e11, "CNY")}, kChinese},
      {"億", "4.5億元", {Money("4.5億元", 4.5e8, "TWD")}, kTaiwanese},
      {"兆", "15.23兆元", {Money("15.23兆元", 15.23e12, "CNY")}, kJapanese},
      {"억", "640억 달러", {Money("640억 달러", 6.4e10, "USD")}, kKorean},
      {"조", "3조 원", {Money("3조 원", 3e12, "KRW")}, kKorean},
      {"兆 and 億 together", "規模上看1兆530億美元", {Money("1兆530億美元", 1.053e12, "USD")}, kTaiwanese},
      {"Chinese numerals", "投资三千万美元", {Money("三千万美元", 3e7, "USD")}, kChinese},
      {"Chinese numerals with two units", "一亿五千万元", {Money("一亿五千万元", 1.5e8, "CNY")}, kChinese},
      {"a bare unit is a caption, 二元 is binary, 數千 is vague", "单位：千元；二元结构；數千元", {}, kChinese},
      {"K€", "350K€", {Money("350K€", 350e3, "EUR")}, PageStyle{"fr", false}},
      {"M€", "250M€", {Money("250M€", 250e6, "EUR")}, PageStyle{"fr", false}},
      {"M€ spaced", "180 M€", {Money("180 M€", 180e6, "EUR")}, PageStyle{"fr", false}},
      {"comma thousands before K€", "1,850K€", {Money("1,850K€", 1.85e6, "EUR")}, PageStyle{"fr", false}},
      {"German long-scale Billion", "1,5 Billionen Euro", {Money("1,5 Billionen Euro", 1.5e12, "EUR")}, kGerman},
      // Fresh-page regression: the English entry matched "Billion" first (1e9).
      {"German singular Billion is long scale", "auf über 1 Billion Euro geschätzt",
       {Qualified(Money("1 Billion Euro", 1e12, "EUR"), "more than")}, kGerman},
      {"English Billion stays 1e9", "USD 16.19 Billion", {Money("USD 16.19 Billion", 16.19e9, "USD")}},
      {"MUSD", "30 MUSD", {Money("30 MUSD", 30e6, "USD")}},
      {"a letter glued to a digit is no scale", "USD 5 B2B", {Money("USD 5", 5, "USD")}},
      // Regression: a stat card's "<span>$6.92 Bn</span><span>Market Size</span>" read as $6.92.
      {"a scale glued to the capital of the next element", "$6.92 BnMarket Size",
       {Money("$6.92 Bn", 6.92e9, "USD")}},
      {"a one-letter scale glued to a capital is no scale", "€0.15 kWh", {Money("€0.15", 0.15, "EUR")}},
      // Regression: "2.5 (USD Billion)" was a bare number.
      {"a currency and scale in parentheses right after the number", "Market Size: 2.5 (USD Billion)",
       {Money("2.5 (USD Billion)", 2.5e9, "USD")}},
      {"a year before a parenthesised unit is a column caption, a unit without a scale no unit",
       "2023 (USD Billion), 4 (EUR)", {Year("2023", 2023)}},
      {"a scale glued to a lower-case letter is no scale", "$5 bnx", {Money("$5", 5, "USD")}},
      {"hyphenated scale", "a US$1.2-billion deal", {Money("US$1.2-billion", 1.2e9, "USD")}},
      {"万亿", "1.5万亿元", {Money("1.5万亿元", 1.5e12, "CNY")}, kChinese},
      {"Korean units with a space", "1조 2,000억 원", {Money("1조 2,000억 원", 1.2e12, "KRW")}, kKorean},
      {"German plural Billionen is long scale anywhere", "1,2 Billionen Euro",
       {Money("1,2 Billionen Euro", 1.2e12, "EUR")}, PageStyle{"en", true}},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("ranges, words, number styles and signs in money") {
  const std::vector<Case> cases = {
      {"shared scale", "(2025) $65-70 billion",
       {Year("2025", 2025), MoneyRange("$65-70 billion", 65e9, 70e9, "USD")}},
      {"spaced dash, scale on the second", "EUR 50.0 - 65.0m", {MoneyRange("EUR 50.0 - 65.0m", 50e6, 65e6, "EUR")}},
      {"Korean units on both ends", "498억~722억 달러", {MoneyRange("498억~722억 달러", 4.98e10, 7.22e10, "USD")},
       kKorean},
      {"currency after the range", "2,500-4,000€", {MoneyRange("2,500-4,000€", 2500, 4000, "EUR")},
       PageStyle{"fr", false}},
      {"lakh crore range", "₹3-3.5 lakh crore", {MoneyRange("₹3-3.5 lakh crore", 3e12, 3.5e12, "INR")}},
      {"repeated symbol makes two", "$100M-$1B", {Money("$100M", 100e6, "USD"), Money("$1B", 1e9, "USD")}},
      {"scaled amount then a year is no range", "US$ 3.5 Bilhões até 2037",
       {Money("US$ 3.5 Bilhões", 3.5e9, "USD"), Year("2037", 2037)}, PageStyle{"pt", false}},
      {"a hundred billion dollars", "well over a hundred billion dollars",
       {Money("a hundred billion dollars", 100e9, "USD")}},
      {"two trillion dollars", "two trillion dollars", {Money("two trillion dollars", 2e12, "USD")}},
      // Regression: "half a trillion dollars" was "a trillion dollars" (1e12), and
      // "two and a half billion dollars" was "a half billion dollars".
      {"half a trillion dollars", "set to exceed half a trillion dollars by 2026",
       {Money("half a trillion dollars", 0.5e12, "USD"), Year("2026", 2026)}},
      {"two and a half billion dollars", "Two and a half billion dollars",
       {Money("Two and a half billion dollars", 2.5e9, "USD")}},
      // Cents are whole: "and two and a quarter million euros" starts an amount of its own.
      {"no fraction of a cent", "a hundred dollars and two and a quarter million euros",
       {Money("a hundred dollars", 100, "USD"), Money("two and a quarter million euros", 2.25e6, "EUR")}},
      {"vague amounts are not mentions", "tens of billions of dollars", {}},
      {"decimal comma", "7,6 Milliarden GBP", {Money("7,6 Milliarden GBP", 7.6e9, "GBP")}, kGerman},
      {"two decimals after a comma on a point page", "19,90€/mois", {Money("19,90€", 19.9, "EUR")},
       PageStyle{"fr", false}},
      {"space thousands on a decimal-comma page", "10 000 €", {Money("10 000 €", 10000, "EUR")}, kFrench},
      {"Indian grouping", "₹8,29,409", {Money("₹8,29,409", 829409, "INR")}},
      {"negative amount", "-1,500€/mois", {Money("-1,500€", -1500, "EUR")}, PageStyle{"fr", false}},
      {"negative before the sign", "a loss of -$5 million", {Money("-$5 million", -5e6, "USD")}},
      {"plus kept in the text", "+$520M", {Money("+$520M", 520e6, "USD")}},
      {"placeholders are not mentions", "USD XX million and XX%", {}},
      {"a scale without a currency is not money", "3조 규모, 25cr", {}, kKorean},
      {"counts are not money", "500,000 types and 2,000 units", {}},
      {"query strings of a broken URL hold no figures", "?PRID=1884069#:~:text=an%20incentive,2020", {}},
      {"sign between symbol and digits is not an amount", "$-93-'(", {}},
      // Fresh-page regressions: the currency word after "de"/"d'".
      {"Spanish millones de dólares", "alcanzó los 1.850 millones de dólares en 2023",
       {Money("1.850 millones de dólares", 1.85e9, "USD"), Year("2023", 2023)}, kSpanish},
      {"entre ... y is one range sharing the unit", "contempla entre 1.200 y 1.500 millones de pesos.",
       {MoneyRange("1.200 y 1.500 millones de pesos", 1.2e9, 1.5e9, "MXN")}, kSpanish},
      {"between ... and is one range", "between $1 and 2 million",
       {MoneyRange("$1 and 2 million", 1e6, 2e6, "USD")}},
      {"French milliards d'euros", "2,4 milliards d'euros", {Money("2,4 milliards d'euros", 2.4e9, "EUR")}, kFrench},
      {"Portuguese R$ range with both symbols is two amounts", "de R$ 900 milhões a R$ 1,1 bilhão em 2024",
       {Money("R$ 900 milhões", 900e6, "BRL"), Money("R$ 1,1 bilhão", 1.1e9, "BRL"), Year("2024", 2024)},
       kPortuguese},
      {"bilhões de reais", "3,2 bilhões de reais e 450 milhões de reais",
       {Money("3,2 bilhões de reais", 3.2e9, "BRL"), Money("450 milhões de reais", 450e6, "BRL")}, kPortuguese},
      {"pesos take the country named nearby", "En Colombia, 3 mil millones de pesos",
       {Money("3 mil millones de pesos", 3e9, "COP")}, kSpanish},
      {"pesos named with their country", "500 millones de pesos argentinos",
       {Money("500 millones de pesos argentinos", 500e6, "ARS")}, kSpanish},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("percentages") {
  const std::vector<Case> cases = {
      {"%", "CAGR of 20.42%", {Pct("20.42%", 20.42)}},
      {"space before %", "98 % of firms", {Pct("98 %", 98)}},
      {"percent", "26 percent", {Pct("26 percent", 26)}},
      {"per cent", "29.3 per cent", {Pct("29.3 per cent", 29.3)}},
      {"pct", "up 3.5 pct in 2024", {Pct("3.5 pct", 3.5), Year("2024", 2024)}},
      {"百分之", "增长百分之20", {Pct("百分之20", 20)}, kChinese},
      {"range", "10-12%", {PctRange("10-12%", 10, 12)}},
      {"tilde range", "14~15%", {PctRange("14~15%", 14, 15)}, kKorean},
      {"range in words", "15 to 20 per cent", {PctRange("15 to 20 per cent", 15, 20)}},
      {"repeated unit makes two", "4 per cent to 6 per cent", {Pct("4 per cent", 4), Pct("6 per cent", 6)}},
      {"numbers sharing one sign", "-7.9 / -10.1%", {Pct("-7.9", -7.9), Pct("-10.1%", -10.1)}},
      {"a change sharing one sign", "2.50→2.75%", {Pct("2.50", 2.5), Pct("2.75%", 2.75)}},
      {"negative", "fell -3.2%", {Pct("-3.2%", -3.2)}},
      {"plus kept in the text", "+15%", {Pct("+15%", 15)}},
      {"percentage points are not percentages", "up 2.5 percentage points", {}},
      {"%p is percentage points", "3.1%p 상승", {}, kKorean},
      {"words", "one per cent", {Pct("one per cent", 1)}},
      {"words with minus", "just need minus five percent", {Pct("minus five percent", -5)}},
      {"unit first at the end of a sentence", "It was per cent of 210.", {Pct("per cent of 210", 210)}},
      {"unit first before more words is no percentage", "a small percent of 2023 revenue", {Year("2023", 2023)}},
      // Each spelling of the unit puts its "cent" at another distance from the start.
      {"unit first, every spelling (each ends its line)", "Per  Cent of 5.\npercent of 7.\npercents of twenty",
       {Pct("Per  Cent of 5", 5), Pct("percent of 7", 7), Pct("percents of twenty", 20)}},
      {"unit first needs its word boundary", "xper cent of 5.", {}},
      {"qualifier before", "more than 33% of revenue", {Qualified(Pct("33%", 33), "more than")}},
      {"plus after is a qualifier", "95%+", {Qualified(Pct("95%", 95), "more than")}},
      {"tilde before", "~40%", {Qualified(Pct("40%", 40), "approximately")}},
      {"CJK qualifier", "約27.3%", {Qualified(Pct("27.3%", 27.3), "approximately")}, kJapanese},
      {"Korean qualifier", "약 28% 비중", {Qualified(Pct("28%", 28), "approximately")}, kKorean},
      {"URLs hold no percentages", "see https://www.test.com/search?q=30%25%2020%", {}},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("years") {
  const std::vector<Case> cases = {
      {"plain", "in 2023", {Year("2023", 2023)}},
      {"FY2023", "FY2023 results", {Year("FY2023", 2023)}},
      {"FY23", "in FY23", {Year("FY23", 2023)}},
      {"FY 2023", "FY 2023", {Year("FY 2023", 2023)}},
      {"年", "2024年に", {Year("2024", 2024)}, kJapanese},
      {"년", "2024년", {Year("2024", 2024)}, kKorean},
      {"half year", "H1 2024", {Year("2024", 2024)}},
      {"date", "August 2022", {Year("2022", 2022)}},
      {"dotted date", "(2025.1.17)", {Year("2025", 2025)}},
      {"day-first dotted date", "Stand: 15.03.2024", {Year("2024", 2024)}, kGerman},
      {"estimate suffix", "Size (2026E)", {Year("2026", 2026)}},
      {"Reiwa fiscal year", "令和6年度の調査", {Year("令和6年度", 2024)}, kJapanese},
      {"footnote digit glued after NFKC", "grew 37% in the decade to 20241.",
       {Pct("37%", 37), Year("2024", 2024)}},
      {"footnote after a period", "by the end of 2026.1)", {Year("2026", 2026)}},
      {"section numbers are not years", "see 12.1.5.1 and 2.2024", {}},
      {"phone numbers are not years", "call +1 (800) 782 1768 or (02) 2306-2024", {}},
      {"identifiers are not years", "rid=2024 #2024 AKF2024x", {}},
      {"URLs are not years", "https://example.com/2024/report", {}},
      {"decades are not years", "the 1990s and 2020년대", {}, kKorean},
      {"counts are not years", "2,000 units and 2000萬支", {}, kTaiwanese},
      {"the year-like part of a decimal", "20.2024", {}},
      // Fresh-page regressions: years inside contact numbers and identifiers.
      {"labelled phone in spaced groups", "Bestellung unter Tel. 089 2024 5510 oder online", {}, kGerman},
      {"trunk-prefixed phone without a label", "Zentrale 089 2024 5510", {}, kGerman},
      {"dash-joined toll-free number", "Helpline: 1800-180-2024.", {}},
      {"Japanese contact line", "問い合わせ:03-5201-2024", {}, kJapanese},
      {"Korean contact line", "문의: 02-2024-1188", {}, kKorean},
      {"unlabelled dash-joined phone", "call 02-2024-1188 today", {}},
      {"extension after a phone", "tel. +91 80 4120 2030, ext. 1999", {}},
      {"report code", "Report ID: AMV-2033-118 | Published 2024", {Year("2024", 2024)}},
      {"a labelled fiscal year is no code", "FY-2024-25 results", {Years("2024-25", 2024, 2025)}},
      {"a dash-joined run of years is no phone number", "2019-2024-2030",
       {Years("2019-2024", 2019, 2024), Year("2030", 2030)}},
      {"EU regulation number after the year", "Regulation (EU) 2023/1542 applies", {}},
      {"regulation number before the year", "Regulation (EU) No 1169/2011", {}},
      {"consecutive years with a slash stay years", "2023/2024", {Year("2023", 2023), Year("2024", 2024)}},
      {"month/year date keeps its year", "as of 12/2024", {Year("2024", 2024)}},
      {"day-first dashed date keeps its year", "am 15-03-2024", {Year("2024", 2024)}, kGerman},
      {"phone as a word needs a colon", "smartphone sales in 2024 and phone 2024 shipments",
       {Year("2024", 2024), Year("2024", 2024)}},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("year ranges") {
  const std::vector<Case> cases = {
      {"to", "Forecast Period 2024 to 2033", {Years("2024 to 2033", 2024, 2033)}},
      {"dash", "(2024-2033)", {Years("2024-2033", 2024, 2033)}},
      {"two-digit end", "2021-33", {Years("2021-33", 2021, 2033)}},
      {"fiscal year", "2015-16", {Years("2015-16", 2015, 2016)}},
      {"labelled fiscal year", "FY2015-16", {Years("FY2015-16", 2015, 2016)}},
      {"between", "between 2014 and 2024", {Years("2014 and 2024", 2014, 2024)}},
      {"from", "from 2024 to 2033", {Years("2024 to 2033", 2024, 2033)}},
      {"fiscal to fiscal", "during 2016-17 to 2023-24", {Years("2016-17 to 2023-24", 2016, 2024)}},
      {"tilde", "2024~2029년", {Years("2024~2029", 2024, 2029)}, kKorean},
      {"年 outside the text", "2025-2030年", {Years("2025-2030", 2025, 2030)}, kJapanese},
      {"から", "2022年から2024年", {Years("2022年から2024", 2022, 2024)}, kJapanese},
      // Regression: fiscal years "年度" broke the range into two years.
      {"年度から", "2023年度から2028年度までの", {Years("2023年度から2028", 2023, 2028)}, kJapanese},
      {"부터", "2023년부터 2028년까지", {Years("2023년부터 2028", 2023, 2028)}, kKorean},
      {"FY labels", "FY22 to FY26", {Years("FY22 to FY26", 2022, 2026)}},
      {"between FY labels", "between FY12 and FY20", {Years("FY12 and FY20", 2012, 2020)}},
      {"arrow", "(2020 → 2023)", {Years("2020 → 2023", 2020, 2023)}},
      {"a lost dash", "annual GVA (202324)", {Years("202324", 2023, 2024)}},
      {"slash fiscal year", "in 2024/25", {Years("2024/25", 2024, 2025)}},
      {"estimated fiscal year", "FY2023-24E", {Years("FY2023-24", 2023, 2024)}},
      {"slash month is a date", "2024/10/17 09:30", {Year("2024", 2024)}},
      {"dates stay years", "July, 2025 to July, 2026", {Year("2025", 2025), Year("2026", 2026)}},
      {"year-month is a year", "2024-01", {Year("2024", 2024)}},
      {"ISO date is a year", "2022-09-01", {Year("2022", 2022)}},
      {"and without between", "2020 and 2021", {Year("2020", 2020), Year("2021", 2021)}},
      {"Italian dal ... al", "dal 2024 al 2030", {Years("2024 al 2030", 2024, 2030)}, PageStyle{"it", true}},
      // Leftmost-first: " e " alone stopped before "il 2030".
      {"Italian tra il ... e il", "Tra il 2024 e il 2030", {Years("2024 e il 2030", 2024, 2030)},
       PageStyle{"it", true}},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("qualifiers of amounts") {
  const std::vector<Case> cases = {
      {"around", "around USD 181.93 billion", {Qualified(Money("USD 181.93 billion", 181.93e9, "USD"), "around")}},
      {"over", "over $470.7 billion", {Qualified(Money("$470.7 billion", 470.7e9, "USD"), "over")}},
      {"surpass", "to surpass US$5 billion", {Qualified(Money("US$5 billion", 5e9, "USD"), "surpass")}},
      {"plus between number and scale", "$5+ billion", {Qualified(Money("$5+ billion", 5e9, "USD"), "more than")}},
      {"plus after", "$1B+", {Qualified(Money("$1B", 1e9, "USD"), "more than")}},
      {"tilde", "~$300M", {Qualified(Money("$300M", 300e6, "USD"), "approximately")}},
      {"約", "約260兆ウォン", {Qualified(Money("260兆ウォン", 260e12, "KRW"), "approximately")}, kJapanese},
      {"超 after", "250億ドル超", {Qualified(Money("250億ドル", 25e9, "USD"), "more than")}, kJapanese},
      {"최소 before wins over 이상 after", "최소 270억 달러 이상",
       {Qualified(Money("270억 달러", 27e9, "USD"), "at least")}, kKorean},
      {"上看", "上看1兆530億美元", {Qualified(Money("1兆530億美元", 1.053e12, "USD"), "up to")}, kTaiwanese},
      {"none", "USD 5 billion", {Qualified(Money("USD 5 billion", 5e9, "USD"), "")}},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("page style") {
  const claimtrace::FigureDetector& d = Detector();
  SUBCASE("German with decimal commas") {
    PageStyle s = d.SniffStyle("Der Markt für Medizintechnik ist mit 7,6 Milliarden GBP der drittgrößte, und es gibt "
                               "3.700 Unternehmen, die nicht nur für den Export arbeiten.");
    CHECK(s.language == "de");
    CHECK(s.decimal_comma);
  }
  SUBCASE("English with decimal points") {
    PageStyle s = d.SniffStyle("The market was USD 181.93 billion in 2023 and is expected to reach USD 1,166.52 "
                               "billion by 2033, growing at 20.42% for the forecast period.");
    CHECK(s.language == "en");
    CHECK_FALSE(s.decimal_comma);
  }
  SUBCASE("French with comma thousands keeps decimal points") {
    PageStyle s = d.SniffStyle("Le prix est de 19,90€ par mois et le chiffre d'affaires atteint 1,800,000€ pour les "
                               "clients, avec une marge de 4.5% et 12.5 Mds€ dans le marché des services.");
    CHECK(s.language == "fr");
    CHECK_FALSE(s.decimal_comma);
  }
  SUBCASE("Spanish and Portuguese are not Dutch for their 'de' and 'en'") {
    // Regression: both read as "nl", whose list had "de" and "en", and lost their
    // year ranges ("entre 2024 y 2030", "de 2024 a 2030").
    CHECK(d.SniffStyle("El mercado mundial de robots industriales se valoró en 4.500 millones de dólares en 2023 y se "
                       "espera que alcance 9.800 millones de dólares en 2030.").language == "es");
    CHECK(d.SniffStyle("O mercado global de robôs industriais foi avaliado em US$ 4,5 bilhões em 2023, crescendo a uma "
                       "taxa de 11,8% de 2024 a 2030.").language == "pt");
    CHECK(d.SniffStyle("Het is een van de grootste markten voor robots en de vraag wordt ook groter.").language == "nl");
    CHECK(d.SniffStyle("Il mercato globale dei robot è stato valutato a 4,5 miliardi di dollari nel 2023, con un CAGR "
                       "dell'11,8% dal 2024 al 2030.").language == "it");
  }
  SUBCASE("stop words count case-insensitively, non-ASCII letters included") {
    // A short German page in capitals: FÜR/DIE/UND/MIT must count as der-die-das words.
    CHECK(d.SniffStyle("WÄRMEPUMPEN FÜR DIE UND MIT DEN NUTZERN 2023: 7,9 MRD. EURO").language == "de");
    CHECK(d.SniffStyle("Según el informe, el mercado también crece más con los datos del año.").language == "es");
    CHECK(d.SniffStyle("O mercado não para: são os dados das empresas e dos clientes em 2023.").language == "pt");
    // Words glued to digits or letters are not words ("the2", "theory").
    CHECK(d.SniffStyle("the2 theory der der der").language == "de");
    // RE2's \b knows only ASCII word bytes: "theé" holds the word "the", "the_"
    // and "the9" do not; capitals count.
    CHECK(d.SniffStyle("theé theé die").language == "en");
    CHECK(d.SniffStyle("the_ the9 die").language == "de");
    CHECK(d.SniffStyle("THE THE The die").language == "en");
    // Longer than any listed word: no match, even when a listed word starts it.
    CHECK(d.SniffStyle("marketplace marketplaces und").language == "de");
    // The longest ASCII words still count, right up to a long word or the end.
    CHECK(d.SniffStyle("WERDEN werden the thermodynamics werden").language == "de");
  }
  SUBCASE("scripts") {
    CHECK(d.SniffStyle(std::string(30, 'x') + "これは日本語の文章です。市場規模は二十六兆円に達した。アジア太平洋地域のデータをまとめたものです。")
              .language == "ja");
    CHECK(d.SniffStyle("글로벌 챗봇 시장은 2020년대 중반부터 매년 20%가 넘는 고성장을 유지하며 2030년에는 최소 270억 달러 이상으로 "
                       "확대될 전망이다. 한국 클라우드 컴퓨팅 시장은 크게 상회한다.")
              .language == "ko");
    CHECK(d.SniffStyle("根据艾瑞咨询的研究显示，国内服务的市场规模达到亿元，很多厂商开始意识到云计算和服务的优势，"
                       "互联网下半场的重点从端逐渐向端发展，这个市场会继续增长。")
              .language == "zh");
    CHECK(d.SniffStyle("外資摩根士丹利預估，全球衛星市場規模上看，相關供應鏈將蓬勃發展。這個產業在臺灣的發展"
                       "會與國際接軌，電子業者對此非常關注，後續還有很多機會。")
              .language == "zh-Hant");
  }
}

TEST_CASE("scaled amounts are exact decimal values, not binary products") {
  // 4.1 * 1e9 is 4099999999.9999995 in doubles; the JSON would show that.
  for (auto [text, amount] : {std::pair{"€4.1 billion", 4.1e9}, std::pair{"$0.7 million", 7e5},
                              std::pair{"₹1.64 lakh crore", 1.64e12}}) {
    CAPTURE(text);
    std::vector<Mention> got = Detector().Detect(text, kEnglish);
    REQUIRE(got.size() == 1);
    REQUIRE(got[0].value);
    CHECK(*got[0].value == amount);
  }
}

TEST_CASE("mentions come in text order and never overlap") {
  std::string text =
      "The market was USD 181.93 billion in 2023 and will reach USD 1,166.52 billion by 2033, a CAGR of 20.42% "
      "from 2024 to 2033; North America held 38% (2023), $65-70 billion, 10-12%, FY23, 2015-16.";
  std::vector<Mention> got = Detector().Detect(text, kEnglish);
  REQUIRE(got.size() == 12);
  for (size_t i = 1; i < got.size(); ++i) CHECK(got[i - 1].span.end <= got[i].span.start);
}

TEST_CASE("hostile input does not crash") {
  std::string junk;
  for (int i = 0; i < 2000; ++i) junk += "$-9.9.9,,%%~~20241年元¥ ";
  junk += std::string("\xff\xfe\xc3", 3);
  CHECK_NOTHROW(Detector().Detect(junk, Detector().SniffStyle(junk)));
  std::string digits(100000, '9');
  CHECK_NOTHROW(Detector().Detect(digits, kEnglish));
}

TEST_CASE("numbers past what a double holds exactly are no figures") {
  const std::string ten_thousand_digits = "$" + std::string(10000, '9') + " million in 2024";
  std::string long_grouped = "€1";
  for (int i = 0; i < 30; ++i) long_grouped += ",000";
  const std::vector<Case> cases = {
      {"10,000-digit number", ten_thousand_digits, {Year("2024", 2024)}},
      {"21 digits with a scale", "$999999999999999999999 trillion", {}},
      {"16 integer digits", "USD 1234567890123456", {}},
      {"15 integer digits still count", "¥123,456,789,012,345", {Money("¥123,456,789,012,345", 123456789012345, "JPY")}},
      {"a long grouped number", long_grouped, {}},
  };
  for (const Case& c : cases) Check(c);
}
