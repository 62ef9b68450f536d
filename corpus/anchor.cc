// Re-anchoring one record: where is its quote in the current text, and is it
// the same, moved, or changed?
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include "anchor_match.h"
#include "claimtrace/audit.h"

namespace claimtrace {
namespace {

// How much the surrounding text (prefix and suffix similarity, averaged) must
// agree before an anchor is accepted. Identical text may sit in a somewhat
// different context; text whose figures changed must sit in its own context
// unless it is a long quote that is nearly all still there.
constexpr double kContextForSameText = 0.5;
constexpr double kContextForChangedFigures = 0.8;
// An approximate match at least this similar to the quote is "nearly all
// still there": moved when its figures are unchanged, changed when they differ
// (with the looser kContextForSameText).
constexpr double kQuoteNearlySame = 0.85;
// Exact occurrences this well placed make an approximate search pointless.
constexpr double kContextConclusive = 0.9;
constexpr size_t kMaxExactOccurrences = 100000;
constexpr size_t kMaxApproxCandidates = 8;
// How far from its old place (beyond its own context) edited text is looked
// for, in turn, before the whole page is.
constexpr size_t kApproxReaches[] = {1 << 10, 8 << 10};
constexpr size_t kMaxEditCells = 4u << 20;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Widens a byte span to whole code points.
ByteSpan SnapToCodePoints(std::string_view text, ByteSpan s) {
  while (s.start > 0 && s.start < text.size() && !IsLeadByte(text[s.start])) --s.start;
  while (s.end < text.size() && !IsLeadByte(text[s.end])) ++s.end;
  return s;
}

// A text with each numeral (digits with inner '.', ',' or '\'') replaced by
// '#', and the numerals themselves: "USD 1,166.52 bn" -> "USD # bn", {"1,166.52"}.
struct Numerals {
  std::string skeleton;
  std::vector<std::string_view> numbers;
};
Numerals SplitNumerals(std::string_view s) {
  Numerals n;
  for (size_t i = 0; i < s.size();) {
    if (!IsDigit(s[i])) {
      n.skeleton.push_back(s[i++]);
      continue;
    }
    size_t j = i;
    while (j < s.size() && (IsDigit(s[j]) || ((s[j] == '.' || s[j] == ',' || s[j] == '\'') &&
                                              j + 1 < s.size() && IsDigit(s[j + 1])))) {
      ++j;
    }
    n.numbers.push_back(s.substr(i, j - i));
    n.skeleton.push_back('#');
    i = j;
  }
  return n;
}

std::optional<double> NumeralValue(std::string_view numeral, const PageStyle& style) {
  std::string plain;
  for (char c : numeral) {
    if (IsDigit(c)) plain.push_back(c);
    else if (c == (style.decimal_comma ? ',' : '.')) plain.push_back('.');
  }
  double v = 0;
  auto r = std::from_chars(plain.data(), plain.data() + plain.size(), v);
  if (r.ec != std::errc()) return std::nullopt;
  return v;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  if (a.size() * b.size() > kMaxEditCells) return std::max(a.size(), b.size());
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

struct Candidate {
  ByteSpan span;  // in doc.text
  double quote = 0, prefix = 0, suffix = 0, position = 0;
  double context() const { return (prefix + suffix) / 2; }
  // Hypothesis's weighting: quote 50, prefix 20, suffix 20, position 2.
  double total() const { return (50 * quote + 20 * prefix + 20 * suffix + 2 * position) / 92; }
};

class Anchorer {
 public:
  Anchorer(const TextAnchor& old, std::string_view source, const NormalizedDocument& doc,
           const FigureDetector& figures, const PageStyle& style, const TextIndex* index, int64_t shift,
           bool score_every_occurrence = false)
      : old_(old),
        source_(source),
        doc_(doc),
        text_(doc.text),
        figures_(figures),
        style_(style),
        index_(index),
        score_every_occurrence_(score_every_occurrence) {
    exact_ = old.has_selector ? std::string_view(old.exact) : std::string_view(old.text);
    hint_ = !old.has_position ? std::min<uint32_t>(old.span.start, text_.size())
            : index_ != nullptr ? index_->ByteOfCodePoint(old.position_start)
                                : ByteOfCodePoint(text_, old.position_start);
    const int64_t expected = std::clamp<int64_t>(int64_t{hint_} + shift, 0, static_cast<int64_t>(text_.size()));
    expected_ = static_cast<uint32_t>(expected);
  }

  // The old place in the current text (before it is searched).
  uint32_t hint() const { return hint_; }

  AnchorResult Run() {
    AnchorResult r;
    if (!exact_.empty()) {
      std::vector<Candidate> candidates = ExactCandidates();
      if (!Conclusive(candidates)) {
        // Edited text is usually still near where it was: searching the
        // whole page for every edited record made a page's audit grow with
        // the square of its size. An anchor found there in a conclusive
        // context is taken (no exact occurrence has one, so none sorts
        // before it); otherwise the whole page is searched.
        const ByteSpan whole{0, static_cast<uint32_t>(text_.size())};
        for (size_t reach : kApproxReaches) {
          const ByteSpan near = Neighbourhood(reach);
          if (near.size() == whole.size()) break;
          std::vector<Candidate> fuzzy = ApproxCandidates(near);
          std::erase_if(fuzzy, [](const Candidate& c) { return c.context() < kContextConclusive; });
          if (Pick(std::move(fuzzy), &r)) return r;
        }
        std::vector<Candidate> fuzzy = ApproxCandidates(whole);
        candidates.insert(candidates.end(), fuzzy.begin(), fuzzy.end());
      }
      if (Pick(std::move(candidates), &r)) return r;
    }
    // No acceptable anchor, but the bytes are still the quote: the record is
    // proved by its own offsets (e.g. records written without selectors).
    r = AnchorResult();
    if (old_.span.end <= source_.size() &&
        FoldForCompare(VisibleSourceText(source_, doc_, old_.span)) == FoldForCompare(old_.text)) {
      r.status = AuditStatus::kVerified;
      r.source_span = old_.span;
      r.score = 1;
    }
    return r;
  }

 private:
  // The place is what the context says; the gates in Classify() then decide
  // whether what is there is the same, moved or changed text. False: none is.
  bool Pick(std::vector<Candidate> candidates, AnchorResult* r) const {
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
      if (a.context() != b.context()) return a.context() > b.context();
      return a.total() > b.total();
    });
    return std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) { return Classify(c, r); });
  }

  Candidate Score(ByteSpan span, double quote) const {
    Candidate c;
    c.span = span;
    c.quote = quote;
    std::string_view prefix = old_.has_selector ? std::string_view(old_.prefix) : std::string_view();
    std::string_view suffix = old_.has_selector ? std::string_view(old_.suffix) : std::string_view();
    uint32_t from = span.start - std::min<uint32_t>(span.start, prefix.size());
    c.prefix = prefix.empty() ? 1.0 : TextMatchScore(text_.substr(from, span.start - from), prefix);
    c.suffix = suffix.empty() ? 1.0 : TextMatchScore(text_.substr(span.end, suffix.size()), suffix);
    double distance = std::fabs(static_cast<double>(span.start) - hint_);
    c.position = text_.empty() ? 1.0 : 1.0 - distance / text_.size();
    return c;
  }

  // Where the quote occurs, in order (at most kMaxExactOccurrences).
  std::vector<uint32_t> ExactOccurrences() const {
    if (index_ != nullptr) return index_->Find(exact_, kMaxExactOccurrences);
    std::vector<uint32_t> out;
    for (size_t at = text_.find(exact_); at != std::string_view::npos && out.size() < kMaxExactOccurrences;
         at = text_.find(exact_, at + 1)) {
      out.push_back(static_cast<uint32_t>(at));
    }
    return out;
  }

  // The occurrences scored. When some are in the recorded context byte for
  // byte (context 1, the most), the nearest of them alone: it would sort
  // first (the same quote and context, the best position; the earlier of
  // two as near), and scoring every occurrence of a text that recurs costs
  // the square of its count.
  std::vector<Candidate> ExactCandidates() const {
    const uint32_t length = static_cast<uint32_t>(exact_.size());
    // Still at its old place, in its context: none can be nearer (taken even
    // past the kMaxExactOccurrences-th occurrence, which the list would cut).
    const ByteSpan at_hint{hint_, hint_ + length};
    if (!score_every_occurrence_ && text_.substr(hint_, length) == exact_ && InRecordedContext(at_hint)) {
      return {Score(at_hint, 1.0)};
    }
    const std::vector<uint32_t> occurrences = ExactOccurrences();
    if (!score_every_occurrence_) {
      std::optional<uint32_t> nearest;
      auto distance = [&](uint32_t at) { return at > hint_ ? at - hint_ : hint_ - at; };
      for (uint32_t at : occurrences) {
        if (InRecordedContext({at, at + length}) && (!nearest || distance(at) < distance(*nearest))) nearest = at;
      }
      if (nearest) return {Score({*nearest, *nearest + length}, 1.0)};
    }
    std::vector<Candidate> out;
    out.reserve(occurrences.size());
    for (uint32_t at : occurrences) out.push_back(Score({at, at + length}, 1.0));
    return out;
  }

  // Whether the text around `span` is the record's prefix and suffix byte for
  // byte, as Score() finds them: a side longer than kMaxApproxPattern scores 0.
  bool InRecordedContext(ByteSpan span) const {
    if (!old_.has_selector) return true;
    const std::string_view prefix = old_.prefix, suffix = old_.suffix;
    auto same = [](std::string_view side, std::string_view text) {
      return side.empty() || (side.size() <= kMaxApproxPattern && text == side);
    };
    return span.start >= prefix.size() && same(prefix, text_.substr(span.start - prefix.size(), prefix.size())) &&
           same(suffix, text_.substr(span.end, suffix.size()));
  }

  static bool Conclusive(const std::vector<Candidate>& exact) {
    return std::any_of(exact.begin(), exact.end(),
                       [](const Candidate& c) { return c.context() >= kContextConclusive; });
  }

  // The text within `reach` of where the old place is expected now and the
  // context around it, widened to whole code points.
  ByteSpan Neighbourhood(size_t reach) const {
    const size_t before = reach + (old_.has_selector ? old_.prefix.size() : 0);
    const size_t after = reach + exact_.size() + (old_.has_selector ? old_.suffix.size() : 0);
    const uint32_t start = expected_ - static_cast<uint32_t>(std::min<size_t>(expected_, before));
    const uint32_t end = static_cast<uint32_t>(std::min<size_t>(text_.size(), expected_ + after));
    return SnapToCodePoints(text_, {start, end});
  }

  // Approximate matches in text_[region] of the quote alone (as Hypothesis
  // searches) and of the quote in its context (which still finds a short
  // quote whose figures changed: "38%" -> "42%" is two errors in three
  // bytes, but two in seventy with its prefix and suffix).
  std::vector<Candidate> ApproxCandidates(ByteSpan region) const {
    const std::string_view searched = text_.substr(region.start, region.size());
    const uint32_t hint = std::clamp(hint_, region.start, region.end) - region.start;
    std::vector<ByteSpan> spans;
    uint32_t max_errors = static_cast<uint32_t>(std::min<size_t>(256, exact_.size() / 2));
    for (const ApproxMatch& m : ApproxSearch(searched, exact_, max_errors, hint, kMaxApproxCandidates)) {
      spans.push_back({region.start + m.span.start, region.start + m.span.end});
    }
    if (old_.has_selector && (!old_.prefix.empty() || !old_.suffix.empty())) {
      std::string context = old_.prefix + old_.exact + old_.suffix;
      uint32_t starts = static_cast<uint32_t>(old_.prefix.size());
      uint32_t ends = starts + static_cast<uint32_t>(old_.exact.size());
      max_errors = static_cast<uint32_t>(std::min<size_t>(256, context.size() / 4));
      for (const ApproxMatch& m : ApproxSearch(searched, context, max_errors, hint - std::min(hint, starts),
                                               kMaxApproxCandidates, {{starts, true}, {ends, false}})) {
        if (m.marked[0] < m.marked[1]) spans.push_back({region.start + m.marked[0], region.start + m.marked[1]});
      }
    }
    std::vector<Candidate> out;
    for (ByteSpan s : spans) {
      s = SnapToCodePoints(text_, s);
      if (s.empty() || std::any_of(out.begin(), out.end(), [&](const Candidate& c) { return c.span == s; })) {
        continue;
      }
      std::string_view found = text_.substr(s.start, s.size());
      double quote = 1.0 - static_cast<double>(EditDistance(exact_, found)) /
                               std::max(exact_.size(), found.size());
      out.push_back(Score(s, quote));
    }
    return out;
  }

  bool Classify(const Candidate& c, AnchorResult* r) const {
    std::string_view found = text_.substr(c.span.start, c.span.size());
    bool same = found == exact_ || FoldForCompare(found) == FoldForCompare(exact_);
    Numerals before = SplitNumerals(exact_), after = SplitNumerals(found);
    bool same_words = FoldForCompare(before.skeleton) == FoldForCompare(after.skeleton);
    if (same) {
      if (c.context() < kContextForSameText) return false;
    } else if (same_words && before.numbers != after.numbers) {
      double needed = c.quote >= kQuoteNearlySame ? kContextForSameText : kContextForChangedFigures;
      if (c.context() < needed) return false;
      r->status = AuditStatus::kChanged;
      DiffFigures(exact_, found, before, after, r);
    } else if (before.numbers == after.numbers && c.quote >= kQuoteNearlySame) {
      if (c.context() < kContextForSameText) return false;
      r->fuzzy = true;
    } else {
      return false;
    }
    r->text_span = c.span;
    r->source_span = doc_.ToSource(c.span);
    r->score = c.total();
    // A tag inside the span ("bil<span></span>lion") leaves the text whole but
    // shows as a space in the source's visible text, which is what the record's
    // quote is checked against: when the two differ, quote what the source
    // shows, as for a fuzzy match.
    if (r->status != AuditStatus::kChanged && !r->fuzzy &&
        FoldForCompare(VisibleSourceText(source_, doc_, r->source_span)) != FoldForCompare(old_.text)) {
      r->fuzzy = true;
    }
    if (r->status != AuditStatus::kChanged) {
      r->status = r->source_span == old_.span && !r->fuzzy ? AuditStatus::kVerified : AuditStatus::kMoved;
    }
    return true;
  }

  std::vector<AuditFigure> Figures(std::string_view text) const {
    std::vector<AuditFigure> out;
    for (const Mention& m : figures_.Detect(text, style_)) {
      AuditFigure f;
      f.kind = MentionKindName(m.kind);
      f.text = std::string(text.substr(m.span.start, m.span.size()));
      f.value = m.value;
      if (m.kind == MentionKind::kYearRange) f.value = m.from;
      out.push_back(std::move(f));
    }
    return out;
  }

  // The figures that differ between the old and the new text: detector
  // figures when the detector sees any, else the bare numerals.
  void DiffFigures(std::string_view old_text, std::string_view new_text, const Numerals& before,
                   const Numerals& after, AnchorResult* r) const {
    std::vector<AuditFigure> olds = Figures(old_text), news = Figures(new_text);
    if (olds.empty() && news.empty()) {
      for (std::string_view n : before.numbers) olds.push_back({"number", std::string(n), NumeralValue(n, style_)});
      for (std::string_view n : after.numbers) news.push_back({"number", std::string(n), NumeralValue(n, style_)});
    }
    if (olds.size() == news.size()) {
      for (size_t i = 0; i < olds.size(); ++i) {
        if (olds[i].kind == news[i].kind && olds[i].text == news[i].text) continue;
        r->old_figures.push_back(olds[i]);
        r->new_figures.push_back(news[i]);
      }
      if (!r->old_figures.empty()) return;
    }
    r->old_figures = std::move(olds);
    r->new_figures = std::move(news);
  }

  const TextAnchor& old_;
  std::string_view source_;
  const NormalizedDocument& doc_;
  std::string_view text_;
  const FigureDetector& figures_;
  const PageStyle& style_;
  std::string_view exact_;
  uint32_t hint_ = 0;      // the old place, in text_ bytes
  uint32_t expected_ = 0;  // where it is expected now: moved as the text around it moved
  const TextIndex* index_;  // null: search and count through the text
  bool score_every_occurrence_;  // no shortcut for text in its recorded context (tests compare)
};

}  // namespace

