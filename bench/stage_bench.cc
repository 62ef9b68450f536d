// stage_bench: where claimtrace's time goes, stage by stage, with no file or
// process overhead. Loads the documents into memory first, then runs each stage
// of the pipeline over all of them and reports its throughput.
//
//   build/bench/stage_bench bench-corpus/text           # one JSON line per stage:
//   // {"stage":"sha256","seconds":0.21,"mb_per_s":480.2}
//   // {"stage":"normalize",...} {"stage":"detect",...} {"stage":"claims",...}
//   // {"stage":"json",...} {"stage":"pipeline_one_at_a_time",...}
//   // {"stage":"pipeline_16_per_stage",...} {"stage":"total",...}
//
// The per-stage split is what to profile against (perf record build/bench/stage_bench
// ...); scripts/bench's end-to-end numbers are what the targets are checked on.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "claimtrace/claims.h"
#include "claimtrace/corpus.h"
#include "claimtrace/extractor.h"
#include "claimtrace/figures.h"
#include "claimtrace/normalize.h"
#include "claimtrace/sha256.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Timer {
  const char* stage;
  uint64_t bytes;
  Clock::time_point start = Clock::now();
  double Report() const {
    double s = std::chrono::duration<double>(Clock::now() - start).count();
    std::printf("{\"stage\":\"%s\",\"seconds\":%.6f,\"mb_per_s\":%.3f}\n", stage, s,
                s > 0 ? bytes / 1e6 / s : 0.0);
    return s;
  }
};

}  // namespace

int main(int argc, char** argv) {
  using namespace claimtrace;
  if (argc < 2) {
    std::fprintf(stderr, "usage: stage_bench PATH...\n");
    return 2;
  }
  std::vector<DocumentRef> refs;
  std::vector<DocumentError> errors;
  ListDocuments(std::vector<std::string>(argv + 1, argv + argc), &refs, &errors);
  std::vector<std::string> sources(refs.size());
  uint64_t bytes = 0;
  for (size_t i = 0; i < refs.size(); ++i) {
    Status s = ReadDocument(refs[i].path, 1ull << 30, &sources[i]);
    if (!s.ok()) {
      std::fprintf(stderr, "stage_bench: %s: %s\n", refs[i].path.c_str(), s.message().c_str());
      return 1;
    }
    bytes += sources[i].size();
  }

  std::unique_ptr<Extractor> extractor;
  Status created = Extractor::Create({}, &extractor);
  if (!created.ok()) {
    std::fprintf(stderr, "stage_bench: %s\n", created.message().c_str());
    return 1;
  }
  Lexicon lexicon;
  Status loaded = Lexicon::Load(Lexicon::DefaultDir(), &lexicon);
  if (!loaded.ok()) {
    std::fprintf(stderr, "stage_bench: %s\n", loaded.message().c_str());
    return 1;
  }
  ClaimAssembler assembler(&lexicon);
  const FigureDetector& detector = extractor->figures();

  double total = 0;
  uint64_t sink = 0;  // keeps results observable
  {
    Timer t{"sha256", bytes};
    for (const std::string& s : sources) sink += Sha256Hex(s)[0];
    total += t.Report();
  }
  std::vector<NormalizedDocument> docs(sources.size());
  {
    Timer t{"normalize", bytes};
    for (size_t i = 0; i < sources.size(); ++i) {
      if (!Normalize(sources[i], {}, &docs[i]).ok()) docs[i] = NormalizedDocument();
    }
    total += t.Report();
  }
  std::vector<PageStyle> styles(docs.size());
  std::vector<std::vector<Mention>> mentions(docs.size());
  {
    Timer t{"detect", bytes};
    for (size_t i = 0; i < docs.size(); ++i) {
      styles[i] = detector.SniffStyle(docs[i].text);
      mentions[i] = detector.Detect(docs[i].text, styles[i]);
    }
    total += t.Report();
  }
  std::vector<ClaimResult> claims(docs.size());
  {
    Timer t{"claims", bytes};
    for (size_t i = 0; i < docs.size(); ++i) claims[i] = assembler.Assemble(docs[i], mentions[i], styles[i]);
    total += t.Report();
  }
  {
    // JSON of the whole result as claimtrace writes it (one Extract per document,
    // timed apart from the formatting).
    std::vector<DocumentResult> results;
    results.reserve(sources.size());
    for (const std::string& s : sources) results.push_back(extractor->Extract(s));
    Timer t{"json", bytes};
    std::string out;
    for (size_t i = 0; i < results.size(); ++i) {
      out.clear();
      AppendJsonLines(results[i], refs[i].path, sources[i], {}, &out);
      sink += out.size();
    }
    total += t.Report();
  }
  // The same three stages once more, one document at a time as claimtrace
  // runs them, and then in groups of 16 documents, each stage over the whole
  // group before the next: the difference is what the stages cost each other
  // by taking turns at the caches (Gumbo's tree, then RE2's automata and the
  // lexicon's tables), not in any stage's own work. Not part of "total".
  for (size_t group : {size_t{1}, size_t{16}}) {
    Timer t{group == 1 ? "pipeline_one_at_a_time" : "pipeline_16_per_stage", bytes};
    for (size_t first = 0; first < sources.size(); first += group) {
      const size_t n = std::min(group, sources.size() - first);
      std::vector<NormalizedDocument> d(n);
      std::vector<PageStyle> st(n);
      std::vector<std::vector<Mention>> found(n);
      for (size_t i = 0; i < n; ++i) {
        if (!Normalize(sources[first + i], {}, &d[i]).ok()) d[i] = NormalizedDocument();
      }
      for (size_t i = 0; i < n; ++i) {
        st[i] = detector.SniffStyle(d[i].text);
        found[i] = detector.Detect(d[i].text, st[i]);
      }
      for (size_t i = 0; i < n; ++i) sink += assembler.Assemble(d[i], found[i], st[i]).claims.size();
    }
    t.Report();
  }
  std::printf("{\"stage\":\"total\",\"seconds\":%.6f,\"mb_per_s\":%.3f,\"documents\":%zu,\"bytes\":%llu,"
              "\"sink\":%llu}\n",
              total, total > 0 ? bytes / 1e6 / total : 0.0, sources.size(),
              static_cast<unsigned long long>(bytes), static_cast<unsigned long long>(sink));
  return 0;
}
