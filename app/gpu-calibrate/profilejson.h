#pragma once

// Turns gpu-calibrate's measurements into a "gpus" catalog entry in the shipped schema
// (resources/catalog/gpus.json, docs/catalog.md), which `aif catalog import` adds to the
// user catalog. No CUDA here: CI tests it on machines without a GPU.
#include "gpumeasurements.h"
#include "json.h"

#include <string>

namespace aif::gpucal {

// Empty when the measurements can go into a catalog entry; else the JSON pointer of the first
// field that cannot (in the entry buildGpuProfile writes) and why.
std::string checkGpuMeasurements(const GpuMeasurements &m);

// Empty when id can be a catalog id (lowercase letters, digits, '-', '.'; it also names the
// user-catalog file, so nothing else).
std::string checkProfileId(const std::string &id);

// "NVIDIA H100 80GB HBM3" -> "h100-80gb-hbm3-measured": the id used when --id is not given.
std::string profileIdFromDeviceName(const std::string &deviceName);

// One catalog entry with what was measured and what the device reports about itself; no
// datasheet peaks (use overlayOnBase for those). Throws std::invalid_argument with the
// checkGpuMeasurements message when a measurement is unusable (negative, NaN, ...).
Json buildGpuProfile(const GpuMeasurements &m, const std::string &id);

// The measured entry laid over a catalog entry (--base): the base's datasheet fields
// (peakTflops, hbmGB, hbmTBps, scaleUp, scaleOutGbps, thermal, ...) stay, so the throughput
// solver can use the profile; everything measured replaces the base's value, and the base's
// source is kept under basedOn.
Json overlayOnBase(const Json &measuredEntry, const Json &base);

// {"category": "gpus", "schemaVersion": 1, "entries": [entry]}: what `aif catalog import` reads.
Json gpuCatalogFile(const Json &entry);

// The entry with this id in a catalog file ({"entries": [...]}), or null.
const Json *findCatalogEntry(const Json &catalogFile, const std::string &id);

} // namespace aif::gpucal
