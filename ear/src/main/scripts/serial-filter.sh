#!/usr/bin/env bash
# serial-filter.sh SERVER_DIR: lets Java deserialization read arrays of up to 500,000 elements (WildFly's start scripts
# set the JVM-wide JEP 290 filter jdk.serialFilter with maxarray=100000). The Chinese word segmenter of the FAQ bots
# (Lucene smartcn) ships its dictionaries as serialized arrays, the largest 402,137 longs; the other limits (stream
# bytes, depth, references) stay WildFly's. Run by the build right after provisioning; fails when the start scripts
# no longer carry the line it changes.
set -euo pipefail
bin=$1/bin
for f in standalone.conf standalone.conf.bat standalone.conf.ps1; do
    grep -q 'maxarray=500000' "$bin/$f" && continue
    grep -q 'maxarray=100000' "$bin/$f" || { echo "$bin/$f: no jdk.serialFilter maxarray to raise" >&2; exit 1; }
    sed -i 's/maxarray=100000/maxarray=500000/' "$bin/$f"
done
