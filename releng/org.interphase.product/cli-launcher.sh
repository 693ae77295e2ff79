#!/bin/sh
# Makes the quick start of the headless commands beside the lean command-line product (part of ./mvnw verify, package
# phase, after the products are materialized). The lean product's plugin jars are rewritten with their entries stored
# instead of compressed (cli-launcher/JarCopy.java; same content, 29 MB instead of 12 MB): even with the class-data
# sharing archive, the framework reads the bytes of every class a command loads from its bundle's jar, and inflating
# them was about a tenth of a command's CPU time. target/products/org.interphase.cli.product/linux/gtk/x86_64/launcher/
# holds
#  - an unsigned copy of the product's framework jar (org.eclipse.osgi_VERSION.jar, without its signature files and
#    manifest digests; made by cli-launcher/JarCopy.java): the JVM leaves the classes of signed jars out of its
#    class-data sharing archive, and the framework's 440 classes are a good part of every command's start-up;
#  - interphase-cli-launcher.jar, the main class (cli-launcher/org/interphase/cli/launcher/CliMain.java) that runs the
#    framework's EclipseStarter directly instead of org.eclipse.equinox.launcher (which would load the signed jar and
#    read the configuration itself) and exits with the application's exit code.
# ./interphase starts the headless commands with them when they are there, with the Equinox launcher otherwise.
# Then a training run of ./interphase writes the class-data sharing archive the headless commands map
# (interphase-cli.jsa beside the product): one JVM runs validate, describe, import, fit, kk, drt and spectrum on the
# example model and files of testdata/ (-Dinterphase.cli.training, see InterphaseCliApplication), so that the archive
# holds the classes of all of them, not only of whichever command a user happens to run first.
#
#   cli-launcher.sh JAVA_HOME
set -eu
here=$(cd "$(dirname "$0")" && pwd)
java_home=${1:-${JAVA_HOME:-}}
[ -x "$java_home/bin/javac" ] || { echo "cli-launcher: no JDK at '$java_home'" >&2; exit 1; }
product="$here/target/products/org.interphase.cli.product/linux/gtk/x86_64"
framework=""
for framework in "$product"/plugins/org.eclipse.osgi_*.jar; do break; done
[ -f "$framework" ] || { echo "cli-launcher: no framework jar in $product/plugins" >&2; exit 1; }
out="$product/launcher"
classes="$here/target/cli-launcher-classes"
rm -rf "$out" "$classes"
mkdir -p "$out" "$classes"
# the bundles' jars stored instead of compressed (the framework reads every class a command loads from them)
"$java_home/bin/java" "$here/cli-launcher/JarCopy.java" --in-place "$product"/plugins/*.jar
"$java_home/bin/java" "$here/cli-launcher/JarCopy.java" --unsigned "$framework" "$out/$(basename "$framework")"
"$java_home/bin/javac" -nowarn --release 21 -d "$classes" "$here/cli-launcher/org/interphase/cli/launcher/CliMain.java"
"$java_home/bin/jar" --create --file "$out/interphase-cli-launcher.jar" -C "$classes" .
echo "cli-launcher: $out: $(cd "$out" && ls | tr '\n' ' ')"

top=$(cd "$here/../.." && pwd)
example="$top/examples/tolganbek2022/tolganbek2022.interphase"
csv="$top/testdata/csv-eis/exampleData.csv"
mpr="$top/testdata/biologic-mpr/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr"
training="$here/target/cli-launcher-training.txt"
tab=$(printf '\t')
{
  echo "--help"
  echo "describe${tab}$example${tab}--json"
  echo "import${tab}$csv"
  echo "import${tab}$mpr"
  echo "fit${tab}$csv${tab}--circuit${tab}R0-p(R1,C1)-p(R2-Wo1,C2)"
  echo "kk${tab}$csv"
  echo "drt${tab}$csv"
  echo "spectrum${tab}$example"
  echo "formats"
} > "$training"
rm -f "$product/interphase-cli.jsa"
INTERPHASE_PRODUCTS="$here/target/products" INTERPHASE_NO_BUILD=1 INTERPHASE_CLI_CONFIGURATION="$here/target/cli-launcher-configuration" \
  INTERPHASE_VMARGS="-Dinterphase.cli.training=$training" "$top/interphase" validate "$example" > "$here/target/cli-launcher-training.log" 2>&1 \
  || { echo "cli-launcher: the training run failed:" >&2; cat "$here/target/cli-launcher-training.log" >&2; exit 1; }
[ -f "$product/interphase-cli.jsa" ] || { echo "cli-launcher: the training run wrote no class-data sharing archive" >&2; exit 1; }
echo "cli-launcher: class-data sharing archive written ($(du -k "$product/interphase-cli.jsa" | cut -f1) KiB)"
