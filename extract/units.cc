#include "units.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>

#include "text_util.h"

namespace claimtrace {

std::vector<Block> BlocksOf(const NormalizedDocument& doc) {
  if (!doc.blocks.empty()) return doc.blocks;
  std::vector<Block> blocks;
  std::string_view text = doc.text;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    ByteSpan span = TrimSpan(text, {static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
    if (!span.empty()) {
      Block b;
      b.span = span;
      blocks.push_back(b);
    }
    start = end + 1;
  }
  return blocks;
}

namespace {

// Abbreviations that end in '.' inside a sentence of a market report.
constexpr const char* kNoBreakAfter[] = {
    "U.S.", "U.K.", "U.A.E.", "Inc.", "Corp.", "Ltd.", "Co.", "No.", "vs.", "approx.", "Approx.",
    "e.g.", "i.e.", "Mio.", "Mrd.", "Rs.", "Bn.", "Mn.", "St.", "Dr.", "Jr.", "Est.", "est.", "ca.", "Nr.", "bzw.",
};

std::unique_ptr<icu::BreakIterator> MakeSentenceIterator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> base(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) return nullptr;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) return base;
  for (const char* abbreviation : kNoBreakAfter) {
    builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(abbreviation), status);
    status = U_ZERO_ERROR;  // already in the standard list is fine
  }
  std::unique_ptr<icu::BreakIterator> filtered(
      builder->wrapIteratorWithFilter(base.release(), status));
  if (U_FAILURE(status)) return nullptr;
  return filtered;
}

void AppendSentences(icu::BreakIterator* it, std::string_view text, size_t block_index,
                     const Block& block, std::vector<Unit>* out) {
  std::string_view piece = Slice(text, block.span);
  int sentence = 0;
  auto add_one = [&](uint32_t from, uint32_t to) {
    ByteSpan span = TrimSpan(text, {block.span.start + from, block.span.start + to});
    if (span.empty()) return;
    out->push_back({block.kind, span, block_index, sentence++});
  };
  // "• Private mobile networks spend to reach US$21 billion by 2030 •
  // Applications to account for over 40% of the value": bullets run inline in
  // one paragraph are items of their own.
  auto add = [&](uint32_t from, uint32_t to) {
    static constexpr std::string_view kBullet = " \u2022 ";
    std::string_view sentence_text = piece.substr(from, to - from);
    uint32_t start = from;
    for (size_t at = sentence_text.find(kBullet); at != std::string_view::npos;
         at = sentence_text.find(kBullet, at + kBullet.size())) {
      add_one(start, from + static_cast<uint32_t>(at));
      start = from + static_cast<uint32_t>(at + kBullet.size());
    }
    add_one(start, to);
  };
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, piece.data(), static_cast<int64_t>(piece.size()), &status);
  if (it == nullptr || U_FAILURE(status)) {
    if (ut) utext_close(ut);
    add(0, static_cast<uint32_t>(piece.size()));
    return;
  }
  it->setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    add(0, static_cast<uint32_t>(piece.size()));
    return;
  }
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    add(static_cast<uint32_t>(start), static_cast<uint32_t>(end));
  }
  // The iterator keeps a pointer to `ut`; give it an empty text before closing.
  it->setText(icu::UnicodeString());
  utext_close(ut);
}

}  // namespace

std::vector<Unit> SplitUnits(std::string_view text, const std::vector<Block>& blocks) {
  std::vector<Unit> units;
  // Building the filtered iterator loads ICU's rules and the abbreviation list:
  // about a millisecond, more than the rest of a small page's pipeline. Build
  // it once; each call works on its own clone (cloning a const iterator is
  // safe from any thread).
  static const std::unique_ptr<const icu::BreakIterator> kPrototype = MakeSentenceIterator();
  std::unique_ptr<icu::BreakIterator> it(kPrototype ? kPrototype->clone() : nullptr);
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (b.span.end > text.size() || b.span.empty()) continue;
    if (b.kind == BlockKind::kParagraph || b.kind == BlockKind::kListItem) {
      AppendSentences(it.get(), text, i, b, &units);
    } else {
      ByteSpan span = TrimSpan(text, b.span);
      if (!span.empty()) units.push_back({b.kind, span, i, 0});
    }
  }
  return units;
}

}  // namespace claimtrace
