# Shared by the bin/ launchers (source it; it defines functions only and runs nothing).
#   find_java    prints the path of a java binary of version 21 or newer, or returns 1
# Looks at, in order: CODELOOP_JAVA, JAVA_HOME, java on PATH, then installed JDKs, newest first.

# The major version of a java binary, from its JDK's release file (cheap) or `java -version` (slower).
java_major() {
  local java="$1" home version
  home="$(dirname "$(dirname "$(readlink -f "$java")")")"
  if [ -f "$home/release" ]; then
    version="$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")"
  fi
  if [ -z "${version:-}" ]; then
    version="$("$java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
  fi
  version="${version#1.}"
  echo "${version%%[.+-]*}"
}

find_java() {
  local candidates=() c
  [ -n "${CODELOOP_JAVA:-}" ] && candidates+=("$CODELOOP_JAVA")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  # Newest first among installed JDKs.
  for c in $(ls -d /usr/lib/jvm/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java \
             "$HOME"/.sdkman/candidates/java/*/bin/java 2>/dev/null | sort -rV); do
    candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    if [ -x "$c" ]; then
      local major
      major="$(java_major "$c")"
      if [[ "$major" =~ ^[0-9]+$ ]] && [ "$major" -ge 21 ]; then
        echo "$c"
        return 0
      fi
    fi
  done
  return 1
}
