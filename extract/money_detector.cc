// Money: a number with a currency sign, code or word before or after it, an
// optional scale word, and optionally a second number sharing the unit
// ("$65-70 billion", "498억~722억 달러").
#include <algorithm>
#include <cmath>

#include "figure_scan.h"

namespace claimtrace::figures_internal {
namespace {

// Meanings that depend on the page: resolved by ResolveCurrency().
constexpr const char* kYen = "JPY|CNY";  // ¥: JPY unless the text near it says yuan
constexpr const char* kYuan = "元";      // 元: CNY, TWD on Traditional Chinese pages
constexpr const char* kBacktick = "`";   // a PDF rendering of ₹ before lakh/crore amounts
constexpr const char* kPeso = "peso";    // pesos: the country the text near it names

// Currencies written before the number ("US$ 4.7", "USD34.6", "€2.1").
// `number` > 0 marks codes that carry a scale ("MUSD 30" = 30e6 USD).
std::vector<VocabEntry> PrefixCurrencies() {
  return {
      {R"(\$)", "USD"},
      {R"((?i:usd) ?\$|(?i:us) ?\$|U\.S\.? ?\$|(?i:u\.s) ?\$)", "USD"},
      {R"(A\$|AU\$|AUD ?\$|(?i:aud)\$)", "AUD"},
      {R"(C\$|CA\$|CAD ?\$|(?i:cad)\$|c \$)", "CAD"},
      {R"(S\$|SG\$|SGD ?\$)", "SGD"},
      {R"(HK ?\$|(?i:hk) \$|HKD ?\$)", "HKD"},
      {R"(R\$)", "BRL"},
      {R"(NT ?\$|NTD ?\$)", "TWD"},
      {R"(NZ ?\$|NZD ?\$|(?i:nzd)\$)", "NZD"},
      {R"(MX ?\$|Mex ?\$|MXN ?\$|(?i:mxn|mex)\$)", "MXN"},
      {"€", "EUR"}, {"£", "GBP"}, {"₹", "INR"}, {R"(Rs\.?|₨)", "INR"}, {"¥", kYen},
      {"JP¥", "JPY"}, {"CN¥|RMB ?¥", "CNY"},
      {"₩", "KRW"}, {"₽", "RUB"}, {"₺", "TRY"}, {"₫", "VND"}, {"₱", "PHP"}, {"฿", "THB"},
      {"₪", "ILS"}, {"₦", "NGN"}, {"₡", "CRC"}, {"₾", "GEL"}, {"₭", "LAK"}, {"₴", "UAH"},
      {"₿", "XBT"}, {"`", kBacktick},
      {"(?i:usd)", "USD"}, {"(?i:eur)", "EUR"}, {"(?i:gbp)", "GBP"}, {"(?i:jpy)", "JPY"},
      {"(?i:cny|rmb)", "CNY"}, {"(?i:inr)", "INR"}, {"(?i:krw)", "KRW"}, {"(?i:chf)", "CHF"},
      {"AUD", "AUD"}, {"CAD", "CAD"}, {"SGD", "SGD"}, {"HKD", "HKD"}, {"BRL", "BRL"},
      {"TWD|NTD", "TWD"}, {"SEK", "SEK"}, {"NOK", "NOK"}, {"DKK", "DKK"}, {"MXN", "MXN"},
      {"ZAR", "ZAR"}, {"RUB", "RUB"}, {"AED", "AED"}, {"SAR", "SAR"}, {"IDR", "IDR"},
      {"MYR", "MYR"}, {"THB", "THB"}, {"VND", "VND"}, {"PHP", "PHP"}, {"NZD", "NZD"},
      {"PLN", "PLN"}, {"ILS", "ILS"}, {"EGP", "EGP"}, {"NGN", "NGN"}, {"KES", "KES"},
      {"PKR", "PKR"}, {"BDT", "BDT"}, {"LKR", "LKR"}, {"ARS", "ARS"}, {"CLP", "CLP"},
      {"COP", "COP"}, {"TRY", "TRY"}, {"QAR", "QAR"}, {"KWD", "KWD"}, {"BHD", "BHD"}, {"OMR", "OMR"},
      {"CZK", "CZK"}, {"HUF", "HUF"}, {"RON", "RON"}, {"UAH", "UAH"}, {"KZT", "KZT"}, {"GHS", "GHS"},
      {"RM", "MYR"}, {"Rp\\.?", "IDR"}, {"KSh|Ksh", "KES"},
      {"(?i:m)(?i:usd)", "USD", 1e6}, {"(?i:m)(?i:eur)", "EUR", 1e6}, {"MGBP", "GBP", 1e6},
      {"MAUD", "AUD", 1e6}, {"MCAD", "CAD", 1e6}, {"MCHF", "CHF", 1e6}, {"MSEK", "SEK", 1e6},
      {"MNOK", "NOK", 1e6}, {"MDKK", "DKK", 1e6},
  };
}

// Currencies written after the number (and its scale): "115USD", "19,90€",
// "361 million pounds", "億ドル", "억 달러", "万元".
std::vector<VocabEntry> SuffixCurrencies() {
  std::vector<VocabEntry> v = {
      {R"(\$)", "USD"},
      {R"(US\$|USD\$|(?i:(?:us|u\.s\.|american|united states) dollars?))", "USD"},
      {R"((?i:australian dollars?)|A\$)", "AUD"}, {R"((?i:canadian dollars?)|C\$)", "CAD"},
      {R"((?i:singapore dollars?))", "SGD"}, {R"((?i:hong kong dollars?)|HK\$)", "HKD"},
      {R"((?i:(?:new )?taiwan(?:ese)? dollars?|nt dollars?))", "TWD"},
      {R"((?i:new zealand dollars?))", "NZD"}, {R"((?i:mexican pesos?|pesos? mexicanos?))", "MXN"},
      {R"((?i:argentine pesos?|pesos? argentinos?))", "ARS"},
      {R"((?i:colombian pesos?|pesos? colombianos?))", "COP"},
      {R"((?i:chilean pesos?|pesos? chilenos?))", "CLP"},
      {R"((?i:philippine pesos?|pesos? filipinos?))", "PHP"},
      {R"((?i:pesos?))", kPeso},
      {R"((?i:dollars?|dólares?|dolares|dollar[io])|US-Dollars?)", "USD"},
      {R"((?i:euros?))", "EUR"},
      {R"((?i:pounds? sterling|british pounds?|pounds?|sterling))", "GBP"},
      {R"((?i:japanese )?(?i:yen))", "JPY"},
      {R"((?i:chinese )?(?i:yuan|renminbi))", "CNY"},
      {R"((?i:(?:indian )?rupees?))", "INR"},
      {R"((?i:(?:south )?korean won)|won)", "KRW"},
      {R"((?i:swiss francs?))", "CHF"}, {R"((?i:francs?))", "FRF"},
      {R"((?i:reais))", "BRL"}, {R"((?i:rand))", "ZAR"}, {R"((?i:roubles?|rubles?))", "RUB"},
      {R"((?i:(?:turkish )?liras?))", "TRY"}, {R"((?i:ringgit))", "MYR"}, {R"((?i:baht))", "THB"},
      {R"((?i:rupiah))", "IDR"}, {"zł", "PLN"}, {"Kč", "CZK"}, {R"((?i:dirhams?))", "AED"},
      {R"((?i:riyals?))", "SAR"},
      {R"((?i:pesetas?))", "ESP"}, {R"((?i:(?:finnish )?markkas?))", "FIM"},
      {R"((?i:(?:dutch )?guilders?))", "NLG"}, {R"((?i:kronor|krona))", "SEK"},
      {R"((?i:bitcoins?)|BTC|(?i:btc))", "XBT"},
      // Sub-units, as amounts of the main unit: "50 cents" = 0.50 USD.
      {R"((?i:cents?))", "USD", 0.01}, {R"((?i:pence|penny|pennies))", "GBP", 0.01},
      {"ரூ", "LKR"},
      {"€", "EUR"}, {"£", "GBP"}, {"₹", "INR"}, {"¥", kYen}, {"₩", "KRW"}, {"₽", "RUB"},
      {"₺", "TRY"}, {"₫", "VND"}, {"₱", "PHP"}, {"฿", "THB"}, {"₪", "ILS"}, {"₦", "NGN"},
      {"₡", "CRC"}, {"₾", "GEL"}, {"₭", "LAK"}, {"₴", "UAH"}, {"₿", "XBT"},
      // Chinese, Japanese, Korean.
      {"美元|美金|米ドル|ドル|달러", "USD"}, {"港元|港幣|港币|香港ドル", "HKD"},
      {"新台幣|新臺幣|台幣|臺幣|新台湾ドル|台湾ドル", "TWD"},
      {"人民币|人民幣|人民元|위안", "CNY"}, {"日元|日圆|日圓|円|엔", "JPY"},
      {"欧元|歐元|ユーロ|유로", "EUR"}, {"英镑|英鎊|ポンド|파운드", "GBP"},
      {"韩元|韓元|ウォン|원", "KRW"}, {"ルピー|루피|卢比|盧比", "INR"},
      {"澳元|豪ドル", "AUD"}, {"加元|カナダドル", "CAD"}, {"新加坡元|シンガポールドル", "SGD"},
      {"元", kYuan},
  };
  for (const auto& e : PrefixCurrencies()) {
    std::string_view p = e.pattern;
    // Codes and "M"+code work after the number too ("115USD", "30 MUSD"), but not the
    // ones that name something else there ("95 RON" petrol, "45 RM" of raw material).
    static constexpr std::string_view kPrefixOnly[] = {"Rs", "RON", "RM", "Rp", "KSh"};
    bool prefix_only = std::any_of(std::begin(kPrefixOnly), std::end(kPrefixOnly),
                                   [&](std::string_view w) { return p.starts_with(w); });
    if (!p.empty() && (std::isupper(static_cast<unsigned char>(p[0])) || p.substr(0, 3) == "(?i")) {
      if (p.find('$') == std::string_view::npos && !prefix_only) v.push_back(e);
    }
  }
  return v;
}

// Scale words. 0 marks entries resolved by the page (Iberian "mil").
std::vector<VocabEntry> Scales() {
  return {
      {"(?i:thousands?)|K|k|(?i:tsd)\\.?|Tsd\\.?", "", 1e3},
      {"(?i:lakh +crores?|lac +crores?)", "", 1e12},
      {"(?i:thousand +crores?)", "", 1e10},
      {"(?i:lakhs?|lacs?)", "", 1e5},
      {"(?i:crores?)|Cr\\.?|cr\\.?|CR", "", 1e7},
      {"(?i:millions?)|mn|Mn|MN|mln|Mln|M|MM|m|(?i:mio)\\.?|Millionen|(?i:millones|mill[oó]n|milh[õo]es|milh[ãa]o)",
       "", 1e6},
      {"(?i:milioni|milione|miljoenen|miljoen)", "", 1e6},
      {"(?i:miliardi|miliardo|miljarden|miljard)|(?i:mld)\\.?", "", 1e9},  // "€ 3,4 mld": Italian, Dutch
      {"(?i:billions?)|bn|Bn|BN|B|b|bln|(?i:mrd)\\.?|(?i:milliards?)|Milliarden?|Mds?|Mdr?s?\\.?|"
       "(?i:mil +millones)|(?i:bilh[õo]es|bilh[ãa]o)|(?i:mil +milh[õo]es)|"
       "(?i:mia)\\.?|(?i:miliar)",  // Nordic and Swiss "mia.", Indonesian (Polish "bilion" is 1e12)
       "", 1e9},
      {"(?i:trillions?)|tn|Tn|TN|T|trn|(?i:trilh[õo]es|trilh[ãa]o|billones|bill[oó]n|triliun)", "", 1e12},
      {"Billionen", "", 1e12},  // German plural: always the long scale; "Billion": see ScaleAt
      {"-(?i:thousand|million|billion|trillion)", "", 0},  // "US$1.2-billion": see ScaleAt
      {"(?i:mil)", "mil", 0},
  };
}

// Chinese, Japanese and Korean multipliers: 千億 = 1e11, 万 = 1e4, 억 = 1e8.
double CjkMultiplier(char32_t c) {
  switch (c) {
    case U'十': case U'십': return 10;
    case U'百': case U'백': return 100;
    case U'千': case U'천': return 1e3;
    case U'万': case U'萬': case U'만': return 1e4;
    case U'亿': case U'億': case U'억': return 1e8;
    case U'兆': case U'조': return 1e12;
    default: return 0;
  }
}

bool IsYearLike(const NumberToken& t) {
  return t.plain && t.end - t.start == 4 && t.value && *t.value >= 1900 && *t.value <= 2100;
}

}  // namespace

struct MoneyDetector::Patterns {
  explicit Patterns(std::string* error)
      : prefix(PrefixCurrencies(), "", " {0,2}", error),
        suffix(SuffixCurrencies(), " {0,2}", "", error),
        scale(Scales(), " {0,2}", "", error),
        connector(R"( {0,2}(?:-|–|—|~|〜|～| to | bis | à | a | até | al ) {0,2})", error),
        number_start(R"( {0,2}[+-]?\d)", error),
        yuan_context(Compile(R"((?i:rmb|cny|yuan|renminbi)|元|人民币|人民幣)", error)),
        peso_context(Compile(R"((M[ée]xic|MXN)|(Argentin|ARS)|(Colombi|COP)|(Chile|CLP)|(Filipin|Philippin|PHP))",
                             error)),
        between_before(R"((?i:between|entre|zwischen) $)", error),
        conjunction(R"( (?:and|y|e|und|et) )", error),
        spelled_scale(R"((?i) (thousand|million|billion|trillion|lakh|crore)s?\b)", error),
        chinese_numerals(Compile(R"([〇零一二两兩三四五六七八九十百千万萬亿億兆]+)", error)),
        vague_before(R"([數数幾几多好第]$)", error),
        cents_after(R"( ((?i:and) )?)", error),
        romance_link(R"( (?:de |d'|di |del ))", error),
        cent_word(R"((?i) cents?\b)", error) {}
  Vocabulary prefix, suffix, scale;
  // Where an amount in words may start: (?i)\b(?:(?:a|an) (?:hundred|...|half)|one|...|quarter)\b.
  WordListMatcher word_number_trigger{
      {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
       "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
       "sixty", "seventy", "eighty", "ninety", "half", "quarter"},
      {{"a", "an"}, {"hundred", "thousand", "million", "billion", "trillion", "quarter", "half"}}};
  AnchoredPattern connector, number_start;
  std::unique_ptr<RE2> yuan_context, peso_context;
  AnchoredPattern between_before, conjunction, spelled_scale;
  std::unique_ptr<RE2> chinese_numerals;
  AnchoredPattern vague_before, cents_after, romance_link, cent_word;
};

MoneyDetector::MoneyDetector(std::string* error) : p_(std::make_unique<Patterns>(error)) {}
MoneyDetector::~MoneyDetector() = default;

namespace {

struct ScaleMatch {
  double multiplier = 1;
  size_t end = 0;  // end of the scale, or where it was looked for
  bool found = false;
};

struct Unit {
  std::string currency;
  double multiplier = 1;  // "MUSD" carries 1e6
  size_t start = 0, end = 0;
  bool cjk_word = false;  // 美元, 달러: never the prefix of a following number
};

// 三千 = 3000, 一亿五千万 = 1.5e8, 两百 = 200. Needs a digit (千元 alone is as
// often a unit caption as an amount) and a unit (二元 is "binary").
std::optional<double> ChineseNumeral(std::string_view s) {
  double total = 0, section = 0, digit = 0, last_big = 0;
  bool any_digit = false, any_unit = false;
  for (size_t pos = 0; pos < s.size();) {
    size_t n = 0;
    char32_t c = CodePointAt(s, pos, &n);
    pos += n;
    static constexpr std::u32string_view kDigits = U"〇一二三四五六七八九";
    size_t d = kDigits.find(c);
    if (c == U'零') d = 0;
    if (c == U'两' || c == U'兩') d = 2;
    if (d != std::u32string_view::npos) {
      digit = static_cast<double>(d);
      any_digit = true;
      continue;
    }
    double m = CjkMultiplier(c);
    if (m == 0) return std::nullopt;
    any_unit = true;
    if (m < 1e4) {
      section += (digit == 0 ? 1 : digit) * m;
    } else {
      double part = section + digit;
      total = (last_big != 0 && m > last_big) ? (total + part) * m : total + part * m;
      last_big = m;
      section = 0;
    }
    digit = 0;
  }
  if (!any_digit || !any_unit) return std::nullopt;
  return total + section + digit;
}

double SpelledScale(std::string_view word) {
  switch (word.empty() ? 0 : std::tolower(static_cast<unsigned char>(word[0]))) {
    case 't': return word.size() > 1 && std::tolower(static_cast<unsigned char>(word[1])) == 'h' ? 1e3 : 1e12;
    case 'm': return 1e6;
    case 'b': return 1e9;
    case 'l': return 1e5;
    case 'c': return 1e7;
    default: return 1;
  }
}

// Adds `m` unless it overlaps an amount found already.
void AddIfFree(Mention m, std::vector<Mention>* out) {
  bool overlaps = std::any_of(out->begin(), out->end(), [&](const Mention& o) {
    return o.span.start < m.span.end && m.span.start < o.span.end;
  });
  if (!overlaps) out->push_back(std::move(m));
}

// One pass of the money rules over a scan.
class MoneyScan {
 public:
  MoneyScan(const MoneyDetector::Patterns& p, FigureScan* scan) : p_(p), scan_(*scan), text_(scan->text) {}

