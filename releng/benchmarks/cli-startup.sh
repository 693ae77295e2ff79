#!/bin/sh
# Headless start-up benchmark: wall time of ./interphase validate on the example, N times (default 5).
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5}
i=0
while [ $i -lt "$runs" ]; do
  i=$((i + 1))
  start=$(date +%s%N)
  "$top/interphase" validate "$top/examples/tolganbek2022/tolganbek2022.interphase" >/dev/null 2>&1
  end=$(date +%s%N)
  echo "run $i: $(( (end - start) / 1000000 )) ms"
done
