#include "claimtrace/check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "claimtrace/extractor.h"
#include "claimtrace/normalize.h"

namespace claimtrace {
namespace {

// The stated CAGR may be this many percentage points off the implied one.
constexpr double kCagrTolerancePoints = 0.5;
// Bounds the values compared within one group of claims.
constexpr size_t kMaxValuesPerGroup = 64;
// More distinct values than this for one subject, kind, segment and year are
// taken for different quantities, not for a conflict.
constexpr size_t kMaxConflictingValues = 3;

struct Item {
  const ClaimsRecord* r;
  uint64_t line;
};

ClaimRef Ref(const Item& c) { return {c.r->doc, c.line, c.r->anchor.span}; }

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// Claims without a subject are only compared within their own page.
std::string SubjectKey(const ClaimsRecord& r) {
  if (r.subject.empty()) return "\x01" + r.doc;
  return Lower(FoldForCompare(r.subject));
}

std::string SegmentKey(const ClaimsRecord& r) {
  if (!r.segment) return "";
  return r.segment->dimension + "\x1f" + Lower(FoldForCompare(r.segment->name));
}

std::string Trimmed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

// "1166.52" -> "1,166.52". Built by appends: GCC 12 warns falsely
// (-Wrestrict) on inserts and chained operator+ here.
std::string WithThousands(std::string_view s) {
  size_t dot = s.find('.');
  size_t int_end = dot == std::string_view::npos ? s.size() : dot;
  size_t first = !s.empty() && s[0] == '-' ? 1 : 0;
  std::string out(s.substr(0, first));
  for (size_t i = first; i < int_end; ++i) {
    if (i > first && (int_end - i) % 3 == 0) out.push_back(',');
    out.push_back(s[i]);
  }
  out.append(s.substr(int_end));
  return out;
}

struct Scale {
  double factor;
  const char* word;
};
Scale ScaleOf(double amount) {
  static constexpr Scale kScales[] = {{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}};
  for (const Scale& s : kScales) {
    if (std::fabs(amount) >= s.factor) return s;
  }
  return {1, ""};
}

// "USD 1,166.52 billion": the largest scale word that keeps every digit
// within two decimals, as pages write them.
std::string Money(double amount, const std::string& currency) {
  static constexpr Scale kWords[] = {{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}, {1, ""}};
  Scale s = ScaleOf(amount);
  for (const Scale& w : kWords) {
    double m = std::fabs(amount) / w.factor;
    if (w.factor > s.factor || m < 1) continue;
    if (std::fabs(m * 100 - std::round(m * 100)) <= 1e-6 * std::max(1.0, m * 100)) {
      s = w;
      break;
    }
  }
  std::string out = currency;
  if (!out.empty()) out.push_back(' ');
  out.append(WithThousands(Trimmed(amount / s.factor, 2)));
  out.append(s.word);
  return out;
}

std::string Percent(double v) { return Trimmed(v, 2) + "%"; }

// The place value of the last digit a figure was written with: 181.93
// billion -> 1e7, 38% -> 1. Whole numbers count in their scale word's unit
// (100 billion -> 1e9), so trailing zeros do not pass for rounding.
double Resolution(double v, bool money) {
  double factor = money ? ScaleOf(v).factor : 1;
  double m = std::fabs(v) / factor;
  double unit = 1;
  for (int d = 0; d < 6; ++d, unit /= 10) {
    double scaled = m / unit;
    if (std::fabs(scaled - std::round(scaled)) <= 1e-6 * std::max(1.0, scaled)) break;
  }
  return unit * factor;
}

// Two figures agree when they differ by no more than rounding the more
// precise one to the other's last digit could explain.
bool Agree(double a, double b, bool money) {
  double tolerance = std::max(Resolution(a, money), Resolution(b, money)) / 2;
  return std::fabs(a - b) <= tolerance * (1 + 1e-9);
}

double Figure(const ClaimsRecord& r) {
  return r.kind == "size" ? r.amount.value_or(NAN) : r.value.value_or(NAN);
}

std::string Shown(const ClaimsRecord& r) {
  return r.kind == "size" ? Money(Figure(r), r.currency) : Percent(Figure(r));
}

std::string SegmentText(const ClaimsRecord& r) {
  return r.segment ? " of " + r.segment->name + " (" + r.segment->dimension + ")" : "";
}

std::string Period(const ClaimsRecord& r) {
  if (r.kind == "cagr") {
    auto year = [](const std::optional<int>& y) { return y ? std::to_string(*y) : std::string("?"); };
    return year(r.from) + "-" + year(r.to);
  }
  return std::to_string(r.year.value_or(0));
}

// Groups items by `key` (skipping those with an empty key), in order of
// first appearance.
template <class KeyFn>
std::vector<std::vector<Item>> GroupBy(const std::vector<Item>& items, KeyFn key) {
  std::vector<std::vector<Item>> groups;
  std::unordered_map<std::string, size_t> index;
  for (const Item& it : items) {
    std::string k = key(*it.r);
    if (k.empty()) continue;
    auto [pos, fresh] = index.try_emplace(k, groups.size());
    if (fresh) groups.emplace_back();
    groups[pos->second].push_back(it);
  }
  return groups;
}

// ---- cagr_mismatch and impossible growth ----------------------------------

// A claim's evidence (its page and span): claims that share it share a
// sentence or row.
using EvidenceKey = std::tuple<std::string_view, uint32_t, uint32_t>;
EvidenceKey EvidenceOf(const Item& it) { return {it.r->doc, it.r->anchor.span.start, it.r->anchor.span.end}; }

// The claims of `items` whose figures differ from each other, one per value:
// the first claim that gives it.
std::vector<Item> DistinctValues(const std::vector<Item>& items, bool money) {
  std::vector<Item> out;
  for (const Item& it : items) {
    bool seen = std::any_of(out.begin(), out.end(),
                            [&](const Item& o) { return Agree(Figure(*o.r), Figure(*it.r), money); });
    if (!seen && out.size() < kMaxValuesPerGroup) out.push_back(it);
  }
  return out;
}

struct Growth {
  Item start, end;
};

// The start and end sizes a page states as a forecast: two sizes of
// different years in one sentence or row ("from X in 2023 to Y by 2033").
// When no sentence has two, the page's single earliest and single latest
// size, if each year has one value.
std::vector<Growth> Forecasts(const std::vector<Item>& sizes) {
  std::vector<Growth> out;
  // Each size paired with the later-year sizes of its own evidence, in order
  // (comparing every size with every other took the square of a page's sizes).
  std::map<EvidenceKey, std::vector<size_t>> by_evidence;
  for (size_t i = 0; i < sizes.size(); ++i) by_evidence[EvidenceOf(sizes[i])].push_back(i);
  for (size_t i = 0; i < sizes.size(); ++i) {
    for (size_t j : by_evidence[EvidenceOf(sizes[i])]) {
      if (*sizes[i].r->year < *sizes[j].r->year) out.push_back({sizes[i], sizes[j]});
    }
  }
  if (!out.empty() || sizes.empty()) return out;
  auto by_year = [](const Item& a, const Item& b) { return *a.r->year < *b.r->year; };
  int first = *std::min_element(sizes.begin(), sizes.end(), by_year)->r->year;
  int last = *std::max_element(sizes.begin(), sizes.end(), by_year)->r->year;
  std::vector<Item> starts, ends;
  for (const Item& s : sizes) {
    if (*s.r->year == first) starts.push_back(s);
    if (*s.r->year == last) ends.push_back(s);
  }
  starts = DistinctValues(starts, true);
  ends = DistinctValues(ends, true);
  if (first < last && starts.size() == 1 && ends.size() == 1) out.push_back({starts[0], ends[0]});
  return out;
}

// The CAGR a forecast is stated with: one in its sentence, else the page's
// CAGR for its end year when the page gives only one value for it. Built
// once per page: asking every CAGR for every forecast took the square.
class StatedCagrs {
 public:
  explicit StatedCagrs(const std::vector<Item>& cagrs) : cagrs_(cagrs) {
    for (size_t i = 0; i < cagrs.size(); ++i) first_by_evidence_.try_emplace(EvidenceOf(cagrs[i]), i);
  }

