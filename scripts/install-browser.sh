#!/usr/bin/env bash
# End-to-end tests need a Chromium, and the generated-script tests need shellcheck. Playwright cannot
# download its own browser here, so use Debian's packages (installed when missing and we can); on a laptop
# without apt, fall back to Playwright's browser, and the shellcheck test says it was skipped.
set -euo pipefail

# Installs Debian packages as root, or through sudo when there is one; returns 1 when neither can.
apt_install() {
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  elif command -v apt-get >/dev/null && command -v sudo >/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    return 1
  fi
}

if ! command -v shellcheck >/dev/null; then
  apt_install shellcheck || echo 'shellcheck is missing and apt cannot install it: the shellcheck test will be skipped.' >&2
fi
if [ -x "${CHROME_PATH:-/usr/bin/chromium}" ]; then exit 0; fi
apt_install chromium || npx playwright install chromium
