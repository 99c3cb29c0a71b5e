#!/usr/bin/env bash
# Makes sure an nginx is there for tests/e2e/nginx.spec.ts: $NGINX_PATH, `nginx` on PATH, Debian's
# /usr/sbin/nginx, or Debian's package installed now when we are root with apt-get. The tests run
# their own nginx on a loopback port; a system nginx started by the package is stopped again.
set -euo pipefail

if [ -n "${NGINX_PATH:-}" ]; then
  [ -x "$NGINX_PATH" ] && exit 0
  echo "NGINX_PATH=$NGINX_PATH is not an executable file." >&2
  exit 1
fi
command -v nginx >/dev/null 2>&1 && exit 0
[ -x /usr/sbin/nginx ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "No nginx found: installing Debian's nginx package for the end-to-end tests." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  # The package's postinst may have started the system nginx on port 80: stop it (best effort).
  if [ -s /run/nginx.pid ] && kill -0 "$(cat /run/nginx.pid)" 2>/dev/null; then
    if command -v service >/dev/null 2>&1; then
      service nginx stop >/dev/null 2>&1 || /usr/sbin/nginx -s stop 2>/dev/null || true
    else
      /usr/sbin/nginx -s stop 2>/dev/null || true
    fi
  fi
  [ -x /usr/sbin/nginx ] && exit 0
  echo "Installing Debian's nginx package did not provide /usr/sbin/nginx." >&2
  exit 1
fi

echo "No nginx found: install one (sudo apt-get install -y nginx) or set NGINX_PATH." >&2
exit 1
