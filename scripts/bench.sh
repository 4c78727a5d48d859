#!/usr/bin/env bash
# The end-to-end benchmark (parley-bench's EndToEndBenchmark): writes the fixed corpus, N articles of
# examples/corpus.jsonl with fresh ids (default 500), then codes it with Parley's defaults and annotates it
# with CoreNLP's tokenize,ssplit,pos,lemma,ner,parse, one JVM at a time, and prints steady-state articles/s,
# sentences/s, start-up, peak heap and RSS for each, and the ratio. Options go to EndToEndBenchmark:
#   scripts/bench.sh                                  # 500 articles, both sides
#   scripts/bench.sh --articles 100 --sides parley --repeat 3
#   scripts/bench.sh --baseline-articles 41               # the slow parse baseline on the first 41 only
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles=500
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [[ "${args[i]}" == "--articles" ]]; then articles="${args[i + 1]}"; fi
done
jar="$here/parley-bench/target/parley-bench.jar"
if [[ ! -f "$jar" || ! -f "$here/parley-bench/target/classpath.txt" ]]; then
  (cd "$here" && mvn -q -B -DskipTests package) >&2
fi
mkdir -p "$here/parley-bench/target/logs"
corpus="$(mktemp "$here/parley-bench/target/corpus-XXXXXX.jsonl")"
trap 'rm -f "$corpus"' EXIT
"$here/scripts/bench-corpus.sh" "$articles" > "$corpus"
echo "parley-bench: $(nproc) cores, $(uptime)" >&2
java -Xmx256m -Dparley.bench.logs="$here/parley-bench/target/logs" \
  -cp "$jar:$(cat "$here/parley-bench/target/classpath.txt")" org.parley.bench.EndToEndBenchmark --corpus "$corpus" "$@"
