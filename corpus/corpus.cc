#include "claimtrace/corpus.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <set>

namespace claimtrace {
namespace fs = std::filesystem;

namespace {

Status ErrnoStatus(const std::string& path, int err) {
  ErrorCode code = err == ENOENT ? ErrorCode::kNotFound : ErrorCode::kIoError;
  return Status(code, path + ": " + std::strerror(err));
}

void Walk(const fs::path& dir, const std::string& shown, std::set<std::pair<dev_t, ino_t>>* seen,
          std::vector<DocumentRef>* docs, std::vector<DocumentError>* errors) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    entries.push_back(*it);
  }
  if (ec) {
    errors->push_back({shown, Status(ErrorCode::kIoError, shown + ": cannot list folder: " + ec.message())});
    return;
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  for (const auto& e : entries) {
    std::string name = e.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::string child = shown + "/" + name;
    struct stat st;
    if (::stat(e.path().c_str(), &st) != 0) {
      errors->push_back({child, ErrnoStatus(child, errno)});
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      if (!seen->insert({st.st_dev, st.st_ino}).second) {
        errors->push_back({child, Status(ErrorCode::kNotRegularFile, child + ": symlink loop (folder already visited)")});
        continue;
      }
      Walk(e.path(), child, seen, docs, errors);
    } else if (S_ISREG(st.st_mode)) {
      docs->push_back({child});
    } else {
      errors->push_back({child, Status(ErrorCode::kNotRegularFile, child + ": not a regular file")});
    }
  }
}

}  // namespace

void ListDocuments(const std::vector<std::string>& paths, std::vector<DocumentRef>* docs,
                   std::vector<DocumentError>* errors) {
  for (const std::string& p : paths) {
    if (p == "-") {
      docs->push_back({p});
      continue;
    }
    struct stat st;
    if (::stat(p.c_str(), &st) != 0) {
      errors->push_back({p, ErrnoStatus(p, errno)});
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      std::set<std::pair<dev_t, ino_t>> seen = {{st.st_dev, st.st_ino}};
      std::string shown = p;
      while (shown.size() > 1 && shown.back() == '/') shown.pop_back();
      Walk(p, shown, &seen, docs, errors);
    } else if (S_ISREG(st.st_mode)) {
      docs->push_back({p});
    } else {
      errors->push_back({p, Status(ErrorCode::kNotRegularFile, p + ": not a regular file")});
    }
  }
}

Status ReadDocument(const std::string& path, uint64_t max_bytes, std::string* out) {
  out->clear();
  int fd = path == "-" ? 0 : ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return ErrnoStatus(path, errno);
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    int err = errno;
    if (fd != 0) ::close(fd);
    return ErrnoStatus(path, err);
  }
  if (fd != 0 && !S_ISREG(st.st_mode)) {
    ::close(fd);
    return Status(ErrorCode::kNotRegularFile, path + ": not a regular file");
  }
  if (fd != 0 && static_cast<uint64_t>(st.st_size) > max_bytes) {
    ::close(fd);
    return Status(ErrorCode::kTooLarge, path + ": " + std::to_string(st.st_size) +
                                            " bytes is more than the limit of " + std::to_string(max_bytes));
  }
  if (fd != 0) {
    int flags = ::fcntl(fd, F_GETFL);
    ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    out->reserve(st.st_size);
  }
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      if (fd != 0) ::close(fd);
      return ErrnoStatus(path, err);
    }
    if (n == 0) break;
    out->append(buf, n);
    if (out->size() > max_bytes) {
      if (fd != 0) ::close(fd);
      return Status(ErrorCode::kTooLarge, path + ": more than the limit of " + std::to_string(max_bytes) + " bytes");
    }
  }
  if (fd != 0) ::close(fd);
  return Status::Ok();
}

Status WriteFileAtomic(const std::string& path, std::string_view contents) {
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  // Built by appends: GCC 12 warns falsely (-Wrestrict) on chained string operator+.
  std::string base = ".";
  base.append(target.filename().string());
  base.append(".tmpXXXXXX");
  std::string tmpl = (dir / base).string();
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) return ErrnoStatus(path, errno);
  const char* p = contents.data();
  size_t left = contents.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      ::unlink(name.data());
      return ErrnoStatus(path, err);
    }
    p += n;
    left -= n;
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int err = errno;
    ::unlink(name.data());
    return ErrnoStatus(path, err);
  }
  ::chmod(name.data(), 0644);
  if (::rename(name.data(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(name.data());
    return ErrnoStatus(path, err);
  }
  return Status::Ok();
}

}  // namespace claimtrace
