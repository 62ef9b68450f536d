// Media type sniffing from content (never from the file name).
#pragma once

#include <cstddef>
#include <string_view>

#include "claimtrace/normalize.h"

namespace claimtrace::internal {

// YAML front matter: a "---" line at the top (after blank lines), up to a
// closing "---" or "..." line.
struct FrontMatter {
  size_t body_start = 0;   // first byte after the opening line
  size_t body_end = 0;     // first byte of the closing line
  size_t after = 0;        // first byte after the closing line
};
bool FindFrontMatter(std::string_view text, FrontMatter* fm);

// True when `text` is markup a browser would render as a page or fragment:
// a doctype/<html>/<body>, or enough real tags compared with Markdown syntax.
bool LooksLikeHtml(std::string_view text);

// HTML, Markdown (front matter, '#' headings, pipe tables, '**', links,
// fences, with some density) or plain text.
MediaType SniffMediaType(std::string_view text);

}  // namespace claimtrace::internal
