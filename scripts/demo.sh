#!/usr/bin/env bash
# One command: set up, ingest the bundled sample articles into the embedded store, show quotes and a timeline.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export LAGEBILD_DB=${LAGEBILD_DB:-$HOME/.local/share/lagebild/lagebild.db}
.venv/bin/lagebild ingest samples/
echo
echo "== Quotes =="
.venv/bin/lagebild quotes --limit 20
echo
echo "== Timeline =="
.venv/bin/lagebild timeline
