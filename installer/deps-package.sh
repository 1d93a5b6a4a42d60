#!/usr/bin/env bash
# Installs what `make package-check` needs on top of installer/deps-debian.sh: lintian for the
# .deb, appstream for the metainfo, desktop-file-utils for the desktop entry. `make package`
# itself needs only CMake's CPack and dpkg (dpkg-shlibdeps from dpkg-dev). Idempotent.
set -euo pipefail

packages=(lintian appstream desktop-file-utils dpkg-dev fakeroot)

exec bash "$(dirname "$0")/apt-install.sh" deps-package.sh "${packages[@]}"
