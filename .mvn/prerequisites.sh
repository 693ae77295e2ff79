#!/bin/sh
# Called by ./mvnw before Maven starts: finds, or installs on Debian/Ubuntu, what the build and its tests need
# from the machine, and says exactly what to install when it cannot.
#
#   always:               a JDK >= 21 (Debian 13, Ubuntu 24.04: openjdk-21-jdk-headless), and a Maven >= 3.6 while .mvn/dist has no Maven yet
#   when tests will run:  GTK 3 and a font (the UI tests open the IDE), and Xvfb when DISPLAY is not set
#                         (the UI test bundles start one through releng/xvfb-for-tests.sh)
#
# Installs with apt-get: directly as root, through sudo otherwise (sudo may ask for a password on a terminal).
# INTERPHASE_NO_SETUP=1 skips all of this. Arguments: those given to ./mvnw (to see whether tests will run).
set -eu

[ -z "${INTERPHASE_NO_SETUP:-}" ] || exit 0
top=$(cd "$(dirname "$0")/.." && pwd)

tests=no
skip=no
for a in "$@"; do
  case "$a" in
    test|integration-test|verify|install|deploy|*:test|*:integration-test) tests=yes ;;
    -DskipTests|-DskipTests=true|-Dmaven.test.skip|-Dmaven.test.skip=true|-DskipITs|-DskipITs=true) skip=yes ;;
  esac
done
[ "$skip" = no ] || tests=no

missing=""   # Debian package names
explain=""   # what each is for
add() { missing="$missing $1"; explain="$explain
  $1: $2"; }

# a JDK >= 21 (find-jdk.sh prints why it found none; quiet here)
nojdk=no
if ! (. "$top/.mvn/find-jdk.sh") >/dev/null 2>&1; then
  jdk=""
  for p in openjdk-21-jdk-headless openjdk-25-jdk-headless; do
    if command -v apt-cache >/dev/null 2>&1 && apt-cache show "$p" >/dev/null 2>&1; then jdk=$p; break; fi
  done
  if [ -n "$jdk" ]; then
    add "$jdk" "a JDK >= 21 for Tycho and the product"
  else
    nojdk=yes
  fi
fi
# a Maven to fetch the wrapper's Maven, only until .mvn/dist holds it
if ! ls "$top"/.mvn/dist/apache-maven-*/bin/mvn >/dev/null 2>&1 && ! command -v mvn >/dev/null 2>&1; then
  add maven "any Maven >= 3.6, used once to fetch Maven into .mvn/dist"
fi
if [ "$tests" = yes ]; then
  gtk_found=no
  for d in /usr/lib/x86_64-linux-gnu /usr/lib64 /usr/lib /lib/x86_64-linux-gnu; do
    [ -e "$d/libgtk-3.so.0" ] && gtk_found=yes
  done
  if [ "$gtk_found" = no ]; then
    gtk=libgtk-3-0
    # Debian 13 and Ubuntu 24.04 name it libgtk-3-0t64
    if command -v apt-cache >/dev/null 2>&1 && apt-cache show libgtk-3-0t64 >/dev/null 2>&1; then gtk=libgtk-3-0t64; fi
    add "$gtk" "GTK 3, which SWT draws the IDE with in the UI tests"
  fi
  if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list 2>/dev/null | head -n 1)" ]; then
    add fonts-dejavu-core "a font for the UI tests' text"
  fi
  if [ -z "${DISPLAY:-}" ] && ! command -v Xvfb >/dev/null 2>&1; then
    add xvfb "a virtual X display for the UI tests (DISPLAY is not set)"
  fi
fi
if [ "$nojdk" = yes ]; then
  echo "mvnw: no JDK >= 21 is installed, and apt knows no package of one here (Debian 12 has none: use Debian 13 or
Ubuntu 24.04's openjdk-21-jdk-headless, or a JDK from your vendor). Install one and set JAVA_HOME to it, or put it
under /usr/lib/jvm, then run ./mvnw again." >&2
  [ -n "$missing" ] || exit 1
fi
[ -n "$missing" ] || exit 0

echo "mvnw: this machine lacks what the build needs:$explain" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
    sudo=sudo
  else
    sudo=none
  fi
fi
if command -v apt-get >/dev/null 2>&1 && [ "$sudo" != none ]; then
  echo "mvnw: installing them:${sudo:+ $sudo} apt-get install -y --no-install-recommends$missing" >&2
  if $sudo apt-get update -qq >&2 &&
     DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >&2; then
    exit 0
  fi
  echo "mvnw: the installation failed (see above)." >&2
fi
if command -v apt-get >/dev/null 2>&1; then
  echo "mvnw: install them, then run ./mvnw again:
  sudo apt-get update && sudo apt-get install --no-install-recommends$missing" >&2
else
  echo "mvnw: this is not a Debian/Ubuntu system: install the equivalents of the packages above with the system's
package manager (a JDK >= 21, Maven, GTK 3, a font, Xvfb), then run ./mvnw again." >&2
fi
if [ "$tests" = yes ]; then
  echo "mvnw: (to build without running the tests: ./mvnw verify -DskipTests)" >&2
fi
exit 1
