#!/usr/bin/env bash
# Installs what `make package-check` needs on top of installer/deps-debian.sh (which has dpkg-dev
# for `make package`): lintian for the .deb, appstream for the metainfo, desktop-file-utils for the
# desktop entry. Idempotent.
set -euo pipefail

packages=(lintian appstream desktop-file-utils)

exec bash "$(dirname "$0")/apt-install.sh" deps-package.sh "${packages[@]}"