  char At(size_t i) const { return i < text_.size() ? text_[i] : '\0'; }

  ScaleMatch ScaleAt(size_t pos) const {
    ScaleMatch s;
    s.end = pos;
    size_t end = 0, entry_start = 0;
    auto i = p_.scale.MatchAt(text_, pos, &end, &entry_start);
    // "B2B", "M2": a letter glued to a digit is no scale.
    if (i && end < text_.size() && IsDigit(static_cast<unsigned char>(text_[end])) &&
        IsAsciiLetter(static_cast<unsigned char>(text_[end - 1]))) {
      i.reset();
    }
    if (i) {
      const VocabEntry& e = p_.scale.entry(*i);
      double m = e.number;
      std::string_view meaning = e.meaning;
      // German "Billion" is the long scale; the case-insensitive English entry
      // matches it too, so the spelling decides, not the entry.
      if (text_.substr(entry_start, end - entry_start) == "Billion" && scan_.style.language == "de") m = 1e12;
      if (meaning == "mil") m = (scan_.style.language == "pt" || scan_.style.language == "es") ? 1e3 : 0;
      if (m == 0 && At(pos) == '-') m = SpelledScale(text_.substr(pos + 1, end - pos - 1));
      if (m > 0) {
        s.multiplier = m;
        s.end = end;
        s.found = true;
        return s;
      }
    }
    return CjkScaleAt(pos, /*allow_space=*/true);
  }

