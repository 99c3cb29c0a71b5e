#!/usr/bin/env bash
# Makes sure a Chromium is there for the end-to-end tests: $CHROMIUM_PATH, Debian's
# /usr/bin/chromium, or Debian's package installed now when we are root with apt-get.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] && exit 0
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
  exit 1
fi
command -v chromium >/dev/null 2>&1 && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found: installing Debian's chromium package for the end-to-end tests." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi

echo "No Chromium found: install one (sudo apt-get install -y chromium) or set CHROMIUM_PATH." >&2
exit 1
