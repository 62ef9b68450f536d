// ClaimAssembler: ties figures to claims unit by unit (a sentence, a heading,
// a list item's sentence, a table row).
//
// For every money and percent figure of a unit:
//  1. Time: a year written right after it ("USD 181.93 billion in 2023", ", by
//     2031", "(2024)") or right before it in CJK word order ("2024年に15.23兆元",
//     "2034년까지 CAGR 24.2%"); else the unit's remaining free year ("In 2017,
//     ..."); else a conversion in parentheses inherits the figure before it;
//     else a table cell's column header, else the heading above.
//  2. Role: a percent is a cagr or a share by the nearest cue (cues.json) in its
//     clause; a money amount is a size when the unit speaks of a market and
//     the words around the amount are not a budget, an investment or a company.
//  3. Segment: the nearest segment named before the figure ("followed by Europe
//     ($12.4 billion)"), or paired in order with "respectively".
//  4. A cagr's period: a year range in the unit, the page's declared forecast
//     period for "over the forecast period", else the years of the amounts it
//     connects ("from $71 billion in 2021 to $284 billion by 2026").
#include <algorithm>
#include <map>
#include <optional>

#include "claimtrace/claims.h"
#include "lexicon_impl.h"
#include "noun_phrase.h"
#include "segments.h"
#include "subject.h"
#include "table_amounts.h"
#include "text_util.h"
#include "units.h"

namespace claimtrace {

struct ClaimAssembler::Impl {
  const Lexicon* lexicon;
};

ClaimAssembler::ClaimAssembler(const Lexicon* lexicon) : impl_(std::make_unique<Impl>(Impl{lexicon})) {}
ClaimAssembler::~ClaimAssembler() = default;

namespace {

constexpr uint32_t kYearAfterGap = 40;   // "USD 3.11 Billion, by 2031"
constexpr uint32_t kYearBeforeGap = 36;  // "2024년 기준 북미는 31.1%"
constexpr uint32_t kCueBeforeGap = 110;  // "CAGR of 20.42%", "compound annual growth rate (CAGR) of 20.42%"
constexpr uint32_t kCueAfterGap = 30;    // "16.4% CAGR", "25% jährliches Wachstum"
constexpr uint32_t kConversionGap = 10;  // "₹30,000 Cr (~$4B)"

struct YearRef {
  int from = 0, to = 0;  // equal for a single year
  bool by = false;       // "by 2033", "2034년까지": the end of a growth
};

// What step 1 found for one figure.
struct TimeBinding {
  std::optional<YearRef> year;
  size_t year_mention = SIZE_MAX;
};

// The period a market's first growth rate over a year range gives it.
struct MarketPeriod {
  std::string market;
  YearRef period;
};

struct ForecastPeriods {
  std::optional<YearRef> declared, headline;
  // Where the page declares different periods (a news feed of several
  // reports), each market's own headline period instead.
  std::vector<MarketPeriod> by_market;
};

struct Page {
  Page(std::string_view text_, const std::vector<Block>& blocks_, const std::vector<Unit>& units_,
       const std::vector<Mention>& figures_, const Lexicon::Impl& lex_, const PageTaxonomy& taxonomy_,
       std::string subject_)
      : text(text_), blocks(blocks_), units(units_), figures(figures_), lex(lex_), taxonomy(taxonomy_),
        subject(std::move(subject_)), cues(lex_, text_) {}

