#!/usr/bin/env bash
# Installs every Debian package boardlens needs to build, run and test.
# Idempotent: packages already present are skipped by apt itself.
set -euo pipefail

packages=(
  # build, and the lint CI runs (scripts/lint.sh)
  build-essential cmake ninja-build ccache pkg-config clang-format clang-tidy
  # libraries (DESIGN.md, "Dependencies")
  libboost1.74-dev nlohmann-json3-dev libyaml-cpp-dev libsqlite3-dev libpq-dev
  libsodium-dev libcli11-dev libspdlog-dev libfmt-dev
  # mail: libcurl's SMTP client
  libcurl4-openssl-dev
  # the user-voice link as a QR code on posters
  libqrencode-dev
  # the board pack as PDF: cairo draws, pango sets the text, fontconfig finds the fonts,
  # librsvg draws the pages' own SVG charts into it as vectors
  libcairo2-dev libpango1.0-dev librsvg2-dev
  # every table as a spreadsheet too
  libxlsxwriter-dev
  # tests and benchmarks
  libgtest-dev libbenchmark-dev postgresql-15 wrk nginx curl python3
  # the pack's PDF checked by tools no one here wrote: pdfinfo, pdffonts, pdftotext, pdftoppm
  poppler-utils
  # the spreadsheets read back by a reader other than the one that wrote them
  python3-openpyxl
  # the tests' mail server (tests/api/smtp_sink.py)
  python3-aiosmtpd
  # browser tests: Debian's Chromium (never a downloaded one) and a font to render pages with
  chromium fonts-liberation
)

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: run as root (apt-get needs it)" >&2
  exit 1
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} Debian packages present"
else
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # The postgresql package starts a cluster of its own; boardlens tests start their own server.
  if command -v systemctl >/dev/null 2>&1; then systemctl disable --now postgresql nginx >/dev/null 2>&1 || true; fi
fi

# Front-end packages from npm, exactly as web/package-lock.json pins them.
if ! command -v npm >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
web=$(cd "$(dirname "$0")/../web" && pwd)
if ! cmp -s "$web/package-lock.json" "$web/node_modules/.installed-lock.json"; then
  npm ci --prefix "$web" --no-audit --no-fund --loglevel=error
  cp "$web/package-lock.json" "$web/node_modules/.installed-lock.json"
fi
echo "install-deps: done"
