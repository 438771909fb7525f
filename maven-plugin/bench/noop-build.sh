#!/bin/sh
# The plugin's no-op cost: runs `mvn generate-sources` on the examples module N times (default 10)
# after one build that brings the outputs up to date, and reports, per run, the time from Maven's
# line starting the tablesmith generate execution to the mojo's last line (plugin realm, mojo
# setup and execute, as Maven's timestamped log shows them) and the time the mojo itself reports.
# Run from the repository root after `mvn install -DskipTests`:  sh maven-plugin/bench/noop-build.sh 10
set -e
runs=${1:-10}
log=$(mktemp)
opts="-o -B -pl examples -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"
mvn $opts generate-sources > "$log"
grep -q "tablesmith: the Java API" "$log" || { cat "$log"; exit 1; }
echo "run  execution_ms  mojo_ms  written"
i=1
while [ "$i" -le "$runs" ]; do
  mvn $opts generate-sources > "$log"
  awk -v run="$i" '
    function ms(t,  a) { split(t, a, /[:.]/); return ((a[1] * 60 + a[2]) * 60 + a[3]) * 1000 + a[4] }
    /--- .*tablesmith-maven-plugin.*:generate/ { start = ms($1) }
    /tablesmith: the Java API/ { stop = ms($1); line = $0; match(line, /\(([0-9]+) ms\)/); mojo = substr(line, RSTART + 1, RLENGTH - 5)
      written = (line ~ /up to date/) ? 0 : -1 }
    END { printf "%3d  %12d  %7s  %7d\n", run, stop - start, mojo, written }' "$log"
  i=$((i + 1))
done
rm -f "$log"