  // 千億, 万, 兆; an optional small unit (十百千) times an optional large one.
  ScaleMatch CjkScaleAt(size_t pos, bool allow_space) const {
    ScaleMatch s;
    s.end = pos;
    size_t p = pos;
    if (allow_space && p < text_.size() && text_[p] == ' ') ++p;
    double small = 0, big = 0;
    size_t n = 0;
    double m = CjkMultiplier(CodePointAt(text_, p, &n));
    if (m > 0 && m < 1e4) {
      small = m;
      p += n;
      m = CjkMultiplier(CodePointAt(text_, p, &n));
    }
    if (m >= 1e4) {
      big = m;
      p += n;
      // 万亿 = 1e12: a second, larger unit multiplies.
      double m2 = CjkMultiplier(CodePointAt(text_, p, &n));
      if (m2 > big) {
        big *= m2;
        p += n;
      }
    }
    if (small == 0 && big == 0) return s;
    s.multiplier = (small ? small : 1) * (big ? big : 1);
    s.end = p;
    s.found = true;
    return s;
  }

  std::optional<Unit> PrefixBefore(size_t pos, size_t not_before) const {
    size_t start = 0;
    auto i = p_.prefix.MatchBefore(text_, pos, 24, &start);
    if (!i || start < not_before || scan_.Masked(static_cast<uint32_t>(start))) return std::nullopt;
    const VocabEntry& e = p_.prefix.entry(*i);
    return Unit{ResolveCurrency(e.meaning, start), e.number > 0 ? e.number : 1, start, pos, false};
  }