  std::string_view text;
  const std::vector<Block>& blocks;
  const std::vector<Unit>& units;
  const std::vector<Mention>& figures;
  const Lexicon::Impl& lex;
  const PageTaxonomy& taxonomy;
  std::string subject;
  std::string_view title;
  bool cjk = false;
  bool chinese = false;
  bool japanese = false;
  bool title_names_market = false;  // "Market size", "X Market Report": the page's tables are market tables
  std::optional<YearRef> forecast;  // the page's declared forecast period
  std::optional<YearRef> headline;  // else its first CAGR's period, for "over the forecast period"
  std::vector<MarketPeriod> market_periods;  // else the market's own first CAGR's period
  HeadingLinks headings;            // how the headings nest, the title left out
  std::vector<int> lead_in;         // list item -> the line that introduces its list, or -1
  std::vector<int> parent_item;     // list item -> the item it is nested under, or -1
  std::vector<int> caption;         // short line -> the figure-free line that opens its run of lines, or -1
  std::map<std::string, std::string> region_spelling;  // CJK pages: canonical region -> the page's usual name
  std::map<int, size_t> header_row;  // table -> block of its row 0
  mutable PageCues cues;             // cue results per span, asked again per figure and row
};

// Money, percents, and table amounts and percentages (kNumber), which claims use like money
// or percents.
bool IsFigure(const Mention& m) {
  return m.kind == MentionKind::kMoney || m.kind == MentionKind::kPercent || m.kind == MentionKind::kNumber;
}
bool IsAmount(const Mention& m) {
  return m.kind == MentionKind::kMoney || (m.kind == MentionKind::kNumber && !m.percent);
}
bool IsPercent(const Mention& m) {
  return m.kind == MentionKind::kPercent || (m.kind == MentionKind::kNumber && m.percent);
}
bool IsSingle(const Mention& m) { return m.value.has_value(); }

std::string_view Gap(std::string_view text, uint32_t from, uint32_t to) {
  return to > from ? text.substr(from, to - from) : std::string_view();
}

// "₹30,000 Cr (~$4B)": figure k of the unit is, in parentheses, the figure
// right before it in another currency.
bool ConvertsPrevious(const Page& p, const std::vector<size_t>& in_unit, size_t k) {
  if (k == 0 || !IsFigure(p.figures[in_unit[k - 1]])) return false;
  std::string_view gap = Gap(p.text, p.figures[in_unit[k - 1]].span.end, p.figures[in_unit[k]].span.start);
  return gap.size() <= kConversionGap &&
         (gap.find('(') != std::string_view::npos || gap.find("（") != std::string_view::npos);
}

// Mentions of `figures` inside `span`, as indexes, in text order.
std::vector<size_t> MentionsIn(const std::vector<Mention>& figures, const std::vector<size_t>& order,
                               ByteSpan span) {
  std::vector<size_t> out;
  auto it = std::lower_bound(order.begin(), order.end(), span.start,
                             [&](size_t i, uint32_t pos) { return figures[i].span.start < pos; });
  for (; it != order.end() && figures[*it].span.start < span.end; ++it) {
    if (figures[*it].span.end <= span.end) out.push_back(*it);
  }
  return out;
}

bool AnyBetween(const Page& p, const std::vector<size_t>& in_unit, uint32_t from, uint32_t to,
                bool figures_only) {
  for (size_t i : in_unit) {
    const Mention& m = p.figures[i];
    if (m.span.start >= from && m.span.end <= to) {
      if (!figures_only || IsFigure(m)) return true;
    }
  }
  return false;
}

// Where the unit's last figure before `f` ends; the unit's start when none does.
uint32_t FigureEndBefore(const Page& p, const Unit& u, const std::vector<size_t>& in_unit, const Mention& f) {
  uint32_t end = u.span.start;
  for (size_t i : in_unit) {
    if (IsFigure(p.figures[i]) && p.figures[i].span.end <= f.span.start) end = p.figures[i].span.end;
  }
  return end;
}

// ---- 1. time ----------------------------------------------------------------

// "前年比8.5%増の2兆3,000億円", "전년 대비 12% 증가한": a change on the year before,
// whose sentence's year belongs to the amount it leads to.
bool ChangeOnYearBefore(const Page& p, const Mention& f) {
  if (!p.cjk || !IsPercent(f)) return false;
  std::string_view before = Gap(p.text, f.span.start >= 24 ? f.span.start - 24 : 0, f.span.start);
  static const RE2 kYearOnYear(
      "(?:前年(?:度|同期)?比|対前年比|전년\\s*(?:동기\\s*)?대비|同比|環比|环比|較前年)\\s*(?:で|は|で約|约|約)?\\s*$");
  return (before.find("前年") != std::string_view::npos || before.find("전년") != std::string_view::npos ||
          before.find("比") != std::string_view::npos) &&
         RE2::PartialMatch(before, kYearOnYear);
}

std::vector<TimeBinding> BindYears(const Page& p, const std::vector<size_t>& in_unit) {
  std::vector<TimeBinding> bound(in_unit.size());
  std::vector<bool> used(in_unit.size(), false);
  auto after = [&](std::string_view s) { return p.cues.Matches(CueId::kYearAfter, s); };
  auto before = [&](std::string_view s) { return p.cues.Matches(CueId::kYearBefore, s); };
  auto by = [&](std::string_view s) { return p.cues.Matches(CueId::kByYear, s); };
  auto year_of = [&](size_t k, std::string_view gap) {
    YearRef y;
    y.from = y.to = static_cast<int>(p.figures[in_unit[k]].value.value_or(0));
    y.by = by(gap);
    return y;
  };
  // Years written after their figure.
  for (size_t k = 0; k < in_unit.size(); ++k) {
    const Mention& f = p.figures[in_unit[k]];
    if (!IsFigure(f)) continue;
    for (size_t j = k + 1; j < in_unit.size(); ++j) {
      const Mention& y = p.figures[in_unit[j]];
      if (IsFigure(y) || y.kind == MentionKind::kYearRange) break;
      if (y.kind != MentionKind::kYear || used[j]) break;
      std::string_view gap = Gap(p.text, f.span.end, y.span.start);
      if (gap.size() > kYearAfterGap) break;
      bool paren = gap.find('(') != std::string_view::npos || gap.find("（") != std::string_view::npos;
      if (p.cjk && !paren && !gap.empty() && gap.find_first_not_of(' ') != std::string_view::npos &&
          !by(gap)) {
        break;
      }
      if (!after(gap)) break;
      bound[k].year = year_of(j, gap);
      bound[k].year_mention = in_unit[j];
      used[j] = true;
      break;
    }
  }
  // "a 42% share at over US$9 billion in 2030": a figure right before another
  // one shares the year written after that one.
  constexpr uint32_t kSharedYearGap = 24;
  constexpr uint32_t kClauseBreakDistance = 40;
  // Not "a CAGR of 4.10% to US$ 10.36 billion by 2030" (the rate leads to that
  // amount), nor "de R$ 900 milhões a R$ 1,1 bilhão em 2024" (a range).
  static const RE2 kClauseBreak("(?i)[,;，、。~〜\\-–]|\\b(?:to|a|bis|hasta|au|al|and|or|e|y|et|und|ou|o)\\b|(?:^|\\s)(?:à|até)(?:\\s|$)");
  for (size_t k = in_unit.size(); k-- > 1;) {
    const Mention& f = p.figures[in_unit[k - 1]];
    const Mention& g = p.figures[in_unit[k]];
    if (!IsFigure(f) || !IsFigure(g) || bound[k - 1].year || !bound[k].year) continue;
    std::string_view gap = Gap(p.text, f.span.end, g.span.start);
    if (gap.size() <= kSharedYearGap && !RE2::PartialMatch(gap, kClauseBreak)) bound[k - 1] = bound[k];
  }
  // "sales grew 8% in 2023 to $5.1 billion": the amount a change leads to is of the
  // change's year.
  static const RE2 kLeadsTo("(?i)^\\s*,?\\s*(?:to|to reach|reaching)\\s*$");
  for (size_t k = 2; k < in_unit.size(); ++k) {
    const Mention& g = p.figures[in_unit[k]];
    const size_t j = k - 1;
    if (!IsAmount(g) || bound[k].year || !bound[k - 2].year || bound[k - 2].year_mention != in_unit[j]) continue;
    if (!IsPercent(p.figures[in_unit[k - 2]])) continue;
    if (RE2::FullMatch(Gap(p.text, p.figures[in_unit[j]].span.end, g.span.start), kLeadsTo)) bound[k] = bound[k - 2];
  }
  // Years written before their figure (CJK order, "2034년까지 CAGR").
  for (size_t k = 0; k < in_unit.size(); ++k) {
    const Mention& f = p.figures[in_unit[k]];
    if (!IsFigure(f) || bound[k].year || ChangeOnYearBefore(p, f)) continue;
    for (size_t j = k; j-- > 0;) {
      const Mention& y = p.figures[in_unit[j]];
      if (IsFigure(y) || y.kind == MentionKind::kYearRange) break;
      if (y.kind != MentionKind::kYear) break;
      if (used[j]) break;
      std::string_view gap = Gap(p.text, y.span.end, f.span.start);
      if (gap.size() > kYearBeforeGap || !before(gap)) break;
      bound[k].year = year_of(j, gap);
      bound[k].year_mention = in_unit[j];
      // Several figures may follow one CJK year ("2024年に15.23兆元（約2.14兆ドル）");
      // the parenthesised one inherits below, so the year stays free for none else.
      used[j] = true;
      break;
    }
  }
  // Free years of the unit go to figures still without one, nearest first.
  std::vector<size_t> free_years;
  // "(Momentum Works, 2025.6.26)" dates a source, not the figure.
  static const RE2 kCitation("\\([^()]*,\\s*$");
  for (size_t j = 0; j < in_unit.size(); ++j) {
    const Mention& y = p.figures[in_unit[j]];
    if (y.kind != MentionKind::kYear || used[j]) continue;
    uint32_t look = y.span.start >= 80 ? y.span.start - 80 : 0;
    if (RE2::PartialMatch(Gap(p.text, look, y.span.start), kCitation)) continue;
    // "Momentum Works (2025.6.26)": a full date is when a source was published.
    static const RE2 kDateTail("^[./-]\\d{1,2}[./-]\\d{1,2}\\b");
    if (RE2::PartialMatch(Gap(p.text, y.span.end, std::min<uint32_t>(y.span.end + 8, p.text.size())), kDateTail)) {
      continue;
    }
    free_years.push_back(j);
  }
  for (size_t k = 0; k < in_unit.size(); ++k) {
    const Mention& f = p.figures[in_unit[k]];
    if (!IsFigure(f) || bound[k].year) continue;
    // A conversion in parentheses takes its original's year.
    if (ConvertsPrevious(p, in_unit, k) && bound[k - 1].year) {
      bound[k] = bound[k - 1];
      continue;
    }
    size_t best = SIZE_MAX;
    uint32_t best_distance = UINT32_MAX;
    for (size_t j : free_years) {
      const Mention& y = p.figures[in_unit[j]];
      uint32_t d = y.span.start > f.span.start ? y.span.start - f.span.end : f.span.start - y.span.end;
      // "erreichte 2023 ein Volumen von 60,1 Mrd. € und soll bis 2030 ... wachsen": a year
      // across a clause break is farther than it looks.
      std::string_view between = y.span.start > f.span.start ? Gap(p.text, f.span.end, y.span.start)
                                                               : Gap(p.text, y.span.end, f.span.start);
      if (RE2::PartialMatch(between, kClauseBreak)) d += kClauseBreakDistance;
      if (d < best_distance) {
        best_distance = d;
        best = j;
      }
    }
    if (best != SIZE_MAX) {
      const Mention& y = p.figures[in_unit[best]];
      // "By 2022, the segment is expected to grow ... to $52.2 billion": a
      // free year introduced by "by" is still an end year.
      uint32_t look = y.span.start >= 12 ? y.span.start - 12 : 0;
      YearRef r;
      r.from = r.to = static_cast<int>(y.value.value_or(0));
      r.by = p.cues.Matches(CueId::kByYear, Gap(p.text, look, y.span.start));
      bound[k].year = r;
      bound[k].year_mention = in_unit[best];
    }
  }
  // "2027년까지 연평균 15.2% 성장해 7,000억 원", "到2028年将以12%的年均增速增长至": CJK writes the
  // year first; the amount the rate grows to is of that year too.
  static const RE2 kGrowsTo(
      "^\\s*(?:성장해|성장하여|증가해|증가하여|늘어|확대돼|확대되어|增长至|增長至|增长到|增長到|成長し|拡大し)\\s*$");
  for (size_t k = 1; k < in_unit.size(); ++k) {
    const Mention& g = p.figures[in_unit[k]];
    const Mention& rate = p.figures[in_unit[k - 1]];
    if (!p.cjk || !IsAmount(g) || bound[k].year || !IsPercent(rate) || !bound[k - 1].year) continue;
    if (RE2::FullMatch(Gap(p.text, rate.span.end, g.span.start), kGrowsTo)) bound[k] = bound[k - 1];
  }
  return bound;
}

// ---- context of table rows and headings ------------------------------------

// The header row above a table row unit, when it is not that row itself.
const Block* HeaderRowAbove(const Page& p, const Unit& u) {
  if (u.kind != BlockKind::kTableRow) return nullptr;
  auto it = p.header_row.find(p.blocks[u.block].table);
  return it == p.header_row.end() || it->second == u.block ? nullptr : &p.blocks[it->second];
}

// The header cell above the cell of a table row that holds `pos`.
std::optional<ByteSpan> ColumnHeader(const Page& p, const Unit& u, uint32_t pos) {
  if (u.kind != BlockKind::kTableRow) return std::nullopt;
  const Block& row = p.blocks[u.block];
  if (row.row <= 0) return std::nullopt;
  auto it = p.header_row.find(row.table);
  if (it == p.header_row.end()) return std::nullopt;
  int c = CellOf(row, pos);
  const Block& header = p.blocks[it->second];
  if (c < 0 || static_cast<size_t>(c) >= header.cells.size()) return std::nullopt;
  return header.cells[c];
}

// A heading's own frame is the heading it sits under, not the one before it
// ("### Growth by region (CAGR 2025-2030)" does not frame "## 73% of sites block AI").
std::optional<ByteSpan> HeadingAbove(const Page& p, const Unit& u) {
  int h = u.kind == BlockKind::kHeading ? p.headings.parent[u.block] : p.headings.before[u.block];
  if (h < 0) return std::nullopt;
  return p.blocks[h].span;
}

// Every heading the unit sits under, nearest first (a lower level each step).
std::vector<ByteSpan> HeadingPath(const Page& p, const Unit& u) {
  std::vector<ByteSpan> path;
  if (u.kind == BlockKind::kHeading) {
    for (int h = p.headings.parent[u.block]; h >= 0 && path.size() < 6; h = p.headings.parent[h]) {
      path.push_back(p.blocks[h].span);
    }
    return path;
  }
  for (int h : HeadingPath(p.blocks, p.headings, u.block)) path.push_back(p.blocks[h].span);
  return path;
}

// What a non-sentence unit takes its year and cue from: for a list item its
// parent item and the line that opens the list, and the heading above.
std::vector<ByteSpan> FrameSpans(const Page& p, const Unit& u) {
  std::vector<ByteSpan> spans;
  if (u.kind == BlockKind::kListItem) {
    if (int parent = p.parent_item[u.block]; parent >= 0) spans.push_back(p.blocks[parent].span);
    if (int lead = p.lead_in[u.block]; lead >= 0) spans.push_back(p.blocks[lead].span);
  }
  if (int caption = p.caption[u.block]; caption >= 0) spans.push_back(p.blocks[caption].span);
  if (auto h = HeadingAbove(p, u)) spans.push_back(*h);
  return spans;
}

// The single year (or range) that `span` names, from the figure list.
std::optional<YearRef> YearIn(const Page& p, const std::vector<size_t>& order, ByteSpan span) {
  std::optional<YearRef> found;
  for (size_t i : MentionsIn(p.figures, order, span)) {
    const Mention& m = p.figures[i];
    YearRef r;
    if (m.kind == MentionKind::kYear) {
      r.from = r.to = static_cast<int>(m.value.value_or(0));
    } else if (m.kind == MentionKind::kYearRange) {
      r.from = m.from;
      r.to = m.to;
    } else {
      continue;
    }
    if (found && (found->from != r.from || found->to != r.to)) return std::nullopt;  // ambiguous
    found = r;
  }
  return found;
}

// The texts whose words qualify a whole unit: a table's header row, the
// heading above, and the start of the sentence a piece was cut from.
std::vector<ByteSpan> ContextSpans(const Page& p, const Unit& u) {
  std::vector<ByteSpan> spans{u.span};
  // A piece of an over-long sentence speaks of what the sentence's start names.
  if (!u.head.empty()) spans.push_back(u.head);
  if (const Block* header = HeaderRowAbove(p, u)) spans.push_back(header->span);
  for (ByteSpan f : FrameSpans(p, u)) spans.push_back(f);
  for (ByteSpan h : HeadingPath(p, u)) spans.push_back(h);
  return spans;
}

bool CueInAny(const Page& p, CueId cue, const std::vector<ByteSpan>& spans) {
  for (ByteSpan s : spans) {
    if (p.cues.Matches(cue, s)) return true;
  }
  return false;
}

// ---- 2. roles ----------------------------------------------------------------

enum class Role { kNone, kCagr, kShare };

// Distance from a cue to percent `f` inside the unit, or UINT32_MAX.
uint32_t CueDistance(const Page& p, const std::vector<size_t>& in_unit, CueId cue, ByteSpan unit,
                     const Mention& f) {
  uint32_t best = UINT32_MAX;
  for (ByteSpan c : p.cues.FindAll(cue, unit)) {
    c = {unit.start + c.start, unit.start + c.end};
    if (c.end <= f.span.start) {
      uint32_t d = f.span.start - c.end;
      if (d > kCueBeforeGap) continue;
      bool other = false;
      for (size_t i : in_unit) {
        const Mention& m = p.figures[i];
        if (IsPercent(m) && &m != &f && m.span.start >= c.end && m.span.end <= f.span.start) other = true;
      }
      if (!other) best = std::min(best, d);
    } else if (c.start >= f.span.end) {
      uint32_t d = c.start - f.span.end;
      if (d > kCueAfterGap) continue;
      if (AnyBetween(p, in_unit, f.span.end, c.start, true)) continue;
      best = std::min(best, d + 4);  // a cue before the figure reads more naturally
    } else if (Overlaps(c, f.span)) {
      best = 0;  // the figure sits inside the cue ("CAGR 20%" folded by a detector)
    }
  }
  return best;
}

// "‘2024~2029년 14.5%’, ‘2023~2032년 15.5%’", "2025-2030: 7.2%": a percent
// written right after a period is a rate over that period.
const Mention* PeriodBefore(const Page& p, const std::vector<size_t>& in_unit, const Mention& f) {
  static const RE2 kJoin("^[\\s:：,年년)）]*$");
  for (size_t i : in_unit) {
    const Mention& r = p.figures[i];
    if (r.kind == MentionKind::kYearRange && r.span.end <= f.span.start && f.span.start - r.span.end <= 6 &&
        RE2::FullMatch(Gap(p.text, r.span.end, f.span.start), kJoin)) {
      return &r;
    }
  }
  return nullptr;
}

// "which accounted for 30% of sales, grew by 12% year-on-year", "with a 55% share of
// the market, is forecast to grow 12%": a change verb right before a percent makes it a
// change of what holds the share, unless a share word follows ("rose by 2% of the market").
bool ChangeOfShareHolder(const Page& p, const Unit& u, const Mention& f) {
  static const RE2 kChange(
      "(?i)\\b(?:grew|grown|grows|grow|growing|rose|risen|rises|rise|rising|increased|increases|increase|increasing|"
      "decreased|decreases|decrease|declined|declines|decline|declining|fell|falls|fall|falling|dropped|drops|drop|"
      "jumped|jumps|jump|surged|surges|surge|climbed|climbs|climb|expanded|expands|expand|expanding|contracted|"
      "contract|shrank|shrink)"
      "(?:\\s+by)?(?:\\s+(?:about|around|nearly|roughly|approximately|almost|over|some|more than|less than))?\\s*$");
  const uint32_t from = f.span.start >= u.span.start + 40 ? f.span.start - 40 : u.span.start;
  if (!RE2::PartialMatch(Gap(p.text, from, f.span.start), kChange)) return false;
  const uint32_t to = std::min<uint32_t>(f.span.end + 24, u.span.end);
  return !p.cues.Matches(CueId::kShare, Gap(p.text, f.span.end, to));
}

// The name in a row labelled by a leading role ("Largest region", "Top segment") whose
// percent follows it in parentheses: "North America" of "| Largest region | North America (37.5%) |".
std::optional<std::string_view> LeaderCell(const Page& p, const Block& row, const Mention& f) {
  static const RE2 kLeader(
      "(?i)\\b(?:largest|leading|dominant|biggest|top)\\s+(?:region|segment|country|application|product|type|"
      "end[- ]use|vertical|channel|player|company|vendor|technology|component)s?\\b");
  if (row.cells.empty() || !RE2::PartialMatch(Slice(p.text, row.cells[0]), kLeader)) return std::nullopt;
  const size_t c = CellOf(row, f.span.start);
  if (c == 0 || c >= row.cells.size()) return std::nullopt;
  static const RE2 kNameThenFigure("^\\s*([^\\d()]{2,60}?)\\s*\\(\\s*$");
  re2::StringPiece m;
  if (!RE2::FullMatch(Gap(p.text, row.cells[c].start, f.span.start), kNameThenFigure, &m)) return std::nullopt;
  return std::string_view(m.data(), m.size());
}

Role PercentRole(const Page& p, const Unit& u, const std::vector<size_t>& in_unit, const Mention& f) {
  const CueId cagr = CueId::kCagr, share = CueId::kShare;
  uint32_t dc = CueDistance(p, in_unit, cagr, u.span, f);
  uint32_t ds = CueDistance(p, in_unit, share, u.span, f);
  if (dc == UINT32_MAX && ds == UINT32_MAX && u.kind == BlockKind::kTableRow) {
    // A table cell speaks through its column header or its row header.
    if (auto h = ColumnHeader(p, u, f.span.start)) {
      if (p.cues.Matches(cagr, *h)) return Role::kCagr;
      if (p.cues.Matches(share, *h)) return Role::kShare;
    }
    const Block& row = p.blocks[u.block];
    if (!row.cells.empty() && CellOf(row, f.span.start) != 0) {
      if (p.cues.Matches(cagr, row.cells[0])) return Role::kCagr;
      if (p.cues.Matches(share, row.cells[0])) return Role::kShare;
      // "| Largest region (2023) | North America (37.5%) |": the leader's share.
      if (LeaderCell(p, row, f)) return Role::kShare;
    }
  }
  bool label_line = u.kind != BlockKind::kParagraph ||
                    (u.sentence == 0 && p.blocks[u.block].span.size() <= 90);
  if (dc == UINT32_MAX && ds == UINT32_MAX && label_line) {
    // "CAGR: 22.3%" needs no frame; "A[Asia-Pacific 18.7%]" under "Growth by region (CAGR 2025-2030)" does.
    for (ByteSpan frame : FrameSpans(p, u)) {
      if (p.cues.Matches(cagr, frame)) return Role::kCagr;
      if (p.cues.Matches(share, frame)) return Role::kShare;
    }
    // "2.1 By end user" over "* Power & utilities: 24% (2023)": a bare percent
    // of a segmentation list is the item's share.
    if (u.kind == BlockKind::kListItem) {
      static const RE2 kByDimension("(?i)^[\\s\\d.]*(?:by|based on|nach|par|por)\\s+(.{2,40}?)\\s*:?\\s*$");
      for (ByteSpan frame : FrameSpans(p, u)) {
        re2::StringPiece dim;
        if (RE2::FullMatch(Slice(p.text, frame), kByDimension, &dim) &&
            !DimensionOf(std::string_view(dim.data(), dim.size()), p.lex).empty()) {
          return Role::kShare;
        }
      }
    }
  }
  // "the growth rate of the seasonings and spices market will be around 5.4%":
  // "of the ... market" is the rate's object here, not a share's.
  static const RE2 kRateOfMarket("(?i)\\b(?:growth rate|growth|CAGR)\\s+of\\s+(?:the\\s+)?(?:[\\w/&-]+\\s+){0,5}markets?\\b");
  if (dc != UINT32_MAX && ds < dc && RE2::PartialMatch(Gap(p.text, u.span.start, f.span.start), kRateOfMarket)) {
    return Role::kCagr;
  }
  if (dc == UINT32_MAX && ds == UINT32_MAX && PeriodBefore(p, in_unit, f)) return Role::kCagr;
  if (dc == UINT32_MAX && ds == UINT32_MAX) return Role::kNone;
  if (dc <= ds) return Role::kCagr;
  return ChangeOfShareHolder(p, u, f) ? Role::kNone : Role::kShare;
}

// "欧洲和中国，分别占27%和10%": the second figure of a list shares the first one's cue.
bool JoinedByConjunction(std::string_view gap) {
  static const RE2 kJoin("^[\\s,、，/]*(?:and|or|und|et|e|y|和|及|与|與|や|と|와|과|,)?[\\s,、，]*$");
  return gap.size() <= 14 && RE2::FullMatch(gap, kJoin);
}

// What comes between a listed name and its percent: "healthcare (17%)", "Europe with 27%",
// "clinics at about 30%".
constexpr std::string_view kListedFigureOpens =
    "(?:\\(|\\s(?:with|at|mit|bei|avec|à|con|com)\\s+(?:(?:el|la|le|les|o|a|os|as|um|uma|un|une|il|lo|l')\\s*)?"
    "(?:(?:about|around|nearly|roughly|approximately|almost|"
    "over|some|rund|etwa|knapp|environ|près de|cerca de|casi|quase)\\s+)?)$";

// "account for 19% of global premiums, up from 11% in 2024": the same share at
// another time.
bool EarlierValue(std::string_view gap) {
  // Also "40% of sales in 2023 and 25% in 2019": a year, then "and" and no new name.
  static const RE2 kUpFrom(
      "(?i)^[^.;%]{0,40}?,?\\s+(?:(?:up|down|rising|falling|increasing|decreasing)\\s+from|compared\\s+(?:with|to)|"
      "versus|vs\\.?|(?:19|20)\\d\\d\\s*,?\\s+and)\\s+$");
  return (ContainsAsciiCaseless(gap, "from") || ContainsAsciiCaseless(gap, "compared") ||
          ContainsAsciiCaseless(gap, "and") ||
          ContainsAsciiCaseless(gap, "versus") || ContainsAsciiCaseless(gap, "vs")) &&
         RE2::FullMatch(gap, kUpFrom);
}

// "21% of the market in 2023, followed by healthcare (17%) and retail (12%)",
// "followed by Europe with 27%": the gap between two percents of one list, each
// after its name.
bool ListedInParentheses(std::string_view gap) {
  static const RE2 kListed(
      "(?i)^\\)?[^()]{0,60}?(?:,|\\b(?:followed by|and|or|et|ou|und|oder|y|o|e)\\b)\\s*[^()\\d]{1,40}?"
      "(?:\\s*\\([^()\\d]{1,20}\\))?" +  // "seguido del comercial e industrial (PyME) con el 38 %"
      std::string(kListedFigureOpens));
  return RE2::FullMatch(gap, kListed);
}

// "60% of the market, services 25% and software 15%", "82 % du marché, les véhicules
// utilitaires légers 14 %": a list whose later items leave out the verb, each a name
// right before its percent after a comma or "and". The name, unless it holds a
// verb or a market word ("while Asia grew", "the overall market").
std::optional<std::string_view> ElidedListName(const Page& p, std::string_view gap) {
  static const RE2 kElided(
      "(?i)^\\)?(?:[^(),;%]{0,40}?,\\s*(?:(?:and|or|et|ou|und|oder|y|e)\\s+)?|[^(),;%]{0,40}?\\b(?:and|or|et|ou|und|oder|y|e)\\s+)"
      "(?:(?:the|les|le|la|der|die|das|los|las|el|os|as|o)\\s+|l'\\s*)?"
      "([^\\s\\d(),;:'%]+(?:\\s+[^\\s\\d(),;:%]+){0,3})\\s*$");
  re2::StringPiece m;
  if (p.cjk || gap.size() > 120 || !RE2::FullMatch(gap, kElided, &m)) return std::nullopt;
  std::string_view name(m.data(), m.size());
  for (CueId cue : {CueId::kShareVerb, CueId::kGrowthVerb, CueId::kProjected, CueId::kMarket, CueId::kCagr}) {
    if (p.cues.Matches(cue, name)) return std::nullopt;
  }
  // "in 2022 and rose by 2%", "are online, while 60%", "with sales rising 8.5%": a clause's words, no name.
  static const RE2 kClauseWord(
      "(?i)(?:^|\\s)(?:while|whereas|but|which|that|who|where|when|is|are|was|were|has|have|had|will|would|"
      "rose|grew|fell|declined|increased|decreased|rising|growing|falling|declining|increasing|decreasing|expanding|"
      "with|by|in|to|from|at|up|down|est|sont|es|son|é|são|ist|sind|contre|versus|vs|against|compared|gegenüber|"
      "frente)(?:\\s|$)");
  if (RE2::PartialMatch(name, kClauseWord)) return std::nullopt;
  return name;
}

// "AWSが32.1%でトップ、次いでMicrosoftが21.4%", "北美约占51%，其次是欧洲占": the next
// name of a CJK list, marked as its clause's subject, before its percent.
bool ListedInCjkClause(std::string_view gap) {
  static const RE2 kListed(
      "^[^。；;！？!?%]{0,30}[、，,]\\s*(?:次いで|続いて|其次是|其次|之后是|이어|다음으로)?\\s*"
      "[^、，,。；;\\s\\d%]{1,30}?\\s*(?:が|は|占|이|가|은|는|以|則為|则为|則是|则是|为|為)\\s*$");  // "，北美則為14%"
  return RE2::FullMatch(gap, kListed);
}

// The words around figure `f` up to its neighbouring figures or the clause ends.
ByteSpan LocalWindow(const Page& p, const Unit& u, const std::vector<size_t>& in_unit, size_t k) {
  const Mention& f = p.figures[in_unit[k]];
  uint32_t start = u.span.start, end = u.span.end;
  for (size_t j = k; j-- > 0;) {
    if (IsFigure(p.figures[in_unit[j]])) {
      start = p.figures[in_unit[j]].span.end;
      break;
    }
  }
  for (size_t j = k + 1; j < in_unit.size(); ++j) {
    if (IsFigure(p.figures[in_unit[j]])) {
      end = p.figures[in_unit[j]].span.start;
      break;
    }
  }
  std::string_view before = Gap(p.text, start, f.span.start);
  size_t cut = before.find_last_of(";:");
  if (cut != std::string_view::npos) start += static_cast<uint32_t>(cut + 1);
  std::string_view after = Gap(p.text, f.span.end, end);
  cut = after.find_first_of(";");
  if (cut != std::string_view::npos) end = f.span.end + static_cast<uint32_t>(cut);
  return {start, end};
}

// ---- 3. segments -------------------------------------------------------------

// The page's own entry for a name, also when the text adds a dimension word
// ("Agricultural applications" for the list's "Agricultural", "솔루션 부문").
// Without an entry, a trailing word that only names a dimension is dropped.
void SpellAsPage(const Page& p, SegmentHit* h) {
  std::string_view name = h->name;
  for (int guard = 0; guard < 3 && !name.empty(); ++guard) {
    if (const TaxonomyEntry* e = p.taxonomy.Find(name)) {
      h->name = e->name;
      h->dimension = e->dimension;
      h->canonical = e->name;
      return;
    }
    size_t space = name.rfind(' ');
    if (space == std::string_view::npos) return;
    std::string_view last = name.substr(space + 1);
    std::vector<PhraseHit> hits = p.lex.dimension_words.FindAll(last);
    if (hits.empty() || hits.front().span.size() != last.size()) return;
    name = name.substr(0, space);
    // Hangul and Kana dimension words are never part of a name ("클라우드 배포 모델").
    if (static_cast<unsigned char>(last.front()) >= 0xE3) {
      if (h->dimension == "other" || h->dimension.empty()) h->dimension = p.lex.dimension_of_word[hits.front().entry];
      h->name = std::string(name);  // frees the buffer `name` viewed when the name was long
      name = h->name;
      h->canonical = h->name;
    }
  }
}

// A segment named by `name` (a view into the page text), spelled as the page's
// own taxonomy spells it when the taxonomy knows it.
SegmentHit HitForName(const Page& p, std::string_view name) {
  SegmentHit h;
  h.span = SpanIn(p.text, name);
  const TaxonomyEntry* e = p.taxonomy.Find(name);
  h.name = e ? e->name : std::string(name);
  h.dimension = e ? e->dimension : "other";
  h.canonical = h.name;
  return h;
}

// "Bluetooth's share": the owner of a share, without its 's.
std::string_view WithoutOwnerMark(std::string_view name) {
  for (std::string_view owner : {"'s", "’s"}) {
    if (name.ends_with(owner)) name.remove_suffix(owner.size());
  }
  return name;
}

// `name` (a noun phrase before a verb) as a segment, unless it is a pronoun,
// a conjunction or auxiliary, the market itself or (before a growth verb)
// another market; auxiliaries and adverbs after it are dropped.
std::optional<SegmentHit> NounAsSegment(const Page& p, std::string_view name, CueId verbs) {
  static const RE2 kPronoun("(?i)^(?:and|or|but|while|et|und|y|e|mais|il|elle|ils|elles|er|sie|es|ele|ela|eles|elas|ello|(?-i:it|It)|they|which|this|that|who|these|those|we|he|she|its|there|market|the market|segment|region|will|would|can|could|may|might|shall|should|is|are|was|were|has|have|had|also|to|together|alone|jointly|collectively|now|currently|still|then|today)(?:\\s.*)?$");
  static const RE2 kMarketWord("(?i)\\bmarkets?\\b");
  // "The market for lithium-ion batteries is expected to grow": the part it is for.
  static const RE2 kMarketFor("(?i)(?:the\\s+)?(?:global\\s+|world\\s+)?markets?\\s+(?:for|of)\\s+");
  re2::StringPiece market_for(name.data(), name.size());
  if (ContainsAsciiCaseless(name, "market") && RE2::Consume(&market_for, kMarketFor)) {
    name = std::string_view(market_for.data(), market_for.size());
  }
  // What grows may be a market of its own ("Global healthcare expenditure is projected to grow").
  bool another_market = verbs == CueId::kGrowthVerb && p.cues.Matches(CueId::kMarket, name);
  if (name.empty() || another_market || RE2::FullMatch(name, kPronoun) || RE2::PartialMatch(name, kMarketWord)) {
    return std::nullopt;
  }
  // "Hydroponics is expected to account for": the verb phrase before the verb;
  // "Fan-out packaging revenue is projected to", "hardware sales grew": what is measured of it.
  static constexpr std::string_view kTail[] = {
      "will", "would", "is", "are", "was", "were", "has", "have", "had", "also", "still", "alone", "together",
      "to", "now", "currently", "already", "expected", "projected", "anticipated", "estimated", "forecast",
      "forecasted", "predicted", "likely", "set", "poised", "going", "revenue", "revenues", "sales", "spending",
      "demand", "contracts", "sector", "sectors", "vertical", "verticals", "industry", "end-use", "application",
      "applications"};
  // "Residential end use accounted for": the dimension's words after the name.
  if (name.size() > 8 && AsciiLower(name.substr(name.size() - 8)) == " end use") name.remove_suffix(8);
  for (int guard = 0; guard < 5; ++guard) {
    size_t space = name.find_last_of(" \t\n\r");
    if (space == std::string_view::npos) break;
    const std::string last = AsciiLower(name.substr(space + 1));
    if (std::find(std::begin(kTail), std::end(kTail), last) == std::end(kTail)) break;
    while (space > 0 && IsSpace(name[space - 1])) --space;
    name = name.substr(0, space);
  }
  name = WithoutOwnerMark(name);
  // "Demand for organic fertilizers", "Sales of electric SUVs": what is measured of the segment.
  static const RE2 kMeasureOf("(?i)(?:demand|sales|revenues?|shipments|spending|consumption|adoption) (?:for|of|from|on) ");
  re2::StringPiece rest(name.data(), name.size());
  if (RE2::Consume(&rest, kMeasureOf)) name = std::string_view(rest.data(), rest.size());
  if (name.empty()) return std::nullopt;
  return HitForName(p, name);
}

// "Manufacturing has led the way and will remain the largest spender": the
// short noun phrase a sentence opens with, before its first verb; what "it" in
// the next sentence stands for (SegmentFor turns away the page's own market).
std::optional<SegmentHit> OpeningSubject(const Page& p, const Unit& u, CueId verbs) {
  static const RE2 kSubject(
      "^\\s*(?:The\\s+)?(\\p{Lu}[\\pL\\d&/\\-]*(?:\\s+\\pL[\\pL\\d&/\\-]*){0,2}?)\\s+(?:has|have|had|is|are|was|were|"
      "will|would|remains?|remained|leads?|led|accounts?|accounted|holds?|held|dominates?|dominated|represents?|"
      "represented)\\b");
  re2::StringPiece m;
  if (!RE2::PartialMatch(Slice(p.text, u.span), kSubject, &m)) return std::nullopt;
  return NounAsSegment(p, std::string_view(m.data(), m.size()), verbs);
}

// "hospitals held the largest share", "online retail is growing at 14.8%":
// the noun phrase before the share verb (`verbs` kShareVerb) or growth verb
// (kGrowthVerb) that leads to the figure. When that is "it" or "they" ("In
// 2024 it will account for almost 50% of the market"), the subject the
// `previous` sentence of the paragraph opens with, if any.
std::optional<SegmentHit> NounBeforeVerb(const Page& p, const Unit& u, const std::vector<size_t>& in_unit,
                                         const Mention& f, CueId verbs, const Unit* previous) {
  if (p.cjk) return std::nullopt;
  // The verb of an earlier figure ("X grow at 17.2%, faster than Y (10.4%)") is not this one's.
  uint32_t from = FigureEndBefore(p, u, in_unit, f);
  std::string_view s = Slice(p.text, {from, f.span.start});
  const std::vector<ByteSpan>& found = p.cues.FindAll(verbs, s);
  if (found.empty()) return std::nullopt;
  // "the endosteal implants dominated the market and accounted for": a verb joined by "and"
  // to the one before shares its subject.
  static const RE2 kJoinedVerb("(?i)^[^,;]{0,40}\\band\\s*$");
  size_t last = found.size() - 1;
  while (last > 0 &&
         RE2::FullMatch(s.substr(found[last - 1].end, found[last].start - found[last - 1].end), kJoinedVerb)) {
    --last;
  }
  const std::optional<ByteSpan> verb = found[last];
  std::string_view before = s.substr(0, verb->start);
  while (!before.empty() && IsSpace(before.back())) before.remove_suffix(1);
  // "Lithium nickel manganese cobalt (NMC) batteries made up", "the suspended particle
  // device (SPD) segment is anticipated to register": the abbreviation names it.
  // "The polymethyl methacrylate (PMMA) microspheres market is expected": the market itself.
  static const RE2 kAbbreviation("\\(([A-Z][A-Z0-9&\\-]{1,7})\\)((?:\\s+\\pL[\\pL\\-]*){0,2})");
  static const RE2 kMarketWord("(?i)\\b(?:markets?|industry|industries)\\b");
  re2::StringPiece abbreviation, tail;
  if (size_t open = before.rfind('(');
      open != std::string_view::npos && RE2::FullMatch(before.substr(open), kAbbreviation, &abbreviation, &tail)) {
    if (RE2::PartialMatch(tail, kMarketWord)) return std::nullopt;
    return NounAsSegment(p, std::string_view(abbreviation.data(), abbreviation.size()), verbs);
  }
  // "Sole-Wasser-Wärmepumpen (Erdwärme) wachsen": a gloss in parentheses is not the noun.
  if (before.ends_with(')')) {
    if (size_t open = before.rfind('('); open != std::string_view::npos) before = before.substr(0, open);
  }
  size_t clause = before.find_last_of(",;:(");
  // "Hardware, which accounted for 52%": the noun the relative clause hangs on.
  static const RE2 kRelative("(?i)\\s*(?:which|that)");
  if (clause != std::string_view::npos && before[clause] == ',' && RE2::FullMatch(before.substr(clause + 1), kRelative)) {
    before = before.substr(0, clause);
    clause = before.find_last_of(",;:(");
  }
  size_t begin = clause == std::string_view::npos ? 0 : clause + 1;
  std::string_view np = before.substr(begin);
  while (!np.empty() && IsSpace(np.back())) np.remove_suffix(1);
  // "Software's revenue share held 30%": the share's owner.
  static const RE2 kShareWords("(?i)(?:(?:market|revenue|sales|combined|total|overall)\\s+)*shares?");
  for (std::string_view owner : {"'s ", "’s "}) {
    if (size_t at = np.rfind(owner); at != std::string_view::npos && RE2::FullMatch(np.substr(at + owner.size()), kShareWords)) {
      np = np.substr(0, at);
      break;
    }
  }
  static const RE2 kPronounSubject(
      "(?i)(?:^|\\s)(?:it|they)(?:\\s+(?:will|would|is|are|was|were|has|have|had|also|still|now|currently|already))*$");
  if (RE2::PartialMatch(np, kPronounSubject)) {
    return previous != nullptr ? OpeningSubject(p, *previous, verbs) : std::nullopt;
  }
  // "L'abbigliamento rappresenta", "dell'elettronica": an elided article before the noun.
  static const RE2 kUpToElidedArticle("(?i)^.*(?:^|\\s)(?:l|d|dell|all|dall|nell|sull|un)(?:'|’)");
  if (re2::StringPiece rest(np.data(), np.size()); RE2::Consume(&rest, kUpToElidedArticle)) {
    np = std::string_view(rest.data(), rest.size());
  }
  // Up to four words, back to a determiner or auxiliary.
  static const RE2 kNoun("(?i)(?:^|\\s)((?:\\pL[\\pL\\d_&/\\-]*\\s+){0,3}\\pL[\\pL\\d_&/\\-]*)$");
  re2::StringPiece m;
  if (!MatchNounPhraseAtEnd(np, kNoun, &m)) return std::nullopt;
  std::string_view name(m.data(), m.size());
  // English, French, Spanish, Portuguese, Italian and German determiners, and the
  // segment word itself ("el segmento residencial" -> "residencial", "il settore dei prodotti").
  static const RE2 kLead(
      "(?i)^(?:(?:the|a|an|its|this|that|which|it|they|and|will|would|is|are|was|were|has|have|had|to|also|still|"
      "le|la|les|l'|el|los|las|o|os|as|il|lo|gli|i|die|der|das|den|dem|auf|while|whereas|but|et|mais|und|y|e|que|"
      "mientras|enquanto|tandis|während|mentre|de|des|du|del|da|do|dos|das|dei|della|delle|degli|dello|canal|canais|"
      "canales|segments?|segmentos?|segmentes?|settor[ei]|comparto|secteurs?|sector|sectores|setor|setores)\\s+|l')+");
  re2::StringPiece sp(name.data(), name.size());
  RE2::Consume(&sp, kLead);
  return NounAsSegment(p, std::string_view(sp.data(), sp.size()), verbs);
}

// "The company, with a 12% share": a company the sentence does not name (a named one,
// "Beyond Meat Inc.", is a vendor segment).
bool UnnamedCompany(std::string_view name) {
  static const RE2 kUnnamedCompany("(?i)^(?:(?:the|this|that|our|its)\\s+)?(?:company|firm|group)$");
  return RE2::FullMatch(name, kUnnamedCompany);
}

// "The automotive sector, with a 31% share in 2023, remains ...", "Collaborative
// robots are the fastest-growing type, with a CAGR of 21.5%", "La sécurité du cloud est le
// segment le plus dynamique, avec une croissance de 18 %": the noun phrase the figure's
// "with" phrase is attached to.
std::optional<SegmentHit> NounBeforeWith(const Page& p, const Unit& u, const std::vector<size_t>& in_unit,
                                         const Mention& f, CueId verbs) {
  if (p.cjk) return std::nullopt;
  uint32_t from = FigureEndBefore(p, u, in_unit, f);
  // Also a participle: "Online retail is the fastest-growing channel, expanding at 11.2%".
  static const RE2 kWith(
      "(?i)^(.*?),?\\s+(?:with|avec|con|(?:expanding|growing|rising|advancing) at|registering|recording|posting|"
      "accounting for|generating)\\s+"
      "(?:(?:a|an)\\s+)?[^,;]{0,30}$");
  re2::StringPiece head;
  std::string_view gap = Gap(p.text, from, f.span.start);
  const bool with =
      ContainsAsciiCaseless(gap, "with") || ContainsAsciiCaseless(gap, "avec") || ContainsAsciiCaseless(gap, " con ");
  if ((!with && !ContainsAsciiCaseless(gap, "ing ")) || !RE2::FullMatch(gap, kWith, &head)) return std::nullopt;
  std::string_view clause(head.data(), head.size());
  // "compared with 40% for software", "in line with": "with" joins no noun to the figure.
  static const RE2 kNotAttached("(?i)(?:^|\\s)(?:compared|along|together|coupled|combined|line|par)$");
  if (RE2::PartialMatch(clause, kNotAttached)) return std::nullopt;
  if (size_t cut = clause.find_last_of(",;:("); cut != std::string_view::npos) clause.remove_prefix(cut + 1);
  // A headline's parts: "... in 2024 – Contract Management Leads With 34% Share".
  for (std::string_view dash : {" – ", " — ", " - "}) {
    if (size_t at = clause.rfind(dash); at != std::string_view::npos) clause.remove_prefix(at + dash.size());
  }
  // A participle hangs on "X is the fastest-growing channel", not on any clause ("reach ₹3 lakh crore
  // by FY30, growing at").
  static const RE2 kIsThe("(?i)\\s(?:is|are|was|were|remains?|remained|became|becomes)\\s+the\\s");
  if (!with && !RE2::PartialMatch(clause, kIsThe)) return std::nullopt;
  static const RE2 kSubject(
      "(?i)^\\s*(?:(?:followed(?:\\s+closely)?\\s+by|ahead\\s+of|seguid[oa]s?\\s+(?:del|de|por)|"
      "suivie?s?\\s+(?:de|par)|seguit[oaie]\\s+(?:dal|da)|gefolgt\\s+von)\\s+)?(?:(?:the|le|la|les|el|los|las|der|die|das)\\s+|l['’]\\s*)?"
      "((?:(?:\\pL[\\pL\\d&/\\-]*|&)\\s+){0,3}?\\pL[\\pL\\d&/\\-]*?(?:\\s+(?:Inc|Corp|Ltd|Co|AG|SA|plc)\\.?)?)"
      "(?:\\s+(?:segment|sector|category|type|industry|vertical))?"
      "(?:\\s+(?:(?:is|are|was|were|remains?|remained|became|becomes)\\s+the|est\\s+(?:le|la|l')|sont\\s+les|"
      "es\\s+(?:el|la)|son\\s+los)\\s*.{1,40}|"
      "\\s+(?:leads?|led|dominates?|dominated)(?:\\s+the\\s+(?:global\\s+)?market)?|"
      "\\s+(?:ranked|ranks|came|comes|placed|finished)\\s+(?:first|second|third|fourth|fifth|next))?\\s*$");
  re2::StringPiece m;
  if (!RE2::FullMatch(clause, kSubject, &m)) return std::nullopt;
  std::string_view name(m.data(), m.size());
  if (UnnamedCompany(name)) return std::nullopt;
  return NounAsSegment(p, name, verbs);
}

// "By Component, ...", "Among end users, ...": the dimension a unit opens with.
std::string LeadDimension(const Page& p, const Unit& u) {
  static const RE2 kLead("(?i)^(?:by|based on|among|in terms of|by the)\\s+([^,]{2,40}),");
  re2::StringPiece m;
  if (!RE2::PartialMatch(Slice(p.text, u.span), kLead, &m)) return {};
  return DimensionOf(std::string_view(m.data(), m.size()), p.lex);
}

// A letter or digit of any script; punctuation, arrows and symbols are none.
bool HasWordChar(std::string_view t) {
  for (size_t i = 0; i < t.size(); i = NextCharStart(t, i)) {
    char32_t c = DecodeAt(t, i);
    bool ascii = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    bool symbol = c < 0xC0 || (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
                  (c >= 0xFF00 && c <= 0xFF0F);
    if (ascii || !symbol) return true;
  }
  return false;
}

size_t LetterCount(std::string_view t) {
  size_t letters = 0;
  for (size_t i = 0; i < t.size(); i = NextCharStart(t, i)) {
    char32_t c = DecodeAt(t, i);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c > 0x7F) ++letters;
  }
  return letters;
}

// A line that is mostly a region, maybe with a market word: a list's lead-in
// ("**中国市場**：", "North America:") or a heading the unit sits under
// ("2.2 韓国", "### 2.1. 中国市場データ" over "#### 2.1.1. 市場規模と成長率").
// A heading scopes the section under it, so it may say more than the region;
// the region in the page's own market name ("Asia Pacific E-commerce") is none.
std::optional<SegmentHit> RegionHeading(const Page& p, const Unit& u) {
  std::vector<std::pair<ByteSpan, bool>> lines;  // (line, is a heading)
  if (u.kind == BlockKind::kListItem) {
    if (int lead = p.lead_in[u.block]; lead >= 0) lines.push_back({p.blocks[lead].span, false});
  }
  for (ByteSpan h : HeadingPath(p, u)) lines.push_back({h, true});
  for (auto [line, heading] : lines) {
    std::string_view t = Slice(p.text, line);
    std::vector<PhraseHit> hits = p.lex.region_aliases.FindAll(t);
    if (hits.size() != 1) continue;
    size_t letters = LetterCount(t);
    for (ByteSpan m : p.cues.FindAll(CueId::kMarket, t)) letters -= std::min(letters, LetterCount(Slice(t, m)));
    std::string_view r = Slice(t, hits[0].span);
    // "### Südeuropa: E-Commerce und Tourismus-Technologie": a heading led by its region.
    static const RE2 kLeadsWith("^[\\s\\d.]*$");
    static const RE2 kThenSubtitle("^\\s*[:：–—]");
    bool leads = heading && RE2::FullMatch(t.substr(0, hits[0].span.start), kLeadsWith) &&
                 RE2::PartialMatch(t.substr(hits[0].span.end), kThenSubtitle);
    if (!leads && LetterCount(r) * 3 < letters * (heading ? 1 : 2)) continue;
    if (SameMarket(r, p.subject)) continue;
    SegmentHit s;
    s.span = {line.start + hits[0].span.start, line.start + hits[0].span.end};
    s.region = true;
    s.dimension = "region";
    s.canonical = p.lex.regions[p.lex.region_of_alias[hits[0].entry]].name;
    const TaxonomyEntry* e = p.taxonomy.FindRegion(s.canonical);
    s.name = e ? e->name : std::string(r);
    return s;
  }
  return std::nullopt;
}

// A label that speaks of the market, a figure's role, or a source ("CAGR",
// "Market size", "Total", "주요 리서치 기관") rather than naming a part of the market.
bool NamesNoSegment(const Page& p, std::string_view name) {
  for (CueId cue : {CueId::kMarket, CueId::kCagr, CueId::kShare, CueId::kProjected, CueId::kLabelGeneric,
                    CueId::kSourceHeader}) {
    if (p.cues.Matches(cue, name)) return true;
  }
  return false;
}

// The name right before a figure in parentheses, in a list that says so:
// "followed by healthcare (17%)", "... (17%) and retail (12%)".
// `share`: the figure is a listed share, whose list may leave out the verb (ElidedListName).
std::optional<SegmentHit> NameBeforeParenthesis(const Page& p, const Unit& u, const std::vector<size_t>& in_unit,
                                                const Mention& f, bool share) {
  uint32_t previous_end = FigureEndBefore(p, u, in_unit, f);
  if (previous_end == u.span.start) return std::nullopt;
  if (p.cjk) {
    // "프레시지가 32.1%로 1위를 기록했고, 마이셰프(18.4%), 테이스티나인(11.2%) 순이었다".
    static const RE2 kCjkListed("^\\)?[^()]{0,60}?(?:,|，|、)\\s*([^\\s,，、()\\d%]{1,30})\\s*[(（]$");
    // "北部地區市占率為45.3%，中部地區則為24.7%": the next name of a list, its verb said once.
    static const RE2 kCjkElided("^[^()。；;]{0,60}?(?:,|，|、)\\s*(?:而|並|并|且)?([^\\s,，、()\\d%]{2,30}?)(?:則為|则为|則是|则是|為|为)\\s*$");
    re2::StringPiece m;
    const std::string_view gap = Gap(p.text, previous_end, f.span.start);
    if (!RE2::FullMatch(gap, kCjkListed, &m) && !(share && p.chinese && RE2::FullMatch(gap, kCjkElided, &m))) {
      return std::nullopt;
    }
    const std::string_view name(m.data(), m.size());
    // "前年比ではほぼ横ばい（-0.58%）": kana between the words make a clause, no name.
    static const RE2 kHiragana("\\p{Hiragana}");
    if (NamesNoSegment(p, name) || RE2::PartialMatch(name, kHiragana)) return std::nullopt;
    return HitForName(p, name);
  }
  // English, French, German, Spanish and Portuguese; the article stays outside the name.
  // Spanish and Portuguese may fuse the preposition and the article ("seguido del comercial e
  // industrial (PyME) con el 38 %"); a gloss in parentheses is the name's.
  static const RE2 kAfterFollowedBy(
      "(?i)(?:(?:followed by|ahead of|suivie? (?:de|par)|devant|gefolgt von|"
      "seguid[oa]s? (?:de|por|del|dos|das|do|da|pel[oa]s?)|"
      "seguit[oaie] (?:da|dal|dalla|dai|dalle|dagli)|à frente de)\\s+|seguit[oaie] dall'\\s*)"
      "(?:(?:the|les|le|la|der|die|das|los|las|el|os|as|o|il|lo|i|gli)\\s+|l'\\s*)?"
      "([^\\s\\d(),;:']+(?:\\s+[^\\s\\d(),;:]+){0,3}?(?:\\s*\\([^()\\d]{1,20}\\))?)\\s*,?" +  // "pelo Sul, com 17%"
      std::string(kListedFigureOpens));
  static const RE2 kNextInList(
      "(?i)^\\)?\\s*(?:,\\s*(?:(?:and|or|et|ou|und|oder|y|o|e)\\s+)?|(?:and|or|et|ou|und|oder|y|o|e)\\s+)"
      "(?:(?:the|les|le|la|der|die|das|los|las|el|os|as|o)\\s+|l'\\s*)?([^\\s\\d(),;:']+(?:\\s+[^\\s\\d(),;:]+){0,3}?)\\s*" +
      std::string(kListedFigureOpens));
  std::string_view gap = Gap(p.text, previous_end, f.span.start);
  re2::StringPiece m;
  std::string_view name;
  if (RE2::PartialMatch(gap, kAfterFollowedBy, &m) || RE2::FullMatch(gap, kNextInList, &m)) {
    name = std::string_view(m.data(), m.size());
  } else if (auto elided = share ? ElidedListName(p, gap) : std::nullopt) {
    name = *elided;
  } else {
    return std::nullopt;
  }
  if (NamesNoSegment(p, name)) return std::nullopt;
  return HitForName(p, name);
}

// "62 % du marché, contre 38 % pour les logiciels", "versus 38% for software": the name a
// compared share is for, after it.
std::optional<SegmentHit> NameAfterComparedFor(const Page& p, const Unit& u, const std::vector<size_t>& in_unit,
                                               const Mention& f) {
  static const RE2 kCompared(
      "(?i)(?:^|[\\s,])(?:contre|versus|vs\\.?|compared (?:with|to)|against|gegenüber|frente a)\\s*$");
  static const RE2 kFor(
      "(?i)^\\s*(?:pour|for|für|para)\\s+(?:(?:les|le|la|the|die|den|das|los|las|el|os|as)\\s+|l['’]\\s*)?"
      "([^\\s\\d(),;:.']+(?:\\s+[^\\s\\d(),;:.]+){0,2}?)\\s*(?:[.,;)]|$)");
  const std::string_view gap = Gap(p.text, FigureEndBefore(p, u, in_unit, f), f.span.start);
  const bool compared = ContainsAsciiCaseless(gap, "contre") || ContainsAsciiCaseless(gap, "vs") ||
                        ContainsAsciiCaseless(gap, "versus") ||
                        ContainsAsciiCaseless(gap, "compared") || ContainsAsciiCaseless(gap, "against") ||
                        ContainsAsciiCaseless(gap, "gegen") || ContainsAsciiCaseless(gap, "frente");
  if (p.cjk || !compared || !RE2::PartialMatch(gap, kCompared)) return std::nullopt;
  re2::StringPiece m;
  if (!RE2::PartialMatch(Gap(p.text, f.span.end, u.span.end), kFor, &m)) return std::nullopt;
  const std::string_view name(m.data(), m.size());
  if (NamesNoSegment(p, name)) return std::nullopt;
  return HitForName(p, name);
}

// The name `pattern` captures in the words between the figure before `f` and `f`,
// asked only when those words hold one of `words` (lower-case ASCII).
std::optional<SegmentHit> NameInGap(const Page& p, const Unit& u, const std::vector<size_t>& in_unit,
                                    const Mention& f, std::initializer_list<std::string_view> words,
                                    const RE2& pattern) {
  if (p.cjk) return std::nullopt;
  std::string_view gap = Gap(p.text, FigureEndBefore(p, u, in_unit, f), f.span.start);
  if (std::none_of(words.begin(), words.end(), [&](std::string_view w) { return ContainsAsciiCaseless(gap, w); })) {
    return std::nullopt;
  }
  re2::StringPiece m;
  if (!RE2::PartialMatch(gap, pattern, &m)) return std::nullopt;
  std::string_view name(m.data(), m.size());
  if (NamesNoSegment(p, name)) return std::nullopt;
  return HitForName(p, name);
}

// "The market's largest segment is Grocery Delivery with a market volume of US$0.76tn",
// "The fastest-growing region will be Asia Pacific, at 14%": a role said of the name after it.
std::optional<SegmentHit> NameAfterRoleIs(const Page& p, const Unit& u, const std::vector<size_t>& in_unit,
                                          const Mention& f) {
  static const RE2 kRoleIsName(
      "(?i)\\b(?:largest|biggest|leading|dominant|fastest[- ]growing|top|main|primary)\\s+"
      "(?:segment|sub-segment|category|application|product|region|country|end[- ]users?|end[- ]use|channel|type|"
      "vertical|competitor|player|vendor|company|supplier|manufacturer|brand)\\s+(?:of\\s+the\\s+market\\s+)?"
      "(?:is|was|remains|remained|will\\s+be)\\s+(?:the\\s+)?"
      "([^\\s\\d(),;:][^\\d(),;:]{0,40}?)\\s*(?:,|\\(|\\s(?:with|at|accounting|holding|which|that)\\b)[^.;]{0,60}$");
  return NameInGap(p, u, in_unit, f,
                   {"largest", "biggest", "leading", "dominant", "fastest", "top ", "main ", "primary"}, kRoleIsName);
}

// "Der Anteil von Sole-Wasser-Wärmepumpen lag bei 12 %", "la part des pharmacies atteint
// 27 %", "la participación del canal online fue del 18 %", "entfiel auf Bayern mit 21,3 %":
// the share of the name after it.
std::optional<SegmentHit> NameAfterShareOf(const Page& p, const Unit& u, const std::vector<size_t>& in_unit,
                                           const Mention& f) {
  static const RE2 kShareOf(
      "(?i)\\b(?:Anteil\\s+(?:von|der|des|an)(?:\\s+(?:den|dem|der))?|part\\s+(?:des|du|de\\s+la|de)|"
      "part\\s+d'|participación\\s+(?:de\\s+los|de\\s+las|del|de\\s+la|de)|"
      "participação\\s+(?:dos|das|do|da|de))\\s*([^\\s\\d(),;:][^\\d(),;:]{0,40}?)"
      // "Der Anteil der Sprachassistenten am Gesamtmarkt betrug": what the share is of follows the name.
      "(?:\\s+(?:am|im|au|en\\s+el|no|na)\\s+[^\\s\\d(),;:]+)?\\s+"
      "(?:lag|liegt|betrug|beträgt|belief|erreichte|erreicht|stieg|sank|machte|macht|wird|est|était|atteint|"
      "atteignait|s'élève|s'élevait|représente|représentait|devrait|fue|es|alcanzó|alcanza|se\\s+situó|"
      "representó|foi|é|chegou|atingiu|representou)\\b[^.;%]{0,40}$");
  if (auto h = NameInGap(p, u, in_unit, f, {"anteil", "part d", "participa"}, kShareOf)) return h;
  // "Nach Regionen entfiel auf Bayern mit 21,3 % der größte Anteil": the name the share falls to.
  static const RE2 kFallsTo(
      "(?i)\\bentf(?:iel|ielen|ällt|allen)\\s+auf\\s+(?:(?:die|den|das|der|dem)\\s+)?"
      "([^\\s\\d(),;:][^\\d(),;:]{0,40}?)\\s+(?:mit\\s+)?(?:(?:rund|etwa|knapp|ca\\.|gut|über|fast)\\s+)?$");
  return NameInGap(p, u, in_unit, f, {"entf"}, kFallsTo);
}

// "2030年に", "2028년에", "FY30": a date, never a segment's name.
bool StartsWithYear(std::string_view name) {
  static const RE2 kYearStart("^(?:FY|H[12]|Q[1-4])?\\s*\\d");
  return RE2::PartialMatch(name, kYearStart);
}

// "Sales rose to", "Bluetooth locks at", "of sales in": words that end in a verb
// or a preposition lead into a figure (or out of the one before); they do not label it.
bool LooksLikeClause(std::string_view name) {
  static constexpr std::string_view kClauseEnd[] = {
      "to", "at", "of", "in", "on", "for", "by", "from", "with", "than", "versus", "vs", "and", "or", "about",
      "around", "nearly", "over", "almost", "is", "are", "was", "were", "be", "been", "will", "reached", "reach",
      "reaches", "rose", "grew", "stood", "totaled", "totalled", "amounted", "climbed", "increased", "decreased",
      "fell", "declined", "jumped", "surged", "hit", "generated", "recorded", "posted", "registered", "exceeded",
      "surpassed", "valued", "estimated", "expected", "projected", "accounted", "held", "represented", "compared"};
  size_t space = name.find_last_of(' ');
  const std::string last = AsciiLower(space == std::string_view::npos ? name : name.substr(space + 1));
  // "of sales are online": the rest of the clause of the figure before, not a label.
  static constexpr std::string_view kClauseStart[] = {"of", "in", "to", "for", "by", "at", "on", "from", "with"};
  const std::string first = AsciiLower(name.substr(0, name.find(' ')));
  if (space != std::string_view::npos &&
      std::find(std::begin(kClauseStart), std::end(kClauseStart), first) != std::end(kClauseStart)) {
    return true;
  }
  // Korean adnominal verbs: "(전년 대비 12%) 증가한", "확대된".
  if (last.size() > 3 && (last.ends_with("한") || last.ends_with("된"))) return true;
  return std::find(std::begin(kClauseEnd), std::end(kClauseEnd), last) != std::end(kClauseEnd);
}

// "Fastest-growing segment: Software (CAGR 14.2%)", "Largest region: Asia
// Pacific (41% share)", "Top Segment: String inverters – 61% of revenue": a
// label naming a role, then the name the figure after it belongs to.
std::optional<SegmentHit> NameAfterRoleLabel(const Page& p, ByteSpan before) {
  std::string_view text = Slice(p.text, before);
  if (text.find(':') == std::string_view::npos) return std::nullopt;
  static const RE2 kRoleThenName(
      "^\\s*([^:\\n]{2,60}?)\\s*:\\s*(?:the\\s+)?([^\\s\\d(),;:][^\\d(),;:]{0,40}?)\\s*(?:\\(|[–—-]\\s)\\s*[^\\d()]{0,20}$");
  static const RE2 kRole(
      "(?i)\\b(?:largest|biggest|fastest|fastest-growing|leading|dominant|top|major|highest|segment|region|country|"
      "application|type|product|component|technology|deployment|end[- ]use|vertical|category|channel)\\b");
  re2::StringPiece role, name;
  if (!RE2::FullMatch(text, kRoleThenName, &role, &name) || !RE2::PartialMatch(role, kRole)) return std::nullopt;
  std::string_view n(name.data(), name.size());
  if (NamesNoSegment(p, n)) return std::nullopt;
  return HitForName(p, n);
}

// "2028年度には", "2028년에는", "到2028年": a date that opens a CJK clause, in place of its subject.
const RE2& CjkDateOpens() {
  static const RE2 kDateOpens("^[\\s\\p{P}]*(?:到|至)?\\d{4}\\s*(?:年度|年|년)\\s*(?:末)?\\s*(?:には|は|に|에는|에|까지는|까지)");
  return kDateOpens;
}

// `s` without the CJK date it opens with.
std::string_view AfterCjkDate(std::string_view s) {
  re2::StringPiece rest(s.data(), s.size());
  RE2::Consume(&rest, CjkDateOpens());
  return std::string_view(rest.data(), rest.size());
}

// A list item's or row's own label: "In-vitro-Diagnostik 7% (CAGR)",
// "OBDLink | 16% | ...", "・画像診断。複合年間成長率は10%", "BFSI는 2025년 20억 달러".
std::optional<SegmentHit> LabelSegment(const Page& p, ByteSpan label_span, std::string_view column_header) {
  std::string_view raw = Slice(p.text, label_span);
  // Up to the first separator, bullet marks and parentheses dropped.
  static const RE2 kLabel("^[\\s・•·\\-*,，、;]*([^:：,，、。;()\\t]+)");
  re2::StringPiece m;
  if (!RE2::PartialMatch(AfterCjkDate(raw), kLabel, &m)) return std::nullopt;
  std::string label(m.data(), m.size());
  // "Alibabaの市場シェア：46%": the share words, with their market word, are no part of the name.
  static const RE2 kShareTail(
      "(?i)(?:\\s+share\\b.*|\\s*%.*|(?:の|的|의)?\\s*(?:市場|市场|시장)?\\s*(?:シェア|份额|占有率|점유율)|化率|比率|比重|占比)$");
  RE2::Replace(&label, kShareTail, "");
  // "2023年", "FY2022-23": dates, also fiscal years and their ranges.
  static const RE2 kYears("\\s*(?:FY\\s?)?(?:19|20)\\d\\d(?:[-–/](?:\\d\\d){1,2}\\b)?(?:年|년)?\\s*");
  RE2::GlobalReplace(&label, kYears, " ");
  // CJK: the label ends at its topic or subject particle ("Flipkartが48%").
  static const RE2 kParticle("(?:が|は|を|に|の|는|은|이|가|를|을|에서|로)(?:\\s.*|$)");
  RE2::Replace(&label, kParticle, "");
  // "Shopeeが地域", "TikTok Shopの台頭": a Japanese particle right after a
  // Latin or Katakana name ends it (Hangul particles are also syllables of words).
  static const RE2 kKanaParticle("^([\\p{Latin}\\p{Katakana}ー\\d .&'\\-]+?)\\s?(?:が|は|の|を|に).*$");
  RE2::Replace(&label, kKanaParticle, "\\1");
  // "光陽則為", "宏佳騰以", "而光陽": a Chinese copula or "with" after the name, a conjunction before it.
  if (p.chinese) {
    static const RE2 kChineseLink("(?:則為|则为|則是|则是|以|為|为)\\s*$");
    static const RE2 kChineseConjunction("^\\s*(?:而且|而|且|另外|其中)");
    RE2::Replace(&label, kChineseLink, "");
    RE2::Replace(&label, kChineseConjunction, "");
  }
  // "2024년 기준 퍼블릭 클라우드 57.6%": the date phrase is no part of the name.
  // "In the year 2022, the market ...": the words of a date, all of them.
  static const RE2 kDatePhrase(
      "^\\s*(?:기준|基準|基准|時点|现在|現在|현재|as of|in|by|As of|In)"
      "(?:\\s+(?:the\\s+)?(?:(?:fiscal|calendar|financial)\\s+)?year)?(?:\\s+|$)");
  RE2::Replace(&label, kDatePhrase, "");
  // "the BFSI vertical", "Hardware segment": the name without its article and its dimension noun.
  static const RE2 kFrame("(?i)^\\s*the\\s+(.+?)\\s+(?:segment|sector|vertical|industry|category)\\s*$");
  RE2::Replace(&label, kFrame, "\\1");
  std::string_view name = label;
  while (!name.empty() && IsSpace(name.back())) name.remove_suffix(1);
  while (!name.empty() && IsSpace(name.front())) name.remove_prefix(1);
  name = WithoutOwnerMark(name);
  if (name.empty() || name.size() > 60 || StartsWithYear(name)) return std::nullopt;
  size_t words = std::count(name.begin(), name.end(), ' ') + 1;
  if (words > 5) return std::nullopt;
  if (NamesNoSegment(p, name)) return std::nullopt;
  if (!column_header.empty() && p.cues.Matches(CueId::kSourceHeader, column_header)) return std::nullopt;
  SegmentHit h;
  size_t at = raw.find(name);
  uint32_t start = at == std::string_view::npos ? label_span.start : label_span.start + static_cast<uint32_t>(at);
  h.span = {start, static_cast<uint32_t>(start + name.size())};
  const TaxonomyEntry* e = p.taxonomy.Find(name);
  h.name = e ? e->name : std::string(name);
  std::string header_dimension = column_header.empty() ? std::string() : DimensionOf(column_header, p.lex);
  h.dimension = e ? e->dimension : header_dimension.empty() ? "other" : header_dimension;
  h.canonical = h.name;
  return h;
}

// CJK "X는/は/が ...": the topic before the first particle, when short.
std::optional<SegmentHit> TopicSegment(const Page& p, const Unit& u, const Mention& f) {
  if (!p.cjk) return std::nullopt;
  std::string_view before = AfterCjkDate(Slice(p.text, {u.span.start, f.span.start}));
  static const RE2 kTopic("^[\\s・•·\\-*‘’'\"「」]*([^\\s,，、。:：()]{1,30}?)[’'」]?\\s*(?:부문|모듈|세그먼트|セグメント|分野)?(?:は|が|는|은|이|가|의)(?:\\s|$)");
  // Japanese runs on without spaces: "高価格帯は自動ゴミ収集…"; a name without kana before は or が.
  static const RE2 kKanjiTopic("^[\\s・•·\\-*‘’'\"「」]*([\\p{Han}\\p{Katakana}ー\\p{Latin}]{2,20})(?:は|が)");
  re2::StringPiece m;
  if (!RE2::PartialMatch(before, kTopic, &m) && !RE2::PartialMatch(before, kKanjiTopic, &m)) return std::nullopt;
  std::string_view name(m.data(), m.size());
  // "같은 기간 연평균 성장률은": the syllable of an adjective, not a name.
  if (StartsWithYear(name) || LetterCount(name) < 2) return std::nullopt;
  if (NamesNoSegment(p, name)) return std::nullopt;
  return HitForName(p, name);
}

// The CJK clause a figure ends: after the unit's previous figure and its last
// comma, semicolon or colon (not at "(": "하이브리드 클라우드가 가장 빠르게
// 성장(2024~2035년 CAGR 12.8%").
std::string_view ClauseBefore(const Page& p, const Unit& u, const std::vector<size_t>& in_unit, const Mention& f) {
  uint32_t from = FigureEndBefore(p, u, in_unit, f);
  std::string_view clause = Gap(p.text, from, f.span.start);
  size_t cut = clause.find_last_of(",;:");
  if (cut != std::string_view::npos) clause.remove_prefix(cut + 1);
  for (std::string_view comma : {"、", "，", "。"}) {
    if (size_t at = clause.rfind(comma); at != std::string_view::npos) clause.remove_prefix(at + comma.size());
  }
  return clause;
}

bool HasComma(std::string_view s) {
  return s.find(',') != std::string_view::npos || s.find("，") != std::string_view::npos;
}

// Chinese "2023年公共充电桩占比达到58.6%", "前五大厂商的市场份额约为33%": who the
// share word of the figure's clause belongs to, after a leading date; for a
// growth rate, "磷酸铁锂电池预计将以21.3%的年复合增长率增长": what is expected to grow.
std::optional<SegmentHit> ChineseOwner(const Page& p, const Unit& u, const std::vector<size_t>& in_unit,
                                       const Mention& f, ClaimKind kind) {
  if (!p.chinese) return std::nullopt;
  static const RE2 kShareOwner(
      "^[\\s；;]*(?:\\d{4}\\s*年(?:上半年|下半年|全年|前三季度|第[一二三四]季度|\\d{1,2}\\s*月份?)?)?\\s*"
      // "；智能安防次之，占比为19.8%": the next of a list, its rank said before the share word.
      "([^\\s\\d，,；;]{2,20}?)(?:(?:次之|居次|其次|紧随其后|緊隨其後)[，,]?)?"
      "的?(?:销量|銷量|销售额|銷售額|销售量|銷售量|出货量|出貨量|收入|营收|營收)?的?"
      "(?:市场份额|市场占有率|市场占比|市占率|占有率|份额|占比|市場份額|市場佔有率|市場佔比|市佔率|佔有率|份額|佔比|占|佔)"
      "\\D{0,8}$");
  static const RE2 kGrowthOwner(
      "^\\s*([^\\s\\d]{2,20}?)(?:预计|預計|预期|預期|有望|将|將)\\D{0,10}$");
  static const RE2 kPronoun("^(?:其|该|該|这|這|此|从|從|在)");
  re2::StringPiece m;
  const RE2& owner = kind == ClaimKind::kShare ? kShareOwner : kGrowthOwner;
  std::string_view clause = ClauseBefore(p, u, in_unit, f);
  // "比亚迪以35%的市场份额位居第一": the owner "with" the share written after the figure.
  static const RE2 kWithOwner("^\\s*([^\\s\\d]{2,20}?)(?:以|凭借|憑藉)(?:约|約)?\\s*$");
  static const RE2 kShareAfter("^\\s*的?(?:市场份额|市场占有率|市占率|份额|市場份額|市場佔有率|市佔率|份額)");
  // "，比亞迪以15.8%居次" continues a list of shares: its share word was said once, before.
  const bool with_share = kind == ClaimKind::kShare && RE2::PartialMatch(clause, kWithOwner, &m) &&
                          (RE2::PartialMatch(Gap(p.text, f.span.end, u.span.end), kShareAfter) ||
                           FigureEndBefore(p, u, in_unit, f) > u.span.start);
  // "其中安防类产品占比最高，达到32%": the share word may close the clause before,
  // which may follow a framing phrase ("从产品结构来看，家用服务机器人占比最高，达到47.3%").
  auto owner_of_clause_before = [&] {
    std::string_view gap = Gap(p.text, FigureEndBefore(p, u, in_unit, f), f.span.start);
    // From the start, then after each comma: the owner is no phrase across one.
    for (size_t from = 0; from != std::string_view::npos;) {
      if (RE2::PartialMatch(gap.substr(from), owner, &m) && !HasComma(std::string_view(m.data(), m.size()))) {
        return true;
      }
      const size_t wide = gap.find("，", from), ascii = gap.find(',', from);
      from = std::min(wide == std::string_view::npos ? wide : wide + std::string_view("，").size(),
                      ascii == std::string_view::npos ? ascii : ascii + 1);
    }
    return false;
  };
  if (!with_share && !RE2::PartialMatch(clause, owner, &m) &&
      !(kind == ClaimKind::kShare && owner_of_clause_before())) {
    // "其中，研发设计类软件市场规模为560亿元，占比19.8%": a share word with no owner of its
    // own is the share of what the clause before measures.
    static const RE2 kBareShare("^\\s*(?:占比|占|份额)");
    static const RE2 kMeasured(
        "(?s).*(?:^|[，,。；;]|其中)\\s*([^\\s\\d，,。；;]{2,20}?)的?(?:市场规模|市场|规模|收入|营收|销售额)"
        "(?:约为|约|为|达到|达)?\\s*");
    const uint32_t previous_end = FigureEndBefore(p, u, in_unit, f);
    if (kind != ClaimKind::kShare || previous_end == u.span.start || !RE2::PartialMatch(clause, kBareShare)) {
      return std::nullopt;
    }
    const Mention* previous = nullptr;
    for (size_t i : in_unit) {
      if (IsFigure(p.figures[i]) && p.figures[i].span.end == previous_end) previous = &p.figures[i];
    }
    if (previous == nullptr || !RE2::FullMatch(Gap(p.text, u.span.start, previous->span.start), kMeasured, &m)) {
      return std::nullopt;
    }
  }
  std::string_view name(m.data(), m.size());
  if (name.starts_with("其中")) name.remove_prefix(std::string_view("其中").size());  // "among them"
  if (LetterCount(name) < 2 || RE2::PartialMatch(name, kPronoun) || NamesNoSegment(p, name)) return std::nullopt;
  return HitForName(p, name);
}

// CJK "…, 하이브리드 클라우드가 가장 빠르게 성장(… CAGR 12.8%", "ERP는 SaaS 매출의 약
// 21%": the last topic or subject marked by a particle in the figure's clause
// (after the previous figure and the last comma), up to three words long.
std::optional<SegmentHit> ClauseTopic(const Page& p, const Unit& u, const std::vector<size_t>& in_unit,
                                      const Mention& f) {
  if (!p.cjk) return std::nullopt;
  std::string_view clause = ClauseBefore(p, u, in_unit, f);
  // A name, maybe quoted ("‘솔루션’ 부문이"), then maybe a dimension word, then the particle.
  static const RE2 kTopic(
      "(?:[‘'\"「]([^’'\"」]{1,30})[’'\"」]|((?:[^\\s,、，。:：()‘’'\"「」]+ ){0,2}?[^\\s,、，。:：()‘’'\"「」]+?))"
      "\\s?(?:부문|모듈|세그먼트|セグメント|分野|배포 모델|배포 방식)?(?:は|が|는|은|이|가)(?:\\s|$)");
  static const RE2 kDigit("\\d");
  // Japanese sets no space after the particle: "製品別では、CASBが市場の32.1%を占めた".
  static const RE2 kKanjiTopic(
      "([\\p{Han}\\p{Katakana}ー\\p{Latin}\\d](?:[\\p{Han}\\p{Katakana}ー\\p{Latin}\\d&.\\-]|・[\\p{Han}\\p{Katakana}\\p{Latin}])*"
      "(?: [\\p{Latin}\\d][\\p{Latin}\\d&.\\-]*)*)(?:は|が)");  // "会計・財務モジュールが": the middle dot joins a name
  static const RE2 kDate("^\\d{4}|年|月");
  const RE2& topic = p.japanese ? kKanjiTopic : kTopic;
  auto last_topic = [&](std::string_view text) {
    re2::StringPiece rest(text.data(), text.size()), quoted, plain;
    std::optional<std::string_view> found;
    while (p.japanese ? RE2::FindAndConsume(&rest, topic, &plain) : RE2::FindAndConsume(&rest, topic, &quoted, &plain)) {
      std::string_view name = quoted.empty() ? std::string_view(plain.data(), plain.size())
                                             : std::string_view(quoted.data(), quoted.size());
      // "이 중 SaaS가": a one-syllable first word is a function word, not part of the name.
      // ("SAP 코리아는": an ASCII word of three letters is a name's.)
      for (size_t space = name.find(' ');
           space != std::string_view::npos && space <= 3 && (space < 3 || static_cast<unsigned char>(name[0]) >= 0x80);
           space = name.find(' ')) {
        name.remove_prefix(space + 1);
      }
      // "같은", "2030년에": an adjective's syllable or a date, not a name; "…) 모듈이": a dimension word alone.
      // Japanese names may hold digits ("B2Cモデル", "4大プラットフォーム"), never a date.
      if (LetterCount(name) < 2 || LetterCount(name) > 20 || RE2::PartialMatch(name, p.japanese ? kDate : kDigit)) {
        continue;
      }
      if (std::vector<PhraseHit> d = p.lex.dimension_words.FindAll(name);
          !d.empty() && d.front().span.size() == name.size()) {
        continue;
      }
      found = name;
    }
    return found;
  };
  std::optional<std::string_view> found = last_topic(AfterCjkDate(clause));
  // "ロボット掃除機が最大のセグメントで、市場の45%を占める": the figure's clause names no
  // topic; the sentence's earlier clause, with no figure between, does (Japanese: a
  // Korean subject particle is also a syllable of words, so an earlier clause's is no sure sign).
  if (!found && p.japanese) found = last_topic(Gap(p.text, FigureEndBefore(p, u, in_unit, f), f.span.start));
  if (!found) return std::nullopt;
  std::string_view name = *found;
  // "주요 리서치 기관은 ‘2024~2029년 14.5%’": the clause says who states the figure;
  // an empty name tells the caller that no segment is named.
  if (p.cues.Matches(CueId::kSourceHeader, name)) return SegmentHit{};
  // "SaaS市場は…1兆4,000億円となり" on a cloud services page: a market inside the page's market;
  // "世界市場は", "세계 펫푸드 시장은": the world's market, not a part of the page's.
  static const RE2 kScope("^(?:世界|全世界|全球|グローバル|글로벌|세계|国内|국내|海外|해외|全体|전체)");
  for (std::string_view market : {"市場", "市场", "시장"}) {
    if (!name.ends_with(market)) continue;
    std::string_view part = name.substr(0, name.size() - market.size());
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (LetterCount(part) >= 2 && !p.subject.empty() && !SameMarket(part, p.subject) &&
        !RE2::PartialMatch(part, kScope)) {
      name = part;
    }
  }
  // "複合年間成長率は7％": the figure's own role word; its segment is named elsewhere.
  if (NamesNoSegment(p, name)) return std::nullopt;
  return HitForName(p, name);
}

// ---- 5. qualifiers -----------------------------------------------------------

std::string Qualifier(const Page& p, const Unit& u, const Mention& f) {
  if (!f.qualifier.empty()) return f.qualifier == "~" ? "approximately" : f.qualifier;
  uint32_t look = f.span.start >= u.span.start + 24 ? f.span.start - 24 : u.span.start;
  while (look < f.span.start && IsContinuation(p.text[look])) ++look;
  std::string_view before = Gap(p.text, look, f.span.start);
  if (const std::string* q = p.lex.qualifiers_before.First(before)) return *q;
  uint32_t end = std::min<uint32_t>(u.span.end, f.span.end + 16);
  while (end < u.span.end && IsContinuation(p.text[end])) ++end;
  std::string_view after = Gap(p.text, f.span.end, end);
  if (const std::string* q = p.lex.qualifiers_after.First(after)) return *q;
  return {};
}

// ---- assembly ----------------------------------------------------------------

struct UnitClaims {
  std::vector<Claim> claims;
  std::vector<int> money_years;  // years of this unit's size claims
  // The latest year of an actual (not projected) size in this unit or, when it has
  // none, in the paragraph's units before it: where a later growth rate starts.
  std::optional<int> base_year;
};

class UnitAssembler {
 public:
  // `segments`: FindSegments of the unit (computed once for the segment mentions too).
  UnitAssembler(const Page& p, const std::vector<size_t>& order, size_t unit_index, std::vector<size_t> in_unit,
                std::vector<SegmentHit> segments, const UnitClaims* previous_in_block)
      : p_(p), order_(order), unit_index_(unit_index), u_(p.units[unit_index]), previous_(previous_in_block),
        in_unit_(std::move(in_unit)), segments_(std::move(segments)) {}

