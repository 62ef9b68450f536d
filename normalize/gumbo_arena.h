// Internal: Gumbo's parse with every allocation taken from one arena.
//
//   GumboArena arena(GumboArena::BudgetFor(html.size()));
//   const GumboOutput* out = arena.Parse(html);
//   if (out == nullptr) {
//     // arena.over_budget(): the tree needed more than the budget; otherwise
//     // memory ran out. Nothing of the partial tree is left allocated.
//   }
//   ... walk out->document; the tree lives until the next Parse() or ~GumboArena.
//
// Why: Gumbo cannot be interrupted, and a small page can make it build a huge
// tree (300 formatting elements re-opened after each of 8,000 "</p><p>" took
// 900 MB for a 100 KB page). The arena stops the parse the moment it asks for
// more than the budget (a longjmp out of the allocator, which is all Gumbo's
// C code sees between the parse call and us) and frees everything at once.
// It is also faster than malloc: Gumbo frees little before the whole tree is
// freed, and the tree goes in one step instead of a walk over every node. What
// Gumbo does free early are the buffers it outgrows (a long text doubles its
// buffer again and again); requests of 1 MiB and more are therefore blocks of
// their own, freed when Gumbo frees them.
#pragma once

#include <gumbo.h>

#include <csetjmp>
#include <cstddef>
#include <string_view>

namespace claimtrace::internal {

class GumboArena {
 public:
  // Gumbo asks for about ten times a page's size in all (13 at most on the
  // generated corpora's pages, 55 on a page of nothing but short elements);
  // the budget is 64 times, over 64 MiB.
  static constexpr size_t BudgetFor(size_t html_bytes) { return (size_t{64} << 20) + 64 * html_bytes; }

  explicit GumboArena(size_t budget) : budget_(budget) {}
  ~GumboArena() { Release(); }
  GumboArena(const GumboArena&) = delete;
  GumboArena& operator=(const GumboArena&) = delete;

  // The tree of `html` (Gumbo's default options, parse errors not kept), or
  // null when the parse needed more than the budget or memory ran out.
  const GumboOutput* Parse(std::string_view html);

  // After a null Parse(): true when the budget was the reason.
  bool over_budget() const { return over_budget_; }
  // The bytes the last parse holds (up to the request that failed): all it
  // asked for, less the large blocks it freed.
  size_t used() const { return used_; }
  size_t budget() const { return budget_; }

 private:
  struct Chunk {
    Chunk* previous;
  };
  // A block of 1 MiB or more, freed when Gumbo frees it; the list is short
  // (a long text's last buffer, a few big attribute values).
  struct Large {
    Large* previous;
    Large* next;
    size_t size;
  };
  // Where a large block's bytes start, past its Large: max_align_t-aligned.
  static constexpr size_t kLargeHeader =
      (sizeof(Large) + alignof(std::max_align_t) - 1) / alignof(std::max_align_t) * alignof(std::max_align_t);
  static void* Allocate(void* arena, size_t size);
  static void Deallocate(void* arena, void* block);
  void* AllocateLarge(size_t size);
  void Release();

  size_t budget_;
  Chunk* chunks_ = nullptr;  // the newest; each links to the one before
  Large* large_ = nullptr;   // the newest large block
  char* next_ = nullptr;     // free space in the newest chunk
  size_t left_ = 0;
  size_t used_ = 0;
  bool over_budget_ = false;
  std::jmp_buf escape_;
};

}  // namespace claimtrace::internal
