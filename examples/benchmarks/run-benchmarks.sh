#!/bin/sh
# The full benchmark runs of docs/benchmarks.md, one after another (about 30 minutes on two
# cores). Run from the repository root after `mvn -q install -DskipTests`; each JMH run writes
# its table to target/jmh-NAME.txt (and JSON beside it), the interleaved cold start to
# target/coldstart-interleaved.txt, the generation harness to target/generation.txt.
set -eu
cd "$(dirname "$0")"
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
jmh() {
  name=$1; shift
  java -cp "$CP" org.openjdk.jmh.Main "$@" -rf json -rff "target/jmh-$name.json" \
    | tee "target/jmh-$name.log" | sed -n '/^Benchmark /,$p' > "target/jmh-$name.txt"
}
jmh codec CodecBenchmark -wi 3 -i 3 -f 3
jmh checks CheckCostBenchmark -wi 3 -i 3 -f 3
jmh keys KeyRenderBenchmark -wi 3 -i 5 -f 3
jmh client ClientBenchmark -f 2
jmh coldstart ColdStartBenchmark -f 15 -prof cl
java -cp "$CP" com.example.bench.coldstart.ColdStartInterleaved 20 \
  | tee target/coldstart-interleaved.txt
cd ../../generator
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath \
  -Dmdep.includeScope=test
java -Xms2g -Xmx2g -cp "target/classes:target/test-classes:$(cat target/test.classpath)" \
  dev.tablesmith.generator.bench.GenerationTiming 10 15 3 | tee ../examples/benchmarks/target/generation.txt
