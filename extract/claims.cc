// STUB (to be replaced by the claim assembler): no lexicon, no claims.
#include "claimtrace/claims.h"

namespace claimtrace {

const char* ClaimKindName(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kSize: return "size";
    case ClaimKind::kCagr: return "cagr";
    case ClaimKind::kShare: return "share";
  }
  return "size";
}

struct Lexicon::Impl {};
Lexicon::Lexicon() : impl_(std::make_unique<Impl>()) {}
Lexicon::~Lexicon() = default;
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;
Status Lexicon::Load(std::string_view, Lexicon* out) {
  *out = Lexicon();
  return Status::Ok();
}
std::string Lexicon::DefaultDir() { return CLAIMTRACE_SOURCE_DIR "/extract/lexicon"; }

struct ClaimAssembler::Impl {
  const Lexicon* lexicon;
};
ClaimAssembler::ClaimAssembler(const Lexicon* lexicon) : impl_(std::make_unique<Impl>(Impl{lexicon})) {}
ClaimAssembler::~ClaimAssembler() = default;
ClaimResult ClaimAssembler::Assemble(const NormalizedDocument&, const std::vector<Mention>&,
                                     const PageStyle&) const {
  return {};
}

}  // namespace claimtrace