  std::optional<Unit> SuffixAt(size_t pos) const {
    size_t end = 0, entry_start = 0;
    auto i = p_.suffix.MatchAt(text_, pos, &end, &entry_start);
    if (!i) return std::nullopt;
    const VocabEntry& e = p_.suffix.entry(*i);
    size_t n = 0;
    bool cjk = IsCjk(CodePointAt(text_, entry_start, &n));
    return Unit{ResolveCurrency(e.meaning, pos), e.number > 0 ? e.number : 1, pos, end, cjk};
  }

  // "(USD Billion)", "(EUR million)": a currency and a scale in parentheses; the unit's
  // multiplier is the scale's, its end the closing parenthesis.
  std::optional<Unit> ParenthesizedUnitAt(size_t pos) const {
    size_t at = pos;
    if (At(at) == ' ') ++at;
    if (At(at) != '(') return std::nullopt;
    std::optional<Unit> unit = SuffixAt(at + 1);
    if (!unit || unit->cjk_word) return std::nullopt;
    ScaleMatch scale = ScaleAt(unit->end);
    if (!scale.found || At(scale.end) != ')') return std::nullopt;
    unit->multiplier *= scale.multiplier;
    unit->start = pos;
    unit->end = scale.end + 1;
    return unit;
  }

  // A currency word after a scale and "de"/"d'"/"di": "5 mil millones de
  // dólares", "3 milliards d'euros", "2 miliardi di euro".
  std::optional<Unit> LinkedSuffixAt(size_t pos) const {
    re2::StringPiece link;
    if (!p_.romance_link.MatchAt(text_, pos, &link, 1)) return std::nullopt;
    std::optional<Unit> post = SuffixAt(pos + link.size());
    if (post && post->cjk_word) return std::nullopt;
    return post;
  }

