// Markdown reader: front matter (prose values only), block structure
// (headings, lists, quotes, fences, pipe tables) and inline markup removed so
// that it never becomes part of a mention. A body that is HTML (a Hexo or
// Jekyll post written in HTML) goes to the HTML reader.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "claimtrace/status.h"
#include "raw_text.h"

namespace claimtrace::internal {

Status ReadMarkdown(std::string_view text, size_t offset, int max_html_depth, uint64_t max_html_nodes,
                    RawTextBuilder* builder);

}  // namespace claimtrace::internal