  UnitClaims Run() {
    UnitClaims out;
    bool has_figure = std::any_of(in_unit_.begin(), in_unit_.end(),
                                  [&](size_t i) { return IsFigure(p_.figures[i]); });
    if (!has_figure) return out;
    bound_ = BindYears(p_, in_unit_);
    context_ = ContextSpans(p_, u_);
    market_ = CueInAny(p_, CueId::kMarket, context_) ||
              (u_.kind == BlockKind::kTableRow && p_.title_names_market) ||
              (p_.title_names_market && (u_.kind == BlockKind::kListItem || ShortLine()) &&
               (OpensWithPredicate() || LabelIsSegment() || LabelNamesSubject() || LabelNamesPart())) ||
              (p_.title_names_market && (OpensWithSegment() || Measured() || OpensWithPartOfAmount())) ||
              SubjectMeasured();
    projection_ = CueInAny(p_, CueId::kProjected, context_);
    // "The market was X in 2023. By 2030 it is expected to reach Y": a forecast
    // continuing a market sentence of its paragraph, or opening with a pronoun or with
    // the bare measure the sentence before gave ("Global chip sales hit X. Sales are
    // forecast to reach Y").
    if (!market_ && projection_ && u_.kind != BlockKind::kTableRow && PreviousUnitSpeaksOfMarket()) {
      static const RE2 kPronounSubject(
          "(?i)^\\W*(?:it|they|er|sie|es|il|elle|ils|elles|ele|ela|él|ella|sales|revenues?|spending)\\b");
      // CJK leaves the subject out: "2028年度には3,200億円に達すると予測する" after the market's paragraph.
      const std::string_view unit = Slice(p_.text, u_.span);
      market_ = previous_ != nullptr || RE2::PartialMatch(unit, kPronounSubject) ||
                (p_.cjk && RE2::PartialMatch(unit, CjkDateOpens()));
    }
    // "The widget market was USD 5.2 billion in 2023. It reached $6.1 billion in 2024": an
    // actual figure too, when the sentence's subject is the pronoun standing for the market.
    if (!market_ && !projection_ && u_.kind == BlockKind::kParagraph && u_.sentence > 0 &&
        PreviousUnitSpeaksOfMarket()) {
      static const RE2 kItOpens("^\\W*(?:It|it)\\s+(?:has\\s+|had\\s+|then\\s+|later\\s+)?"
                                "(?:was|reached|stood|grew|rose|totaled|totalled|amounted|climbed|hit|surpassed)\\b");
      market_ = RE2::PartialMatch(Slice(p_.text, u_.span), kItOpens);
    }
    // "| Region | 2024 | 2029 | CAGR |": a row under a growth column reads as the
    // sentence "35.1 in 2024, 66.0 in 2029, a CAGR of 13.5%" does.
    const Block* header = HeaderRowAbove(p_, u_);
    growth_ = p_.cues.Matches(CueId::kCagr, u_.span) || (header && p_.cues.Matches(CueId::kCagr, header->span));
    lead_dimension_ = LeadDimension(p_, u_);
    named_market_ = MarketNamedIn(Slice(p_.text, u_.span));
    PairRespectively();

    // Sizes first: a cagr's period uses the unit's size years.
    std::vector<Claim> sizes, rates;
    for (size_t k = 0; k < in_unit_.size(); ++k) {
      const Mention& f = p_.figures[in_unit_[k]];
      if (IsAmount(f)) {
        if (auto c = SizeClaim(k)) sizes.push_back(std::move(*c));
      }
    }
    // A forecast word makes the later amounts of a unit forecasts ("valued at
    // $41.2 billion in 2017, projected to reach $158.1 billion by 2022") and a
    // lone amount one ("anticipated to reach USD 34.84 billion in 2023").
    int earliest = INT32_MAX;
    std::vector<int> distinct;
    for (const Claim& c : sizes) {
      earliest = std::min(earliest, *c.year);
      if (std::find(distinct.begin(), distinct.end(), *c.year) == distinct.end()) distinct.push_back(*c.year);
    }
    // "valued at USD 5.23 billion in 2024. The market is projected to grow from USD
    // 5.67 billion in 2025 to ...": later than the actual year the paragraph stated.
    if (previous_ && previous_->base_year) earliest = std::min(earliest, *previous_->base_year);
    for (Claim& c : sizes) {
      bool later = *c.year > earliest;
      // "| North America | USD 9.8 billion | USD 78.1 billion |" under years 2024 and 2034
      // on a page that forecasts 2025 to 2034: a year of the declared forecast period.
      if (p_.forecast && *c.year > p_.forecast->from && *c.year <= p_.forecast->to) c.projected = true;
      if (ForecastColumn(c)) c.projected = true;
      // "anticipated to reach USD 34.84 billion in 2023", not "was valued at USD
      // 84.5 billion in 2023 and is expected to grow": the lone amount's own forecast word.
      bool lone_forecast = distinct.size() <= 1 && ForecastWordBefore(c);
      if ((projection_ && (later || lone_forecast)) || (growth_ && later)) c.projected = true;
      out.money_years.push_back(*c.year);
      if (!c.projected && (!out.base_year || *c.year > *out.base_year)) out.base_year = c.year;
    }
    if (!out.base_year && previous_) out.base_year = previous_->base_year;
    Role previous_role = Role::kNone;
    const Mention* previous_percent = nullptr;
    for (size_t k = 0; k < in_unit_.size(); ++k) {
      const Mention& f = p_.figures[in_unit_[k]];
      if (!IsPercent(f)) continue;
      Role role = PercentRole(p_, u_, in_unit_, f);
      bool listed = false;  // "…, followed by healthcare (17%) and retail (12%)"
      bool restated = false;  // "40% of sales in 2023, compared with 25% in 2019": the same segment's
      if (previous_percent) {
        std::string_view gap = Gap(p_.text, previous_percent->span.end, f.span.start);
        // "compared with 40% for software": another segment's share, not an earlier one's.
        const bool compared_for = previous_role == Role::kShare && NameAfterComparedFor(p_, u_, in_unit_, f);
        listed = ListedInParentheses(gap) || (p_.cjk && ListedInCjkClause(gap)) ||
                 (previous_role == Role::kShare && (ElidedListName(p_, gap) || compared_for));
        restated = previous_role == Role::kShare && !compared_for && EarlierValue(gap);
        if (role == Role::kNone && (JoinedByConjunction(gap) || listed || restated)) role = previous_role;
      }
      previous_role = role;
      previous_percent = &f;
      if (!IsSingle(f)) continue;
      if (role == Role::kCagr) {
        if (auto c = CagrClaim(k, sizes)) rates.push_back(std::move(*c));
      } else if (role == Role::kShare) {
        if (auto c = ShareClaim(k)) {
          // A listed share without its own year is of the year of the share it follows.
          if (!c->year && listed && !rates.empty() && rates.back().kind == ClaimKind::kShare) c->year = rates.back().year;
          if (!c->year) c->year = YearOfRestatedAmount(k);
          if (restated && !rates.empty() && rates.back().kind == ClaimKind::kShare) c->segment = rates.back().segment;
          // "SaaS市場は…1兆4,000億円となり、市場全体の43.8%を占めた": the share of what the
          // sentence's amount before it is the size of.
          if (const Claim* size = p_.cjk && !c->segment ? SizeBefore(sizes, f) : nullptr; size && size->segment) {
            c->segment = size->segment;
            if (!c->year) c->year = size->year;
          }
          rates.push_back(std::move(*c));
        }
      }
    }
    out.claims = std::move(sizes);
    out.claims.insert(out.claims.end(), rates.begin(), rates.end());
    std::stable_sort(out.claims.begin(), out.claims.end(), [&](const Claim& a, const Claim& b) {
      return p_.figures[a.figures.front()].span.start < p_.figures[b.figures.front()].span.start;
    });
    return out;
  }

