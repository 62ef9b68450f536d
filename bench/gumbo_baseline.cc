// gumbo_baseline: the speed limit claimtrace is measured against. It does what
// claimtrace must do at the least for each HTML page — find the file, read it,
// parse it with Gumbo, free the tree — and nothing else.
//
//   build/bench/gumbo_baseline bench-corpus/html      # prints one JSON line on stdout:
//   // {"pages":1523,"bytes":100012345,"seconds":3.91,"mb_per_s":25.6}
//
// Folders are walked recursively in sorted order (as `claimtrace extract` does)
// so both read the same files in the same order. Its own "seconds" covers
// reading and parsing only; scripts/bench times the whole process, like
// claimtrace's, so the two are compared on equal terms.
#include <gumbo.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

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

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: gumbo_baseline PATH...\n");
    return 2;
  }
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) ListFiles(argv[i], &files);

  auto start = std::chrono::steady_clock::now();
  uint64_t bytes = 0, pages = 0, nodes_seen = 0;
  std::string data;
  for (const fs::path& path : files) {
    if (!ReadFile(path, &data)) {
      std::fprintf(stderr, "gumbo_baseline: cannot read %s\n", path.c_str());
      return 1;
    }
    GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, data.data(), data.size());
    // Touch the result so the parse cannot be optimized away.
    nodes_seen += output->root->v.element.children.length;
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    bytes += data.size();
    ++pages;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("{\"pages\":%llu,\"bytes\":%llu,\"seconds\":%.6f,\"mb_per_s\":%.3f,\"root_children\":%llu}\n",
              static_cast<unsigned long long>(pages), static_cast<unsigned long long>(bytes), seconds,
              seconds > 0 ? bytes / 1e6 / seconds : 0.0, static_cast<unsigned long long>(nodes_seen));
  return 0;
}
