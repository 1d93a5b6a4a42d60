#!/usr/bin/env bash
# Installs the Debian packages named on the command line that are not installed yet; quiet and
# fast when all are. Works as root or through sudo. Used by deps-debian.sh and deps-fuzz.sh.
# Usage: apt-install.sh NAME PACKAGE...   (NAME prefixes the messages)
set -euo pipefail

name=$1
shift
missing=()
for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "$name: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
echo "$name: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "$name: done"
