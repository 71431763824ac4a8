#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (test tools cannot download their own browsers here).
# Installs it when absent, and says so.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
echo "Debian's chromium is not installed: installing it with apt-get (needs root)…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq chromium >/dev/null
echo "Installed: $(/usr/bin/chromium --version)"
