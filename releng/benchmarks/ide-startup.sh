#!/bin/sh
# IDE start-up benchmark: starts the built product N times (default 6) on one workspace and prints, for each run,
# the time from JVM start until the workbench handles events (the product prints it with
# -Dinterphase.startup.report=true), the CPU time the process and its UI thread had used by then, and the load
# average; then min / median / max of the warm runs (all but the first).
# Uses $DISPLAY, or an Xvfb of its own on :96 when there is none. Extra JVM options: INTERPHASE_VMARGS.
#
#   releng/benchmarks/ide-startup.sh [RUNS]
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-6}
workspace=$(mktemp -d /tmp/interphase-startup-XXXXXX)
xvfb=""
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :96 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=:96
  sleep 1
fi
trap '[ -n "$xvfb" ] && kill $xvfb; rm -rf "$workspace"' EXIT

times=""
cpus=""
i=0
while [ $i -lt "$runs" ]; do
  i=$((i + 1))
  line=$(INTERPHASE_VMARGS="-Dinterphase.startup.report=true -Dinterphase.startup.exit=true ${INTERPHASE_VMARGS:-}" \
    "$top/interphase" ide --workspace "$workspace" 2>&1 | sed -n 's/^interphase: workbench ready //p')
  ms=$(echo "$line" | sed -n 's/^\([0-9]*\) ms.*/\1/p')
  cpu=$(echo "$line" | sed -n 's/.*; CPU \([0-9.]*\) s.*/\1/p')
  ui=$(echo "$line" | sed -n 's/.*UI thread \([0-9.]*\) s.*/\1/p')
  echo "run $i: ${ms:-?} ms, CPU ${cpu:-?} s (UI thread ${ui:-?} s), load $(cut -d' ' -f1 /proc/loadavg)$( [ $i -eq 1 ] && echo ' (cold: first start of this workspace, imports the example)')"
  [ $i -gt 1 ] && [ -n "$ms" ] && times="$times $ms" && cpus="$cpus ${cpu:-0}"
done
echo "$times" | tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {if (NR) printf "warm runs: %d, min %d ms, median %d ms, max %d ms\n", NR, a[1], a[int((NR+1)/2)], a[NR]}'
echo "$cpus" | tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {if (NR) printf "CPU until ready, warm runs: min %.2f s, median %.2f s, max %.2f s\n", a[1], a[int((NR+1)/2)], a[NR]}'
