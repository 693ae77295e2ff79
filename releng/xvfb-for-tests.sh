#!/bin/sh
# Runs an X virtual frame buffer on display $1 for the UI tests when the build has no DISPLAY
# (bundles/org.interphase.ui.tests/pom.xml, profile xvfb). The build stops it when Maven exits.
display=${1:-:95}
number=${display#:}
if ! command -v Xvfb >/dev/null 2>&1; then
  echo "xvfb-for-tests: Xvfb is not installed and DISPLAY is not set; the UI tests need one of them." >&2
  echo "xvfb-for-tests: on Debian/Ubuntu: apt-get install xvfb (./mvnw installs it when it can: .mvn/prerequisites.sh)." >&2
  exit 1
fi
# every UI test module of a build asks for the display: when a live server owns it already (started for an earlier
# module of this build), use that one; a lock left by a killed earlier run would stop Xvfb from starting: remove it
lock=/tmp/.X$number-lock
if [ -f "$lock" ]; then
  if kill -0 "$(tr -d ' ' < "$lock")" 2>/dev/null; then
    exit 0
  fi
  rm -f "$lock" "/tmp/.X11-unix/X$number"
fi
exec Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp
