#pragma once

// The sections and figures of the report, each a function of the one solve (reportbuilder.cpp
// chooses and orders them by template).
#include "reportbuilder.h"
#include "reportformat.h"

#include <vector>

namespace aif::report {

struct ReportContext
{
    const Project &project;
    const Catalog &catalog;
    const SolveResult &result;
    const ReportOptions &options;
    Formatter fmt;
    std::vector<KeyFigure> figures; // keyFigures(result) in the chosen unit system

    const KeyFigure *figure(const char *key) const;
    QString figureText(const char *key) const; // value and unit, or "— (reason)"
};

// reportsummary.cpp
ReportSection summarySection(const ReportContext &c);
ReportSection throughputSection(const ReportContext &c);
ReportSection energySection(const ReportContext &c, std::vector<ReportFigure> &figures);
ReportSection tcoSection(const ReportContext &c, std::vector<ReportFigure> &figures);
ReportSection sitesSection(const ReportContext &c); // empty html with one site

// reportengineering.cpp
ReportSection floorPlanSection(const ReportContext &c, std::vector<ReportFigure> &figures);
ReportSection heatMapSection(const ReportContext &c, std::vector<ReportFigure> &figures);
ReportSection powerSection(const ReportContext &c, std::vector<ReportFigure> &figures);
ReportSection thermalSection(const ReportContext &c);
ReportSection redundancySection(const ReportContext &c);
ReportSection fabricSection(const ReportContext &c); // empty html when no fabric is planned

// reportsources.cpp
ReportSection assumptionsSection(const ReportContext &c);
ReportSection warningsSection(const ReportContext &c);
ReportSection compareSection(const ReportContext &c); // empty html without options.compare

// reportfigures.cpp, reportdiagrams.cpp: vector drawings
ReportFigure floorPlanFigure(const ReportContext &c);
ReportFigure singleLineFigure(const ReportContext &c);
ReportFigure monthlyPueFigure(const ReportContext &c);
ReportFigure capexFigure(const ReportContext &c);
ReportFigure tornadoFigure(const ReportContext &c);

} // namespace aif::report
