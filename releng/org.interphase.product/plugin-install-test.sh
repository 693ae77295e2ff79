#!/bin/sh
# The whole third-party plugin path, as a user and a vendor go it (README, "Extend Interphase"):
#  1. build the example vendor plugin (examples/vendor-plugin) against the update site this build just made
#     (offline, quietly, its own tests skipped: they run in its own build);
#  2. copy the built product to a temporary folder;
#  3. install the plugin's site into the copy with ./interphase install: refused while unsigned without
#     --trust-unsigned, refused from a folder that is no site, installed with --trust-unsigned;
#  4. plugins lists it, formats lists its importer, import reads its sample;
#  5. uninstall it: plugins, formats and import no longer know it.
# Part of ./mvnw verify (integration-test phase of releng/org.interphase.product; skipped with -DskipTests).
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
site="$top/releng/org.interphase.repository/target/repository"
product="$here/target/products/org.interphase.product/linux/gtk/x86_64"
vendor="$top/examples/vendor-plugin"
work="$here/target/plugin-install-test"
rm -rf "$work"
mkdir -p "$work"
passed=0
failures=0

fail() {
  echo "plugin-install-test: $*" >&2
  failures=$((failures + 1))
}

check() { # check NAME EXPECTED_EXIT COMMAND... ; output in $work/NAME.out / .err
  name=$1; expected=$2; shift 2
  "$@" > "$work/$name.out" 2> "$work/$name.err"
  code=$?
  if [ "$code" -ne "$expected" ]; then
    fail "$name: exit $code, expected $expected"
    sed 's/^/  | /' "$work/$name.out" "$work/$name.err" >&2
  else
    echo "plugin-install-test: $name: ok (exit $code)"
    passed=$((passed + 1))
  fi
}

has() { # has NAME FILE(out|err) TEXT
  if grep -qF -- "$3" "$work/$1.$2"; then passed=$((passed + 1)); else fail "$1: $2 lacks '$3'"; sed 's/^/  | /' "$work/$1.out" "$work/$1.err" >&2; fi
}

lacks() { # lacks NAME FILE(out|err) TEXT
  if grep -qF -- "$3" "$work/$1.$2"; then fail "$1: $2 still has '$3'"; else passed=$((passed + 1)); fi
}

[ -f "$site/content.jar" ] || [ -f "$site/content.xml" ] || { echo "plugin-install-test: no update site in $site" >&2; exit 1; }
[ -d "$product/plugins" ] || { echo "plugin-install-test: no product in $product" >&2; exit 1; }

# 1. the vendor's build, against the freshly built site only
check vendor-build 0 "$top/mvnw" -B -o -q -f "$vendor/pom.xml" verify -DskipTests "-Dinterphase.site=file:$site"
vendor_site="$vendor/site/target/repository"
[ -d "$vendor_site" ] || { fail "the vendor build left no site in $vendor_site"; echo "$passed passed, $failures failed"; exit 1; }

# 2. a copy of the product, and a headless configuration area of its own
copy="$work/product"
cp -a "$product" "$copy"
export INTERPHASE_PRODUCT="$copy"
export INTERPHASE_CLI_CONFIGURATION="$work/cli-configuration"
sample="$vendor/samples/basytec-cycle.txt"
before=$(cat "$copy/configuration/config.ini" | grep -v '^#' | md5sum)

# 3. install: refused, refused, done
check plugins-before 0 "$top/interphase" plugins
has plugins-before out "no plugins installed"
check install-no-site 1 "$top/interphase" install "$vendor/samples"
has install-no-site err "interphase install:"
check install-unsigned 1 "$top/interphase" install "$vendor_site"
has install-unsigned err "unsigned content"
has install-unsigned err "--trust-unsigned"
after=$(cat "$copy/configuration/config.ini" | grep -v '^#' | md5sum)
[ "$before" = "$after" ] && passed=$((passed + 1)) || fail "a refused install changed the product's configuration"
check import-before 1 "$top/interphase" import "$sample"
check install 0 "$top/interphase" install "$vendor_site" --trust-unsigned
has install out "installed org.example.interphase.basytec.feature"

# 4. the plugin is there
check plugins 0 "$top/interphase" plugins
has plugins out "org.example.interphase.basytec.feature"
check formats 0 "$top/interphase" formats
has formats out "basytec.txt"
check import 0 "$top/interphase" import "$sample" --json
has import out "basytec.txt"
has import out "\"rows\": 82"

# 5. and gone again
check uninstall 0 "$top/interphase" uninstall org.example.interphase.basytec.feature
check plugins-after 0 "$top/interphase" plugins
has plugins-after out "no plugins installed"
check formats-after 0 "$top/interphase" formats
lacks formats-after out "basytec.txt"
check import-after 1 "$top/interphase" import "$sample"
check uninstall-again 1 "$top/interphase" uninstall org.example.interphase.basytec.feature
has uninstall-again err "no plugin org.example.interphase.basytec.feature is installed"

echo "plugin-install-test: $passed passed, $failures failed"
[ "$failures" -eq 0 ]
