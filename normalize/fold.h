// Unicode folding of the raw visible text: NFKC and white space folding give
// `display`; dash/quote unification and removal of invisible format
// characters give `text`. Both keep exact maps.
#pragma once

#include <string_view>

#include "claimtrace/normalize.h"
#include "raw_text.h"

namespace claimtrace::internal {

// Fills display, text, both maps, blocks and title of `doc` from `raw`.
void FoldRawText(const RawText& raw, NormalizedDocument* doc);

// `s` with every run of white space (IsFoldSpace) replaced by one ' ' and
// trimmed; appended to `out`.
void AppendFoldedSpaces(std::string_view s, std::string* out);

}  // namespace claimtrace::internal
