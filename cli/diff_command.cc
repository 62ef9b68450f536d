// STUB: 'diff' is not implemented yet.
#include <iostream>

#include "commands.h"

namespace claimtrace::cli {

int RunDiff(int, char**) {
  std::cerr << "claimtrace diff: not implemented yet\n";
  return 2;
}

}  // namespace claimtrace::cli
