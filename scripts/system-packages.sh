#!/usr/bin/env bash
# Installs the Debian packages the tests need and a fresh machine lacks: Chromium for the
# browser tests, LibreOffice (Writer, headless) to convert reports to ODT and PDF, the Noto CJK
# fonts so Chinese is not drawn as empty boxes (DejaVu for the charts' numbers), and poppler-utils (pdftotext, pdftoppm) to read
# the PDFs back. As root it installs what is missing; otherwise it stops with the command to run.
set -euo pipefail

NEEDED=(chromium libreoffice-writer-nogui fonts-noto-cjk fonts-dejavu-core poppler-utils)

missing=()
for package in "${NEEDED[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then exit 0; fi

command="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $EUID -ne 0 ]]; then
  echo "These Debian packages are missing: ${missing[*]}. Install them as root:" >&2
  echo "  $command" >&2
  exit 1
fi
echo "== installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
