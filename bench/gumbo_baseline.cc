// gumbo_baseline: the baseline claimtrace is measured against. For each HTML
// page it finds the file, reads it, parses it with Gumbo, frees the tree, and
// nothing else.
//
//   build/bench/gumbo_baseline bench-corpus/html      # prints one JSON line on stdout:
//   // {"pages":1523,"bytes":100012345,"seconds":3.91,"mb_per_s":25.6}
//   build/bench/gumbo_baseline --cut-bodies bench-corpus/html
//
// With --cut-bodies it parses what claimtrace's HTML reader gives Gumbo: the
// page without the script and style bodies its tag scan lists (the scan and
// the copy are timed too). Against that, claimtrace's time shows what its
// own work costs beyond the parse it actually does.
//
// Folders are walked recursively in sorted order (as `claimtrace extract` does)
// so both read the same files in the same order. Its own "seconds" covers
// reading and parsing only; scripts/bench times the whole process, like
// claimtrace's, so the two are compared on equal terms.
#include <gumbo.h>

#include <climits>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

#include "html_text.h"  // internal::CheckHtmlDepth and WithoutRanges: cut what claimtrace cuts

namespace {

namespace fs = std::filesystem;

void ListFiles(const fs::path& root, std::vector<fs::path>* out) {
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    out->push_back(root);
    return;
  }
  std::vector<fs::path> found;
  for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().filename().string().starts_with(".")) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) found.push_back(it->path());
  }
  std::sort(found.begin(), found.end());
  out->insert(out->end(), found.begin(), found.end());
}

bool ReadFile(const fs::path& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::error_code ec;
  out->resize(fs::file_size(path, ec));
  if (ec) return false;
  in.read(out->data(), static_cast<std::streamsize>(out->size()));
  return static_cast<size_t>(in.gcount()) == out->size();
}

// `page` without the script and style bodies claimtrace's reader would cut.
std::string WithoutBodies(const std::string& page) {
  std::vector<claimtrace::ByteSpan> bodies;
  if (!claimtrace::internal::CheckHtmlDepth(page, INT_MAX, &bodies).ok()) return page;
  return claimtrace::internal::WithoutRanges(page, bodies);
}

}  // namespace

int main(int argc, char** argv) {
  int first = 1;
  bool cut_bodies = argc > 1 && std::string_view(argv[1]) == "--cut-bodies";
  if (cut_bodies) ++first;
  if (argc <= first) {
    std::fprintf(stderr, "usage: gumbo_baseline [--cut-bodies] PATH...\n");
    return 2;
  }
  std::vector<fs::path> files;
  for (int i = first; i < argc; ++i) ListFiles(argv[i], &files);

  auto start = std::chrono::steady_clock::now();
  uint64_t bytes = 0, pages = 0, nodes_seen = 0;
  std::string data;
  for (const fs::path& path : files) {
    if (!ReadFile(path, &data)) {
      std::fprintf(stderr, "gumbo_baseline: cannot read %s\n", path.c_str());
      return 1;
    }
    bytes += data.size();
    if (cut_bodies) data = WithoutBodies(data);
    GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, data.data(), data.size());
    // Touch the result so the parse cannot be optimized away.
    nodes_seen += output->root->v.element.children.length;
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    ++pages;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("{\"pages\":%llu,\"bytes\":%llu,\"seconds\":%.6f,\"mb_per_s\":%.3f,\"root_children\":%llu}\n",
              static_cast<unsigned long long>(pages), static_cast<unsigned long long>(bytes), seconds,
              seconds > 0 ? bytes / 1e6 / seconds : 0.0, static_cast<unsigned long long>(nodes_seen));
  return 0;
}
