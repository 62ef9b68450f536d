# shellcheck shell=bash
# Shared by scripts/setup, scripts/test and scripts/eval: source it, do not run it.
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#   ensure_packages                      # apt-get only what is missing
#   build_tree build -DCMAKE_BUILD_TYPE=Release

# Everything claimtrace needs, all from Debian 12 (bookworm): the build and its
# libraries; clang and libFuzzer's runtime for the fuzz stage; GNU time (peak
# memory) and lynx (a peer) for scripts/bench.
CLAIMTRACE_PACKAGES=(build-essential cmake ninja-build pkg-config libre2-dev libgumbo-dev
  libicu-dev libsimdjson-dev doctest-dev libsqlite3-dev python3
  clang libclang-rt-14-dev time lynx)
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Tests that need the shared gold set find it beside the repository.
SHARED_DIR="$(cd "$REPO_ROOT/.." && pwd)/shared"
# The machines we target have 2 cores; CLAIMTRACE_JOBS overrides.
JOBS=${CLAIMTRACE_JOBS:-2}

log() { printf '\n==> %s\n' "$*"; }
die() {
  printf '%s: error: %s\n' "$(basename "$0")" "$*" >&2
  exit 1
}

missing_packages() {
  local p
  for p in "${CLAIMTRACE_PACKAGES[@]}"; do
    if [[ $(dpkg-query -W -f='${Status}' "$p" 2>/dev/null) != "install ok installed" ]]; then
      echo "$p"
    fi
  done
}

# Installs the missing packages; runs apt-get update only when something is missing.
ensure_packages() {
  command -v dpkg-query >/dev/null || die "dpkg-query not found: claimtrace is built on Debian 12"
  local missing
  mapfile -t missing < <(missing_packages)
  if ((${#missing[@]} == 0)); then
    echo "packages: all ${#CLAIMTRACE_PACKAGES[@]} present"
    return 0
  fi
  local as_root=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || die "not root and no sudo: install ${missing[*]} by hand"
    as_root=(sudo)
  fi
  log "installing ${missing[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# build_tree DIR CMAKE_ARGS... configures DIR (relative to the repository) with
# Ninja and builds every target in it.
build_tree() {
  local dir=$1
  shift
  cmake -S "$REPO_ROOT" -B "$REPO_ROOT/$dir" -G Ninja --log-level=WARNING "$@" &&
    ninja -C "$REPO_ROOT/$dir" -j"$JOBS"
}
