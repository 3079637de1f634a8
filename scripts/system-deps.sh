#!/usr/bin/env bash
# Debian packages the test suite uses: Chromium for the browser tests of the HTML views.
# Without root (or without apt-get) the browser tests are skipped with a reason instead.
set -u
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium not installed and no root apt-get: browser tests will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends chromium >/dev/null \
  || echo "could not install chromium: browser tests will be skipped" >&2
exit 0
