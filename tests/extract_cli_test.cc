// Runs the built `claimtrace extract` as a child process and checks its
// contract: exit codes, stdout carrying JSON Lines only, atomic -o, '-' as
// standard input, usage errors.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <simdjson.h>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "claimtrace/sha256.h"
#include "temp_dir.h"

extern char** environ;

namespace claimtrace {
namespace {

using testing::ReadFileOrMissing;
using testing::TempDir;

struct Run {
  int exit_code = -1;  // -1: did not exit normally
  std::string out, err;
};

// Runs claimtrace with `args`; standard input comes from `stdin_path`
// (/dev/null by default) and the outputs go through files, so nothing can
// deadlock on a full pipe.
Run RunClaimtrace(const TempDir& dir, const std::vector<std::string>& args,
                  const std::string& stdin_path = "/dev/null") {
  const std::string out_path = dir / ".stdout", err_path = dir / ".stderr";
  std::vector<std::string> all = {CLAIMTRACE_BINARY};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, stdin_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid;
  Run run;
  int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  REQUIRE_MESSAGE(rc == 0, "cannot start " << CLAIMTRACE_BINARY);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
  }
  if (WIFEXITED(status)) run.exit_code = WEXITSTATUS(status);
  run.out = ReadFileOrMissing(out_path);
  run.err = ReadFileOrMissing(err_path);
  ::unlink(out_path.c_str());
  ::unlink(err_path.c_str());
  return run;
}

struct Record {
  std::string type, doc, code, message;
  int64_t bytes = -1;
  std::string sha256;
};

// Parses `jsonl` strictly: every line a JSON object with a string "type" and
// "doc", the text ending with '\n'. Fails the test otherwise.
std::vector<Record> ParseJsonLines(const std::string& jsonl) {
  std::vector<Record> records;
  if (jsonl.empty()) return records;
  CHECK_MESSAGE(jsonl.back() == '\n', "output does not end with a newline");
  simdjson::dom::parser parser;
  std::istringstream in(jsonl);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    CAPTURE(n);
    CAPTURE(line);
    simdjson::dom::object obj;
    auto error = parser.parse(line).get(obj);
    REQUIRE_MESSAGE(!error, "not a JSON object: " << simdjson::error_message(error));
    Record r;
    std::string_view sv;
    REQUIRE(obj["type"].get(sv) == simdjson::SUCCESS);
    r.type = sv;
    REQUIRE(obj["doc"].get(sv) == simdjson::SUCCESS);
    r.doc = sv;
    if (obj["code"].get(sv) == simdjson::SUCCESS) r.code = sv;
    if (obj["message"].get(sv) == simdjson::SUCCESS) r.message = sv;
    if (obj["sha256"].get(sv) == simdjson::SUCCESS) r.sha256 = sv;
    int64_t bytes;
    if (obj["bytes"].get(bytes) == simdjson::SUCCESS) r.bytes = bytes;
    records.push_back(std::move(r));
  }
  return records;
}

// "document doc" / "error doc code" for each document or error record, in order.
std::vector<std::string> Outline(const std::vector<Record>& records) {
  std::vector<std::string> out;
  for (const Record& r : records) {
    if (r.type == "document") out.push_back("document " + r.doc);
    if (r.type == "error") out.push_back("error " + r.doc + " " + r.code);
  }
  return out;
}

void WritePages(const TempDir& dir) {
  dir.Write("pages/a.html", "<html><body><p>The market was USD 181.93 billion in 2023.</p></body></html>");
  dir.Write("pages/b.md", "# Widgets\n\nThe market will grow at a CAGR of 7.5% from 2024 to 2030.\n");
  dir.Write("pages/sub/c.txt", "Europe held a 30% share in 2022.\n");
  dir.Write("pages/.hidden.txt", "never read\n");
}

}  // namespace

