#!/usr/bin/env bash
# The package (issue 24, docs/packaging.md): build the .deb and .tar.gz with CPack from this build
# tree, check their contents and dependencies, unpack the .deb into a temporary root and run the
# installed `aif --version` and `aif solve` on an installed sample.
#   package_test.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -B "$work/out" > "$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/*.deb)
tgz=$(ls "$work"/out/*.tar.gz)
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes) and $(basename "$tgz")"

dpkg-deb -c "$deb" | awk '{print $6}' > "$work/contents"
for f in ./usr/bin/aif ./usr/bin/ai-factory-studio \
         ./usr/share/applications/org.aifactorystudio.Studio.desktop \
         ./usr/share/metainfo/org.aifactorystudio.Studio.metainfo.xml \
         ./usr/share/mime/packages/ai-factory-studio.xml \
         ./usr/share/icons/hicolor/scalable/apps/org.aifactorystudio.Studio.svg \
         ./usr/share/icons/hicolor/48x48/apps/org.aifactorystudio.Studio.png \
         ./usr/share/icons/hicolor/256x256/apps/org.aifactorystudio.Studio.png \
         ./usr/share/man/man1/aif.1.gz ./usr/share/man/man1/ai-factory-studio.1.gz \
         ./usr/share/doc/ai-factory-studio/copyright ./usr/share/doc/ai-factory-studio/changelog.gz \
         ./usr/share/doc/ai-factory-studio/guide.md \
         ./usr/share/ai-factory-studio/catalog/gpus.json \
         ./usr/share/ai-factory-studio/projects/reference-1mw-h100-air.aifactory \
         ./usr/share/ai-factory-studio/projects/two-site-inference-training.aifactory; do
    grep -qx -- "$f" "$work/contents" || fail "$f is not in the .deb"
done
programs=$(grep '^\./usr/bin/.' "$work/contents" | sort | tr '\n' ' ')
[[ "$programs" == "./usr/bin/ai-factory-studio ./usr/bin/aif " ]] || fail "programs in the package: $programs"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6core6 libvtk9.1 qt6-qpa-plugins; do
    [[ "$depends" == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done
tar -tzf "$tgz" | grep -q '/usr/bin/aif$' || fail "aif is not in the .tar.gz"

dpkg -x "$deb" "$work/root"
aif="$work/root/usr/bin/aif"
version=$("$aif" --version)
[[ "$version" == *"0.1"* ]] || fail "aif --version: $version"
export AIF_CATALOG_DB="$work/catalog.sqlite" AIF_USER_CATALOG_DIR="$work/user-catalog"
"$aif" solve "$work/root/usr/share/ai-factory-studio/projects/reference-1mw-h100-air.aifactory" \
    --json "$work/solve.json" > "$work/solve.log" 2>&1 || { cat "$work/solve.log"; fail "installed aif solve"; }
grep -q '"usd_per_million_tokens"' "$work/solve.json" || fail "the installed solve has no TCO"
gzip -dc "$work/root/usr/share/man/man1/aif.1.gz" | grep -q '^\.TH AIF 1' || fail "aif.1 is not a man page"
echo "PASS: $version installed and solved a sample"
