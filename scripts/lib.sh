# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run and scripts/test: install what is missing, configure and build.
set -euo pipefail

FIELDCASE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian 12 packages needed to build, test and run Fieldcase.
FIELDCASE_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev libqt6svg6 qt6-translations-l10n
    catch2 libsodium-dev libxlsxwriter-dev libsqlite3-dev
    fonts-dejavu-core poppler-utils python3-openpyxl clang-format
    clang libclang-rt-14-dev
)

fieldcase_missing_packages() {
    local missing=() pkg status
    for pkg in "${FIELDCASE_PACKAGES[@]}"; do
        status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
        [[ $status == installed ]] || missing+=("$pkg")
    done
    echo "${missing[@]:-}"
}

fieldcase_ensure_packages() {
    local missing
    missing=$(fieldcase_missing_packages)
    [[ -z $missing ]] && return 0
    if [[ $(id -u) -ne 0 ]]; then
        echo "Fieldcase needs these Debian packages, which are not installed:" >&2
        echo "    sudo apt-get install -y --no-install-recommends $missing" >&2
        echo "Run that line (or run this script as root), then run it again." >&2
        exit 1
    fi
    echo "Installing: $missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# CI builds treat warnings as errors.
fieldcase_preset() {
    if [[ -n ${CI:-} ]]; then echo ci; else echo dev; fi
}

fieldcase_build() {
    local preset
    preset=$(fieldcase_preset)
    cd "$FIELDCASE_ROOT"
    if [[ ! -f build/build.ninja ]] || ! grep -q "FIELDCASE_WERROR:BOOL=$([[ $preset == ci ]] && echo ON || echo OFF)" build/CMakeCache.txt 2>/dev/null; then
        cmake --preset "$preset" >/dev/null
    fi
    cmake --build --preset "$preset" -- -j"$(nproc)"
}
