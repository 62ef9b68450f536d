#include "claimtrace/corpus.h"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <limits>
#include <memory>
#include <set>
#include <system_error>
#include <utility>

namespace claimtrace {

namespace {

using FileId = std::pair<dev_t, ino_t>;

// std::error_code's message is thread-safe, unlike std::strerror.
std::string ErrnoText(int err) { return std::error_code(err, std::generic_category()).message(); }

Status ErrnoStatus(const std::string& path, int err) {
  ErrorCode code = err == ENOENT ? ErrorCode::kNotFound : ErrorCode::kIoError;
  return Status(code, path + ": " + ErrnoText(err));
}

Status NotRegular(const std::string& path, mode_t mode) {
  const char* what = S_ISDIR(mode)    ? "a folder"
                     : S_ISFIFO(mode) ? "a FIFO"
                     : S_ISSOCK(mode) ? "a socket"
                     : S_ISCHR(mode)  ? "a character device"
                     : S_ISBLK(mode)  ? "a block device"
                                      : "a special file";
  return Status(ErrorCode::kNotRegularFile, path + ": is " + what + ", not a regular file");
}

std::string JoinPath(const std::string& dir, const std::string& name) {
  return dir.back() == '/' ? dir + name : dir + "/" + name;
}

class UniqueFd {
 public:
  explicit UniqueFd(int fd) : fd_(fd) {}
  ~UniqueFd() {
    if (fd_ >= 0) ::close(fd_);
  }
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

// A folder entry as readdir(3) gives it: its name and, where the file system
// says, its type (DT_UNKNOWN where it does not).
struct Entry {
  std::string name;
  unsigned char type;
  friend bool operator<(const Entry& a, const Entry& b) { return a.name < b.name; }
};

// The visible (not hidden) entries of folder `dir`, sorted bytewise by name.
Status ListFolder(const std::string& dir, std::vector<Entry>* entries) {
  DIR* d = ::opendir(dir.c_str());
  if (!d) return Status(ErrorCode::kIoError, dir + ": cannot list folder: " + ErrnoText(errno));
  for (;;) {
    errno = 0;
    const dirent* e = ::readdir(d);
    if (!e) break;
    if (e->d_name[0] != '.') entries->push_back({e->d_name, e->d_type});
  }
  int err = errno;
  ::closedir(d);
  if (err) return Status(ErrorCode::kIoError, dir + ": cannot list folder: " + ErrnoText(err));
  std::sort(entries->begin(), entries->end());
  return Status::Ok();
}

struct Folder {
  std::string path;
  FileId id;
  std::vector<Entry> entries;
  size_t next = 0;
};

// Depth first with an explicit stack, so deep trees cannot exhaust the call stack.
void WalkFolder(const std::string& root, FileId root_id, std::vector<DocumentRef>* docs,
                std::vector<DocumentError>* errors) {
  std::vector<Folder> stack;
  std::set<FileId> on_stack, visited;
  auto enter = [&](const std::string& path, FileId id) {
    visited.insert(id);
    Folder f{path, id, {}, 0};
    Status s = ListFolder(path, &f.entries);
    if (!s.ok()) {
      errors->push_back({path, std::move(s)});
      return;
    }
    on_stack.insert(id);
    stack.push_back(std::move(f));
  };
  enter(root, root_id);
  while (!stack.empty()) {
    Folder& top = stack.back();
    if (top.next == top.entries.size()) {
      on_stack.erase(top.id);
      stack.pop_back();
      continue;
    }
    const Entry& entry = top.entries[top.next++];
    std::string child = JoinPath(top.path, entry.name);
    // A regular file needs no stat(2) (one system call per document): reading
    // it reports whatever happens to it meanwhile. Links, folders and entries
    // of unknown type are looked at.
    if (entry.type == DT_REG) {
      docs->push_back({child});
      continue;
    }
    struct stat st;
    if (::stat(child.c_str(), &st) != 0) {
      errors->push_back({child, ErrnoStatus(child, errno)});
    } else if (S_ISREG(st.st_mode)) {
      docs->push_back({child});
    } else if (S_ISDIR(st.st_mode)) {
      FileId id{st.st_dev, st.st_ino};
      if (on_stack.count(id)) {
        errors->push_back({child, Status(ErrorCode::kNotRegularFile,
                                         child + ": symlink loop (leads back to a folder being read)")});
      } else if (!visited.count(id)) {
        enter(child, id);  // invalidates `top`, which is not used again
      }
    } else {
      errors->push_back({child, NotRegular(child, st.st_mode)});
    }
  }
}

// Waits until a non-blocking standard input has data (or EOF).
bool WaitReadable(int fd) {
  pollfd p{fd, POLLIN, 0};
  int r;
  do {
    r = ::poll(&p, 1, -1);
  } while (r < 0 && errno == EINTR);
  return r > 0;
}

constexpr size_t kWriteChunk = 1 << 20;

Status WriteAll(int fd, std::string_view bytes, const std::string& path) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return ErrnoStatus(path, errno);
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return Status::Ok();
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
    if (p.empty()) {
      errors->push_back({p, Status(ErrorCode::kNotFound, "empty path")});
    } else if (::stat(p.c_str(), &st) != 0) {
      errors->push_back({p, ErrnoStatus(p, errno)});
    } else if (S_ISREG(st.st_mode)) {
      docs->push_back({p});
    } else if (S_ISDIR(st.st_mode)) {
      std::string shown = p;
      while (shown.size() > 1 && shown.back() == '/') shown.pop_back();
      WalkFolder(shown, {st.st_dev, st.st_ino}, docs, errors);
    } else {
      errors->push_back({p, NotRegular(p, st.st_mode)});
    }
  }
}

std::string RealPath(const std::string& path) {
  char* p = ::realpath(path.c_str(), nullptr);
  if (!p) return {};
  std::string s = p;
  std::free(p);
  return s;
}

Status ReadDocument(const std::string& path, uint64_t max_bytes, std::string* out) {
  out->clear();
  const bool is_stdin = path == "-";
  // O_NONBLOCK: opening a FIFO without a writer must not hang the run.
  UniqueFd owned(is_stdin ? -1 : ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
  const int fd = is_stdin ? STDIN_FILENO : owned.get();
  if (fd < 0) return ErrnoStatus(path, errno);
  struct stat st;
  if (::fstat(fd, &st) != 0) return ErrnoStatus(path, errno);
  const bool regular = S_ISREG(st.st_mode);
  if (!is_stdin) {
    if (!regular) return NotRegular(path, st.st_mode);
    if (static_cast<uint64_t>(st.st_size) > max_bytes) {
      return Status(ErrorCode::kTooLarge, path + ": " + std::to_string(st.st_size) +
                                              " bytes is more than the limit of " +
                                              std::to_string(max_bytes));
    }
    // O_NONBLOCK stays: reads of regular files ignore it (open(2)), and
    // clearing it cost two system calls per document. Should a file system
    // honour it after all, the EAGAIN below clears it.
  }
  // Read straight into `out`; one byte of room past the expected size shows
  // EOF (or growth while reading) without a second buffer.
  const uint64_t limit = max_bytes < std::numeric_limits<uint64_t>::max() ? max_bytes + 1 : max_bytes;
  uint64_t initial = regular ? static_cast<uint64_t>(st.st_size) + 1 : uint64_t{1} << 16;
  out->resize(std::min(initial, limit));
  size_t len = 0;
  bool made_blocking = false;
  auto too_large = [&] {
    out->clear();
    return Status(ErrorCode::kTooLarge,
                  path + ": more than the limit of " + std::to_string(max_bytes) + " bytes");
  };
  for (;;) {
    if (len == out->size()) {
      if (len > max_bytes) return too_large();
      out->resize(std::min<uint64_t>(std::max<uint64_t>(2 * len, 1 << 16), limit));
    }
    ssize_t n = ::read(fd, out->data() + len, out->size() - len);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN && is_stdin && WaitReadable(fd)) continue;
      if (errno == EAGAIN && !is_stdin && !made_blocking) {
        made_blocking = true;
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        continue;
      }
      int err = errno;
      out->clear();
      return ErrnoStatus(path, err);
    }
    if (n == 0) break;
    len += static_cast<size_t>(n);
    if (len > max_bytes) return too_large();
  }
  out->resize(len);
  return Status::Ok();
}

