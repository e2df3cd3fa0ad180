#!/bin/sh
# Regenerates the sample exports from the sample project (which loads the
# demo data built into Corridor, so it opens on any machine):
#   docs/samples/demo-briefing.pdf       every view, a page each
#   docs/samples/slides/TITLE.png        every view, named after its title (1x)
#   docs/samples/rifles.svg              one view as SVG
#   docs/samples/fifty@2x.png            another view at 2x
# Run from the repository root after `cargo build --release`.
set -eu
corridor=${CORRIDOR:-target/release/corridor}
dir=docs/samples
"$corridor" export "$dir/demo-briefing.corridor" --all --out "$dir/demo-briefing.pdf"
rm -rf "$dir/slides"
"$corridor" export "$dir/demo-briefing.corridor" --all --out "$dir/slides" --format png
"$corridor" export "$dir/demo-briefing.corridor" --view Rifles --out "$dir/rifles.svg"
"$corridor" export "$dir/demo-briefing.corridor" --view Fifty --out "$dir/fifty@2x.png" --scale 2