  std::string ResolveCurrency(std::string_view meaning, size_t at) const {
    const std::string& lang = scan_.style.language;
    if (meaning == kYuan) return lang == "zh-Hant" ? "TWD" : "CNY";
    if (meaning == kYen) {
      if (lang == "zh" || lang == "zh-Hant") return "CNY";
      size_t from = at > 300 ? at - 300 : 0;
      size_t to = std::min(text_.size(), at + 300);
      re2::StringPiece near(text_.data() + from, to - from);
      return RE2::PartialMatch(near, *p_.yuan_context) ? "CNY" : "JPY";
    }
    if (meaning == kBacktick) return "INR";
    if (meaning == kPeso) return PesoCountry(at);
    return std::string(meaning);
  }

  // Pesos are the currency of the country named nearest before them (or, when
  // none is, after them); Mexico's when the text names none.
  std::string PesoCountry(size_t at) const {
    static constexpr const char* kCodes[] = {"MXN", "ARS", "COP", "CLP", "PHP"};
    constexpr size_t kWindow = 2000;
    auto which = [&](size_t from, size_t to, bool last) -> std::optional<size_t> {
      re2::StringPiece groups[6];
      re2::StringPiece sp(text_.data(), to);
      std::optional<size_t> found;
      size_t pos = from;
      while (pos < to && p_.peso_context->Match(sp, pos, to, RE2::UNANCHORED, groups, 6)) {
        for (size_t g = 1; g < 6; ++g) {
          if (groups[g].data()) found = g - 1;
        }
        if (!last) return found;
        pos = static_cast<size_t>(groups[0].data() - text_.data()) + groups[0].size();
      }
      return found;
    };
    auto before = which(at > kWindow ? at - kWindow : 0, at, /*last=*/true);
    if (!before) before = which(at, std::min(text_.size(), at + kWindow), /*last=*/false);
    return kCodes[before.value_or(0)];
  }

