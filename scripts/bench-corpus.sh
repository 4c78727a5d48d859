#!/usr/bin/env bash
# Writes a benchmark corpus of N articles (default 200) as JSON Lines on stdout: the articles of
# examples/corpus.jsonl repeated with fresh ids, so that every article is coded afresh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-200}"
awk -v n="$count" '
  { lines[NR] = $0 }
  END {
    for (i = 0; i < n; i++) {
      line = lines[(i % NR) + 1]
      sub(/"id": *"[^"]*"/, "\"id\": \"bench-" i "\"", line)
      print line
    }
  }' "$here/examples/corpus.jsonl"
