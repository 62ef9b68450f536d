// STUB: 'check' is not implemented yet.
#include <iostream>

#include "commands.h"

namespace claimtrace::cli {

int RunCheck(int, char**) {
  std::cerr << "claimtrace check: not implemented yet\n";
  return 2;
}

}  // namespace claimtrace::cli
