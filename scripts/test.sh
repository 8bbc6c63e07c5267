#!/usr/bin/env bash
# npm test: everything — types, lint (with the layer walls), the app build, unit/component tests,
# and the real-part tests (LibreOffice opens the DOCX; headless Chromium runs the built app).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh
echo "== types"; npx tsc --noEmit -p tsconfig.json
echo "== format"; npx prettier --check . --log-level warn
echo "== lint"; npx eslint . --max-warnings=0
echo "== build"; npx vite build --logLevel warn
echo "== tests"; npx vitest run "$@"
