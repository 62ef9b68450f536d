// Internal to the extractor: helpers declared for its tests. Not a public header.
#pragma once

#include <vector>

#include "claimtrace/figures.h"

namespace claimtrace::extractor_internal {

// The three lists as one, in order of span start; at one start, figures come
// before segments before numbers, and each list keeps its own order (a stable
// sort of the three lists one after another).
std::vector<Mention> MergeByStart(std::vector<Mention> figures, const std::vector<Mention>& segments,
                                  const std::vector<Mention>& numbers);

}  // namespace claimtrace::extractor_internal
