# Sourced by the project's scripts: exports JAVA_HOME pointing at a JDK >= 21.
# Order: $JAVA_HOME if new enough, else the newest JDK under /usr/lib/jvm.
# The version comes from the JDK's 'release' file (starting a JVM per candidate cost ~0.2 s on every
# start); only a JDK without that file is asked by running it.
_ab_java_major() {
    _v=""
    if [ -f "$1/release" ]; then
        _v=$(sed -n 's/^JAVA_VERSION="\([0-9.]*\).*/\1/p' "$1/release")
    fi
    if [ -z "$_v" ]; then
        _v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java\.specification\.version = \([0-9.]*\).*/\1/p')
    fi
    case "$_v" in
        1.*) _v=${_v#1.} ;;
    esac
    echo "${_v%%.*}"
}
_ab_pick_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        v=$(_ab_java_major "$JAVA_HOME")
        if [ "${v:-0}" -ge 21 ]; then echo "$JAVA_HOME"; return; fi
    fi
    best=""; bestv=0
    for d in /usr/lib/jvm/*; do
        [ -x "$d/bin/javac" ] || continue
        [ -L "$d" ] && continue
        v=$(_ab_java_major "$d")
        if [ "${v:-0}" -gt "$bestv" ]; then best=$d; bestv=$v; fi
    done
    if [ "$bestv" -ge 21 ]; then echo "$best"; fi
}
_ab_jdk=$(_ab_pick_jdk)
if [ -z "$_ab_jdk" ]; then
    echo "Auditbench needs a JDK 21 or newer: set JAVA_HOME or install one under /usr/lib/jvm." >&2
    exit 1
fi
JAVA_HOME=$_ab_jdk
export JAVA_HOME
