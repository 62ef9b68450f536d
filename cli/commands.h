// The subcommands of the claimtrace binary. Each takes its own arguments
// (argv[0] is the subcommand name) and returns the process exit code:
// 0 success, 1 some documents or records failed or findings were reported,
// 2 usage error, 3 the store failed (batch).
#pragma once

namespace claimtrace::cli {

int RunExtract(int argc, char** argv);
int RunAudit(int argc, char** argv);
int RunCheck(int argc, char** argv);
int RunBatch(int argc, char** argv);
int RunExport(int argc, char** argv);
int RunDiff(int argc, char** argv);
int RunMerge(int argc, char** argv);

}  // namespace claimtrace::cli