 private:
  Claim Base(ClaimKind kind, size_t k) {
    const Mention& f = p_.figures[in_unit_[k]];
    Claim c;
    c.kind = kind;
    c.evidence = u_.span;
    c.figures.push_back(in_unit_[k]);
    c.qualifier = Qualifier(p_, u_, f);
    c.segment = SegmentFor(k, kind);
    c.subject = p_.subject;
    if (!named_market_.empty() && !SameMarket(named_market_, p_.subject) &&
        !(c.segment && SameMarket(named_market_, c.segment->name)) && !NamesRegionOnly(named_market_)) {
      c.subject = named_market_;
    }
    return c;
  }

  // "reached $32 billion in 2023, representing 9.8% of the market", "$12 billion in
  // 2023, or 37.5% of the total": a share restating the amount right before it is
  // of that amount's year.
  std::optional<int> YearOfRestatedAmount(size_t k) const {
    const std::optional<size_t> j = DatedAmountBefore(k);
    if (!j) return std::nullopt;
    static const RE2 kRestated(
        "(?i)^\\s*(?:in|for|during|as of)\\s+(?:FY\\s?)?(\\d{4})\\s*,\\s*(?:representing|accounting for|or|making up|"
        "which (?:represents|represented|accounts for|accounted for|is|was))\\s+(?:about|around|approximately|"
        "nearly|roughly|almost|over|some|close to)?\\s*$");
    int year = 0;
    const std::string_view gap = Gap(p_.text, p_.figures[in_unit_[*j]].span.end, p_.figures[in_unit_[k]].span.start);
    if (RE2::FullMatch(gap, kRestated, &year) && year == bound_[*j].year->to) return year;
    return std::nullopt;
  }

