// The batch, export, diff and merge commands as a user runs them: exit codes,
// messages, the lock between concurrent runs, a store that fails (disk full),
// and export reproducing `claimtrace extract` byte for byte.
#include <doctest/doctest.h>
#include <sys/resource.h>

#include <chrono>
#include <thread>

#include "batch_test_support.h"

namespace claimtrace {
namespace {

using namespace testing;

bool Contains(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

void MakeCorpus(const std::string& corpus, int pages) {
  for (int i = 0; i < pages; ++i) WriteFile(corpus + "/r/page" + std::to_string(i) + ".html", ReportPage(i));
  WriteFile(corpus + "/notes.md", "# Notes\n\nThe market grew 5% in 2023.\n");
  WriteFile(corpus + "/.hidden/skip.html", ReportPage(99));  // hidden: never a document
}

TEST_CASE("every command has --help; usage errors exit 2 and say why") {
  REQUIRE_MESSAGE(fs::exists(ClaimtraceBinary()), "build the claimtrace binary first: " << ClaimtraceBinary());
  TempDir dir;
  for (const char* cmd : {"batch", "export", "diff", "merge"}) {
    ProcessResult r = RunClaimtrace({cmd, "--help"}, dir.path());
    CHECK(r.exit_code == 0);
    CHECK(Contains(r.out, std::string("usage: claimtrace ") + cmd));
  }
  struct Row {
    std::vector<std::string> args;
    const char* says;
  };
  const Row rows[] = {
      {{"batch", "--db", "x.db"}, "--corpus DIR is required"},
      {{"batch", "--corpus", "."}, "--db FILE is required"},
      {{"batch", "--corpus", ".", "--db", "x.db", "--shard", "3/3"}, "--shard takes K/N"},
      {{"batch", "--corpus", ".", "--db", "x.db", "--jobs", "0"}, "--jobs takes a number"},
      {{"batch", "--corpus", ".", "--db", "x.db", "--bogus"}, "unknown argument '--bogus'"},
      {{"batch", "--corpus", dir / "none", "--db", dir / "x.db"}, "none: cannot open corpus folder"},
      {{"export", "--db", dir / "missing.db"}, "missing.db: no such store"},
      {{"export", "--db", "x.db", "--format", "xml"}, "--format is jsonl or csv"},
      {{"diff", "--db", dir / "missing.db"}, "missing.db: no such store"},
      {{"merge", "--db", dir / "out.db"}, "no SHARD.db given"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.says);
    ProcessResult r = RunClaimtrace(row.args, dir.path());
    CHECK(r.exit_code == 2);
    CHECK(Contains(r.err, row.says));
  }
}

TEST_CASE("batch, export, rerun, diff: export reproduces claimtrace extract") {
  TempDir dir;
  std::string corpus = dir / "corpus", db = dir / "s.db";
  MakeCorpus(corpus, 5);
  ProcessResult r = RunClaimtrace({"batch", "--corpus", corpus, "--db", db}, dir.path());
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.err, "claimtrace batch: 6/6 documents"));  // stderr is a file: plain progress lines
  CHECK(Contains(r.err, "run 1: 6 documents, 6 extracted, 0 unchanged"));
  ProcessResult exported = RunClaimtrace({"export", "--db", db}, dir.path());
  REQUIRE(exported.exit_code == 0);
  // extract names documents as given: relative paths from the corpus root, in bytewise order.
  ChildSetup in_corpus;
  in_corpus.cwd = corpus;
  std::vector<std::string> extract = {"extract", "--quiet", "notes.md"};
  for (int i = 0; i < 5; ++i) extract.push_back("r/page" + std::to_string(i) + ".html");
  ProcessResult extracted = RunClaimtrace(extract, dir.path(), in_corpus);
  CHECK(extracted.exit_code == 0);
  CHECK(exported.out == extracted.out);