AtomicFileWriter::~AtomicFileWriter() { Abandon(); }

Status AtomicFileWriter::Open(const std::string& path) {
  if (fd_ >= 0 || !path_.empty()) return Status(ErrorCode::kInternal, path + ": writer already used");
  if (path.empty()) return Status(ErrorCode::kUsage, "empty output path");
  // A symlink stays a link: the file it points to is the one replaced.
  std::string target = path;
  struct stat st;
  if (::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
    std::unique_ptr<char, decltype(&std::free)> real(::realpath(path.c_str(), nullptr), &std::free);
    if (!real) return ErrnoStatus(path, errno);
    target = real.get();
  }
  // Renaming over a device or FIFO would replace the node itself (say /dev/null).
  mode_t mode = 0644;
  if (::stat(target.c_str(), &st) == 0) {
    if (!S_ISREG(st.st_mode)) return NotRegular(path, st.st_mode);
    mode = st.st_mode & 07777;
  }
  const size_t slash = target.rfind('/');
  std::string dir = slash == std::string::npos ? "" : target.substr(0, slash + 1);
  std::string name = slash == std::string::npos ? target : target.substr(slash + 1);
  if (name.empty()) return NotRegular(path, S_IFDIR);
  std::string tmpl = dir + "." + name + ".tmpXXXXXX";
  int fd = ::mkostemp(tmpl.data(), O_CLOEXEC);
  if (fd < 0) return ErrnoStatus(path, errno);
  fd_ = fd;
  path_ = std::move(target);
  temp_path_ = std::move(tmpl);
  if (::fchmod(fd_, mode) != 0) return Fail(ErrnoStatus(path_, errno));
  return Status::Ok();
}

