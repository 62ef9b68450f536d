#include "gumbo_arena.h"

#include <doctest/doctest.h>

#include <string>

#include "claimtrace/normalize.h"

namespace claimtrace::internal {
namespace {

// The text of the first text node under `node`, depth first.
std::string FirstText(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEXT) return node->v.text.text;
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return "";
  const GumboVector& children =
      node->type == GUMBO_NODE_ELEMENT ? node->v.element.children : node->v.document.children;
  for (unsigned i = 0; i < children.length; ++i) {
    std::string t = FirstText(static_cast<const GumboNode*>(children.data[i]));
    if (!t.empty()) return t;
  }
  return "";
}

// 300 formatting elements, then `n` paragraph breaks: Gumbo re-opens all 300
// after each one (HTML's "reconstruct the active formatting elements").
std::string Reopening(int n) {
  std::string html = "<html><body><p>";
  for (int i = 0; i < 300; ++i) html += "<b id=" + std::to_string(i) + ">";
  for (int i = 0; i < n; ++i) html += "</p><p>x";
  return html;
}

TEST_CASE("GumboArena: a parse within the budget gives Gumbo's tree") {
  GumboArena arena(GumboArena::BudgetFor(100));
  const GumboOutput* out = arena.Parse("<p>The market was <b>USD 5 billion</b>");
  REQUIRE(out != nullptr);
  CHECK(FirstText(out->document) == "The market was ");
  CHECK_FALSE(arena.over_budget());
  CHECK(arena.used() > 0);
  CHECK(arena.used() <= arena.budget());
  // A second parse replaces the first.
  out = arena.Parse("<p>second");
  REQUIRE(out != nullptr);
  CHECK(FirstText(out->document) == "second");
}

TEST_CASE("GumboArena: a parse that asks for more than the budget is abandoned, and the arena parses again") {
  const std::string bomb = Reopening(2000);  // 30 KB; Gumbo builds 600,000 elements for it
  GumboArena arena(GumboArena::BudgetFor(bomb.size()));
  CHECK(arena.budget() == (size_t{64} << 20) + 64 * bomb.size());
  CHECK(arena.Parse(bomb) == nullptr);
  CHECK(arena.over_budget());
  CHECK(arena.used() <= arena.budget());
  CHECK(arena.used() + 4096 > arena.budget());  // it stopped at the budget, not before
  // Nothing is left of the abandoned tree to get in the way (ASan checks it is freed).
  const GumboOutput* out = arena.Parse("<p>after");
  REQUIRE(out != nullptr);
  CHECK_FALSE(arena.over_budget());
  CHECK(FirstText(out->document) == "after");
}

TEST_CASE("GumboArena: the budget counts every request, whatever its size") {
  // A budget smaller than Gumbo's first requests: the very first parse stops.
  GumboArena tiny(16);
  CHECK(tiny.Parse("<p>x") == nullptr);
  CHECK(tiny.over_budget());
  CHECK(tiny.used() <= 16);
}

TEST_CASE("GumboArena: the buffers a long text outgrows are freed as Gumbo frees them") {
  // One 8 MiB text: Gumbo doubles its buffer up to 8 MiB and copies it into
  // the text node. Kept, the outgrown buffers would hold about 20 MiB more.
  const std::string text(8 << 20, 'x');
  GumboArena arena(GumboArena::BudgetFor(text.size()));
  const GumboOutput* out = arena.Parse("<p>" + text + "</p>");
  REQUIRE(out != nullptr);
  CHECK(FirstText(out->document).size() == text.size());
  MESSAGE("bytes held after the parse: ", arena.used());
  CHECK(arena.used() < 2 * text.size());
}

TEST_CASE("Normalize: a page whose tree outgrows the budget is too_many_nodes, named in its message") {
  const std::string bomb = Reopening(2000);
  NormalizedDocument doc;
  Status s = Normalize(bomb, {}, &doc);
  CHECK(s.code() == ErrorCode::kTooManyNodes);
  CHECK(s.message() == "the HTML tree needs more than 65 MiB (64 MiB and 64 times the page's size)");
}

}  // namespace
}  // namespace claimtrace::internal
