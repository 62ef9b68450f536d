// Claims: the names of claim kinds. The lexicon is in lexicon.cc, the units
// of text in units.cc, segments in segments.cc, subjects in subject.cc and
// the assembly itself in claim_assembler.cc.
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

}  // namespace claimtrace
