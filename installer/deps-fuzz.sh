#!/usr/bin/env bash
# Installs what `make fuzz` needs on top of installer/deps-debian.sh for its libFuzzer part:
# clang-16 and its compiler-rt (libFuzzer, ASan, UBSan runtimes). Idempotent and quiet when
# present. The mutation fuzzer (aif-fuzz) needs nothing more; where these cannot be installed,
# make fuzz runs it alone and says so.
set -euo pipefail

packages=(clang-16 libclang-rt-16-dev)

exec bash "$(dirname "$0")/apt-install.sh" deps-fuzz.sh "${packages[@]}"
