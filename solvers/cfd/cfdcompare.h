#pragma once

#include "cfd/cfdresult.h"
#include "json.h"
#include "common/progress.h"
#include "project.h"

#include <string>
#include <vector>

namespace aif {
class Catalog;
}

namespace aif::cfd {

// CFD vs the fast air model, rack by rack (docs/cfd.md "Import").
struct InletRow
{
    std::string id;
    double cfdC = 0, t0C = 0, t1C = 0;
};

struct ModelError
{
    double rmsK = 0;          // root mean square of (fast - CFD) over the racks
    double maxAbsK = 0;       // largest per-rack |fast - CFD|
    double maxInletK = 0;     // max fast inlet - max CFD inlet (signed)
    bool hottestAgree = false;   // the hottest rack is the same rack
    double topQuarterOverlap = 0;   // share of the CFD's hottest quarter the model also puts there
};

struct Comparison
{
    std::vector<InletRow> rows;
    ModelError t0, t1;
    bool t1Solved = false;
    double t0Seconds = 0, t1Seconds = 0;   // fast-model solve times (speed-up vs the CFD run)
    Json toJson() const;
};

ModelError modelError(const std::vector<double> &cfd, const std::vector<double> &fast);

// Per-rack inlets of the fast model for the given racks (NaN for a rack the solve does not
// list): T0 or, with airField, the T1 field at project.airModel.cellM. *seconds: solve time.
std::vector<double> fastInlets(const Project &project, const Catalog &catalog, const std::vector<std::string> &rackIds,
                               bool airField, double *seconds = nullptr);

Comparison compare(const Project &project, const Catalog &catalog, const std::vector<RackInlet> &cfd, bool withT1 = true);

// Calibration of project.airModel's constants against CFD cases (docs/cfd.md "Calibrate").
struct CalibrationCase
{
    std::string name;
    Project project;
    std::vector<RackInlet> cfd;
};

struct CalibrationOptions
{
    std::vector<std::string> parameters;   // airModel keys to fit; empty = all six
    bool airField = true;                  // fit the T1 field (false: T0 only)
    int maxEvaluations = 80;
};

struct CalibrationResult
{
    std::vector<std::string> parameters;
    std::vector<double> before, after;     // values of the parameters
    double rmsBeforeK = 0, rmsAfterK = 0;  // over all racks of all cases
    std::vector<double> caseRmsBeforeK, caseRmsAfterK;
    int evaluations = 0;
    std::string error;                     // set when nothing could be fitted
    Json toJson() const;
};

// The six constants: key, lower and upper bound (physically sensible ranges, docs/cfd.md).
struct AirConstant
{
    const char *key;
    double lo, hi;
    double AirModel::*member;
};
const std::vector<AirConstant> &airConstants();

// Nelder-Mead on the bounded, normalised constants, minimising the per-rack inlet RMS over all
// cases (each evaluation is one runSolve per case).
CalibrationResult calibrate(const std::vector<CalibrationCase> &cases, const Catalog &catalog,
                            const CalibrationOptions &options, Progress *progress = nullptr);

} // namespace aif::cfd