TEST_CASE("extract: every document read gives exit 0, JSON Lines on stdout, summary on stderr") {
  TempDir dir;
  REQUIRE(dir.ok());
  WritePages(dir);
  Run run = RunClaimtrace(dir, {"extract", dir / "pages"});
  CHECK(run.exit_code == 0);
  std::vector<Record> records = ParseJsonLines(run.out);
  // hidden files skipped, folders walked in order, doc is the path as given + relative path
  CHECK(Outline(records) == std::vector<std::string>{"document " + (dir / "pages/a.html"),
                                                     "document " + (dir / "pages/b.md"),
                                                     "document " + (dir / "pages/sub/c.txt")});
  CHECK(run.err.find("claimtrace extract: 3 documents, 0 failed, ") == 0);
  CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
}

TEST_CASE("extract: output does not depend on the number of workers") {
  TempDir dir;
  REQUIRE(dir.ok());
  WritePages(dir);
  for (int i = 0; i < 40; ++i) dir.Write("pages/many/p" + std::to_string(100 + i) + ".txt", "USD 5 million in 2024.\n");
  Run one = RunClaimtrace(dir, {"extract", "-j", "1", dir / "pages"});
  Run three = RunClaimtrace(dir, {"extract", "--jobs", "3", dir / "pages"});
  CHECK(one.exit_code == 0);
  CHECK(three.exit_code == 0);
  CHECK(ParseJsonLines(one.out).size() >= 43);
  CHECK(one.out == three.out);
}

TEST_CASE("extract: documents that cannot be read give error records, the run goes on, exit 1") {
  TempDir dir;
  REQUIRE(dir.ok());
  WritePages(dir);
  REQUIRE(::mkfifo((dir / "pages/fifo.html").c_str(), 0644) == 0);
  REQUIRE(::symlink("..", (dir / "pages/sub/up").c_str()) == 0);
  dir.Write("big.txt", std::string(5000, 'x'));
  Run run = RunClaimtrace(dir, {"extract", "--max-bytes", "1000", dir / "missing.html", dir / "pages",
                                dir / "big.txt"});
  CHECK(run.exit_code == 1);
  std::vector<Record> records = ParseJsonLines(run.out);
  // Errors found while listing come first, then documents in order.
  CHECK(Outline(records) == std::vector<std::string>{
                                "error " + (dir / "missing.html") + " not_found",
                                "error " + (dir / "pages/fifo.html") + " not_regular_file",
                                "error " + (dir / "pages/sub/up") + " not_regular_file",
                                "document " + (dir / "pages/a.html"),
                                "document " + (dir / "pages/b.md"),
                                "document " + (dir / "pages/sub/c.txt"),
                                "error " + (dir / "big.txt") + " too_large",
                            });
  for (const Record& r : records) {
    if (r.type != "error") continue;
    CAPTURE(r.doc);
    CHECK(r.message.find(r.doc) == 0);  // the message names the file ...
    CHECK(r.message.size() > r.doc.size() + 5);  // ... and the reason
  }
  CHECK(run.err.find("claimtrace extract: 7 documents, 4 failed, ") == 0);
}

TEST_CASE("extract: '-' reads standard input") {
  TempDir dir;
  REQUIRE(dir.ok());
  std::string page = "<p>Revenue reached &euro;3.5 billion in 2023 &ndash; up 12%.</p>\n";
  std::string input = dir.Write("stdin.html", page);
  Run run = RunClaimtrace(dir, {"extract", "-"}, input);
  CHECK(run.exit_code == 0);
  std::vector<Record> records = ParseJsonLines(run.out);
  REQUIRE(!records.empty());
  CHECK(records[0].type == "document");
  CHECK(records[0].doc == "-");
  CHECK(records[0].bytes == static_cast<int64_t>(page.size()));
  CHECK(records[0].sha256 == Sha256Hex(page));
  for (const Record& r : records) CHECK(r.doc == "-");
}

