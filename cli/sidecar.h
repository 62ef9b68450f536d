// `extract --sidecar`: the records of each source written next to it as
// <source>.claims.jsonl, never outside the folders named on the command line.
//
//   SidecarWriter sidecars({"reports"});
//   Status s = sidecars.Write("reports/a.html", records);  // reports/a.html.claims.jsonl
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/status.h"

namespace claimtrace::cli {

inline constexpr std::string_view kSidecarSuffix = ".claims.jsonl";

// True for a sidecar file, which --sidecar runs do not read as a document.
bool IsSidecar(std::string_view path);

class SidecarWriter {
 public:
  // `paths` are the PATH arguments: a folder is a tree sidecars may go into;
  // a file allows its own folder.
  explicit SidecarWriter(const std::vector<std::string>& paths);

  // Writes `records` to source_path + ".claims.jsonl" atomically. Fails with
  // kUsage when that folder (symlinks resolved) is outside every tree.
  Status Write(const std::string& source_path, std::string_view records) const;

 private:
  std::vector<std::string> roots_;  // canonical folders
};

}  // namespace claimtrace::cli
