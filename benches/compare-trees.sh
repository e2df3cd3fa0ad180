#!/usr/bin/env bash
# Runs the same criterion benchmarks in two checkouts, interleaved, so that a
# change is compared with what came before in one session on a noisy machine.
# Usage: benches/compare-trees.sh BEFORE_DIR AFTER_DIR [ROUNDS]
# (the 1M-trace file is written to $TMPDIR/corridor-bench-1m on first use and
# shared by both).
set -euo pipefail
before=$(realpath "$1"); after=$(realpath "$2"); rounds=${3:-2}
benches=(
  "core import/demo_20k_traces|aggregate_demo_20k|classify"
  "core clusters_1m/(view_zoom4|view_zoom8|filter_change_zoom8|time_filter_one_year_zoom8)$"
  "core import_1m"
  "export frame_overview|svg_overview|pdf_deck"
  "frame ."
)
for dir in "$after" "$before"; do (cd "$dir" && cargo bench --no-run >/dev/null 2>&1); done
for round in $(seq "$rounds"); do
  for dir in "$after" "$before"; do
    for entry in "${benches[@]}"; do
      bench=${entry%% *}; filter=${entry#* }
      echo "### round $round $dir $bench $filter"
      (cd "$dir" && cargo bench --bench "$bench" -- --noplot "$filter" 2>&1 | grep -E "time:   \[|^[a-z_0-9/]+ +time:")
    done
  done
done
