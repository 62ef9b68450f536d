// STUB: 'export' is not implemented yet.
#include <iostream>

#include "commands.h"

namespace claimtrace::cli {

int RunExport(int, char**) {
  std::cerr << "claimtrace export: not implemented yet\n";
  return 2;
}

}  // namespace claimtrace::cli