  r = RunClaimtrace({"batch", "--corpus", corpus, "--db", db, "--quiet"}, dir.path());
  CHECK(r.exit_code == 0);
  CHECK(r.err == "");
  r = RunClaimtrace({"diff", "--db", db}, dir.path());
  CHECK(r.exit_code == 0);
  CHECK(r.out == "");  // nothing changed between run 1 and run 2
  CHECK(Contains(r.err, "run 1 -> run 2: 0 added, 0 removed, 0 changed"));

  ProcessResult csv = RunClaimtrace({"export", "--db", db, "--format", "csv"}, dir.path());
  CHECK(csv.exit_code == 0);
  CHECK(csv.out.rfind("doc,sha256,kind,amount,currency,value,year,from,to,projected,subject,", 0) == 0);
  CHECK(RunClaimtrace({"export", "--db", db, "--run", "1"}, dir.path()).out == exported.out);
  r = RunClaimtrace({"export", "--db", db, "--run", "7"}, dir.path());
  CHECK(r.exit_code == 2);
  CHECK(Contains(r.err, "no run 7 in this store"));
}

TEST_CASE("failed documents are error rows, listed at the end, exit 1") {
  TempDir dir;
  std::string corpus = dir / "corpus", db = dir / "s.db";
  MakeCorpus(corpus, 2);
  REQUIRE(::mkfifo((corpus + "/pipe.html").c_str(), 0644) == 0);
  ProcessResult r = RunClaimtrace({"batch", "--corpus", corpus, "--db", db, "--quiet"}, dir.path());
  CHECK(r.exit_code == 1);
  CHECK(Contains(r.err, "failed: pipe.html: not_regular_file: pipe.html: "));
  CHECK(Contains(RunClaimtrace({"export", "--db", db}, dir.path()).out,
                 "{\"type\":\"error\",\"doc\":\"pipe.html\",\"code\":\"not_regular_file\""));
}

TEST_CASE("a second run on a store in use refuses with a clear message") {
  TempDir dir;
  std::string corpus = dir / "corpus", db = dir / "s.db";
  MakeCorpus(corpus, 30);
  fs::create_directories(dir / "first");
  fs::create_directories(dir / "second");
  REQUIRE(RunClaimtrace({"batch", "--corpus", corpus, "--db", db, "--quiet"}, dir / "first").exit_code == 0);
  for (int i = 0; i < 30; ++i) WriteFile(corpus + "/r/page" + std::to_string(i) + ".html", ReportPage(50 + i));
  ChildSetup slow;
  slow.env = {"CLAIMTRACE_STORE_TEST_SLEEP_US=5000"};  // test hook: a run that takes a while
  pid_t first = StartClaimtrace({"batch", "--corpus", corpus, "--db", db, "--quiet"}, dir / "first", slow);
  // The first run holds the lock once it has written its pid into the lock file.
  for (int i = 0; i < 500 && ReadFileOrMissing(db + ".lock") != std::to_string(first) + "\n"; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ProcessResult second = RunClaimtrace({"batch", "--corpus", corpus, "--db", db}, dir / "second");
  CHECK(second.exit_code == 2);
  CHECK(Contains(second.err, "another claimtrace run is using this store (pid " + std::to_string(first) + ")"));
  ProcessResult merge = RunClaimtrace({"merge", "--db", db, dir / "other.db"}, dir / "second");
  CHECK(merge.exit_code == 2);
  CHECK(Contains(merge.err, "another claimtrace run is using this store"));
  // Readers are never locked out: export works while the run writes.
  CHECK(RunClaimtrace({"export", "--db", db}, dir / "second").exit_code == 0);
  ProcessResult done = WaitProcess(first, dir / "first");
  CHECK(done.exit_code == 0);
  CHECK(RunClaimtrace({"batch", "--corpus", corpus, "--db", db, "--quiet"}, dir / "second").exit_code == 0);
}

TEST_CASE("a store that fails (file size limit: disk full) stops with exit 3 and keeps what was committed") {
  TempDir dir;
  std::string corpus = dir / "corpus", db = dir / "s.db";
  MakeCorpus(corpus, 3);
  REQUIRE(RunClaimtrace({"batch", "--corpus", corpus, "--db", db, "--quiet"}, dir.path()).exit_code == 0);
  std::string before = RunClaimtrace({"export", "--db", db}, dir.path()).out;
  for (int i = 3; i < 400; ++i) WriteFile(corpus + "/r/page" + std::to_string(i) + ".html", ReportPage(i));
  ChildSetup full;
  // RLIMIT_FSIZE makes writes past the limit fail with EFBIG, as a full disk
  // fails with ENOSPC; SIGXFSZ ignored so that the write returns the error.
  rlim_t limit = fs::file_size(db) + 64 * 1024;
  full.before_exec = [limit] {
    ::signal(SIGXFSZ, SIG_IGN);
    struct rlimit rl = {limit, limit};
    ::setrlimit(RLIMIT_FSIZE, &rl);
  };
  ProcessResult r = RunClaimtrace({"batch", "--corpus", corpus, "--db", db, "--quiet", "--jobs", "2"}, dir.path(), full);
  CHECK(r.exit_code == 3);
  CHECK(Contains(r.err, db + ": "));
  CHECK(Contains(r.err, "every document stored before the failure is kept"));
  ProcessResult partial = RunClaimtrace({"export", "--db", db}, dir.path());
  REQUIRE(partial.exit_code == 0);
  // The three documents of run 1 are all there, and some of the new ones.
  for (int i = 0; i < 3; ++i) CHECK(Contains(partial.out, "\"doc\":\"r/page" + std::to_string(i) + ".html\""));
  CHECK(partial.out.size() > before.size());

  r = RunClaimtrace({"batch", "--corpus", corpus, "--db", db, "--quiet"}, dir.path());
  CHECK(r.exit_code == 0);
  std::string clean_db = dir / "clean.db";
  REQUIRE(RunClaimtrace({"batch", "--corpus", corpus, "--db", clean_db, "--quiet"}, dir.path()).exit_code == 0);
  CHECK(RunClaimtrace({"export", "--db", db}, dir.path()).out == RunClaimtrace({"export", "--db", clean_db}, dir.path()).out);
}

TEST_CASE("merge of shard stores equals the unsharded store; an incomplete set is refused") {
  TempDir dir;
  std::string corpus = dir / "corpus";
  MakeCorpus(corpus, 12);
  REQUIRE(RunClaimtrace({"batch", "--corpus", corpus, "--db", dir / "all.db", "--quiet"}, dir.path()).exit_code == 0);
  std::vector<std::string> shards;
  for (int k = 0; k < 3; ++k) {
    // Built by appends: GCC 12 warns falsely (-Wrestrict) on chained string operator+.
    std::string shard = std::to_string(k).append("/3");
    shards.push_back(dir / std::string("s").append(std::to_string(k)).append(".db"));
    ProcessResult r = RunClaimtrace({"batch", "--corpus", corpus, "--db", shards.back(), "--quiet", "--shard", shard},
                                    dir.path());
    REQUIRE(r.exit_code == 0);
  }
  ProcessResult r = RunClaimtrace({"merge", "--db", dir / "merged.db", shards[0], shards[1], shards[2]}, dir.path());
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.err, "3 shards, 13 documents"));
  CHECK(RunClaimtrace({"export", "--db", dir / "merged.db"}, dir.path()).out ==
        RunClaimtrace({"export", "--db", dir / "all.db"}, dir.path()).out);

  r = RunClaimtrace({"merge", "--db", dir / "partial.db", shards[0], shards[2]}, dir.path());
  CHECK(r.exit_code == 2);
  CHECK(Contains(r.err, "shard 1/3 is missing"));
  r = RunClaimtrace({"merge", "--db", shards[0], shards[0], shards[1], shards[2]}, dir.path());
  CHECK(r.exit_code == 2);
  CHECK(Contains(r.err, "is the output store too"));
}

}  // namespace
}  // namespace claimtrace