  // The position in the unit of the figure right before figure `k`, when that is an amount
  // of one year.
  std::optional<size_t> DatedAmountBefore(size_t k) const {
    for (size_t j = k; j-- > 0;) {
      const Mention& m = p_.figures[in_unit_[j]];
      if (!IsFigure(m)) continue;
      const std::optional<YearRef>& y = bound_[j].year;
      if (!IsAmount(m) || !y || y->from != y->to) return std::nullopt;
      return j;
    }
    return std::nullopt;
  }

  // The unit just before this one (in any block) speaks of a market.
  bool PreviousUnitSpeaksOfMarket() const {
    return unit_index_ > 0 && p_.cues.Matches(CueId::kMarket, p_.units[unit_index_ - 1].span);
  }

  std::optional<YearRef> TableOrHeadingYear(size_t k) {
    const Mention& f = p_.figures[in_unit_[k]];
    if (auto h = ColumnHeader(p_, u_, f.span.start)) {
      if (auto y = YearIn(p_, order_, *h)) return y;
    }
    // A sentence of running text names its own year; a list item or row may
    // leave it to the line that opens its list or to its heading.
    if (u_.kind == BlockKind::kListItem || u_.kind == BlockKind::kTableRow || ShortLine()) {
      for (ByteSpan frame : FrameSpans(p_, u_)) {
        if (auto y = YearIn(p_, order_, frame)) return y;
      }
    }
    return std::nullopt;
  }

  // "2024年4月のオンライン取引額：19.8兆ウォン": a month's figure is no market's
  // yearly size, unless the unit says it is the market size at that date.
  bool MonthlyFigure(size_t k) const {
    if (!p_.cjk || bound_[k].year_mention == SIZE_MAX) return false;
    const Mention& y = p_.figures[bound_[k].year_mention];
    static const RE2 kMonth("^\\s*(?:年|년)\\s*\\d{1,2}\\s*(?:月|월)");
    static const RE2 kMarketSize("市場規模|市场规模|시장 ?규모");
    return RE2::PartialMatch(Gap(p_.text, y.span.end, std::min<uint32_t>(y.span.end + 12, p_.text.size())), kMonth) &&
           !RE2::PartialMatch(Slice(p_.text, u_.span), kMarketSize);
  }

  // "USD 120 billion in revenue in Q3 2023", "in the first half of 2024", "2024年上半年",
  // "2024년 3분기": a quarter's or a half-year's figure is no market's yearly size.
  bool PartOfYearFigure(size_t k) const {
    if (bound_[k].year_mention == SIZE_MAX) return false;
    const Mention& y = p_.figures[bound_[k].year_mention];
    static const RE2 kBefore(
        "(?i)(?:\\b(?:Q[1-4]|H[12]|[1-4]Q|[12]H)|\\b(?:first|second|third|fourth|1st|2nd|3rd|4th|last)\\s+"
        "(?:quarter|half)(?:\\s+of)?)\\s*(?:FY\\s?|CY\\s?)?'?$");
    static const RE2 kAfter(
        "^\\s*(?:年|년)?\\s*(?:上半年|下半年|第[一二三四1-4]季度?|[上下]半期|第?[1-4]四半期|[1-4]\\s*분기|[상하]반기|"
        "Q[1-4]|H[12])");
    const uint32_t look = y.span.start >= 28 ? y.span.start - 28 : 0;
    return RE2::PartialMatch(Gap(p_.text, look, y.span.start), kBefore) ||
           RE2::PartialMatch(Gap(p_.text, y.span.end, std::min<uint32_t>(y.span.end + 16, p_.text.size())), kAfter);
  }

  // "| Product type | 2023 | 2030F |", "FY30E (₹ crore)", "Industry Value (2035F)":
  // the amount's year is marked as a forecast or estimate in its column header
  // or row label.
  bool ForecastColumn(const Claim& c) const {
    if (u_.kind != BlockKind::kTableRow) return false;
    static const RE2 kMarked("(?i)(?:^|\\b|FY)\\d{2,4}\\s*\\(?(?:F|E|P|forecast|projected|est\\.?)\\)?(?:\\b|$)");
    if (auto h = ColumnHeader(p_, u_, p_.figures[c.figures.front()].span.start);
        h && RE2::PartialMatch(Slice(p_.text, *h), kMarked)) {
      return true;
    }
    const Block& row = p_.blocks[u_.block];
    return !row.cells.empty() && RE2::PartialMatch(Slice(p_.text, row.cells[0]), kMarked);
  }

  // A forecast word before the amount in its unit (CJK puts the verb last, so
  // there also in the amount's clause: "2030年には2,150億円に達すると予測される"),
  // or in the unit's frame (a table's header, the heading above) when the unit
  // itself has none.
  bool ForecastWordBefore(const Claim& c) const {
    auto projected = [&](std::string_view s) { return p_.cues.Matches(CueId::kProjected, s); };
    const Mention& f = p_.figures[c.figures.front()];
    std::string_view before = Gap(p_.text, u_.span.start, f.span.start);
    // "The market grew 12% year over year to reach $210.5 billion in 2024": reached, not forecast.
    before = before.substr(0, PastReachStart(before));
    if (projected(before)) return true;
    if (p_.cjk) {
      std::string_view after = Gap(p_.text, f.span.end, u_.span.end);
      static const RE2 kClauseEnd("^([^,，、。;]*)");
      re2::StringPiece clause;
      if (RE2::PartialMatch(after, kClauseEnd, &clause) &&
          projected(std::string_view(clause.data(), clause.size()))) {
        return true;
      }
    }
    // "Global Forecast to 2029" over "- Europe: USD 3.9 billion in 2023" on a page that
    // forecasts 2024 to 2029: the frame's forecast is of that period, not of a year before it.
    if (p_.forecast && *c.year <= p_.forecast->from) return false;
    // A sentence of running text says its own tense ("台灣電池芯產值2023年為新台幣450億元"
    // under a headline that "將達" a forecast); a list item, row or label line takes its frame's.
    if (u_.kind == BlockKind::kParagraph && (!ShortLine() || EndsSentence())) return false;
    return !projected(Slice(p_.text, u_.span)) && projection_;
  }

  // Where "grew 12% year over year to reach " starts when `before` (the text
  // before an amount) ends with it, else its size: a past growth verb, then "to
  // reach" or "to hit" and at most a few words.
  static size_t PastReachStart(std::string_view before) {
    size_t to = std::string_view::npos;
    for (std::string_view words : {"to reach", "to hit"}) {
      size_t from = before.size() > words.size() + 20 ? before.size() - words.size() - 20 : 0;
      for (size_t at = FindAsciiCaseless(before, words, from); at != std::string_view::npos;
           at = FindAsciiCaseless(before, words, at + 1)) {
        if (to == std::string_view::npos || at > to) to = at;
      }
    }
    if (to == std::string_view::npos ||
        before.find_first_of(".;0123456789", to) != std::string_view::npos) {
      return before.size();
    }
    size_t window = to > 60 ? to - 60 : 0;
    if (size_t stop = before.substr(0, to).find_last_of(".;"); stop != std::string_view::npos && stop >= window) {
      window = stop + 1;
    }
    static const RE2 kPastVerb("(?i)\\b(grew|rose|increased|climbed|jumped|expanded|surged|soared|advanced)\\b");
    re2::StringPiece verb;
    if (!RE2::PartialMatch(before.substr(window, to - window), kPastVerb, &verb)) return before.size();
    return static_cast<size_t>(verb.data() - before.data());
  }

  // The words of a list item before its first colon, when no figure comes first.
  std::string_view ItemLabel() const {
    std::string_view t = Slice(p_.text, u_.span);
    size_t colon = t.find(':');
    if (colon == std::string_view::npos) return {};
    uint32_t end = u_.span.start + static_cast<uint32_t>(colon);
    return AnyBetween(p_, in_unit_, u_.span.start, end, true) ? std::string_view() : t.substr(0, colon);
  }

  // "- Expected to reach USD 9.1 billion by 2032", "Valued at ...": a line with no
  // subject of its own; under a market page's title it speaks of that market.
  bool OpensWithPredicate() const {
    static const RE2 kPredicate(
        "(?i)^\\W*(?:(?:is|are|was|were|to)\\s+)?(?:expected|projected|forecast|forecasted|anticipated|estimated|"
        "predicted|poised|set|likely|reached|reaching|reach|reaches|grew|growing|grows|rose|rising|stood|standing|"
        "surpassed|surpassing|exceeded|exceeding|will|worth|amounted|totaled|totalled|hit|generated)\\b");
    return RE2::PartialMatch(Slice(p_.text, u_.span), kPredicate);
  }

  // "Cartesian robots accounted for USD 5.1 billion in 2023" on a market page: a sentence
  // opening with a noun phrase that accounts for an amount speaks of a part of the market.
  bool OpensWithPartOfAmount() const {
    static const RE2 kPartOf(
        "(?i)^\\W*(?:the\\s+)?(?:[^\\s,;:]+\\s+){0,3}[^\\s,;:]+\\s+(?:accounted for|accounts for|"
        "represented|represents|made up|makes up|contributed|contributes)\\s+(?:(?:about|around|nearly|over|almost|"
        "approximately|roughly|some|more than|less than|close to)\\s+)?$");
    for (size_t i : in_unit_) {
      const Mention& m = p_.figures[i];
      if (m.kind != MentionKind::kMoney) continue;
      const std::string_view opening = Gap(p_.text, u_.span.start, m.span.start);
      // Four words, a verb of one or two and a qualifier of two: at most eight spaces.
      return opening.size() <= 100 && std::count(opening.begin(), opening.end(), ' ') <= 8 &&
             (ContainsAsciiCaseless(opening, "account") || ContainsAsciiCaseless(opening, "represent") ||
              ContainsAsciiCaseless(opening, "made up") || ContainsAsciiCaseless(opening, "makes up") ||
              ContainsAsciiCaseless(opening, "contribut")) &&
             RE2::FullMatch(opening, kPartOf);
    }
    return false;
  }

  // "- Europe: USD 3.9 billion in 2023" under a market page's title: a segment's
  // figures, labelled by the segment's name alone.
  bool LabelIsSegment() const {
    std::string_view label = ItemLabel();
    if (label.empty()) return false;
    ByteSpan name = TrimSpan(p_.text, SpanIn(p_.text, label));
    return std::any_of(segments_.begin(), segments_.end(), [&](const SegmentHit& h) { return h.span == name; });
  }

  // "Revenue from software is forecast to reach $5 billion": the name a sentence opening with
  // what is measured says it of.
  std::optional<SegmentHit> MeasuredName() const {
    if (p_.cjk) return std::nullopt;
    static const RE2 kMeasureOf(
        "(?i)^\\W*(?:(?:global|worldwide|total)\\s+)?(?:revenues?|sales|spending|demand|shipments)\\s+"
        "(?:from|of|on|for)\\s+(?:the\\s+)?((?:[\\pL\\d&/\\-]+\\s+){0,3}?[\\pL\\d&/\\-]+)\\s+"
        "(?:is|are|was|were|will|reached|totaled|totalled|hit|stood|grew|rose|amounted|came|could|may|has|have|had|"
        "increased|exceeded|surpassed)\\b");
    re2::StringPiece m;
    if (!RE2::PartialMatch(Slice(p_.text, u_.span), kMeasureOf, &m)) return std::nullopt;
    const std::string_view name(m.data(), m.size());
    if (NamesNoSegment(p_, name)) return std::nullopt;
    return NounAsSegment(p_, name, CueId::kShareVerb);
  }

  // MeasuredName, asked at most once per unit.
  const std::optional<SegmentHit>& Measured() {
    if (!measured_name_) measured_name_ = MeasuredName();
    return *measured_name_;
  }

  // "Cloud security revenues totaled $4.2 billion": the page's market named with what is
  // measured of it.
  bool SubjectMeasured() const {
    const std::string_view subject = p_.subject;
    if (subject.empty()) return false;
    const std::string_view unit = Slice(p_.text, u_.span);
    static const RE2 kMeasure("^\\s+(?:sales|revenues?|spending|expenditures?)\\b");
    auto same = [](char a, char b) { return LowerAscii(a) == LowerAscii(b); };
    for (auto at = std::search(unit.begin(), unit.end(), subject.begin(), subject.end(), same); at != unit.end();
         at = std::search(at + 1, unit.end(), subject.begin(), subject.end(), same)) {
      if (RE2::PartialMatch(unit.substr(at - unit.begin() + subject.size()), kMeasure)) return true;
    }
    return false;
  }

  // "Europe stood at USD 2.38 billion in 2023", "Lighting accounted for ..." on a market page:
  // a sentence whose subject is a region or one of the page's own segments speaks of that part
  // (and so does one opening with a measure of a name, MeasuredName).
  bool OpensWithSegment() const {
    static const RE2 kOpening("(?i)^\\W*(?:the\\s+)?$");
    return std::any_of(segments_.begin(), segments_.end(), [&](const SegmentHit& h) {
      return (h.region || p_.taxonomy.Find(h.name) != nullptr) &&
             RE2::FullMatch(Gap(p_.text, u_.span.start, h.span.start), kOpening);
    });
  }

  // "- Global cloud ERP: $87.7B (2024) → $172.7B (2029)" on a cloud ERP page: the
  // market's figures, labelled by its name (not a narrower one's, "Cloud ERP for SMBs").
  bool LabelNamesSubject() const {
    std::string_view label = ItemLabel();
    return !label.empty() && SameMarket(label, p_.subject) && !NarrowerMarket(label, p_.subject);
  }

  // "- HVAC control: USD 9.3 billion (2023)" under a market page's title: a part's amount,
  // labelled by a short name the page lists nowhere else (not a measure, a metric or a period).
  bool LabelNamesPart() const {
    std::string_view label = ItemLabel();
    static const RE2 kName("^\\W*\\pL[\\pL&/\\-]*(?:\\s+[\\pL&/\\-]+){0,3}\\s*$");
    static const RE2 kMeasure(
        "(?i)\\b(?:revenues?|sales|value|valuation|size|spending|spend|volume|prices?|costs?|funding|investments?|"
        "growth|opportunity|share|rate|cagr|forecast|estimate|projection|outlook|total|overall|budget|profit|income|"
        "year|period|base|market|industry)\\b");
    if (label.empty() || label.size() > 40 || !RE2::FullMatch(label, kName) || RE2::PartialMatch(label, kMeasure)) {
      return false;
    }
    // The amount comes right after the colon.
    const uint32_t after = SpanIn(p_.text, label).end + 1;
    for (size_t i : in_unit_) {
      const Mention& m = p_.figures[i];
      if (!IsFigure(m)) continue;
      const std::string_view gap = Gap(p_.text, after, m.span.start);
      return m.kind == MentionKind::kMoney && std::all_of(gap.begin(), gap.end(), IsSpace);
    }
    return false;
  }

