// Qualifiers of a figure: "around USD 181.93 billion", "more than 33%",
// "約260兆ウォン", "$1B+", "250億ドル超", "270억 달러 이상". They stay outside the
// mention's text; the canonical English name goes into Mention::qualifier.
#include "figure_scan.h"

namespace claimtrace::figures_internal {
namespace {

// An empty meaning keeps the English words as written ("exceed", "surpass").
std::vector<VocabEntry> BeforeQualifiers() {
  return {
      {"(?i:approximately|approx\\.?|circa|ca\\.)|~|≈|∼", "approximately"},
      {"(?i:around|about|roughly|some|close to|nearly|almost|over|more than|less than|fewer than|at least|"
       "up to|above|below|under|exceeding|exceeds?|surpass(?:ing)?|in excess of|upwards of|well over|"
       "just over|just under|well above|well below|as much as|as high as|as low as|at most)",
       ""},
      {">|＞", "more than"}, {"<|＜", "less than"}, {"≥", "at least"}, {"≤", "up to"},
      {"約|约|大约|大約|およそ|おおよそ|약|대략", "approximately"},
      {"近|将近|將近|ほぼ|거의", "nearly"},
      {"逾|超过|超過|超", "more than"},
      {"上看|最多|最大|최대", "up to"},
      {"至少|最低|최소", "at least"},
      {"(?i:rund|etwa|ungefähr|zirka|environ|aproximadamente|alrededor de|cerca de|por volta de)", "approximately"},
      {"(?i:über|mehr als|plus de|más de|mais de)", "more than"},
      {"(?i:fast|nahezu|knapp|près de|presque|casi|quase)", "nearly"},
      {"(?i:bis zu|jusqu'à|hasta|até)", "up to"},
      {"(?i:mindestens|au moins|al menos|pelo menos)", "at least"},
      {"(?i:weniger als|moins de|menos de)", "less than"},
  };
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

struct QualifierFinder::Patterns {
  explicit Patterns(std::string* error)
      : before(BeforeQualifiers(), "", " ?", error),
        after_more(R"(\+|以上|超|超過|超过|이상|넘는|넘게|남짓|余|多)", error),
        after_around(R"( ?(?:前後|程度|안팎|내외|수준|가량|정도|左右))", error) {}
  Vocabulary before;
  AnchoredPattern after_more, after_around;
};

QualifierFinder::QualifierFinder(std::string* error) : p_(std::make_unique<Patterns>(error)) {}
QualifierFinder::~QualifierFinder() = default;

std::string QualifierFinder::Find(std::string_view text, ByteSpan span) const {
  size_t start = 0;
  if (auto i = p_->before.MatchBefore(text, span.start, 32, &start)) {
    const VocabEntry& e = p_->before.entry(*i);
    if (*e.meaning) return e.meaning;
    std::string_view words = text.substr(start, span.start - start);
    while (!words.empty() && words.back() == ' ') words.remove_suffix(1);
    return Lower(words);
  }
  if (p_->after_more.MatchAt(text, span.end)) return "more than";
  if (p_->after_around.MatchAt(text, span.end)) return "around";
  return {};
}

}  // namespace claimtrace::figures_internal