  // The number token that follows `pos` after optional spaces and a sign.
  std::optional<size_t> NumberAfter(size_t pos) const {
    re2::StringPiece m;
    if (!p_.number_start.MatchAt(text_, pos, &m, 1)) return std::nullopt;
    return scan_.NumberAt(static_cast<uint32_t>(pos + m.size() - 1));
  }

  // The second number of a shared-unit range after `pos`: "-70", " to 7".
  // After "between"/"entre" the conjunction joins them too: "entre 1.200 y
  // 1.500 millones de pesos".
  std::optional<size_t> RangePartner(size_t pos, bool after_between) const {
    re2::StringPiece m;
    if (!p_.connector.MatchAt(text_, pos, &m, 1) && !(after_between && p_.conjunction.MatchAt(text_, pos, &m, 1))) {
      return std::nullopt;
    }
    auto j = scan_.NumberAt(static_cast<uint32_t>(pos + m.size()));
    if (!j || scan_.numbers[*j].claimed || !scan_.numbers[*j].value) return std::nullopt;
    return j;
  }

  // The scale of the amount after a range connector at `pos` written with the same
  // prefix as `unit` ("to $1.5 billion"), or 1.
  double BorrowedScale(size_t pos, const Unit& unit) const {
    re2::StringPiece m;
    if (!p_.connector.MatchAt(text_, pos, &m, 1)) return 1;
    const std::string_view prefix = text_.substr(unit.start, unit.end - unit.start);
    size_t at = pos + m.size();
    if (text_.substr(at, prefix.size()) != prefix) return 1;
    at += prefix.size();
    while (At(at) == ' ') ++at;
    auto j = scan_.NumberAt(static_cast<uint32_t>(at));
    if (!j || !scan_.numbers[*j].value) return 1;
    ScaleMatch s = ScaleAt(scan_.numbers[*j].end);
    return s.found && s.multiplier > 0 ? s.multiplier : 1;
  }

