#pragma once

#include "json.h"
#include "units.h"
#include "whatif/n1scan.h"

#include <QCoreApplication>
#include <QString>

namespace aif {

// One case of an N−1 scan as a what-if scenario, so the whole studio can show it: the overrides
// that take its units out of service, and the scenario's name. Free of widgets.
class N1Case
{
    Q_DECLARE_TR_FUNCTIONS(N1Case)

public:
    // The overrides that do to `project` what whatif::failUnit does to each unit, field by field
    // ({"entity", "property", "value"}), so any kind of unit the scan fails ("failed", a bank's
    // units out of service, a group's links down) becomes a scenario the same way. Empty when
    // failing them changes nothing.
    static Json overrides(const Project &project, const std::vector<whatif::ScanUnit> &units);

    // "N−1: CRAH-1", "N−2: CRAH-1 + UPS-A".
    static QString scenarioName(const std::vector<whatif::ScanUnit> &units);

    // The id of a scenario already named `name` with exactly these overrides, or empty.
    static std::string existing(const Project &project, const QString &name, const Json &overrides);

    // "42 cases (N−1 of cooling, power units), 2 break ASHRAE allowable: CRAH-6, CRAH-7. …":
    // what the scan found, in a line, figures in `system`.
    static QString summary(const whatif::ScanResult &result, const whatif::ScanOptions &ranWith, UnitSystem system);

    // The scenario entity to add (a fresh id).
    static Json scenario(const Project &project, const QString &name, const Json &overrides);
};

} // namespace aif
