#pragma once

#include "cfd/cfdresult.h"

#include <string>
#include <vector>

namespace aif::cfd {

// Recorded OpenFOAM results of the air-path validation halls (tests/data/airpath/cfd-reference.json,
// docs/thermal.md "Against OpenFOAM"): per-rack inlets of a CFD run and what it cost, so tests and
// `aif bench` can hold the fast models against CFD without running OpenFOAM. Each case says its
// role: "calibration" cases fitted airModel's defaults, "checking" cases were not used to fit.
struct ReferenceCase
{
    std::string project;      // file name next to the reference file
    std::string role;         // "calibration" or "checking"
    std::string description;
    int cells = 0;
    double cellM = 0.0;
    int iterations = 0;
    double cfdSeconds = 0.0;  // wall time of the run
    int processors = 1;
    std::vector<RackInlet> inlets;
};

// False with *error naming the file and field when it is missing or malformed.
bool readReference(const std::string &path, std::vector<ReferenceCase> *out, std::string *error);

} // namespace aif::cfd