  // Reads an amount around number token `i`; appends it and claims its tokens.
  void TryAt(size_t i, size_t* consumed_until, std::vector<Mention>* out) {
    NumberToken& tok = scan_.numbers[i];
    if (tok.claimed || !tok.value || scan_.Masked(tok.start)) return;
    size_t sign_at = SignStart(text_, tok.start);
    // A sign goes before the currency ("-$5 million"); "$-93" is not an amount.
    std::optional<Unit> pre = PrefixBefore(tok.start, *consumed_until);
    if (sign_at < tok.start && (pre || PrefixBefore(sign_at, *consumed_until))) return;
    if (pre && text_.substr(pre->start, 1) == kBacktick) {
      ScaleMatch s = ScaleAt(tok.end);
      if (!s.found || s.multiplier < 1e5 || s.multiplier > 1e12) pre.reset();
    }
    size_t start = sign_at;
    bool negative = sign_at < tok.start && text_[sign_at] == '-';
    if (pre) {
      start = pre->start;
      uint32_t s = SignStart(text_, static_cast<uint32_t>(start));  // "-$5 million", "+$520M"
      if (s < start) {
        negative = text_[s] == '-';
        start = s;
      }
    } else if (sign_at == tok.start) {
      // A number glued to a preceding letter is part of a name (B300, H1).
      size_t n = 0;
      char32_t before = CodePointBefore(text_, tok.start, &n);
      if (IsLetter(before) && !IsCjk(before)) return;
    }

    size_t pos = tok.end;
    bool plus_inside = false;  // "₹3,000+ Cr"
    if (pos < text_.size() && text_[pos] == '+' && ScaleAt(pos + 1).found) {
      plus_inside = true;
      ++pos;
    }
    ScaleMatch s1 = ScaleAt(pos);
    double first = *tok.value * s1.multiplier;
    size_t end = s1.end;
    // 1兆530億: more digits and a lower unit right after a high CJK unit.
    std::optional<size_t> mixed;
    if (s1.found && s1.multiplier >= 1e8) {
      // Korean writes "1조 2,000억 원" with a space.
      size_t digits_at = s1.end < text_.size() && text_[s1.end] == ' ' ? s1.end + 1 : s1.end;
      auto j = scan_.NumberAt(static_cast<uint32_t>(digits_at));
      if (j && scan_.numbers[*j].value && !scan_.numbers[*j].claimed) {
        ScaleMatch s2 = CjkScaleAt(scan_.numbers[*j].end, /*allow_space=*/false);
        if (s2.found && s2.multiplier < s1.multiplier) {
          first += *scan_.numbers[*j].value * s2.multiplier;
          end = s2.end;
          mixed = j;
        }
      }
    }

    // A range sharing the unit: "$65-70 billion", "498억~722억 달러".
    std::optional<double> second;
    std::optional<size_t> partner;
    if (!mixed) {
      size_t from = start > 12 ? start - 12 : 0;
      if (auto j = RangePartner(end, p_.between_before.EndsAt(text_, from, start))) {
        const NumberToken& t2 = scan_.numbers[*j];
        ScaleMatch s2 = ScaleAt(t2.end);
        // "US$ 3.5 Bilhões até 2037": a scaled amount, then a year.
        bool shares_unit = !(s1.found && !s2.found) && !(!s2.found && IsYearLike(t2) && !IsYearLike(tok));
        double m2 = s2.found ? s2.multiplier : s1.multiplier;
        double lo = s1.found ? first : *tok.value * m2;
        double hi = *t2.value * m2;
        if (shares_unit && hi > lo && (pre || SuffixAt(s2.end) || LinkedSuffixAt(s2.end))) {
          first = lo;
          second = hi;
          partner = j;
          end = s2.end;
        }
      }
    }

    // "$1.2 to $1.5 billion": a bare amount before a scaled one in the same spelling of the
    // same currency borrows its scale.
    if (pre && !s1.found && !second && !mixed) first *= BorrowedScale(end, *pre);

    std::optional<Unit> post;
    if (!pre) {
      post = SuffixAt(end);
      // "5 mil millones de dólares", "3 milliards d'euros", "2 miliardi di euro".
      if (!post && (s1.found || second)) post = LinkedSuffixAt(end);
      // "2024 Market Size: 2.5 (USD Billion)": the unit in parentheses right after the number.
      if (!post && !s1.found && !second && !IsYearLike(tok)) {
        if (auto unit = ParenthesizedUnitAt(end)) {
          post = unit;  // its multiplier scales the amount, as "30 MUSD"'s does
          s1.found = true;  // the scale is inside the parenthesis: none may follow it
        }
      }
      // "12-cent", "10-dollar bill": a compound adjective.
      if (!post && At(end) == '-' && IsAsciiLetter(static_cast<unsigned char>(At(end + 1)))) {
        post = SuffixAt(end + 1);
      }
      if (!post) return;
      bool spaced = At(end) == ' ';
      constexpr size_t kNone = static_cast<size_t>(-1);
      size_t next = post->cjk_word ? kNone : NumberAfter(post->end).value_or(kNone);
      bool bare = !s1.found && !second;
      // "2033 USD 1,166.52 billion": a year cell before an amount.
      if (bare && IsYearLike(tok) && (spaced || next != kNone)) return;
      // A code followed by an amount with a scale is that amount's prefix, and
      // so is one glued to the next number but not to this one ("1 $10", "3 USD50").
      if (next != kNone) {
        if (bare && ScaleAt(scan_.numbers[next].end).found) return;
        if (spaced && scan_.numbers[next].start == post->end) return;
      }
      end = post->end;
      if (bare) {
        ScaleMatch s3 = ScaleAt(end);  // "125 USD Millones"
        if (s3.found) {
          first *= s3.multiplier;
          end = s3.end;
        } else if (auto cents = CentsAfter(tok, *post, &end)) {
          first += *cents;  // "15 dollars 50", "3 dollars 50 cents"
        }
      }
    }
    const Unit& unit = pre ? *pre : *post;
    double sign = negative ? -1 : 1;
    Mention m;
    m.kind = MentionKind::kMoney;
    m.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    m.currency = unit.currency;
    if (second) {
      double a = ScaledAmount(sign * first, unit.multiplier), b = ScaledAmount(sign * *second, unit.multiplier);
      m.min = std::min(a, b);  // "-$5-10 million" runs from -10e6 to -5e6
      m.max = std::max(a, b);
      if (!std::isfinite(a) || !std::isfinite(b)) return;
    } else {
      m.value = ScaledAmount(sign * first, unit.multiplier);
      if (!std::isfinite(*m.value)) return;  // "9999...9 trillion" overflows
    }
    if (plus_inside) m.qualifier = "more than";
    tok.claimed = true;
    if (mixed) scan_.numbers[*mixed].claimed = true;
    if (partner) scan_.numbers[*partner].claimed = true;
    *consumed_until = end;
    out->push_back(std::move(m));
  }

  // The cents of a whole amount with its unit after it: "15 dollars 50",
  // "17 USD 25", "3 dollars 50 cents", "thirteen dollars and forty-five cents".
  // Only after a currency that follows the number: "$5 and 7" stays 5 USD.
  std::optional<double> CentsAfter(const NumberToken& whole, const Unit& unit, size_t* end) const {
    if (!whole.plain || unit.multiplier != 1 || unit.cjk_word) return std::nullopt;
    re2::StringPiece m[2];
    if (!p_.cents_after.MatchAt(text_, unit.end, m, 2)) return std::nullopt;
    size_t pos = unit.end + m[0].size();
    double cents = 0;
    size_t after = pos;
    if (auto j = scan_.NumberAt(static_cast<uint32_t>(pos))) {
      const NumberToken& t = scan_.numbers[*j];
      if (!t.plain || t.end - t.start > 2 || t.claimed) return std::nullopt;
      cents = *t.value;
      after = t.end;
    } else {
      bool bare = false;
      auto words = ParseNumberWords(text_, pos, &after, &bare);
      if (!words || bare || *words >= 100) return std::nullopt;
      cents = *words;
    }
    size_t unit_end = after;
    if (p_.cent_word.MatchAt(text_, after, m, 1)) {
      unit_end = after + m[0].size();
    } else {
      // Without "cents" the next thing must not make the number something else.
      size_t n = 0;
      char32_t c = CodePointAt(text_, after, &n);
      if (IsDigit(c) || IsLetter(c) || c == '%' || ScaleAt(after).found || SuffixAt(after)) return std::nullopt;
      if (m[1].size() == 0 && after - pos != 2) return std::nullopt;  // "17 USD 25" needs two digits
    }
    if (auto j = scan_.NumberAt(static_cast<uint32_t>(pos))) scan_.numbers[*j].claimed = true;
    *end = unit_end;
    return cents / 100;
  }

