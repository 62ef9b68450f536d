// STUB: 'batch' is not implemented yet.
#include <iostream>

#include "commands.h"

namespace claimtrace::cli {

int RunBatch(int, char**) {
  std::cerr << "claimtrace batch: not implemented yet\n";
  return 2;
}

}  // namespace claimtrace::cli
