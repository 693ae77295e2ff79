#!/bin/sh
# Runs the materialized product through ./interphase (the launcher users run): --help, validate and describe on the
# paper's example, a broken model, an unknown command. Part of ./mvnw verify (skipped with -DskipTests).
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
# the lean command-line product (its class-data sharing archive was written by the build: cli-launcher.sh)
export INTERPHASE_PRODUCTS="$here/target/products"
export INTERPHASE_NO_BUILD=1
export INTERPHASE_CLI_CONFIGURATION="$here/target/smoke-test-configuration"
example="$top/examples/tolganbek2022/tolganbek2022.interphase"
work="$here/target/smoke-test"
mkdir -p "$work"
failures=0

check() { # check NAME EXPECTED_EXIT COMMAND... ; output in $work/NAME.out / .err
  name=$1; expected=$2; shift 2
  "$@" > "$work/$name.out" 2> "$work/$name.err"
  code=$?
  if [ "$code" -ne "$expected" ]; then
    echo "smoke-test: $name: exit $code, expected $expected" >&2
    sed 's/^/  | /' "$work/$name.out" "$work/$name.err" >&2
    failures=$((failures + 1))
  else
    echo "smoke-test: $name: ok (exit $code)"
  fi
}

contains() { # contains NAME TEXT: the output of NAME contains TEXT
  if ! grep -qF -- "$2" "$work/$1.out"; then
    echo "smoke-test: $1: output lacks '$2'" >&2
    failures=$((failures + 1))
  fi
}

check help 0 "$top/interphase" --help
contains help "validate"
contains help "describe"
check validate-example 0 "$top/interphase" validate "$example"
check describe-example 0 "$top/interphase" describe "$example"
contains describe-example "thickness 76.7 nm"
check describe-json 0 "$top/interphase" describe "$example" --json
contains describe-json '"schema": "interphase-describe/1"'
sed 's/<thickness value="1.0" unit="mm"/<thickness value="-1.0" unit="mm"/' "$example" > "$work/broken.interphase"
check validate-broken 1 "$top/interphase" validate "$work/broken.interphase"
contains validate-broken "ERROR layers[LATP pellet]/thickness: thickness of material layer 'LATP pellet' must be > 0 (is -1 mm)"
check unknown-command 2 "$top/interphase" frobnicate

if [ "$failures" -ne 0 ]; then
  echo "smoke-test: $failures check(s) failed" >&2
  exit 1
fi
echo "smoke-test: all checks passed"
