#!/usr/bin/env bash
# Optional: OpenFOAM (Debian 12's `openfoam`, version 1912) for the CFD loop of issue 16
# (`aif cfd run`, and the tests that mesh and solve an exported case). The studio and every other
# test work without it; those tests are skipped with a message where it is missing.
# make deps-openfoam (or AIF_WITH_OPENFOAM=1 make deps) runs this.
set -euo pipefail

packages=(openfoam)

exec bash "$(dirname "$0")/apt-install.sh" deps-openfoam.sh "${packages[@]}"
