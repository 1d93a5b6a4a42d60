#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running AI Factory Studio needs.
# Idempotent: quiet and fast when everything is already present. Works as root or through sudo.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git
    # Qt 6.4: Widgets, OpenGLWidgets, Charts, Sql (+ SQLite driver), Svg, Test, Concurrent, tools
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev qt6-tools-dev
    qt6-tools-dev-tools libqt6opengl6-dev libgl-dev
    # translations: lupdate/lrelease (resources/i18n), Qt's own catalogues (standard buttons and
    # dialogs) and a font with the Chinese glyphs
    qt6-l10n-tools qt6-translations-l10n fonts-wqy-microhei
    # VTK 9.1 (its CMake config needs MPI and a few more -dev packages to resolve)
    libvtk9-dev libx11-dev
    # data and math
    nlohmann-json3-dev libsqlite3-dev sqlite3 libeigen3-dev
    # distributed sweeps
    libopenmpi-dev openmpi-bin
    # headless GUI tests and screenshots: Xvfb + Mesa llvmpipe (OpenGL 4.5 core)
    xvfb xauth libgl1-mesa-dri mesa-utils libxkbcommon-x11-0 fonts-dejavu-core
    # reports: pdftotext, pdfinfo and pdftoppm check the PDF `aif report` writes (tests/cli)
    poppler-utils
    # style check
    clang-format
    # make package and its test (tests/package): CPack's DEB generator runs dpkg-shlibdeps
    dpkg-dev fakeroot
)

exec bash "$(dirname "$0")/apt-install.sh" deps-debian.sh "${packages[@]}"
