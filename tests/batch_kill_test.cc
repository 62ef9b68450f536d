// kill -9 at random points of `claimtrace batch`, then rerun: the store must
// equal the store of uninterrupted runs (its export now, and as of the earlier
// complete run), with no lost and no duplicated records.
//
// To land kills inside a document's transaction, half of the runs set the
// test hook CLAIMTRACE_STORE_TEST_SLEEP_US, which makes the store sleep
// between the statements of each transaction. Each kill comes within the
// time the run it interrupts was measured to take, hooked or not (a fixed
// window let half the kills miss once runs got faster). Bounded: at most kIterations
// rounds and about a minute. The seed is printed; CLAIMTRACE_KILL_SEED
// replays one.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <chrono>
#include <random>
#include <thread>

#include "batch_test_support.h"
#include "claimtrace/store.h"

namespace claimtrace {
namespace {

using namespace testing;
using Clock = std::chrono::steady_clock;

constexpr int kIterations = 10;
constexpr const char* kSlowStore = "CLAIMTRACE_STORE_TEST_SLEEP_US=2000";

std::string PagePath(const std::string& corpus, int i) {
  // Built by appends: GCC 12 warns falsely (-Wrestrict) on chained string operator+.
  std::string p = corpus;
  p.append("/d").append(std::to_string(i % 3)).append("/page").append(std::to_string(i));
  p.append(i % 2 ? ".html" : ".md");
  return p;
}

// State A of the corpus, rebuilt from nothing with fixed mtimes.
void BuildStateA(const std::string& corpus) {
  fs::remove_all(corpus);
  for (int i = 0; i < 24; ++i) {
    std::string path = PagePath(corpus, i);
    WriteFile(path, ReportPage(i));
    SetMtime(path, 1'600'000'000 + i);
  }
  WriteFile(corpus + "/blob.bin", std::string("\0\x01\x02\xff binary\0", 12));
  SetMtime(corpus + "/blob.bin", 1'600'000'000);
  ::mkfifo((corpus + "/pipe.txt").c_str(), 0644);
}

// State B: some pages changed, some deleted, some new, some only touched.
void ApplyStateB(const std::string& corpus) {
  for (int i : {1, 4, 9}) {
    std::string p = PagePath(corpus, i);
    WriteFile(p, ReportPage(100 + i));
    SetMtime(p, 1'700'000'000 + i);
  }
  for (int i : {2, 7}) fs::remove(PagePath(corpus, i));
  for (int i : {30, 31, 32}) {
    WriteFile(corpus + "/new/page" + std::to_string(i) + ".html", ReportPage(i));
    SetMtime(corpus + "/new/page" + std::to_string(i) + ".html", 1'700'000'000);
  }
  SetMtime(corpus + "/d0/page0.md", 1'750'000'000);  // same bytes, new mtime
}

std::string Export(const std::string& db, const std::string& out_dir, std::optional<int64_t> run = std::nullopt) {
  std::vector<std::string> args = {"export", "--db", db};
  if (run) args.insert(args.end(), {"--run", std::to_string(*run)});
  ProcessResult r = RunClaimtrace(args, out_dir);
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  return r.out;
}

// "ok", or what is wrong; a kill before the store was created leaves none.
std::string IntegrityCheck(const std::string& db) {
  if (!fs::exists(db)) return "ok";
  sqlite3* h = nullptr;
  // Read-write: after a kill the WAL may need recovery, which a read-only
  // connection cannot run (SQLITE_READONLY_RECOVERY) although nothing is damaged;
  // the next batch run opens the store the same way.
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    sqlite3_close(h);
    return "cannot open";
  }
  std::string result;
  char* error = nullptr;
  int rc = sqlite3_exec(h, "PRAGMA integrity_check", [](void* r, int, char** v, char**) {
    *static_cast<std::string*>(r) += v[0] ? v[0] : "";
    return 0;
  }, &result, &error);
  if (rc != SQLITE_OK) result = std::string("integrity_check failed: ") + (error ? error : sqlite3_errstr(rc));
  sqlite3_free(error);
  sqlite3_close(h);
  return result;
}

// The last complete run of `db`.
int64_t LastCompleteRun(const std::string& db) {
  std::unique_ptr<Store> store;
  REQUIRE(Store::Open(db, Store::Mode::kReadOnly, &store).ok());
  std::vector<RunInfo> runs;
  REQUIRE(store->ListRuns(&runs).ok());
  for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
    if (it->status == "complete") return it->id;
  }
  return 0;
}

void RemoveStore(const std::string& db) {
  for (const char* s : {"", "-wal", "-shm", ".lock"}) fs::remove(db + s);
}

TEST_CASE("kill -9 at random points, rerun: the store equals an uninterrupted run's") {
  REQUIRE_MESSAGE(fs::exists(ClaimtraceBinary()), "build the claimtrace binary first: " << ClaimtraceBinary());
  TempDir dir;
  const std::string corpus = dir / "corpus", db = dir / "s.db", out = dir.path();
  const std::vector<std::string> batch = {"batch", "--corpus", corpus, "--db", db, "--jobs", "2", "--quiet"};

  // Uninterrupted reference runs of state A from nothing and of state B after
  // A, each timed with and without the hook: kills are drawn within the time
  // the run they interrupt takes.
  auto timed = [&](std::vector<std::string> env, double* ms) {
    auto t0 = Clock::now();
    ProcessResult r = RunClaimtrace(batch, out, {std::move(env), "", {}});
    *ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    REQUIRE_MESSAGE(r.exit_code == 1, r.err);  // the FIFO is an error row
  };
  struct Window {
    double hooked_ms, plain_ms;
  } window_a{}, window_b{};
  BuildStateA(corpus);
  timed({kSlowStore}, &window_a.hooked_ms);
  std::string ref_a = Export(db, out);
  ApplyStateB(corpus);
  timed({}, &window_b.plain_ms);
  std::string ref_b = Export(db, out);
  REQUIRE(ref_a != ref_b);
  RemoveStore(db);
  BuildStateA(corpus);
  timed({}, &window_a.plain_ms);
  REQUIRE(Export(db, out) == ref_a);
  ApplyStateB(corpus);
  timed({kSlowStore}, &window_b.hooked_ms);
  REQUIRE(Export(db, out) == ref_b);

  std::random_device device;
  unsigned seed = device();
  if (const char* s = std::getenv("CLAIMTRACE_KILL_SEED")) seed = static_cast<unsigned>(std::stoul(s));
  MESSAGE("kill test seed " << seed << " (CLAIMTRACE_KILL_SEED replays it); runs of state A take "
                            << window_a.hooked_ms << " ms hooked, " << window_a.plain_ms << " ms not; of state B "
                            << window_b.hooked_ms << " and " << window_b.plain_ms << " ms");
  std::mt19937 rng(seed);

  int kills = 0, landed = 0;
  auto kill_run = [&](bool slow, const Window& window) {
    std::uniform_real_distribution<double> when(0, slow ? window.hooked_ms : window.plain_ms);
    ChildSetup setup;
    if (slow) setup.env = {kSlowStore};
    pid_t pid = StartClaimtrace(batch, out, setup);
    std::this_thread::sleep_for(std::chrono::microseconds(static_cast<int64_t>(when(rng) * 1000)));
    ::kill(pid, SIGKILL);
    ProcessResult r = WaitProcess(pid, out);
    ++kills;
    landed += r.signal == SIGKILL;
    REQUIRE_MESSAGE(IntegrityCheck(db) == "ok", "store damaged after kill " << kills);
  };

  auto deadline = Clock::now() + std::chrono::seconds(60);
  int iteration = 0;
  for (; iteration < kIterations && Clock::now() < deadline; ++iteration) {
    CAPTURE(iteration);
    bool slow = iteration % 2 == 0;
    RemoveStore(db);
    BuildStateA(corpus);
    kill_run(slow, window_a);
    ProcessResult rerun = RunClaimtrace(batch, out);
    CHECK(rerun.exit_code == 1);
    CHECK(Export(db, out) == ref_a);
    int64_t run_a = LastCompleteRun(db);

    ApplyStateB(corpus);
    kill_run(slow, window_b);
    kill_run(!slow, window_b);  // twice in a row: a rerun after an interrupted rerun
    rerun = RunClaimtrace(batch, out);
    CHECK(rerun.exit_code == 1);
    CHECK(Export(db, out) == ref_b);
    CHECK(Export(db, out, run_a) == ref_a);  // the history of the earlier state survived
  }
  MESSAGE(iteration << " rounds, " << kills << " kills, " << landed << " before the run had finished");
  // Most kills must land inside runs, or the test proves nothing.
  CHECK(landed * 2 >= kills);
}

}  // namespace
}  // namespace claimtrace