  std::optional<Item> For(const Growth& g) {
    size_t first = SIZE_MAX;
    for (const Item* side : {&g.end, &g.start}) {
      if (auto it = first_by_evidence_.find(EvidenceOf(*side)); it != first_by_evidence_.end()) {
        first = std::min(first, it->second);
      }
    }
    if (first != SIZE_MAX) return cagrs_[first];
    int year = *g.end.r->year;
    auto [it, fresh] = by_end_year_.try_emplace(year);
    if (fresh) {
      std::vector<Item> matching;
      for (const Item& c : cagrs_) {
        if (!c.r->to || *c.r->to == year) matching.push_back(c);
      }
      matching = DistinctValues(matching, false);
      if (matching.size() == 1) it->second = matching[0];
    }
    return it->second;
  }

 private:
  const std::vector<Item>& cagrs_;
  std::map<EvidenceKey, size_t> first_by_evidence_;  // the first CAGR of each evidence
  std::map<int, std::optional<Item>> by_end_year_;   // the page's single CAGR for an end year
};

void CheckGrowth(const std::vector<Item>& page_group, std::vector<Finding>* mismatches,
                 std::vector<Finding>* impossible) {
  std::vector<Item> cagrs;
  std::map<std::string, std::vector<Item>> sizes_by_currency;
  for (const Item& it : page_group) {
    if (it.r->kind == "cagr" && it.r->value) cagrs.push_back(it);
    if (it.r->kind == "size" && it.r->amount && *it.r->amount > 0 && it.r->year) {
      sizes_by_currency[it.r->currency].push_back(it);
    }
  }
  std::set<std::string> reported;
  StatedCagrs stated_cagrs(cagrs);
  for (const auto& [currency, sizes] : sizes_by_currency) {
    for (const Growth& g : Forecasts(sizes)) {
      std::optional<Item> cagr = stated_cagrs.For(g);
      if (!cagr) continue;
      double a = *g.start.r->amount, b = *g.end.r->amount, stated = *cagr->r->value;
      int from = *g.start.r->year, to = *g.end.r->year;
      std::string key = std::to_string(a) + "|" + std::to_string(from) + "|" + std::to_string(b) + "|" +
                        std::to_string(to) + "|" + std::to_string(stated);
      if (reported.count(key) != 0) continue;
      const ClaimsRecord& c = *cagr->r;
      std::vector<ClaimRef> refs = {Ref(g.start), Ref(g.end), Ref(*cagr)};
      if (b < a && stated > 0) {
        reported.insert(key);
        impossible->push_back({"impossible", g.start.r->doc, refs,
                               "the forecast " + Money(b, currency) + " (" + std::to_string(to) +
                                   ") is below its base " + Money(a, currency) + " (" + std::to_string(from) +
                                   ") although the page states growth at a CAGR of " + Percent(stated)});
        continue;
      }
      double implied = (std::pow(b / a, 1.0 / (to - from)) - 1) * 100;
      if (std::fabs(implied - stated) <= kCagrTolerancePoints) continue;
      reported.insert(key);
      std::string period =
          c.from && c.to ? ", not from the stated CAGR period " + std::to_string(*c.from) + "-" + std::to_string(*c.to)
                         : "";
      mismatches->push_back({"cagr_mismatch", g.start.r->doc, refs,
                             Money(a, currency) + " (" + std::to_string(from) + ") to " + Money(b, currency) + " (" +
                                 std::to_string(to) + ") implies a CAGR of " + Percent(implied) + " over " +
                                 std::to_string(to - from) + " years, but the page states " + Percent(stated) +
                                 " (years from the two size claims, " + std::to_string(from) + " to " +
                                 std::to_string(to) + period + ")"});
    }
  }
}

// ---- conflict -------------------------------------------------------------

std::string ConflictKey(const ClaimsRecord& r) {
  if (std::isnan(Figure(r))) return "";
  std::string period;
  if (r.kind == "cagr") {
    if (!r.from && !r.to) return "";
    period = Period(r);
  } else {
    if (!r.year) return "";
    period = std::to_string(*r.year);
  }
  return SubjectKey(r) + "\x1e" + r.kind + "\x1e" + SegmentKey(r) + "\x1e" + period + "\x1e" + r.currency;
}

void CheckConflicts(const std::vector<Item>& items, std::vector<Finding>* out) {
  for (const std::vector<Item>& group : GroupBy(items, ConflictKey)) {
    std::vector<Item> values = DistinctValues(group, group.front().r->kind == "size");
    // Many different values under one key are different quantities whose
    // segment was not recognized (a page listing sub-markets), not a conflict.
    if (values.size() > kMaxConflictingValues) continue;
    for (size_t i = 0; i < values.size(); ++i) {
      for (size_t j = i + 1; j < values.size(); ++j) {
        const ClaimsRecord &a = *values[i].r, &b = *values[j].r;
        double fa = Figure(a), fb = Figure(b);
        double relative = std::fabs(fa - fb) / std::max(std::fabs(fa), std::fabs(fb)) * 100;
        std::string where = a.doc == b.doc ? "" : " (" + a.doc + " vs " + b.doc + ")";
        out->push_back({"conflict", a.doc, {Ref(values[i]), Ref(values[j])},
                        a.kind + SegmentText(a) + " for " + Period(a) + ": " + Shown(a) + " vs " + Shown(b) + " (" +
                            Trimmed(relative, 1) + "% apart)" + where});
      }
    }
  }
}

// ---- impossible shares ----------------------------------------------------

void CheckShares(const std::vector<Item>& items, std::vector<Finding>* out) {
  for (const Item& it : items) {
    if (it.r->kind == "share" && it.r->value && *it.r->value > 100) {
      out->push_back({"impossible", it.r->doc, {Ref(it)},
                      "a share" + SegmentText(*it.r) + " of " + Percent(*it.r->value) + " is over 100%"});
    }
  }
  auto key = [](const ClaimsRecord& r) -> std::string {
    if (r.kind != "share" || !r.value || !r.segment || !r.year || *r.value > 100) return "";
    return r.doc + "\x1e" + SubjectKey(r) + "\x1e" + r.segment->dimension + "\x1e" + std::to_string(*r.year);
  };
  for (const std::vector<Item>& group : GroupBy(items, key)) {
    std::vector<Item> named;  // one share per segment name: its first
    for (const Item& it : group) {
      bool seen = std::any_of(named.begin(), named.end(),
                              [&](const Item& n) { return SegmentKey(*n.r) == SegmentKey(*it.r); });
      if (!seen) named.push_back(it);
    }
    if (named.size() < 2) continue;
    double sum = 0, rounding = 0;
    std::string parts;
    std::vector<ClaimRef> refs;
    for (const Item& n : named) {
      sum += *n.r->value;
      rounding += Resolution(*n.r->value, false) / 2;
      parts += (parts.empty() ? "" : ", ") + n.r->segment->name + " " + Percent(*n.r->value);
      refs.push_back(Ref(n));
    }
    if (sum <= 100 + rounding + 1e-9) continue;
    const ClaimsRecord& first = *named.front().r;
    out->push_back({"impossible", first.doc, std::move(refs),
                    first.segment->dimension + " shares for " + std::to_string(*first.year) + " add up to " +
                        Percent(sum) + " (" + parts + ")"});
  }
}

}  // namespace

void ConsistencyChecker::Add(const ClaimsRecord& record, uint64_t line) {
  if (record.type != ClaimsRecord::Type::kClaim) return;
  Entry e{record, line};
  e.record.anchor.text.clear();
  e.record.anchor.exact.clear();
  e.record.anchor.prefix.clear();
  e.record.anchor.suffix.clear();
  claims_.push_back(std::move(e));
}

std::vector<Finding> ConsistencyChecker::Findings() const {
  std::vector<Item> items;
  items.reserve(claims_.size());
  for (const Entry& e : claims_) items.push_back({&e.record, e.line});
  std::vector<Finding> mismatches, conflicts, impossible;
  auto growth_key = [](const ClaimsRecord& r) { return r.doc + "\x1e" + SubjectKey(r) + "\x1e" + SegmentKey(r); };
  for (const std::vector<Item>& page_group : GroupBy(items, growth_key)) {
    CheckGrowth(page_group, &mismatches, &impossible);
  }
  CheckConflicts(items, &conflicts);
  CheckShares(items, &impossible);
  std::vector<Finding> all = std::move(mismatches);
  all.insert(all.end(), conflicts.begin(), conflicts.end());
  all.insert(all.end(), impossible.begin(), impossible.end());
  return all;
}

std::string FindingJson(const Finding& f) {
  std::string out = "{\"type\":\"finding\",\"check\":";
  AppendJsonString(f.check, &out);
  out += ",\"doc\":";
  AppendJsonString(f.doc, &out);
  out += ",\"claims\":[";
  for (size_t i = 0; i < f.claims.size(); ++i) {
    if (i) out.push_back(',');
    out += "{\"doc\":";
    AppendJsonString(f.claims[i].doc, &out);
    out += ",\"line\":" + std::to_string(f.claims[i].line) + ",\"start\":" + std::to_string(f.claims[i].evidence.start) +
           ",\"end\":" + std::to_string(f.claims[i].evidence.end) + "}";
  }
  out += "],\"message\":";
  AppendJsonString(f.message, &out);
  out += "}\n";
  return out;
}

}  // namespace claimtrace