  // Amounts in Chinese numerals before a currency word: "三千万美元", "五百元".
  void ChineseAmounts(std::vector<Mention>* out) const {
    re2::StringPiece sp(text_.data(), text_.size());
    re2::StringPiece m;
    size_t pos = 0;
    while (pos < text_.size() && p_.chinese_numerals->Match(sp, pos, text_.size(), RE2::UNANCHORED, &m, 1)) {
      size_t start = static_cast<size_t>(m.data() - text_.data());
      size_t end = start + m.size();
      pos = end;
      auto value = ChineseNumeral(text_.substr(start, end - start));
      if (!value) continue;
      if (p_.vague_before.EndsAt(text_, start > 3 ? start - 3 : 0, start)) continue;  // 數千元: several thousand
      std::optional<Unit> post = SuffixAt(end);
      if (!post || !post->cjk_word || post->start != end) continue;
      Mention mention;
      mention.kind = MentionKind::kMoney;
      mention.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(post->end)};
      mention.currency = post->currency;
      mention.value = *value;
      AddIfFree(std::move(mention), out);
      pos = post->end;
    }
  }

  // Cents after an amount in words: "thirteen dollars and forty-five cents".
  std::optional<double> WordCents(const Unit& unit, size_t* end) const {
    if (unit.multiplier != 1) return std::nullopt;
    re2::StringPiece m[2];
    if (!p_.cents_after.MatchAt(text_, unit.end, m, 2)) return std::nullopt;
    size_t pos = unit.end + m[0].size(), after = pos;
    bool bare = false;
    auto words = ParseNumberWords(text_, pos, &after, &bare);
    if (!words || bare || *words >= 100 || *words != std::floor(*words)) return std::nullopt;
    if (p_.cent_word.MatchAt(text_, after, m, 1)) after += m[0].size();
    *end = after;
    return *words / 100;
  }

  // "a hundred billion dollars", "five million yen", "twenty MUSD".
  void WordAmounts(std::vector<Mention>* out) const {
    re2::StringPiece m[2];
    size_t pos = 0;
    for (auto w = p_.word_number_trigger.Next(text_, pos); w; w = p_.word_number_trigger.Next(text_, pos)) {
      size_t start = w->start;
      pos = w->end;
      if (scan_.Masked(static_cast<uint32_t>(start))) continue;
      size_t end = 0;
      bool bare_article = false;
      auto value = ParseNumberWords(text_, start, &end, &bare_article);
      if (!value) continue;
      double amount = *value;
      bool scaled = false;
      if (p_.spelled_scale.MatchAt(text_, end, m, 2)) {
        amount *= SpelledScale(std::string_view(m[1].data(), m[1].size()));
        end += m[0].size();
        scaled = true;
      }
      if (bare_article && !scaled) continue;
      std::optional<Unit> post = SuffixAt(end);
      if (!post && end < text_.size() && text_[end] == '-') post = SuffixAt(end + 1);  // "one-yen"
      if (!post || post->cjk_word) continue;
      size_t mention_end = post->end;
      if (auto cents = WordCents(*post, &mention_end)) amount += *cents;
      Mention mention;
      mention.kind = MentionKind::kMoney;
      mention.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(mention_end)};
      mention.currency = post->currency;
      mention.value = ScaledAmount(amount, post->multiplier);
      if (!std::isfinite(*mention.value)) continue;
      AddIfFree(std::move(mention), out);
      pos = mention_end;
    }
  }

 private:
  const MoneyDetector::Patterns& p_;
  FigureScan& scan_;
  std::string_view text_;
};

}  // namespace

void MoneyDetector::Find(FigureScan* scan, std::vector<Mention>* out) const {
  MoneyScan ms(*p_, scan);
  size_t consumed_until = 0;
  for (size_t i = 0; i < scan->numbers.size(); ++i) ms.TryAt(i, &consumed_until, out);
  if (scan->number_words) ms.WordAmounts(out);
  const std::string& lang = scan->style.language;
  if (scan->chinese_numerals && (lang == "zh" || lang == "zh-Hant" || lang == "ja")) ms.ChineseAmounts(out);
}

}  // namespace claimtrace::figures_internal
