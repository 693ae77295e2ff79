#!/bin/sh
# Headless start-up benchmark: wall and CPU time of one-shot commands through ./interphase (the lean command-line
# product), warm (a first run per command is discarded: it may write the configuration area and the class-data
# sharing archive), N runs each (default 7), medians; side by side with Python one-shots doing the same job where the
# machine has what they need (python3 with numpy reading the same CSV; galvani for the .mpr when it is installed).
#
#   releng/benchmarks/cli-startup.sh [RUNS]
#
# Prints one line per task: median wall ms, median CPU ms (user + system), and the load average at the end, since on a
# shared machine the wall time follows the load.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-7}
example="$top/examples/tolganbek2022/tolganbek2022.interphase"
csv="$top/testdata/csv-eis/exampleData.csv"
mpr="$top/testdata/biologic-mpr/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr"
tmp=$(mktemp -d /tmp/interphase-cli-startup-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
export INTERPHASE_NO_BUILD=${INTERPHASE_NO_BUILD:-1}

median() { sort -n | awk '{a[NR]=$1} END {if (NR) print a[int((NR+1)/2)]; else print "?"}'; }

measure() { # measure LABEL COMMAND...: runs the command once (discarded), then $runs times
  label=$1; shift
  "$@" >/dev/null 2>&1 || { echo "$label: the command failed: $*" >&2; return 0; }
  : > "$tmp/wall"; : > "$tmp/cpu"
  i=0
  while [ $i -lt "$runs" ]; do
    i=$((i + 1))
    /usr/bin/time -f '%e %U %S' -o "$tmp/time" "$@" >/dev/null 2>&1 || true
    awk '{printf "%d\n", $1 * 1000}' "$tmp/time" >> "$tmp/wall"
    awk '{printf "%d\n", ($2 + $3) * 1000}' "$tmp/time" >> "$tmp/cpu"
  done
  printf '%-44s median wall %5s ms   median CPU %5s ms   (%s runs)\n' "$label" "$(median < "$tmp/wall")" "$(median < "$tmp/cpu")" "$runs"
}

[ -x /usr/bin/time ] || { echo "cli-startup: needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 1; }
measure "interphase validate (example model)" "$top/interphase" validate "$example"
measure "interphase import exampleData.csv" "$top/interphase" import "$csv"
measure "interphase import jdb11 .mpr" "$top/interphase" import "$mpr"
measure "interphase fit exampleData.csv" "$top/interphase" fit "$csv" --circuit "R0-p(R1,C1)-p(R2-Wo1,C2)"
if command -v python3 >/dev/null 2>&1; then
  measure "python3: start only" python3 -c pass
  if python3 -c "import numpy" 2>/dev/null; then
    measure "python3 + numpy: read exampleData.csv" python3 -c "import numpy, sys; a = numpy.loadtxt(sys.argv[1], delimiter=','); print(a.shape)" "$csv"
  else
    echo "python3 has no numpy: no Python CSV one-shot"
  fi
  if python3 -c "import galvani" 2>/dev/null; then
    measure "python3 + galvani: read jdb11 .mpr" python3 -c "from galvani import BioLogic; import sys; m = BioLogic.MPRfile(sys.argv[1]); print(len(m.data))" "$mpr"
  else
    echo "python3 has no galvani (not installable here: no Debian package, no access to PyPI): no Python .mpr one-shot"
  fi
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