const char* AuditStatusName(AuditStatus status) {
  switch (status) {
    case AuditStatus::kVerified: return "verified";
    case AuditStatus::kMoved: return "moved";
    case AuditStatus::kChanged: return "changed";
    case AuditStatus::kMissing: return "missing";
    case AuditStatus::kUnreadable: return "unreadable";
  }
  return "missing";
}

AnchorResult Reanchor(const TextAnchor& old, std::string_view source, const NormalizedDocument& doc,
                      const FigureDetector& figures, const PageStyle& style) {
  return Anchorer(old, source, doc, figures, style, nullptr, 0).Run();
}

AnchorResult ReanchorScoringEveryOccurrence(const TextAnchor& old, std::string_view source,
                                            const NormalizedDocument& doc, const FigureDetector& figures,
                                            const PageStyle& style) {
  return Anchorer(old, source, doc, figures, style, nullptr, 0, true).Run();
}

AnchorResult ReanchorOnPage(const TextAnchor& old, std::string_view source, const NormalizedDocument& doc,
                            const FigureDetector& figures, const PageStyle& style, const TextIndex* index,
                            int64_t* shift) {
  Anchorer anchorer(old, source, doc, figures, style, index, *shift);
  AnchorResult r = anchorer.Run();
  if (!r.text_span.empty()) *shift = int64_t{r.text_span.start} - anchorer.hint();
  return r;
}

}  // namespace claimtrace
