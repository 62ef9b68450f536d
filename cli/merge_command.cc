// STUB: 'merge' is not implemented yet.
#include <iostream>

#include "commands.h"

namespace claimtrace::cli {

int RunMerge(int, char**) {
  std::cerr << "claimtrace merge: not implemented yet\n";
  return 2;
}

}  // namespace claimtrace::cli