  // A unit that ends as a sentence does ("。", "."), not as a label line.
  bool EndsSentence() const {
    std::string_view t = Slice(p_.text, u_.span);
    return t.ends_with('.') || t.ends_with('!') || t.ends_with('?') || t.ends_with("。") || t.ends_with("！") ||
           t.ends_with("？");
  }

  // "A[Asia-Pacific<br/>18.7%] --> B[Fastest]": a label line, not a sentence.
  bool ShortLine() const {
    return u_.kind == BlockKind::kParagraph && u_.sentence == 0 && u_.span.size() <= 80 &&
           p_.blocks[u_.block].span.size() <= 90;
  }

  // "Cartesian robots accounted for USD 5.1 billion in 2023", "Assembly applications are
  // expected to reach": the noun phrase a sentence opens with, right before a size verb.
  std::optional<SegmentHit> OpeningNounOfSize(const Mention& f) const {
    // Four words and a verb phrase fit in 100 bytes: a later amount is no opening's. A sentence
    // naming a market or industry before the amount speaks of that, not of a part.
    const std::string_view opening = Gap(p_.text, u_.span.start, f.span.start);
    if (opening.size() > 100 || ContainsAsciiCaseless(opening, "market") || ContainsAsciiCaseless(opening, "industr")) {
      return std::nullopt;
    }
    std::optional<SegmentHit> h = NounBeforeVerb(p_, u_, in_unit_, f, CueId::kSizeVerb, nullptr);
    if (!h) return std::nullopt;
    static const RE2 kOpening("(?i)^\\W*(?:the\\s+)?$");
    static const RE2 kNoPart(
        "(?i)^(?:global|worldwide|world|total|overall|company|firm|group|government|country|business|revenue|"
        "sales|demand|spending|investment|exports?|imports?)\\b");
    if (!RE2::FullMatch(Gap(p_.text, u_.span.start, h->span.start), kOpening) || RE2::PartialMatch(h->name, kNoPart)) {
      return std::nullopt;
    }
    return h;
  }

  // Words that make an amount something other than a market's size (a budget, a price, a
  // company's revenue), except inside a phrase that names something else: a price band
  // naming a segment ("中価格帯", "mid-priced"), a country described by its economy
  // ("China, the world's second largest economy, is forecast to reach").
  bool NotSize(ByteSpan s) {
    if (p_.cues.Matches(CueId::kCompany, s)) return true;
    if (!p_.cues.Matches(CueId::kNotSize, s)) return false;
    if (!p_.cues.Matches(CueId::kNotSizeExempt, s)) return true;
    const std::vector<ByteSpan>& exempt = p_.cues.FindAll(CueId::kNotSizeExempt, s);
    for (ByteSpan w : p_.cues.FindAll(CueId::kNotSize, s)) {
      bool inside = std::any_of(exempt.begin(), exempt.end(),
                                [&](ByteSpan b) { return b.start <= w.start && w.end <= b.end; });
      if (!inside) return true;
    }
    return false;
  }

  std::optional<Claim> SizeClaim(size_t k) {
    const Mention& f = p_.figures[in_unit_[k]];
    if (!IsSingle(f) || !market_) return std::nullopt;
    ByteSpan window = LocalWindow(p_, u_, in_unit_, k);
    // "定價低於600美元（換算約19,651元）": a conversion is what its original is.
    if (ConvertsPrevious(p_, in_unit_, k)) window.start = LocalWindow(p_, u_, in_unit_, k - 1).start;
    if (NotSize(window)) {
      not_size_before_ = f.span.end;
      return std::nullopt;
    }
    // "| Government budget | $538M | $820M |": a row's label says what every amount in it is,
    // not only the first, whose window reaches back to it.
    if (const Block& row = p_.blocks[u_.block];
        u_.kind == BlockKind::kTableRow && !row.cells.empty() && row.cells[0].end <= window.start &&
        NotSize(row.cells[0])) {
      return std::nullopt;
    }
    // "the expenditure outlay was ₹12.8 lakh crore in FY19; it has increased
    // steadily to ₹21.3 lakh crore in FY23": the same thing, unless a market
    // is named in between (a table row's cells are each their own).
    if (not_size_before_ && u_.kind != BlockKind::kTableRow &&
        !p_.cues.Matches(CueId::kMarket, Gap(p_.text, *not_size_before_, f.span.start))) {
      return std::nullopt;
    }
    // "Sector funding: $88.5K (2015) → $50.7M (2024)": a list item's label says what its amounts are.
    if (u_.kind == BlockKind::kListItem) {
      std::string_view label = ItemLabel();
      if (!label.empty() && NotSize(SpanIn(p_.text, label))) return std::nullopt;
    }
    if (MonthlyFigure(k) || PartOfYearFigure(k) || DealPrice(f) || RelativeYear(f)) return std::nullopt;
    std::optional<YearRef> year = bound_[k].year;
    bool by = year && year->by;
    if (!year) {
      // "a CAGR of 25% from 2022-2028 to reach $332 billion": the range's end.
      for (size_t i : in_unit_) {
        const Mention& r = p_.figures[i];
        if (r.kind == MentionKind::kYearRange && r.span.end <= f.span.start) {
          year = YearRef{r.to, r.to, r.to != r.from + 1};  // "In FY2021-22, ...": a fiscal year
        }
        // "to grow at a CAGR of +7.2% to $204.6 billion between 2019 and 2023": the range right after.
        if (!year && r.kind == MentionKind::kYearRange && r.span.start >= f.span.end &&
            r.span.start <= f.span.end + 24 && !AnyBetween(p_, in_unit_, f.span.end, r.span.start, true)) {
          year = YearRef{r.to, r.to, !FiscalYear(r, Gap(p_.text, f.span.end, r.span.start))};
        }
      }
      if (year) by = year->by;
    }
    if (!year) year = TableOrHeadingYear(k);
    if (!year) year = YearOfParallelClause(k);
    if (!year) year = YearOfRestatedShare(k);
    if (!year || year->from != year->to) {
      if (!year) return std::nullopt;
      year = YearRef{year->to, year->to, true};
    }
    Claim c = Base(ClaimKind::kSize, k);
    c.amount = *f.value;
    c.currency = f.currency;
    c.year = year->to;
    // More in Run(), once every size of the unit is known.
    c.projected = by;
    return c;
  }

  // "with a revenue share of 52.1% in 2023, valued at USD 22.8 billion": an amount restating
  // a share, after the share's year, is of that year (the sentence's only one).
  std::optional<YearRef> YearOfRestatedShare(size_t k) const {
    static const RE2 kRestates(
        "(?i)^\\s*,?\\s*(?:valued at|worth|amounting to|equivalent to|or)\\s+(?:(?:about|around|nearly|roughly|"
        "approximately|almost|over|some)\\s+)?$");
    if (k < 2) return std::nullopt;
    const Mention& year = p_.figures[in_unit_[k - 1]];
    const Mention& share = p_.figures[in_unit_[k - 2]];
    if (year.kind != MentionKind::kYear || !year.value || !IsPercent(share) ||
        !RE2::FullMatch(Gap(p_.text, year.span.end, p_.figures[in_unit_[k]].span.start), kRestates)) {
      return std::nullopt;
    }
    for (size_t i : in_unit_) {
      const Mention& m = p_.figures[i];
      if (m.kind == MentionKind::kYearRange || (m.kind == MentionKind::kYear && m.value != year.value)) {
        return std::nullopt;
      }
    }
    const int value = static_cast<int>(*year.value);
    return YearRef{value, value, false};
  }

  // "expected to hit USD 6.0 billion this year": a year the page's date would tell, which no
  // other year of the sentence stands for.
  bool RelativeYear(const Mention& f) const {
    // Not "last year (2023)", which names it.
    static const RE2 kRelative(
        "(?i)^\\s*(?:this|next|last|the current|the coming|the following) (?:fiscal )?year\\b"
        "(\\s*[(,]?\\s*(?:19|20)\\d\\d)?");
    const std::string_view after = Gap(p_.text, f.span.end, std::min<uint32_t>(f.span.end + 48, u_.span.end));
    re2::StringPiece named;
    return ContainsAsciiCaseless(after, "year") && RE2::PartialMatch(after, kRelative, &named) && named.empty();
  }

  // "Deere & Company acquired a 20% stake in GUSS Automation for USD 100 million": what a deal cost.
  bool DealPrice(const Mention& f) const {
    std::string_view before = Gap(p_.text, u_.span.start, f.span.start);
    // "for" closes the words before the amount, but for a qualifier or two.
    if (!ContainsAsciiCaseless(before.substr(before.size() > 40 ? before.size() - 40 : 0), "for ")) return false;
    static const RE2 kDeal(
        "(?i)\\b(?:acquir\\w*|bought|buys?|purchas\\w*|stakes?|merg\\w*|takeover)\\b[^;.]*\\bfor\\s+"
        "(?:(?:about|around|approximately|nearly|roughly|over|some)\\s+)?(?:an?\\s+(?:reported|undisclosed)\\s+)?$");
    return RE2::PartialMatch(before, kDeal);
  }

  // "Rs. 1,200 crore in 2021-22", "in FY2022-23": one fiscal year, dated by its end; no forecast.
  static bool FiscalYear(const Mention& range, std::string_view gap) {
    static const RE2 kIn("(?i)^\\s*(?:in|for|during)?\\s*$");
    return range.to == range.from + 1 && RE2::FullMatch(gap, kIn);
  }

  bool GrowthOfSomethingElse(size_t k) {
    // What grows is named before the rate: "The number of players is expected
    // to grow at a CAGR of 5.6%"; words after it ("... to hit one crore units")
    // describe something else.
    std::vector<ByteSpan> spans{{LocalWindow(p_, u_, in_unit_, k).start, p_.figures[in_unit_[k]].span.end}};
    if (u_.kind != BlockKind::kParagraph) {
      if (auto h = HeadingAbove(p_, u_)) spans.push_back(*h);
    }
    // A list item's lead-in line ("The fastest growing employment areas:").
    if (u_.kind == BlockKind::kListItem) {
      for (size_t b = u_.block; b-- > 0;) {
        if (p_.blocks[b].kind == BlockKind::kListItem) continue;
        spans.push_back(p_.blocks[b].span);
        break;
      }
    }
    for (ByteSpan span : spans) {
      if (!p_.cues.Matches(CueId::kGrowthNegative, span)) continue;
      for (ByteSpan m : p_.cues.FindAll(CueId::kGrowthNegative, span)) {
        if (!NamesPartOfMarket({span.start + m.start, span.start + m.end})) return true;
      }
    }
    return false;
  }

  // "The end-user segment", "the user analytics market": a count word that names
  // a segment or market rather than what grows.
  bool NamesPartOfMarket(ByteSpan word) const {
    static const RE2 kEnd("(?i)\\bend[\\s-]$");
    static const RE2 kPartFollows(
        "(?i)^(?:[\\s-]+[\\w&/-]+){0,2}?[\\s-]+(?:markets?|segments?|industry|industries|sector|vertical|category)\\b");
    return RE2::PartialMatch(Gap(p_.text, word.start >= 4 ? word.start - 4 : 0, word.start), kEnd) ||
           RE2::PartialMatch(Gap(p_.text, word.end, std::min<uint32_t>(word.end + 40, u_.span.end)), kPartFollows);
  }

  // "hit an annual growth rate of 5,438% in 2021": one year's growth, over the year
  // before it.
  std::optional<int> GrowthYear(size_t k) const {
    const TimeBinding& b = bound_[k];
    if (!b.year || b.year->by || b.year->from != b.year->to || b.year_mention == SIZE_MAX) return std::nullopt;
    const Mention& f = p_.figures[in_unit_[k]];
    const Mention& y = p_.figures[b.year_mention];
    if (y.span.start < f.span.end) return std::nullopt;
    static const RE2 kIn("(?i)^\\s*(?:in|during)\\s+$");
    if (!RE2::FullMatch(Gap(p_.text, f.span.end, y.span.start), kIn)) return std::nullopt;
    return b.year->to;
  }

  // "has grown at a CAGR of 12% since 2019", "cresce 15,2% ao ano desde 2020": a year led by
  // "since" shortly after the rate.
  std::optional<int> SinceYear(size_t k) const {
    const Mention& f = p_.figures[in_unit_[k]];
    for (size_t j = k + 1; j < in_unit_.size(); ++j) {
      const Mention& y = p_.figures[in_unit_[j]];
      if (IsFigure(y) || y.span.start > f.span.end + 40) return std::nullopt;
      if (y.kind != MentionKind::kYear) continue;
      static const RE2 kSince(
          "(?i)^[^.;%]{0,25}?\\b(?:since|desde|depuis|seit|dal)\\s+(?:(?:el|o|le|l'année|dem\\s+Jahr|the\\s+year)\\s+)?$");
      if (!RE2::FullMatch(Gap(p_.text, f.span.end, y.span.start), kSince)) return std::nullopt;
      return static_cast<int>(y.value.value_or(0));
    }
    return std::nullopt;
  }