Status AtomicFileWriter::Append(std::string_view bytes) {
  if (!error_.ok()) return error_;
  if (fd_ < 0) return Status(ErrorCode::kInternal, path_ + ": writer not open");
  if (buffer_.size() + bytes.size() < kWriteChunk) {
    buffer_.append(bytes);
    return Status::Ok();
  }
  Status s = Flush();
  if (s.ok()) s = WriteAll(fd_, bytes, path_);
  return s.ok() ? s : Fail(std::move(s));
}

Status AtomicFileWriter::Flush() {
  Status s = WriteAll(fd_, buffer_, path_);
  buffer_.clear();
  return s.ok() ? s : Fail(std::move(s));
}

Status AtomicFileWriter::Commit() {
  if (!error_.ok()) return error_;
  if (fd_ < 0) return Status(ErrorCode::kInternal, path_ + ": writer not open");
  Status s = Flush();
  if (!s.ok()) return s;
  if (::fsync(fd_) != 0) return Fail(ErrnoStatus(path_, errno));
  int fd = std::exchange(fd_, -1);
  if (::close(fd) != 0) return Fail(ErrnoStatus(path_, errno));
  if (::rename(temp_path_.c_str(), path_.c_str()) != 0) return Fail(ErrnoStatus(path_, errno));
  temp_path_.clear();
  // Make the rename itself durable; failing to sync the folder loses nothing written.
  const size_t slash = path_.rfind('/');
  std::string dir = slash == std::string::npos ? "." : path_.substr(0, slash + 1);
  UniqueFd dfd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dfd.get() >= 0) ::fsync(dfd.get());
  return Status::Ok();
}

Status AtomicFileWriter::Fail(Status status) {
  Abandon();
  error_ = status;
  return status;
}

void AtomicFileWriter::Abandon() {
  if (fd_ >= 0) ::close(std::exchange(fd_, -1));
  if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
  temp_path_.clear();
  buffer_.clear();
  buffer_.shrink_to_fit();
}

Status WriteFileAtomic(const std::string& path, std::string_view contents) {
  AtomicFileWriter out;
  Status s = out.Open(path);
  if (s.ok()) s = out.Append(contents);
  if (s.ok()) s = out.Commit();
  return s;
}

}  // namespace claimtrace
