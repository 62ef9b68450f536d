// Internal to claimtrace_corpus: the simdjson side of claims files.
#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>

#include "claimtrace/claims_file.h"

namespace claimtrace {

// ParseClaimsRecord() with a parser the caller keeps, so that its buffers are
// reused from line to line.
Status ParseClaimsRecordWith(simdjson::dom::parser& parser, std::string_view line, ClaimsRecord* out);

}  // namespace claimtrace
