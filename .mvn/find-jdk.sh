# Sourced by ./mvnw and ./interphase: sets JAVA_HOME to a JDK >= $MIN_JAVA (default 21), or exits with a message.
# Looks at $JAVA_HOME, then the newest JDK under /usr/lib/jvm, /opt/java, /opt/jdk* (or $INTERPHASE_JDK_DIRS),
# then javac on the PATH.
MIN_JAVA=${MIN_JAVA:-21}

java_major() { # prints the feature version of the JDK at $1, or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

find_jdk() {
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge "$MIN_JAVA" ]; then echo "$JAVA_HOME"; return; fi
    echo "$(basename "$0"): JAVA_HOME=$JAVA_HOME is not a JDK >= $MIN_JAVA (found '${v:-none}'); looking elsewhere" >&2
  fi
  best=""; best_v=0
  for d in ${INTERPHASE_JDK_DIRS:-/usr/lib/jvm/* /opt/java/* /opt/jdk*}; do
    [ -d "$d" ] || continue
    v=$(java_major "$d")
    if [ -n "$v" ] && [ "$v" -ge "$MIN_JAVA" ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v=$v; fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    d=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    v=$(java_major "$d")
    if [ -n "$v" ] && [ "$v" -ge "$MIN_JAVA" ]; then best="$d"; fi
  fi
  if [ -z "$best" ]; then
    echo "$(basename "$0"): no JDK >= $MIN_JAVA found (looked at \$JAVA_HOME, /usr/lib/jvm/*, /opt/java/*, /opt/jdk*, javac on the PATH)." >&2
    echo "Install one (for example Debian's openjdk-21-jdk or a Temurin 21+ build) or set JAVA_HOME to it." >&2
    exit 1
  fi
  echo "$best"
}

JAVA_HOME=$(find_jdk) || exit 1
export JAVA_HOME
