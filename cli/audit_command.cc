// STUB: 'audit' is not implemented yet.
#include <iostream>

#include "commands.h"

namespace claimtrace::cli {

int RunAudit(int, char**) {
  std::cerr << "claimtrace audit: not implemented yet\n";
  return 2;
}

}  // namespace claimtrace::cli