  // "a 5.8% CAGR through the year 2030": a year led by "by"/"through" shortly
  // after the rate that no amount claims.
  std::optional<int> EndYearAfter(size_t k) {
    const Mention& f = p_.figures[in_unit_[k]];
    for (size_t j = k + 1; j < in_unit_.size(); ++j) {
      const Mention& y = p_.figures[in_unit_[j]];
      if (IsFigure(y)) return std::nullopt;
      if (y.kind != MentionKind::kYear) continue;
      if (y.span.start > f.span.end + 48) return std::nullopt;
      for (size_t b = 0; b < bound_.size(); ++b) {
        if (b != k && bound_[b].year_mention == in_unit_[j]) return std::nullopt;  // another figure's year
      }
      uint32_t look = y.span.start >= f.span.end + 24 ? y.span.start - 24 : f.span.end;  // "through the year "
      // "to grow 7.6% annually to 2030", "a 7.5% CAGR to 2028": "to" right after the rate, which a
      // size's "to $9 billion in 2030" never is.
      static const RE2 kRateTo(
          "(?i)^\\s*(?:(?:annually|a year|per year|per annum|each year|yearly|CAGR)\\s+)?(?:up\\s+)?to\\s+$");
      std::string_view gap = Gap(p_.text, f.span.end, y.span.start);
      if (p_.cues.Matches(CueId::kByYear, Gap(p_.text, look, y.span.start)) ||
          (ContainsAsciiCaseless(gap, "to") && RE2::FullMatch(gap, kRateTo))) {
        return static_cast<int>(y.value.value_or(0));
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  // "| Personal care | 43,200 | 1,02,000 | 15.4% |" under "FY24 | FY30E | CAGR": a
  // row's rate runs from its actual amount to the one its column marks as an
  // estimate. Plain year columns ("| Research Nester | US$ 2.8B | US$ 3.52B |
  // 13.2% |" under 2030, 2037: two sources' forecasts) state no period.
  std::optional<YearRef> RowPeriod(const std::vector<Claim>& sizes) const {
    if (u_.kind != BlockKind::kTableRow) return std::nullopt;
    std::optional<int> base, last;
    for (const Claim& s : sizes) {
      if (!s.projected && (!base || *s.year < *base)) base = s.year;
      if (ForecastColumn(s) && (!last || *s.year > *last)) last = s.year;
    }
    if (!base || !last || *base >= *last) return std::nullopt;
    return YearRef{*base, *last, false};
  }

  // "North America was valued at USD 4.4 billion in 2023, while Europe stood at USD 3.1
  // billion": a clause about another segment, after "while", "whereas", "and" or ";", shares
  // the year of the amount before it (not "up from USD 3.9 billion": no new subject).
  std::optional<YearRef> YearOfParallelClause(size_t k) const {
    const Mention& f = p_.figures[in_unit_[k]];
    auto clause = ParallelClause(k);
    if (!clause) return std::nullopt;
    const bool new_subject = std::any_of(segments_.begin(), segments_.end(), [&](const SegmentHit& h) {
      return h.span.start >= clause->start && h.span.end <= f.span.start;
    });
    return new_subject || ParallelClauseSubject(k, *clause) ? bound_[clause->amount].year : std::nullopt;
  }

  // The clause of amount `k` after an earlier dated amount's clause ("..., while Europe stood
  // at"), and that earlier amount's position in the unit.
  struct Clause {
    uint32_t start;
    size_t amount;
  };
  std::optional<Clause> ParallelClause(size_t k) const {
    const std::optional<size_t> j = DatedAmountBefore(k);
    if (!j) return std::nullopt;
    const std::string_view gap = Gap(p_.text, p_.figures[in_unit_[*j]].span.end, p_.figures[in_unit_[k]].span.start);
    static const RE2 kParallel("(?i)((?:,\\s*(?:while|whereas|and)|;|\\s(?:while|whereas))\\s)");
    re2::StringPiece connector;
    if (!RE2::PartialMatch(gap, kParallel, &connector)) return std::nullopt;
    return Clause{static_cast<uint32_t>(connector.data() + connector.size() - p_.text.data()), *j};
  }

  // "The hardware segment accounted for USD 7.1 billion in 2024, while software reached USD
  // 12.4 billion": the noun a parallel clause opens with, right before its amount's verb.
  std::optional<SegmentHit> ParallelClauseSubject(size_t k, const Clause& clause) const {
    static const RE2 kSubjectVerb(
        "(?i)^\\s*(?:the\\s+)?((?:[\\pL\\d&/\\-]+\\s+){0,3}?[\\pL\\d&/\\-]+)\\s+(?:segment\\s+|sector\\s+)?"
        "(?:reached|stood at|was|were|accounted for|totaled|totalled|amounted to|generated|came in at|"
        "contributed|recorded|registered)\\s+(?:(?:about|around|nearly|almost|over|approximately|roughly|some|"
        "an estimated)\\s+)?$");
    re2::StringPiece m;
    if (!RE2::FullMatch(Gap(p_.text, clause.start, p_.figures[in_unit_[k]].span.start), kSubjectVerb, &m)) {
      return std::nullopt;
    }
    const std::string_view name(m.data(), m.size());
    if (NamesNoSegment(p_, name)) return std::nullopt;  // "revenue", "total spending"
    return NounAsSegment(p_, name, CueId::kShareVerb);
  }

  // The N of "the next N years" in the unit.
  std::optional<int> NextYears() const {
    std::vector<ByteSpan> found = p_.cues.FindAll(CueId::kNextYears, Slice(p_.text, u_.span));
    if (found.empty()) return std::nullopt;
    std::string_view phrase = Slice(Slice(p_.text, u_.span), found.front());
    static const RE2 kDigits("(\\d{1,2})");
    int n = 0;
    if (RE2::PartialMatch(phrase, kDigits, &n)) return n;
    static constexpr std::pair<std::string_view, int> kWords[] = {
        {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9},
        {"ten", 10}, {"二", 2}, {"三", 3}, {"四", 4}, {"五", 5}, {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}, {"十", 10}};
    std::string lower = AsciiLower(phrase);
    for (auto [word, value] : kWords) {
      if (lower.find(word) != std::string::npos) return value;
    }
    return std::nullopt;
  }

  std::optional<Claim> CagrClaim(size_t k, const std::vector<Claim>& sizes) {
    const Mention& f = p_.figures[in_unit_[k]];
    if (GrowthOfSomethingElse(k)) return std::nullopt;
    Claim c = Base(ClaimKind::kCagr, k);
    c.value = *f.value;
    // (1) the period written right before the rate, else the nearest year range in the unit.
    const Mention* range = PeriodBefore(p_, in_unit_, f);
    uint32_t best = range ? 0 : UINT32_MAX;
    for (size_t i : in_unit_) {
      const Mention& r = p_.figures[i];
      if (r.kind != MentionKind::kYearRange) continue;
      uint32_t d = r.span.start >= f.span.end ? r.span.start - f.span.end : f.span.start - r.span.end + 8;
      if (r.span.start < f.span.end && r.span.end > f.span.start) d = 0;
      // "Between 2024 and 2030 the market grows 6.1% annually; from 2025 through 2032 ...":
      // a range across a semicolon belongs to the other clause.
      if (d != 0) {
        std::string_view between = r.span.start >= f.span.end ? Gap(p_.text, f.span.end, r.span.start)
                                                               : Gap(p_.text, r.span.end, f.span.start);
        if (between.find(';') != std::string_view::npos || between.find("；") != std::string_view::npos) d += 40;
      }
      if (d < best) {
        best = d;
        range = &r;
      }
    }
    if (range) {
      c.from = range->from;
      c.to = range->to;
      return c;
    }
    // (2) "over the forecast period": the page's own period, or nothing.
    if (p_.cues.Matches(CueId::kForecastPeriod, Slice(p_.text, u_.span))) {
      std::optional<YearRef> period = p_.forecast ? p_.forecast : p_.headline;
      auto own = std::find_if(p_.market_periods.begin(), p_.market_periods.end(), [&](const MarketPeriod& m) {
        return !named_market_.empty() && SameMarket(m.market, named_market_);
      });
      if (!period && own != p_.market_periods.end()) period = own->period;
      if (period) {
        c.from = period->from;
        c.to = period->to;
        return c;
      }
      // "... to USD 9 billion in 2030. Over the same period, ... 8.8%": on a page that
      // declares no period, the one its sentences just spanned (steps 3 to 5).
      static const RE2 kSamePeriod(
          "(?i)the same period|같은 기간|동 기간|同期間|同じ期間|同期内|la même période|im gleichen Zeitraum|"
          "no mesmo período|en el mismo período");
      if (!RE2::PartialMatch(Slice(p_.text, u_.span), kSamePeriod)) return c;
    }
    // (2b) "未来5年 ... 30.9% ... 预计到2026年", "over the next five years": a
    // span of years counted from the end year, else from the base amount's year.
    if (std::optional<int> years = NextYears()) {
      std::optional<int> end = bound_[k].year && bound_[k].year->by ? std::optional<int>(bound_[k].year->to)
                                                                      : EndYearAfter(k);
      // Else the first amount dated "by" ("to reach $12 billion by 2030, ... over
      // the next five years"); the base is the earliest amount not so dated.
      std::optional<int> base, first_by;
      for (const Claim& s : sizes) {
        const TimeBinding& b = bound_[std::find(in_unit_.begin(), in_unit_.end(), s.figures.front()) - in_unit_.begin()];
        if (b.year && b.year->by) {
          if (!first_by) first_by = s.year;
        } else if (!base || *s.year < *base) {
          base = s.year;
        }
      }
      if (!end) end = first_by;
      if (end) {
        c.from = *end - *years;
        c.to = end;
        return c;
      }
      if (base) {
        c.from = base;
        c.to = *base + *years;
        return c;
      }
    }
    // (3) "2034년까지 CAGR 24.2%", "CAGR of 5% through 2030": the rate's own end year;
    // "cresce 15,2% ao ano desde 2020": its start year, and the year of the actual amount
    // it has grown to ("reached $7.9 billion in 2023, having grown at 19.3% since 2018").
    if (auto since = SinceYear(k)) {
      c.from = *since;
      for (const Claim& s : sizes) {
        if (!s.projected && *s.year > *since && (!c.to || *s.year > *c.to)) c.to = s.year;
      }
    } else if (bound_[k].year && bound_[k].year->by) {
      c.to = bound_[k].year->to;
    } else if (auto end = EndYearAfter(k)) {
      c.to = *end;
    } else if (auto year = GrowthYear(k)) {
      c.from = *year - 1;
      c.to = *year;
    } else if (!sizes.empty() && u_.kind != BlockKind::kTableRow) {
      // (4) the amounts it connects: from the base amount's year to the last one's.
      int lo = INT32_MAX, hi = INT32_MIN;
      bool base = false;
      for (const Claim& s : sizes) {
        lo = std::min(lo, *s.year);
        hi = std::max(hi, *s.year);
        if (!s.projected) base = true;
      }
      // A lone actual amount ("Japan accounted for USD 12.1 billion in 2024, while
      // India is expected to grow at 18.1%") is where no rate ends.
      if (!base || lo < hi) c.to = hi;
      if (base && lo < hi) c.from = lo;
    } else if (auto y = TableOrHeadingYear(k); y && y->from != y->to) {
      c.from = y->from;
      c.to = y->to;
    } else if (auto period = RowPeriod(sizes)) {
      c.from = period->from;
      c.to = period->to;
    }
    // (5) "That's a 5-year CAGR of 30.9%." continues the sentence before it.
    if (!c.from && previous_ && !previous_->money_years.empty() &&
        std::none_of(sizes.begin(), sizes.end(), [](const Claim& s) { return !s.projected; })) {
      auto [lo, hi] = std::minmax_element(previous_->money_years.begin(), previous_->money_years.end());
      if (!c.to && *lo < *hi) {
        c.from = *lo;
        c.to = *hi;
      } else if (!c.to && previous_->base_year && *previous_->base_year < *lo) {
        // "... was worth $12.2 billion in 2022. It is forecast to expand to $20.7 billion
        // by 2028. This represents a CAGR of 9.2%": from the paragraph's base year.
        c.from = previous_->base_year;
        c.to = *lo;
      } else if (c.to) {
        std::optional<int> latest;
        for (int y : previous_->money_years) {
          if (y < *c.to && (!latest || y > *latest)) latest = y;
        }
        c.from = latest;
      }
    }
    // (6) an end year that closes the page's forecast period opens it too.
    if (!c.from && c.to && p_.forecast && p_.forecast->to == *c.to) c.from = p_.forecast->from;
    return c;
  }

  std::optional<Claim> ShareClaim(size_t k) {
    const Mention& f = p_.figures[in_unit_[k]];
    ByteSpan window = LocalWindow(p_, u_, in_unit_, k);
    uint32_t from = std::max(window.start, f.span.start >= 40 ? f.span.start - 40 : 0);
    uint32_t to = std::min(window.end, f.span.end + 50);
    if (p_.cues.Matches(CueId::kShareNegative, Gap(p_.text, from, to))) return std::nullopt;
    if (*f.value < 0) return std::nullopt;  // "（-0.58%）": a change, no part of a market
    Claim c = Base(ClaimKind::kShare, k);
    if (CompanyRevenueMix(f, c)) return std::nullopt;
    c.value = *f.value;
    // "The SaaS market ... accounting for 43.8% of the overall market" on a cloud page: a
    // market's share of the page's market makes it a part of it.
    if (!c.segment && !p_.subject.empty() && !named_market_.empty() && c.subject == named_market_ &&
        NamedBefore(named_market_, f)) {
      c.segment = Segment{lead_dimension_.empty() ? "other" : lead_dimension_, named_market_};
      c.subject = p_.subject;
    }
    if (bound_[k].year) {
      c.year = bound_[k].year->to;
    } else if (auto y = TableOrHeadingYear(k); y && y->from == y->to) {
      // "Market share by type, 2023" over "| Electricity meters | 71.2% |".
      c.year = y->to;
    }
    return c;
  }

  // "Cloud accounts for 38% of Acme's revenue", "Acme's cloud segment ... represents 38% of total
  // revenue": a company's revenue mix, no share of a market (a region's is: "Europe's revenue").
  bool CompanyRevenueMix(const Mention& f, const Claim& c) const {
    static const RE2 kOfOwnersRevenue(
        "^\\s*of\\s+(\\p{Lu}[\\w&.\\-]*(?:\\s+\\p{Lu}[\\w&.\\-]*){0,2})['’]s\\s+"
        "(?:(?:total|annual|overall)\\s+)?(?:revenues?|sales|turnover)\\b");
    static const RE2 kOfRevenue("(?i)^\\s*of\\s+(?:(?:its|total|annual|overall)\\s+)?(?:revenues?|sales|turnover)\\b");
    static const RE2 kOwner("^(\\p{Lu}[\\w&.\\-]*(?:\\s+\\p{Lu}[\\w&.\\-]*){0,2})['’]s\\s");
    const std::string_view after = Gap(p_.text, f.span.end, u_.span.end);
    re2::StringPiece owner;
    if (!RE2::PartialMatch(after, kOfOwnersRevenue, &owner)) {
      if (!c.segment || !RE2::PartialMatch(after, kOfRevenue) || !RE2::PartialMatch(c.segment->name, kOwner, &owner)) {
        return false;
      }
    }
    const std::string_view name(owner.data(), owner.size());
    return p_.lex.region_aliases.FindAll(name).empty() && !SameMarket(name, p_.subject);
  }

  // "The Chinese market", "Europe's market": a region's part of the page's market, not another market.
  bool NamesRegionOnly(std::string_view name) const {
    std::vector<PhraseHit> hits = p_.lex.region_aliases.FindAll(name);
    return !hits.empty() && hits.front().span.start == 0 && hits.front().span.end == name.size();
  }

  // The unit's last size claim before figure `f`, or nullptr.
  const Claim* SizeBefore(const std::vector<Claim>& sizes, const Mention& f) const {
    const Claim* out = nullptr;
    for (const Claim& c : sizes) {
      if (p_.figures[c.figures.front()].span.end <= f.span.start) out = &c;
    }
    return out;
  }

  // "Collaborative robots, estimated at USD 1.2 billion in 2023, are set to grow at 28.4%":
  // the sentence's subject, before an appositive that holds a figure.
  std::optional<SegmentHit> AppositiveSubject(const Mention& f) const {
    if (p_.cjk) return std::nullopt;
    static const RE2 kSubject(
        "(?i)^\\W*(?:the\\s+)?([A-Za-z][\\w&/-]*(?:\\s+[\\w&/-]+){0,3}?)(?:\\s+(?:segment|sector|category))?\\s*,\\s*"
        "(?:(?:estimated|valued|worth|which|accounting|holding|with|at)\\b|"
        "the\\s+(?:largest|biggest|leading|fastest[- ]growing|smallest|second[- ]largest)\\s+(?:segment|category|"
        "region|application|product|type|channel)\\s*,)");
    std::string_view unit = Slice(p_.text, u_.span);
    // The subject is at most four words: its comma comes early.
    const size_t comma = unit.find(',');
    if (comma == std::string_view::npos || comma > 80 || comma >= f.span.start - u_.span.start) return std::nullopt;
    re2::StringPiece m;
    if (!RE2::PartialMatch(unit, kSubject, &m)) return std::nullopt;
    std::string_view name(m.data(), m.size());
    if (static_cast<uint32_t>(name.data() + name.size() - p_.text.data()) >= f.span.start) return std::nullopt;
    if (LooksLikeClause(name) || NamesNoSegment(p_, name) || StartsWithYear(name) ||
        p_.cues.Matches(CueId::kCompany, name)) {
      return std::nullopt;  // "The company, with a 12% share", "Acme Inc., valued at $3 billion"
    }
    return HitForName(p_, name);
  }

  // "98.5% of the spiritual services market is still offline": what the share's part of the
  // market is, said after it.
  std::optional<SegmentHit> ComplementOfShare(const Mention& f) const {
    if (p_.cjk) return std::nullopt;
    std::string_view after = Gap(p_.text, f.span.end, std::min<uint32_t>(u_.span.end, f.span.end + 120));
    if (!after.starts_with(" of ")) return std::nullopt;
    static const RE2 kComplement(
        "(?i)^\\s*of\\s+(?:the\\s+|all\\s+|total\\s+)?(?:[\\w&/-]+\\s+){0,5}?(?:market|sales|revenues?|spending|spend)\\s+"
        "(?:is|are|was|were|remains?|remained)\\s+(?:still\\s+|now\\s+|currently\\s+)?"
        "([A-Za-z][\\w&/-]*(?:\\s+[\\w&/-]+){0,2}?)\\s*(?:[.,;:!)]|$)");
    re2::StringPiece m;
    if (!RE2::PartialMatch(after, kComplement, &m)) return std::nullopt;
    std::string_view name(m.data(), m.size());
    // "is expected to ...", "is controlled by ...", "is in Asia": a verb or a place phrase, not a part.
    static const RE2 kNotAPart("(?i)^(?:\\w+ed|expected|likely|set|about|in|at|by|from|to|the|a|an|held|driven|made|"
                               "shared|split|concentrated|dominated)\\b");
    if (RE2::PartialMatch(name, kNotAPart) || NamesNoSegment(p_, name)) return std::nullopt;
    return HitForName(p_, name);
  }

  // `name` is written before figure `f` in the unit, not as what it is a share of ("98.5% of
  // the spiritual services market").
  bool NamedBefore(std::string_view name, const Mention& f) const {
    std::string_view before = Gap(p_.text, u_.span.start, f.span.start);
    size_t at = before.find(name);
    if (at == std::string_view::npos) return false;
    static const RE2 kOf("(?i)\\bof\\s+(?:the\\s+)?(?:global\\s+|overall\\s+|total\\s+)?$");
    return !RE2::PartialMatch(before.substr(0, at), kOf);
  }

  // "with China and the United States ... US$2.4 billion and US$1.8 billion, respectively".
  void PairRespectively() {
    if (!p_.cues.Matches(CueId::kRespectively, Slice(p_.text, u_.span))) return;
    for (MentionKind kind : {MentionKind::kMoney, MentionKind::kPercent}) {
      std::vector<size_t> ks;
      for (size_t k = 0; k < in_unit_.size(); ++k) {
        if (p_.figures[in_unit_[k]].kind == kind && IsSingle(p_.figures[in_unit_[k]])) ks.push_back(k);
      }
      if (ks.size() < 2) continue;
      if (ks.size() == segments_.size()) {
        for (size_t i = 0; i < ks.size(); ++i) paired_[ks[i]] = segments_[i];
        continue;
      }
      std::vector<SegmentHit> listed = ListedSubjects(p_.figures[in_unit_[ks.front()]]);
      if (listed.size() != ks.size()) continue;
      for (size_t i = 0; i < ks.size(); ++i) paired_[ks[i]] = listed[i];
    }
  }

  // "Hardware and software accounted for 45% and 35%", "Software, services and support
  // are expected to grow at ...": the names the subject lists before its verb, in order.
  std::vector<SegmentHit> ListedSubjects(const Mention& first) const {
    std::string_view before = Gap(p_.text, u_.span.start, first.span.start);
    re2::StringPiece in(before.data(), before.size()), verb;
    static const RE2 kFirstVerb("(?i)(\\s(?:accounted|account|accounts|held|hold|holds|represented|represent|made up|"
                                "make up|contributed|captured|were|are|was|is|grew|grow|will|reached|stood|generated|"
                                "registered|recorded|posted)\\b)");
    if (!RE2::PartialMatch(in, kFirstVerb, &verb)) return {};
    std::string_view subject = before.substr(0, static_cast<size_t>(verb.data() - before.data()));
    // "By type, hardware and software ...": the list follows the dimension's phrase.
    static const RE2 kLead("(?i)^\\s*(?:by|based on|among|in terms of|in)\\s+[^,]{1,40},\\s*");
    re2::StringPiece rest(subject.data(), subject.size());
    RE2::Consume(&rest, kLead);
    subject = std::string_view(rest.data(), rest.size());
    std::vector<SegmentHit> names;
    static const RE2 kItem("^\\s*(?:the\\s+)?([^\\s\\d,;:()]+(?:\\s+[^\\s\\d,;:()]+){0,3}?)\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|$)");
    re2::StringPiece list(subject.data(), subject.size()), name;
    while (!list.empty() && RE2::Consume(&list, kItem, &name)) {
      std::string_view n(name.data(), name.size());
      if (NamesNoSegment(p_, n)) return {};
      names.push_back(HitForName(p_, n));
    }
    if (!list.empty()) return {};
    return names;
  }

  std::optional<SegmentHit> OwnLabel(const Mention& f) {
    if (u_.kind == BlockKind::kTableRow) {
      const Block& row = p_.blocks[u_.block];
      if (row.cells.empty() || CellOf(row, f.span.start) == 0) return std::nullopt;
      if (auto name = LeaderCell(p_, row, f)) return HitForName(p_, *name);
      const Block* header = HeaderRowAbove(p_, u_);
      return LabelSegment(p_, row.cells[0],
                          header && !header->cells.empty() ? Slice(p_.text, header->cells[0]) : std::string_view());
    }
    if (u_.kind != BlockKind::kListItem && !ShortLine()) return std::nullopt;
    // Under "参考文献" or "References" an item's label is its source.
    if (auto h = HeadingAbove(p_, u_); h && p_.cues.Matches(CueId::kSourceHeader, Slice(p_.text, *h))) {
      return std::nullopt;
    }
    {
      // The words before the figure since the one before it, up to a separator.
      uint32_t from = u_.span.start;
      for (size_t i : in_unit_) {
        const Mention& m = p_.figures[i];
        if (IsFigure(m) && m.span.end <= f.span.start) from = m.span.end;
      }
      if (from == u_.span.start && u_.sentence != 0) from = f.span.start;
      // "...，宏佳騰以13.5%居次，光陽則為9.8%": after an earlier figure, the label is the last clause's.
      if (from > u_.span.start && p_.cjk) {
        const std::string_view gap = Gap(p_.text, from, f.span.start);
        size_t cut = 0;  // just past the last comma
        if (size_t ascii = gap.rfind(','); ascii != std::string_view::npos) cut = ascii + 1;
        for (std::string_view wide : {"、", "，"}) {  // "，" stays so in text NFKC has not folded
          if (size_t at = gap.rfind(wide); at != std::string_view::npos) cut = std::max(cut, at + wide.size());
        }
        from += static_cast<uint32_t>(cut);
      }
      ByteSpan before{from, f.span.start};
      if (auto h = NameAfterRoleLabel(p_, before)) return h;
      // "Sales rose to €2.1 bn in 2022": the words of a sentence, not a label.
      if (auto h = LabelSegment(p_, before, {}); h && h->span.end <= f.span.start && !LooksLikeClause(h->name)) {
        return h;
      }
    }
    if (u_.kind == BlockKind::kListItem && u_.sentence > 0) {
      // "・画像診断。複合年間成長率は10%": the item's first sentence names it.
      ByteSpan first{p_.blocks[u_.block].span.start, u_.span.start};
      if (first.size() <= 90 && MentionsIn(p_.figures, order_, first).empty()) {  // 30 CJK characters
        if (auto h = LabelSegment(p_, first, {})) return h;
      }
    }
    if (u_.kind == BlockKind::kListItem) {
      if (int parent = p_.parent_item[u_.block]; parent >= 0) {
        ByteSpan ps = p_.blocks[parent].span;
        if (ps.size() <= 60 && MentionsIn(p_.figures, order_, ps).empty()) return LabelSegment(p_, ps, {});
      }
    }
    return std::nullopt;
  }

  // "中国はアジア太平洋E-commerce売上の83.0%": a name that opens the genitive
  // phrase the figure belongs to ("X市場の", "X 시장의") is the whole the
  // figure is a part of, not the part.
  bool NamesTheWhole(const SegmentHit& h, const Mention& f) const {
    static const RE2 kWholeOf("^[^、，,。はが가는은이]{0,24}(?:市場|売上|市场|销售|시장|매출)[^、，,。]{0,8}(?:の|的|의)");
    return RE2::PartialMatch(Gap(p_.text, h.span.end, f.span.start), kWholeOf);
  }

  // "中国（Alibaba 46%、JD.com 27%）", "Coupangが39.7%のシェア": on a CJK page a
  // Latin-script name written right before a share is the company holding it.
  std::optional<SegmentHit> VendorRightBefore(const Mention& f) const {
    if (!p_.cjk) return std::nullopt;
    static const RE2 kName("([A-Z][A-Za-z0-9.&'\\-]*(?: [A-Z][A-Za-z0-9.&'\\-]*){0,2})\\s?(?:が|は|の|:)?\\s?$");
    uint32_t from = f.span.start >= u_.span.start + 40 ? f.span.start - 40 : u_.span.start;
    re2::StringPiece m;
    if (!RE2::PartialMatch(Gap(p_.text, from, f.span.start), kName, &m)) return std::nullopt;
    std::string_view name(m.data(), m.size());
    if (!p_.lex.region_aliases.FindAll(name).empty() || p_.taxonomy.Find(name)) return std::nullopt;
    if (NamesNoSegment(p_, name)) return std::nullopt;
    SegmentHit h = HitForName(p_, name);
    h.dimension = "vendor";
    return h;
  }

  // "국내 반려동물 사료 시장 규모는" on a page titled "국내 반려동물 사료 시장 동향":
  // the region is part of the page's own market's name, so of its subject.
  bool NamesPageMarket(const SegmentHit& h) const {
    if (!h.region) return false;
    // "India astrology app market (2024) | $163 million" on a page about another
    // market: a region inside a market's own name belongs to its subject
    // (GUIDELINES). "The Europe smart home market" on a smart-home page and "The
    // North America regional market" are the region's part of the page's market.
    // CJK gold reads "한국 클라우드 컴퓨팅 시장" as that market's Korean segment instead.
    static const RE2 kMarketName("(?i)^(?:'s|’s)?\\s*((?:[\\pL\\d&\\-]+\\s+){0,3}[\\pL\\d&\\-]+)\\s+markets?\\b");
    re2::StringPiece words;
    if (!p_.cjk && !p_.subject.empty() &&
        RE2::PartialMatch(Gap(p_.text, h.span.end, u_.span.end), kMarketName, &words)) {
      std::string_view market(words.data(), words.size());
      // "North America dominated the market": a clause, not a market's name.
      static const RE2 kNotAName(
          "(?i)(?:^|\\s)(?:regional|region's|the|a|an|and|or|of|in|on|for|to|with|by|from|at|as|is|was|are|"
          "were|has|have|had|will|would|be|been|its|their|this|that|which|\\pL+ed)(?:\\s|$)");
      if (RE2::PartialMatch(market, kNotAName)) return false;
      // "India's Ayurveda products market" on a page about the India Ayurveda products market:
      // the page's market itself.
      return !SameMarket(market, p_.subject) || ContainsWord(p_.subject, Slice(p_.text, h.span));
    }
    if (p_.title.empty()) return false;
    uint32_t end = std::min<uint32_t>(u_.span.end, h.span.end + 60);
    std::vector<ByteSpan> market = p_.cues.FindAll(CueId::kMarket, Gap(p_.text, h.span.end, end));
    if (market.empty()) return false;
    std::string_view name = Gap(p_.text, h.span.start, h.span.end + market.front().start);
    while (!name.empty() && IsSpace(name.back())) name.remove_suffix(1);
    return AsciiLower(p_.title).find(AsciiLower(name)) != std::string::npos;
  }

  // "約27%に相当し、アジア太平洋地域で最も高い": the set a figure is compared within.
  bool ComparisonScope(const SegmentHit& h) const {
    static const RE2 kScope("^\\s*(?:地域|地区|지역)?\\s*(?:で|の中で|中で|中|에서)\\s*(?:最も|最|가장|第)");
    return RE2::PartialMatch(Gap(p_.text, h.span.end, u_.span.end), kScope);
  }

  // "Valued at $2.3 Billion in 2023, Asia Pacific Captures Over Half of Sales": a name
  // opening the clause after the figure's is that clause's subject, not the figure's.
  bool SubjectOfNextClause(const Mention& f, const SegmentHit& h) const {
    if (p_.cjk) return false;
    static const RE2 kClauseOpens("(?:[,;:]|\\s[–—-])\\s*(?:(?:and|while|whereas|but|the)\\s+)?$");
    std::string_view gap = Gap(p_.text, f.span.end, h.span.start);
    // The pattern only where a mark of it is: 0xE2 leads the UTF-8 of "–" and "—".
    return gap.find_first_of(",;:-\xe2") != std::string_view::npos && RE2::PartialMatch(gap, kClauseOpens);
  }

  // "Holding a 38% share in 2023, North America remained the largest region",
  // "Growing at a CAGR of 12.3%, Asia Pacific is ...": a unit that opens with a
  // participle phrase holding the figure; its main clause's subject owns the figure.
  std::optional<SegmentHit> SubjectAfterParticiple(const Mention& f) const {
    if (p_.cjk || f.span.start - u_.span.start > 60) return std::nullopt;
    static const RE2 kOpener(
        "(?i)\\W*(?:accounting for|holding|capturing|commanding|representing|making up|with|growing at|"
        "expanding at|registering|rising at|advancing at)\\s+(?:(?:a|an|the|about|around|over|nearly|almost|roughly|"
        "approximately|more than|less than|close to|some|just over|just under|an estimated|(?:CAGR|rate) of)\\s+)*");
    if (!RE2::FullMatch(Gap(p_.text, u_.span.start, f.span.start), kOpener)) return std::nullopt;
    static const RE2 kSubject(
        "^[^,;]{0,80},\\s*(?:the\\s+)?((?:[^\\s,;]+\\s+){0,4}?[^\\s,;]+)\\s+(?:segment\\s+|region\\s+|sector\\s+|category\\s+)?"
        "(?:is|was|are|were|remains?|remained|became|becomes|leads?|led|holds?|held|dominates?|dominated|accounts?|"
        "accounted|represents?|represented|continues?|continued|stands?|stood|will)\\b");
    re2::StringPiece m;
    if (!RE2::PartialMatch(Gap(p_.text, f.span.end, u_.span.end), kSubject, &m)) return std::nullopt;
    const auto start = static_cast<uint32_t>(m.data() - p_.text.data());
    const ByteSpan name{start, static_cast<uint32_t>(start + m.size())};
    for (const SegmentHit& h : segments_) {
      if (h.span.start >= name.start && h.span.end <= name.end) return h;
    }
    std::string_view n(m.data(), m.size());
    if (NamesNoSegment(p_, n) || p_.cues.Matches(CueId::kCompany, n)) return std::nullopt;
    return NounAsSegment(p_, n, CueId::kShareVerb);  // not "it", "the market"
  }

  std::optional<Segment> SegmentFor(size_t k, ClaimKind kind) {
    const Mention& f = p_.figures[in_unit_[k]];
    const SegmentHit* hit = nullptr;
    std::optional<SegmentHit> owned;
    if (auto it = paired_.find(k); it != paired_.end()) {
      hit = &it->second;
    } else if (kind == ClaimKind::kShare && (owned = VendorRightBefore(f))) {
      hit = &*owned;
    } else {
      for (const SegmentHit& h : segments_) {
        // "Asia Pacific (APAC)": the abbreviation of the region just named is that
        // region, spelled as the page first names it.
        if (hit && hit->region && h.region && h.canonical == hit->canonical) continue;
        if (h.span.end <= f.span.start && !(p_.cjk && NamesTheWhole(h, f)) && !NamesPageMarket(h)) hit = &h;
      }
      const CueId verbs = kind == ClaimKind::kShare ? CueId::kShareVerb : CueId::kGrowthVerb;
      // "the NMC segment accounted for 61.3% ..., and the lithium iron phosphate (LFP) segment is
      // forecast to grow at 24.9%": a name before an earlier figure yields to this figure's own subject,
      // and so does one in the earlier figure's clause ("X controls 20% of the North American market,
      // while Nationwide holds 15%").
      static const RE2 kClauseBreak("(?i)(?:,\\s*(?:while|whereas)|;|\\s(?:while|whereas))\\s");
      if (const uint32_t previous_end = FigureEndBefore(p_, u_, in_unit_, f);
          hit && kind != ClaimKind::kSize && previous_end > u_.span.start &&
          (hit->span.end <= previous_end ||
           RE2::PartialMatch(Gap(p_.text, hit->span.end, f.span.start), kClauseBreak))) {
        if ((owned = NounBeforeVerb(p_, u_, in_unit_, f, verbs, nullptr))) {
          hit = &*owned;
        } else if ((owned = NameBeforeParenthesis(p_, u_, in_unit_, f, kind == ClaimKind::kShare))) {
          hit = &*owned;  // "..., followed by services with 30%"
        }
      }
      if (!hit && kind != ClaimKind::kSize) {
        // The paragraph's sentence before, which "it" may stand for the subject of.
        const Unit* previous = nullptr;
        if (unit_index_ > 0 && p_.units[unit_index_ - 1].block == u_.block) previous = &p_.units[unit_index_ - 1];
        if ((owned = NounBeforeVerb(p_, u_, in_unit_, f, verbs, previous))) {
          hit = &*owned;
        } else if ((owned = NounBeforeWith(p_, u_, in_unit_, f, verbs))) {
          hit = &*owned;
        }
      }
      if (kind == ClaimKind::kSize && (!hit || hit->span.end <= FigureEndBefore(p_, u_, in_unit_, f))) {
        if (auto clause = ParallelClause(k); clause && (owned = ParallelClauseSubject(k, *clause))) hit = &*owned;
      }
      if (!hit && Measured()) hit = &*Measured();
      if (!hit && kind == ClaimKind::kSize && (owned = OpeningNounOfSize(f))) hit = &*owned;
      // "Smart speakers remain the largest product category, accounting for USD 28.4 billion".
      if (!hit && kind == ClaimKind::kSize && (owned = NounBeforeWith(p_, u_, in_unit_, f, CueId::kShareVerb))) {
        hit = &*owned;
      }
      if (!hit && (owned = NameBeforeParenthesis(p_, u_, in_unit_, f, kind == ClaimKind::kShare))) hit = &*owned;
      if (!hit && (owned = NameAfterRoleIs(p_, u_, in_unit_, f))) hit = &*owned;
      if (!hit && kind == ClaimKind::kShare && (owned = NameAfterShareOf(p_, u_, in_unit_, f))) hit = &*owned;
      if (!hit && kind == ClaimKind::kShare && (owned = NameAfterComparedFor(p_, u_, in_unit_, f))) hit = &*owned;
      if (!hit && kind != ClaimKind::kSize && (owned = SubjectAfterParticiple(f))) hit = &*owned;
      if (!hit && kind == ClaimKind::kShare && (owned = ComplementOfShare(f))) hit = &*owned;
      if (!hit && (owned = AppositiveSubject(f))) hit = &*owned;
      if (!hit) {
        // A name after the figure but before the next one ("38% ... held by North America").
        uint32_t next = u_.span.end;
        for (size_t j = k + 1; j < in_unit_.size(); ++j) {
          if (IsFigure(p_.figures[in_unit_[j]])) {
            next = p_.figures[in_unit_[j]].span.start;
            break;
          }
        }
        for (const SegmentHit& h : segments_) {
          if (h.span.start >= f.span.end && h.span.end <= next && !(p_.cjk && ComparisonScope(h)) &&
              !SubjectOfNextClause(f, h)) {
            hit = &h;
            break;
          }
        }
      }
      if (!hit && kind != ClaimKind::kSize && (owned = ChineseOwner(p_, u_, in_unit_, f, kind))) hit = &*owned;
      if (!hit && (owned = ClauseTopic(p_, u_, in_unit_, f))) hit = &*owned;
      if (!hit) {
        if ((owned = OwnLabel(f))) hit = &*owned;
      }
      if (!hit && (owned = TopicSegment(p_, u_, f))) hit = &*owned;
      if (!hit && (owned = RegionHeading(p_, u_))) hit = &*owned;
    }
    if (!hit) return std::nullopt;
    SegmentHit spelled = *hit;
    if (!spelled.region) SpellAsPage(p_, &spelled);
    hit = &spelled;
    if (!HasWordChar(hit->name)) return std::nullopt;  // "→", "—": no name
    // "The online gaming industry in India is worth $3.1 billion" on the India online gaming
    // page: the region its market is named by is no part of it (a share still is: "India
    // accounted for 12% of the global market").
    if (hit->region && kind != ClaimKind::kShare && ContainsWord(p_.subject, Slice(p_.text, hit->span))) {
      return std::nullopt;
    }
    // The page's own market is no segment of itself.
    // "Battery electric buses" on the electric bus page is a part of it.
    if (!hit->region && ((SameMarket(hit->name, p_.subject) && hit->name.size() * 2 > p_.subject.size() &&
                          !NarrowerMarket(hit->name, p_.subject)) ||
                         SameName(hit->name, p_.subject))) {
      return std::nullopt;
    }
    Segment s;
    s.name = hit->name;
    if (auto it = p_.region_spelling.find(hit->canonical); hit->region && it != p_.region_spelling.end()) {
      s.name = it->second;
    }
    s.dimension = hit->dimension;
    if ((s.dimension == "other" || s.dimension.empty()) && !lead_dimension_.empty()) s.dimension = lead_dimension_;
    if (s.dimension.empty()) s.dimension = "other";
    return s;
  }

  const Page& p_;
  const std::vector<size_t>& order_;
  size_t unit_index_;
  const Unit& u_;
  const UnitClaims* previous_;
  std::vector<size_t> in_unit_;
  std::vector<TimeBinding> bound_;
  std::vector<SegmentHit> segments_;
  std::map<size_t, SegmentHit> paired_;  // figure position in unit -> its segment, "respectively"
  std::optional<std::optional<SegmentHit>> measured_name_;  // MeasuredName, once asked
  std::vector<ByteSpan> context_;
  bool market_ = false, projection_ = false, growth_ = false;
  std::string lead_dimension_;
  std::string named_market_;
  std::optional<uint32_t> not_size_before_;  // end of the unit's last amount that is no market size
};

// "Forbes India推計", "South Korea Online Retail Forecast" and "국내" on a page
// that writes インド, 韓国 and 한국: a CJK page spells a region in its own
// script, the way it does most often.
std::map<std::string, std::string> RegionSpellings(std::string_view text, const Lexicon::Impl& lex) {
  std::map<std::string, std::map<std::string, int>> counts;
  for (const PhraseHit& h : lex.region_aliases.FindAll(text)) {
    std::string_view spelling = Slice(text, h.span);
    if (std::all_of(spelling.begin(), spelling.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
      continue;
    }
    ++counts[lex.regions[lex.region_of_alias[h.entry]].name][std::string(spelling)];
  }
  std::map<std::string, std::string> out;
  for (const auto& [region, spellings] : counts) {
    auto best = std::max_element(spellings.begin(), spellings.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    out[region] = best->first;
  }
  return out;
}

// A caption over a run of short lines: "MARKET SHARE BY REGION" above
// "North America:  45% ($900M)" in a text box or a plain-text list. The run is
// lines on consecutive text lines (one '\n' apart), each short; border lines
// without letters and lines with figures are skipped over.
std::vector<int> Captions(const Page& p, const std::vector<size_t>& order) {
  constexpr uint32_t kShortLine = 90;
  constexpr int kMaxRun = 12;
  auto short_line = [&](size_t b) {
    return p.blocks[b].kind == BlockKind::kParagraph && p.blocks[b].span.size() <= kShortLine;
  };
  std::vector<int> caption(p.blocks.size(), -1);
  for (size_t b = 1; b < p.blocks.size(); ++b) {
    if (!short_line(b)) continue;
    for (size_t j = b, steps = 0; j-- > 0 && steps < kMaxRun; ++steps) {
      std::string_view gap = Gap(p.text, p.blocks[j].span.end, p.blocks[j + 1].span.start);
      if (p.blocks[j].kind != BlockKind::kParagraph || std::count(gap.begin(), gap.end(), '\n') != 1) break;
      if (!HasWordChar(Slice(p.text, p.blocks[j].span))) continue;
      if (!short_line(j)) break;
      std::vector<size_t> in = MentionsIn(p.figures, order, p.blocks[j].span);
      if (std::none_of(in.begin(), in.end(), [&](size_t i) { return IsFigure(p.figures[i]); })) {
        caption[b] = static_cast<int>(j);
        break;
      }
    }
  }
  // Stat cards: "USD 22.4B" over "Market size 2023", "USD 127.9B" over "Market size 2030": a
  // run of short lines that alternates a figure alone and a label, figure first, pairs each
  // figure with the label after it.
  auto next_line = [&](size_t b) {
    std::string_view gap = Gap(p.text, p.blocks[b].span.end, p.blocks[b + 1].span.start);
    return short_line(b + 1) && std::count(gap.begin(), gap.end(), '\n') == 1;
  };
  auto figures_in = [&](size_t b) {
    std::vector<size_t> in = MentionsIn(p.figures, order, p.blocks[b].span);
    std::erase_if(in, [&](size_t i) { return !IsFigure(p.figures[i]); });
    return in;
  };
  auto figure_alone = [&](size_t b) {
    std::vector<size_t> in = figures_in(b);
    if (in.size() != 1) return false;
    const ByteSpan line = TrimSpan(p.text, p.blocks[b].span);
    return p.figures[in[0]].span.start == line.start && p.figures[in[0]].span.end == line.end;
  };
  for (size_t b = 0; b + 1 < p.blocks.size();) {
    size_t end = b + 1;
    while (short_line(b) && end < p.blocks.size() && next_line(end - 1)) ++end;
    size_t paired = b;  // the run's leading pairs end here
    while (paired + 1 < end && figure_alone(paired) && HasWordChar(Slice(p.text, p.blocks[paired + 1].span)) &&
           figures_in(paired + 1).empty()) {
      paired += 2;
    }
    if (paired - b >= 4) {
      for (size_t i = b; i < paired; i += 2) caption[i] = static_cast<int>(i + 1);
    }
    b = end;
  }
  // "Table 2: IIoT spending by industry, 2023" right over a table captions its rows.
  for (size_t b = 0; b < p.blocks.size(); ++b) {
    if (p.blocks[b].kind != BlockKind::kTableRow || p.blocks[b].row <= 0) continue;
    auto header = p.header_row.find(p.blocks[b].table);
    if (header == p.header_row.end() || header->second == 0) continue;
    const size_t above = header->second - 1;
    std::string_view gap = Gap(p.text, p.blocks[above].span.end, p.blocks[header->second].span.start);
    if (short_line(above) && std::count(gap.begin(), gap.end(), '\n') <= 2 && figures_in(above).empty()) {
      caption[b] = static_cast<int>(above);
    }
  }
  return caption;
}

// The one year range of the page's first heading, when that heading names a market.
std::optional<YearRef> TitlePeriod(const Page& p, const std::vector<size_t>& order) {
  for (const Unit& u : p.units) {
    if (u.kind != BlockKind::kHeading) continue;
    if (!p.cues.Matches(CueId::kMarket, p.blocks[u.block].span)) return std::nullopt;
    const Mention* range = nullptr;
    for (size_t i : MentionsIn(p.figures, order, p.blocks[u.block].span)) {
      if (p.figures[i].kind != MentionKind::kYearRange) continue;
      if (range) return std::nullopt;
      range = &p.figures[i];
    }
    if (range) return YearRef{range->from, range->to, false};
    return std::nullopt;
  }
  return std::nullopt;
}

// "Forecast Period 2024 to 2033", "This study forecasts revenue ... from 2024 to 2030".
ForecastPeriods DeclaredForecast(const Page& p, const std::vector<size_t>& order) {
  ForecastPeriods out;
  const CueId cue = CueId::kForecastDeclaration;
  std::optional<YearRef> inline_period;
  bool inline_conflict = false;
  for (const Unit& u : p.units) {
    // Only a unit with a year range declares a period: the cue is asked of those.
    std::vector<size_t> in = MentionsIn(p.figures, order, u.span);
    if (std::none_of(in.begin(), in.end(), [&](size_t i) { return p.figures[i].kind == MentionKind::kYearRange; })) {
      continue;
    }
    std::string_view s = Slice(p.text, u.span);
    if (!p.cues.Matches(cue, s)) continue;
    const Mention* range = nullptr;
    bool figure = false;
    for (size_t i : in) {
      const Mention& m = p.figures[i];
      if (IsFigure(m)) figure = true;
      if (m.kind == MentionKind::kYearRange && !range) range = &m;
    }
    if (range && !figure) {
      out.declared = YearRef{range->from, range->to, false};
      return out;
    }
    // "a CAGR of 7.9% during the forecast period (2024-2032)": a range right
    // after the cue declares the period even among figures, unless the page
    // (a news feed) gives several different ones.
    for (ByteSpan c : p.cues.FindAll(cue, s)) {
      uint32_t cue_end = u.span.start + c.end;
      for (size_t i : in) {
        const Mention& m = p.figures[i];
        if (m.kind != MentionKind::kYearRange || m.span.start < cue_end || m.span.start > cue_end + 4) continue;
        if (inline_period && (inline_period->from != m.from || inline_period->to != m.to)) inline_conflict = true;
        inline_period = YearRef{m.from, m.to, false};
      }
    }
  }
  if (!inline_conflict) {
    out.declared = inline_period;
    if (out.declared) return out;
  }
  // Without a declaration, "the forecast period" is the period of the page's
  // first growth rate stated over a year range (its headline CAGR); on a page
  // that declares different periods, that of the market's own first one
  // ("Business Intelligence Market ... 7.0% CAGR Between 2022 and 2032", then
  // "the business intelligence market is expected to rise at a CAGR of 7%
  // throughout the forecast period", on a feed whose other items declare others).
  // "expected to grow by USD 12.4 billion from 2024-2028": growth by an amount over a range counts too.
  for (const Unit& u : p.units) {
    const Mention* range = nullptr;
    bool rate = false;
    for (size_t i : MentionsIn(p.figures, order, u.span)) {
      if (IsPercent(p.figures[i]) || p.figures[i].kind == MentionKind::kMoney) rate = true;
      if (p.figures[i].kind == MentionKind::kYearRange && !range) range = &p.figures[i];
    }
    if (!range || !rate || !p.cues.Matches(CueId::kCagr, u.span)) continue;
    const YearRef period{range->from, range->to, false};
    if (!inline_conflict) {
      out.headline = period;
      break;
    }
    std::string market = MarketNamedIn(Slice(p.text, u.span));
    if (market.empty() || std::any_of(out.by_market.begin(), out.by_market.end(),
                                      [&](const MarketPeriod& m) { return SameMarket(m.market, market); })) {
      continue;
    }
    out.by_market.push_back({std::move(market), period});
  }
  // "Dental Implants Market Size, Share & Industry Analysis, 2025-2032": with no
  // declaration and no growth rate over a range, the report's title states its period.
  if (!out.headline && out.by_market.empty()) out.headline = TitlePeriod(p, order);
  return out;
}

}  // namespace

ClaimResult ClaimAssembler::Assemble(const NormalizedDocument& doc, const std::vector<Mention>& detected,
                                     const PageStyle& style) const {
  ClaimResult result;
  const Lexicon::Impl& lex = impl_->lexicon->impl();
  std::vector<Block> blocks = BlocksOf(doc);
  // Claims may also use the amounts a table writes as bare numbers; they follow
  // the detected mentions, so that a claim's figure indexes reach both.
  result.numbers = TableAmounts(doc.text, blocks, detected, style.decimal_comma, style.language);
  // And those prose writes without the currency the page states elsewhere; all in text order.
  std::vector<Mention> prose = ProseAmounts(doc.text, blocks, detected, style.language);
  const auto table_end = static_cast<std::ptrdiff_t>(result.numbers.size());
  result.numbers.insert(result.numbers.end(), std::make_move_iterator(prose.begin()), std::make_move_iterator(prose.end()));
  std::inplace_merge(result.numbers.begin(), result.numbers.begin() + table_end, result.numbers.end(),
                     [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  std::vector<Mention> with_numbers;
  if (!result.numbers.empty()) {
    with_numbers = detected;
    with_numbers.insert(with_numbers.end(), result.numbers.begin(), result.numbers.end());
  }
  const std::vector<Mention>& figures = result.numbers.empty() ? detected : with_numbers;
  std::vector<size_t> order(figures.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return figures[a].span.start < figures[b].span.start; });
  // Units are never cut inside a figure (SplitUnits): a figure belongs to one.
  std::vector<ByteSpan> figure_spans;
  figure_spans.reserve(order.size());
  for (size_t i : order) figure_spans.push_back(figures[i].span);
  std::vector<Unit> units = SplitUnits(doc.text, blocks, figure_spans);
  PageTaxonomy taxonomy = PageTaxonomy::Read(doc.text, doc.title, blocks, lex);
  Page p(doc.text, blocks, units, figures, lex, taxonomy, PageSubject(doc.text, doc.title, blocks));
  result.subject = p.subject;
  p.title = doc.title;
  std::string_view lang = style.language;
  p.chinese = lang.substr(0, 2) == "zh";
  p.japanese = lang.substr(0, 2) == "ja";
  p.cjk = lang.substr(0, 2) == "ja" || p.chinese || lang.substr(0, 2) == "ko";
  ListLinks lists = LinkListItems(blocks);
  p.lead_in = std::move(lists.lead_in);
  p.parent_item = std::move(lists.parent_item);
  // The page title heads the whole page, not the section under it.
  size_t title = SIZE_MAX;
  for (size_t b = 0; b < blocks.size(); ++b) {
    if (blocks[b].kind != BlockKind::kHeading) continue;
    std::string_view heading = Slice(doc.text, blocks[b].span);
    if (!doc.title.empty() && SameMarket(heading, doc.title) && heading.size() + 4 >= doc.title.size()) title = b;
    break;
  }
  p.headings = LinkHeadings(blocks, title);
  for (size_t b = 0; b < blocks.size(); ++b) {
    if (blocks[b].kind == BlockKind::kTableRow && blocks[b].row == 0) p.header_row[blocks[b].table] = b;
  }
  p.caption = Captions(p, order);
  if (p.cjk) p.region_spelling = RegionSpellings(doc.text, lex);
  ForecastPeriods periods = DeclaredForecast(p, order);
  p.forecast = periods.declared;
  p.headline = periods.headline;
  p.market_periods = std::move(periods.by_market);
  p.title_names_market = lex.cue(CueId::kMarket).Matches(doc.title);

  const SegmentMarks segment_marks = MarkSegments(doc.text, taxonomy, lex);
  std::optional<UnitClaims> previous;
  size_t previous_block = SIZE_MAX;
  for (size_t i = 0; i < units.size(); ++i) {
    const Unit& u = units[i];
    std::vector<size_t> in_unit = MentionsIn(figures, order, u.span);
    std::vector<ByteSpan> figure_spans;
    for (size_t f : in_unit) figure_spans.push_back(figures[f].span);
    std::vector<SegmentHit> hits = FindSegments(doc.text, u.span, taxonomy, lex, figure_spans, segment_marks);
    for (const SegmentHit& h : hits) {
      Mention m;
      m.kind = MentionKind::kSegment;
      m.span = h.span;
      m.dimension = h.dimension;
      m.name = h.canonical;
      result.segments.push_back(std::move(m));
    }
    const UnitClaims* prev = previous && previous_block == u.block ? &*previous : nullptr;
    UnitClaims claims = UnitAssembler(p, order, i, std::move(in_unit), std::move(hits), prev).Run();
    for (Claim& c : claims.claims) result.claims.push_back(std::move(c));
    previous = std::move(claims);
    previous_block = u.block;
  }
  std::stable_sort(result.segments.begin(), result.segments.end(),
                   [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  std::stable_sort(result.claims.begin(), result.claims.end(),
                   [](const Claim& a, const Claim& b) { return a.evidence.start < b.evidence.start; });
  return result;
}

}  // namespace claimtrace
