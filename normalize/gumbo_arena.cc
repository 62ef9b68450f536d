#include "gumbo_arena.h"

#include <algorithm>
#include <cstdlib>

namespace claimtrace::internal {

namespace {

constexpr size_t kAlign = alignof(std::max_align_t);
constexpr size_t kHeader = (sizeof(void*) + kAlign - 1) / kAlign * kAlign;  // a Chunk, aligned
constexpr size_t kMinChunk = size_t{64} << 10;
constexpr size_t kMaxChunk = size_t{8} << 20;
constexpr size_t kLarge = size_t{1} << 20;

}  // namespace

const GumboOutput* GumboArena::Parse(std::string_view html) {
  Release();
  used_ = 0;
  over_budget_ = false;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // we never read parse errors; do not store them
  options.allocator = &GumboArena::Allocate;
  options.deallocator = &GumboArena::Deallocate;
  options.userdata = this;
  // Allocate() jumps back here when the budget or memory runs out; between
  // here and there are only Gumbo's C frames, nothing to unwind.
  if (setjmp(escape_) != 0) {
    Release();
    return nullptr;
  }
  return gumbo_parse_with_options(&options, html.data(), html.size());
}

void* GumboArena::Allocate(void* arena, size_t size) {
  auto* self = static_cast<GumboArena*>(arena);
  size = (std::max<size_t>(size, 1) + kAlign - 1) / kAlign * kAlign;
  if (size > self->budget_ - self->used_) {
    self->over_budget_ = true;
    std::longjmp(self->escape_, 1);
  }
  if (size >= kLarge) return self->AllocateLarge(size);
  if (size > self->left_) {
    // Chunks grow with the tree (a quarter of what it has used), so a large
    // page takes few mallocs and a small one wastes little.
    size_t chunk = std::clamp(self->used_ / 4, kMinChunk, kMaxChunk);
    chunk = std::max(chunk, size + kHeader);
    void* memory = std::malloc(chunk);
    if (memory == nullptr) std::longjmp(self->escape_, 1);
    auto* c = static_cast<Chunk*>(memory);
    c->previous = self->chunks_;
    self->chunks_ = c;
    self->next_ = static_cast<char*>(memory) + kHeader;
    self->left_ = chunk - kHeader;
  }
  void* block = self->next_;
  self->next_ += size;
  self->left_ -= size;
  self->used_ += size;
  return block;
}

void* GumboArena::AllocateLarge(size_t size) {
  void* memory = std::malloc(kLargeHeader + size);
  if (memory == nullptr) std::longjmp(escape_, 1);
  auto* block = static_cast<Large*>(memory);
  *block = {nullptr, large_, size};
  if (large_ != nullptr) large_->previous = block;
  large_ = block;
  used_ += size;
  return static_cast<char*>(memory) + kLargeHeader;
}

void GumboArena::Deallocate(void* arena, void* block) {
  auto* self = static_cast<GumboArena*>(arena);
  for (Large* l = self->large_; l != nullptr; l = l->next) {
    if (static_cast<char*>(block) != reinterpret_cast<char*>(l) + kLargeHeader) continue;
    (l->previous != nullptr ? l->previous->next : self->large_) = l->next;
    if (l->next != nullptr) l->next->previous = l->previous;
    self->used_ -= l->size;
    std::free(l);
    return;
  }
  // A block of a chunk: freed with the chunk.
}

void GumboArena::Release() {
  while (large_ != nullptr) {
    Large* next = large_->next;
    std::free(large_);
    large_ = next;
  }
  while (chunks_ != nullptr) {
    Chunk* previous = chunks_->previous;
    std::free(chunks_);
    chunks_ = previous;
  }
  next_ = nullptr;
  left_ = 0;
}

}  // namespace claimtrace::internal
