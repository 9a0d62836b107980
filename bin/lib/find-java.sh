# Shared by the bin/ launchers (source it; it defines functions only and runs nothing).
#   find_java               prints the path of a java binary of version 21 or newer, or returns 1; also sets
#                           FOUND_JAVA and FOUND_JAVA_HOME (call it without $(...) to keep them)
#   release_value HOME KEY  sets RELEASE_VALUE to KEY's value in HOME/release (e.g. JAVA_RUNTIME_VERSION),
#                           or returns 1
# Looks at, in order: CODELOOP_JAVA, JAVA_HOME, java on PATH, then installed JDKs, newest first.
# Written to start almost no processes (no subshells, one readlink only for a symlinked java): the launcher
# runs before every server start, and each process costs milliseconds.

# Sets JAVA_HOME_OF to the JDK directory of a java binary.
java_home_of() {
  local java="$1"
  if [ -L "$java" ]; then
    java="$(readlink -f "$java")"
  fi
  JAVA_HOME_OF="${java%/bin/java}"
}

release_value() {
  local line
  RELEASE_VALUE=""
  [ -f "$1/release" ] || return 1
  while IFS= read -r line || [ -n "$line" ]; do
    if [[ "$line" == "$2="* ]]; then
      line="${line#*=}"
      line="${line#\"}"
      RELEASE_VALUE="${line%\"}"
      return 0
    fi
  done < "$1/release"
  return 1
}

# Sets JAVA_MAJOR from the JDK's release file (cheap) or `java -version` (slower).
java_major() {
  local version=""
  java_home_of "$1"
  if release_value "$JAVA_HOME_OF" JAVA_VERSION; then
    version="$RELEASE_VALUE"
  else
    version="$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
  fi
  version="${version#1.}"
  JAVA_MAJOR="${version%%[.+-]*}"
}

# Succeeds (setting FOUND_JAVA and FOUND_JAVA_HOME) when $1 is an executable java of version 21 or newer.
java_if_21_plus() {
  [ -n "$1" ] && [ -x "$1" ] || return 1
  java_major "$1"
  [[ "$JAVA_MAJOR" =~ ^[0-9]+$ ]] && [ "$JAVA_MAJOR" -ge 21 ] || return 1
  FOUND_JAVA="$1"
  FOUND_JAVA_HOME="$JAVA_HOME_OF"
}

# Sets PATH_JAVA to the first executable java on PATH, as `type -P java` finds it, without a subshell.
java_on_path() {
  local dir dirs
  IFS=: read -r -a dirs <<< "$PATH"
  for dir in "${dirs[@]}"; do
    if [ -f "${dir:-.}/java" ] && [ -x "${dir:-.}/java" ]; then
      PATH_JAVA="${dir:-.}/java"
      return 0
    fi
  done
  return 1
}

find_java() {
  local c best="" best_major=0
  if { [ -n "${CODELOOP_JAVA:-}" ] && java_if_21_plus "$CODELOOP_JAVA"; } \
      || { [ -n "${JAVA_HOME:-}" ] && java_if_21_plus "$JAVA_HOME/bin/java"; } \
      || { java_on_path && java_if_21_plus "$PATH_JAVA"; }; then
    echo "$FOUND_JAVA"
    return 0
  fi
  # The newest among installed JDKs.
  for c in /usr/lib/jvm/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java \
           "$HOME"/.sdkman/candidates/java/*/bin/java; do
    if java_if_21_plus "$c" && [ "$JAVA_MAJOR" -gt "$best_major" ]; then
      best="$c" best_major="$JAVA_MAJOR"
    fi
  done
  [ -n "$best" ] || return 1
  java_if_21_plus "$best"
  echo "$FOUND_JAVA"
}
