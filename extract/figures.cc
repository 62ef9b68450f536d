// STUB (to be replaced by the figure detectors): finds nothing.
#include "claimtrace/figures.h"

namespace claimtrace {

const char* MentionKindName(MentionKind kind) {
  switch (kind) {
    case MentionKind::kMoney: return "money";
    case MentionKind::kPercent: return "percent";
    case MentionKind::kYear: return "year";
    case MentionKind::kYearRange: return "year_range";
    case MentionKind::kSegment: return "segment";
  }
  return "money";
}

struct FigureDetector::Impl {
  std::string error;
};
FigureDetector::FigureDetector() : impl_(std::make_unique<Impl>()) {}
FigureDetector::~FigureDetector() = default;
bool FigureDetector::ok() const { return impl_->error.empty(); }
const std::string& FigureDetector::error() const { return impl_->error; }
PageStyle FigureDetector::SniffStyle(std::string_view) const { return {}; }
std::vector<Mention> FigureDetector::Detect(std::string_view, const PageStyle&) const { return {}; }

}  // namespace claimtrace
