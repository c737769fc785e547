#!/usr/bin/env bash
# make-cluster-config.sh SERVER_DIR: writes standalone-cluster.xml next to the provisioned standalone.xml (a copy with
# cluster-node.cli applied by the server's own CLI, offline). Run by the build right after provisioning.
set -euo pipefail
server=$1
config=$server/standalone/configuration
cp "$config/standalone.xml" "$config/standalone-cluster.xml"
"$server/bin/jboss-cli.sh" --file="$(dirname "$0")/cluster-node.cli" > "$server/../cluster-config.log" 2>&1 \
    || { cat "$server/../cluster-config.log"; exit 1; }
