# AI Factory Studio — the two set-up commands (README): `make run` and `make test`.
# Both install the Debian packages they need first (installer/deps-debian.sh), so a fresh
# Debian 12 machine needs nothing else.

BUILD      ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS       ?= $(shell nproc)
SAMPLE     ?= projects/reference-1mw-h100-air.aifactory
OUT        ?= out
XVFB       := xvfb-run -a -s "-screen 0 1920x1200x24"

.PHONY: all deps configure build run test bench package format format-check clean

all: build

deps:
	@bash installer/deps-debian.sh

$(BUILD)/build.ninja:
	@bash installer/deps-debian.sh
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) --parallel $(JOBS)

# Opens the studio on the sample project; with no display, solves the sample headless and
# writes the results, a text report, a screenshot and a 3D render to $(OUT)/.
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
	@echo "Wrote:"; ls -1 $(OUT)/$(basename $(notdir $(SAMPLE))).*
endif

# The whole CTest suite, headless (GUI tests get an Xvfb display; the rest run offscreen).
test: build
	$(XVFB) ctest --test-dir $(BUILD) --output-on-failure --parallel $(JOBS) --timeout 600

bench: build
	$(XVFB) $(BUILD)/bin/aif bench

format:
	find app model solvers views tests -name '*.cpp' -o -name '*.h' | xargs clang-format -i

format-check:
	find app model solvers views tests -name '*.cpp' -o -name '*.h' | xargs clang-format --dry-run -Werror

clean:
	rm -rf $(BUILD) $(OUT)
