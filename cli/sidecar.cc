#include "sidecar.h"

#include <filesystem>

#include "claimtrace/corpus.h"

namespace claimtrace::cli {
namespace fs = std::filesystem;

bool IsSidecar(std::string_view path) {
  return path.size() >= kSidecarSuffix.size() && path.substr(path.size() - kSidecarSuffix.size()) == kSidecarSuffix;
}

SidecarWriter::SidecarWriter(const std::vector<std::string>& paths) {
  for (const std::string& p : paths) {
    if (p == "-") continue;
    std::error_code ec;
    fs::path folder = fs::is_directory(p, ec) ? fs::path(p) : fs::path(p).parent_path();
    if (folder.empty()) folder = ".";
    fs::path root = fs::canonical(folder, ec);
    if (!ec) roots_.push_back(root.string());
  }
}

Status SidecarWriter::Write(const std::string& source_path, std::string_view records) const {
  std::string target = source_path;
  target.append(kSidecarSuffix);
  std::error_code ec;
  fs::path folder = fs::path(target).parent_path();
  fs::path real = fs::canonical(folder.empty() ? fs::path(".") : folder, ec);
  if (ec) return Status(ErrorCode::kIoError, target + ": " + ec.message());
  std::string where = real.string();
  for (const std::string& root : roots_) {
    bool inside = where == root || (where.size() > root.size() && where.compare(0, root.size(), root) == 0 &&
                                    (root.back() == '/' || where[root.size()] == '/'));
    if (inside) return WriteFileAtomic(target, records);
  }
  return Status(ErrorCode::kUsage, target + ": not written, its folder " + where +
                                       " is outside the folders given on the command line");
}

}  // namespace claimtrace::cli
