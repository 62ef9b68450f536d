// HTML reader: bounds the tag nesting before Gumbo runs, then walks Gumbo's
// tree (iteratively) and hands the visible text to a RawTextBuilder.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "claimtrace/status.h"
#include "raw_text.h"

namespace claimtrace::internal {

// Cheap scan of start/end tags; kTooDeep when elements nest deeper than
// `max_depth`. Elements whose end tag is optional (p, li, td, ...) do not
// count, so the estimate errs toward what Gumbo's open-element stack holds.
Status CheckHtmlDepth(std::string_view html, int max_depth);

// Appends the visible text of `html`, which is decoded text starting at
// decoded offset `offset`. Fails with kTooDeep or kTooManyNodes.
Status ReadHtml(std::string_view html, size_t offset, int max_depth, uint64_t max_nodes,
                RawTextBuilder* builder);

}  // namespace claimtrace::internal