TEST_CASE("extract -o writes the same records atomically and nothing to stdout") {
  TempDir dir;
  REQUIRE(dir.ok());
  WritePages(dir);
  Run to_stdout = RunClaimtrace(dir, {"extract", dir / "pages"});
  REQUIRE(to_stdout.exit_code == 0);

  SUBCASE("new file") {
    Run run = RunClaimtrace(dir, {"extract", "-o", dir / "out/result.jsonl", dir / "pages"});
    // the folder of -o must exist
    CHECK(run.exit_code == 2);
    CHECK(run.err == "claimtrace extract: cannot write output: " + (dir / "out/result.jsonl") +
                         ": No such file or directory\n");
    CHECK(run.out.empty());
    std::filesystem::create_directory(dir / "out");
    run = RunClaimtrace(dir, {"extract", dir / "pages", "--output", dir / "out/result.jsonl"});
    CHECK(run.exit_code == 0);
    CHECK(run.out.empty());
    CHECK(ReadFileOrMissing(dir / "out/result.jsonl") == to_stdout.out);
    CHECK(dir.List("out") == std::vector<std::string>{"result.jsonl"});  // no temporary file left
  }

  SUBCASE("replacing an old file, also when some documents fail") {
    std::string target = dir.Write("result.jsonl", "old\n");
    Run run = RunClaimtrace(dir, {"extract", "-o", target, dir / "pages", dir / "gone.txt"});
    CHECK(run.exit_code == 1);
    std::vector<Record> records = ParseJsonLines(ReadFileOrMissing(target));
    CHECK(Outline(records).front() == "error " + (dir / "gone.txt") + " not_found");
    CHECK(Outline(records).size() == 4);
  }

  SUBCASE("a usage error or an unwritable target leaves the old file untouched") {
    std::string target = dir.Write("result.jsonl", "old\n");
    CHECK(RunClaimtrace(dir, {"extract", "-o", target, "--jobs", "0", dir / "pages"}).exit_code == 2);
    CHECK(RunClaimtrace(dir, {"extract", "-o", dir.path(), dir / "pages"}).exit_code == 2);
    CHECK(ReadFileOrMissing(target) == "old\n");
    CHECK(dir.List() == std::vector<std::string>{"pages", "result.jsonl"});
  }
}

TEST_CASE("extract: usage errors exit 2 with a message naming the problem; --help exits 0") {
  TempDir dir;
  REQUIRE(dir.ok());
  dir.Write("a.txt", "x");
  struct Row {
    std::vector<std::string> args;
    int exit_code;
    std::string stdout_starts, stderr_has;
  };
  const std::vector<Row> rows = {
      {{"extract", "--help"}, 0, "usage: claimtrace extract", ""},
      {{"extract", "-h"}, 0, "usage: claimtrace extract", ""},
      {{"--help"}, 0, "claimtrace: market figures", ""},
      {{"--version"}, 0, "claimtrace " CLAIMTRACE_VERSION, ""},
      {{"extract", "--version"}, 0, "claimtrace " CLAIMTRACE_VERSION, ""},
      {{"extract", "--frobnicate", dir / "a.txt"}, 2, "", "unknown option '--frobnicate'"},
      {{"extract"}, 2, "", "no PATH given"},
      {{"extract", dir / "a.txt", "-o"}, 2, "", "-o needs a value"},
      {{"extract", "-j", "many", dir / "a.txt"}, 2, "", "--jobs takes a number from 1 to 256, not 'many'"},
      {{"extract", "--max-bytes", "-5", dir / "a.txt"}, 2, "", "--max-bytes takes a byte count, not '-5'"},
      {{"extract", "-", "-"}, 2, "", "given more than once"},
      {{"frobnicate"}, 2, "", "unknown command 'frobnicate'"},
      {{}, 2, "", "usage: claimtrace COMMAND"},
      // '--' ends the options: a file named like an option is a path
      {{"extract", "--", "--frobnicate"}, 1, "{\"type\":\"error\",\"doc\":\"--frobnicate\",\"code\":\"not_found\"", ""},
  };
  for (const Row& row : rows) {
    std::string shown;
    for (const auto& a : row.args) shown += a + " ";
    CAPTURE(shown);
    Run run = RunClaimtrace(dir, row.args);
    CHECK(run.exit_code == row.exit_code);
    CHECK(run.out.rfind(row.stdout_starts, 0) == 0);
    if (row.exit_code == 2) CHECK(run.out.empty());  // nothing but JSON, and no JSON on usage errors
    CHECK(run.err.find(row.stderr_has) != std::string::npos);
  }
}

}  // namespace claimtrace
