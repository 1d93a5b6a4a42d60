# AI Factory Studio — the two set-up commands (README): `make run` and `make test`.
# Both install the Debian packages they need first (installer/deps-debian.sh), so a fresh
# Debian 12 machine needs nothing else.

BUILD      ?= build
# Release at -O2 (the optimisation RelWithDebInfo uses, so the numbers are the same) without debug
# information: the clean CI build on 2 cores was 29 minutes with -g, against a 30-minute budget.
# Developers who want backtraces: make BUILD_TYPE=RelWithDebInfo (or the CMake presets).
BUILD_TYPE ?= Release
# Unity build: each library compiles in batches of 16 files, so the Qt, JSON and model headers are
# parsed once per batch instead of once per file (the clean CI build had grown to 31 minutes on
# 2 cores). File-local names must therefore differ within a library (docs/testing.md).
# UNITY=OFF gives the one-object-per-file build of the CMake presets.
UNITY      ?= ON
JOBS       ?= $(shell nproc)
SAMPLE     ?= projects/reference-1mw-h100-air.aifactory
OUT        ?= out
XVFB       := xvfb-run -a -s "-screen 0 1920x1200x24"

.PHONY: all deps configure build run test bench package package-check translations format format-check clean fuzz test-sanitize deps-openfoam

all: build

deps:
	@bash installer/deps-debian.sh

# Optional: OpenFOAM v1912 for the CFD loop (aif cfd run; docs/cfd.md).
deps-openfoam:
	@bash installer/deps-openfoam.sh

$(BUILD)/build.ninja:
	@bash installer/deps-debian.sh
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
		-DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" -DCMAKE_C_FLAGS_RELEASE="-O2 -DNDEBUG" \
		-DCMAKE_UNITY_BUILD=$(UNITY) -DCMAKE_UNITY_BUILD_BATCH_SIZE=16

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) --parallel $(JOBS)

# Opens the studio on the sample project; with no display, solves the sample headless and
# writes the results, a text report, a screenshot, a 3D render and the customer report (PDF and
# HTML, docs/report.md) to $(OUT)/.
run: build
ifneq ($(strip $(DISPLAY)),)
	$(BUILD)/bin/ai-factory-studio $(SAMPLE)
else
	@mkdir -p $(OUT)
	@echo "No DISPLAY: solving $(SAMPLE) headless into $(OUT)/"
	$(BUILD)/bin/aif validate $(SAMPLE)
	$(BUILD)/bin/aif solve $(SAMPLE) --json $(OUT)/$(basename $(notdir $(SAMPLE))).solve.json
	$(BUILD)/bin/aif solve $(SAMPLE) > $(OUT)/$(basename $(notdir $(SAMPLE))).report.txt
	$(XVFB) $(BUILD)/bin/ai-factory-studio --screenshot $(OUT)/$(basename $(notdir $(SAMPLE))).png $(SAMPLE)
	$(XVFB) $(BUILD)/bin/aif render $(SAMPLE) --out $(OUT)/$(basename $(notdir $(SAMPLE))).3d.png --metric inlet --size 1600x900 --air-field --slice z=1.2
	$(XVFB) $(BUILD)/bin/aif report $(SAMPLE) --out $(OUT)/$(basename $(notdir $(SAMPLE))).report.pdf
	$(XVFB) $(BUILD)/bin/aif report $(SAMPLE) --out $(OUT)/$(basename $(notdir $(SAMPLE))).report.html
	@echo "Wrote:"; ls -1 $(OUT)/$(basename $(notdir $(SAMPLE))).*
endif

# The whole CTest suite, headless (GUI tests get an Xvfb display; the rest run offscreen).
test: build
	$(XVFB) ctest --test-dir $(BUILD) --output-on-failure --parallel $(JOBS) --timeout 600

# The .deb and .tar.gz (docs/packaging.md), written to $(OUT)/; package-check runs lintian,
# appstreamcli and desktop-file-validate on them (installer/deps-package.sh installs those).
package: build
	mkdir -p $(OUT)
	cd $(BUILD) && cpack -B $(abspath $(OUT))
	@ls -l $(OUT)/*.deb $(OUT)/*.tar.gz

package-check: package
	@bash installer/deps-package.sh
	lintian --fail-on error,warning $(OUT)/*.deb
	appstreamcli validate --no-net installer/packaging/org.aifactorystudio.Studio.metainfo.xml
	desktop-file-validate installer/packaging/org.aifactorystudio.Studio.desktop

# Refreshes resources/i18n/*.ts from every tr() in the sources (docs/translation.md); translate
# the new entries (Qt Linguist: /usr/lib/qt6/bin/linguist) before committing: tst_translations
# fails on an unfinished one.
LUPDATE ?= /usr/lib/qt6/bin/lupdate
translations:
	$(LUPDATE) -locations none -no-obsolete -extensions cpp,h app views solvers model -ts resources/i18n/*.ts

# Speed and memory as numbers (docs/power.md, docs/thermal.md): the solvers on the samples and on
# generated 1k/10k/50k-rack designs, then the studio opening the 10k and 50k designs.
bench: build
	$(XVFB) $(BUILD)/bin/aif bench --save $(BUILD)/bench-scale
	@for f in $(BUILD)/bench-scale/scale-*.aifactory; do \
	    $(XVFB) $(BUILD)/bin/ai-factory-studio --bench-open $$f 2>/dev/null | grep '^open' || exit 1; \
	done

# Long fuzzing run (docs/testing.md): the mutation fuzzer for FUZZ_CASES cases, then, where
# clang-16 can be installed (installer/deps-fuzz.sh), the libFuzzer targets for FUZZ_SECONDS each
# in build-fuzz/. Findings are saved in $(BUILD)/fuzz-findings/ and build-fuzz/libfuzzer/.
FUZZ_CASES   ?= 1000000
FUZZ_SEED    ?= 17
FUZZ_SECONDS ?= 600
fuzz: configure
	cmake --build $(BUILD) --target aif-fuzz --parallel $(JOBS)
	@bash installer/deps-fuzz.sh || echo "make fuzz: clang-16 could not be installed: libFuzzer part skipped"
	@status=0; \
	$(BUILD)/bin/aif-fuzz --cases $(FUZZ_CASES) --seed $(FUZZ_SEED) --jobs $(JOBS) --save-dir $(BUILD)/fuzz-findings || status=1; \
	bash tests/fuzz/libfuzzer.sh build-fuzz $(FUZZ_SECONDS) $(JOBS) || status=1; \
	exit $$status

# The model, solver, CLI and fuzz suites under ASan + UBSan (preset "asan", build-asan/). Leak
# checking stays on; tests/sanitize/lsan.supp lists the leaks that are not ours, with why.
SANITIZE_ENV := ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1 \
                UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
                LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitize/lsan.supp:print_suppressions=0 \
                AIF_FUZZ_CASES=1500 AIF_FUZZ_CASE_TIMEOUT=300
test-sanitize: deps
	cmake --preset asan
	cmake --build --preset asan --parallel $(JOBS)
	$(SANITIZE_ENV) ctest --preset asan -L 'model|solvers|cli|fuzz' --parallel $(JOBS) --timeout 1800

format:
	find app model solvers views tests -name '*.cpp' -o -name '*.h' | xargs clang-format -i

format-check:
	find app model solvers views tests -name '*.cpp' -o -name '*.h' | xargs clang-format --dry-run -Werror

clean:
	rm -rf $(BUILD) $(OUT)
