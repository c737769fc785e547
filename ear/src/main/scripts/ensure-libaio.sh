#!/usr/bin/env bash
# The broker's journal (Artemis, inside WildFly) writes through Linux AIO when libaio is installed, and falls back
# to Java NIO otherwise (see README "Broker journal"). Installs Debian's libaio1 when it is missing and we may
# (root with apt); otherwise says so and carries on: NIO works, only slower. Never fails the build.
set -uo pipefail
if ldconfig -p 2>/dev/null | grep -q 'libaio\.so\.1'; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing libaio1 (apt) for the broker's AIO journal"
    export DEBIAN_FRONTEND=noninteractive
    (apt-get update -qq && apt-get install -y -qq libaio1 >/dev/null) \
        || echo "libaio1 could not be installed; the broker uses its NIO journal" >&2
    exit 0
fi
echo "libaio1 is not installed: the broker uses its slower NIO journal (sudo apt-get install -y libaio1)" >&2
exit 0
