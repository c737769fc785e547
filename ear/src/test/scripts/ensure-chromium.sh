#!/usr/bin/env bash
# The browser tests drive Debian's chromium through Debian's chromedriver (same package version, nothing
# downloaded at run time), with Chinese and emoji fonts so screenshots show the text. Installs what is missing
# with apt when we may (root); otherwise says what to install.
set -euo pipefail
PACKAGES="chromium chromium-driver fonts-noto-cjk fonts-noto-color-emoji"
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && fc-list :lang=zh 2>/dev/null | grep -q . \
        && fc-list 2>/dev/null | grep -qi 'color emoji'; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing $PACKAGES (apt) for the browser tests"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq $PACKAGES >/dev/null
    exit 0
fi
echo "The browser tests need Debian's chromium, chromium-driver and fonts:" >&2
echo "    sudo apt-get install -y $PACKAGES" >&2
exit 1
