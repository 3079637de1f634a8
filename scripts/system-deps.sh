#!/usr/bin/env bash
# Debian packages the tool and its test suite use: Chromium for the browser tests of the HTML
# views; poppler-utils and Tesseract with its Swedish data for reading scanned PDFs (OCR).
# Without root (or without apt-get) the tests that need them are skipped with a reason instead.
set -u
want=()
command -v chromium >/dev/null 2>&1 || want+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || want+=(poppler-utils)
command -v tesseract >/dev/null 2>&1 || want+=(tesseract-ocr)
tesseract --list-langs 2>/dev/null | grep -qx swe || want+=(tesseract-ocr-swe)
if [ ${#want[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "not installed and no root apt-get: ${want[*]}; the tests that need them will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null \
  || echo "could not install ${want[*]}: the tests that need them will be skipped" >&2
exit 0
