# Shared by tools/test and tools/run (sourced, not executed).
# Provides: messages, phase timing, Debian package installation, CMake configure + build.

SMTP_TUTOR_ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)

# Everything the build, the tests, the GUI under Xvfb and the benchmarks need on Debian 12.
# (qt6-base-dev already depends on libgl-dev; swaks needs libnet-ssleay-perl for TLS; s-nail,
# msmtp, curl and python3 are the real mail clients tst_practice_clients runs; fonts-dejavu-core
# is the fixed-pitch font tst_wrappedlinecount counts in.)
SMTP_TUTOR_PACKAGES=(
  cmake ninja-build g++ clang libclang-rt-14-dev
  qt6-base-dev qt6-tools-dev qt6-l10n-tools
  postfix sasl2-bin libsasl2-modules ca-certificates openssl swaks libnet-ssleay-perl
  s-nail msmtp curl python3
  xvfb xauth xdotool imagemagick hyperfine fonts-dejavu-core
  desktop-file-utils appstream dpkg-dev man-db
  testssl.sh unbound libunbound-dev dns-root-data
  libssl-dev
)

st_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
st_warn() { printf 'warning: %s\n' "$*" >&2; }
st_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, through sudo otherwise.
st_as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    st_die "root is needed for: $* (run as root or install sudo)"
  fi
}

# Installs whatever is missing from SMTP_TUTOR_PACKAGES (plus any extra names given).
# Idempotent: dpkg-query decides, and apt-get update only runs when something is missing.
st_ensure_packages() {
  local wanted=("${SMTP_TUTOR_PACKAGES[@]}" "$@") missing=() pkg
  command -v dpkg-query >/dev/null || st_die "this script expects Debian 12 (dpkg-query not found)"
  for pkg in "${wanted[@]}"; do
    if [[ $(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null) != installed ]]; then
      missing+=("$pkg")
    fi
  done
  if ((${#missing[@]} == 0)); then
    st_say "packages: all ${#wanted[@]} present"
    return 0
  fi
  st_say "packages: installing ${missing[*]}"
  # Without this answer the postfix package sets up an "Internet Site" and starts a system
  # Postfix on port 25; the tests run their own private instance instead.
  echo "postfix postfix/main_mailer_type select No configuration" | st_as_root debconf-set-selections
  st_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  st_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# st_configure DIR [cmake -D options...]: configure DIR with Ninja the first time; later calls
# re-apply the options so a changed flag takes effect in an existing build folder.
st_configure() {
  local dir=$1
  shift
  if [[ ! -f "$dir/build.ninja" ]]; then
    cmake -S "$SMTP_TUTOR_ROOT" -B "$dir" -G Ninja "$@"
  else
    cmake "$dir" "$@" >/dev/null
  fi
}

# st_build DIR [cmake options...]: configure, then build everything, carrying on past a failed
# file (-k 0) so everything that can be built is built (and its tests can still run).
st_build() {
  local dir=$1
  shift
  # ccache, when the machine has it, makes a second build folder or a fresh clone of the same
  # sources nearly free; without it the build is the same, only slower.
  if command -v ccache >/dev/null; then
    set -- "$@" -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
  fi
  st_configure "$dir" "$@"
  cmake --build "$dir" -j "$(nproc)" -- -k 0
}

# st_build_fuzz: the libFuzzer harnesses in build-fuzz/ (clang; the library instrumented too).
# Only the target `fuzzers`: the programs in app/ are not needed there.
st_build_fuzz() {
  CC=clang CXX=clang++ st_configure build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DSMTP_TUTOR_FUZZ=ON -DSMTP_TUTOR_BUILD_TESTS=OFF -DSMTP_TUTOR_BUILD_GUI=OFF -DSMTP_TUTOR_BUILD_BENCH=OFF
  cmake --build build-fuzz --target fuzzers -j "$(nproc)" -- -k 0
}

# Phase timing: st_phase_begin NAME ... st_phase_end STATUS; st_phase_report prints the table.
ST_PHASE_NAMES=()
ST_PHASE_TIMES=()
ST_PHASE_STATUS=()
ST_PHASE_CURRENT=""
ST_PHASE_START=0
st_phase_begin() {
  ST_PHASE_CURRENT=$1
  ST_PHASE_START=$SECONDS
  st_say "$1"
}
st_phase_end() {
  ST_PHASE_NAMES+=("$ST_PHASE_CURRENT")
  ST_PHASE_TIMES+=($((SECONDS - ST_PHASE_START)))
  ST_PHASE_STATUS+=("$1")
  ST_PHASE_CURRENT=""
}
st_phase_report() {
  local i
  printf '\n%-40s %-8s %s\n' "phase" "time" "result"
  for i in "${!ST_PHASE_NAMES[@]}"; do
    printf '%-40s %5ss   %s\n' "${ST_PHASE_NAMES[$i]}" "${ST_PHASE_TIMES[$i]}" "${ST_PHASE_STATUS[$i]}"
  done
  printf '%-40s %5ss\n' "total" "$SECONDS"
}
