#!/usr/bin/env bash
# Install kg with its test tools and run the whole test-suite (the README's test command).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check -e '.[dev]'
python3 -m pytest -q "$@"
