#pragma once

#include "cfd/cfdcompare.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace aif {

class Catalog;
struct Project;
namespace thermal {
struct AirFieldResult;
}

// A solved OpenFOAM case (written by `aif cfd export`, run by `aif cfd run`) as the 3D view shows
// it: the field resampled by cfd::toAirField into the fast model's AirFieldResult, so the view
// draws it with the code that draws the T1 field, and the per-rack comparison with the fast
// model that `aif cfd import` prints (docs/cfd.md "Import").
struct CfdField
{
    QString caseDir; // absolute path
    std::string hall; // the hall the case was exported from
    std::string time; // the time directory read ("2000")
    bool averaged = false; // TMean (iteration average) rather than the last iteration's T
    int cells = 0; // OpenFOAM cells
    int cellsAtLimit = 0; // at the 0/100 °C guard: the run diverged there
    double cellM = 0.0; // the export's cell size, also the resampled grid's
    double minC = 0.0, maxC = 0.0; // air temperature range of the resampled field
    std::shared_ptr<const thermal::AirFieldResult> field;
    std::vector<cfd::RackInlet> racks;
    cfd::Comparison comparison; // filled when a catalog was given
    bool compared = false;
    QStringList notes; // warnings to show with the field (divergence, hall size changed)
};

struct CfdFieldLoad
{
    std::shared_ptr<const CfdField> field; // null on failure
    QString error; // names the path and what is missing or wrong
};

// Reads the case and resamples its field; with a catalog, also solves `project` (power and
// thermal T0, with T1 when withT1) for the comparison. Blocking and free of shared state: the
// studio runs it on a worker thread. Never throws.
CfdFieldLoad loadCfdField(const QString &caseDir, const Project &project, const Catalog *catalog,
                          bool withT1 = false);

// "OpenFOAM (TMean, time 2000, case cfd16)": which field the view shows (the case directory's
// name; the full path is CfdField::caseDir).
QString cfdFieldTitle(const CfdField &field);

} // namespace aif
