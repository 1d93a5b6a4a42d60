#include "reportbuilder.h"

#include "atomicfile.h"
#include "reportsections.h"
#include "solvejob.h"

#include <QFileInfo>

namespace aif::report {

bool templateFromKey(const QString &key, Template *t)
{
    if (key == QLatin1String("customer"))
        *t = Template::Customer;
    else if (key == QLatin1String("engineering"))
        *t = Template::Engineering;
    else
        return false;
    return true;
}

const ReportFigure *ReportDocument::figure(const QString &id) const
{
    for (const ReportFigure &f : figures)
        if (f.id == id)
            return &f;
    return nullptr;
}

ReportDocument buildReport(const Project &project, const Catalog &catalog,
                           const SolveResult &result, const ReportOptions &options)
{
    ReportContext c {project, catalog, result, options, Formatter(result.json, options.units), {}};
    for (const KeyFigure &f : keyFigures(result))
        c.figures.push_back(c.fmt.inSystem(f));

    ReportDocument doc;
    const bool engineering = options.layout == Template::Engineering;
    doc.title
        = QString::fromStdString(project.site().name.empty() ? project.site().id : project.site().name);
    if (doc.title.isEmpty())
        doc.title = QFileInfo(options.fileName).completeBaseName();
    doc.subtitle
        = engineering ? QStringLiteral("Engineering report") : QStringLiteral("Design summary");
    const std::string scenario = result.json.value("scenario", std::string());
    QString cover = QStringLiteral("<p>%1</p>\n").arg(esc(doc.subtitle));
    if (!project.site().location.empty())
        cover += QStringLiteral("<p>Site: %1</p>\n").arg(esc(project.site().location));
    if (!options.fileName.isEmpty())
        cover
            += QStringLiteral("<p>File: %1</p>\n").arg(esc(QFileInfo(options.fileName).fileName()));
    cover += QStringLiteral("<p>Scenario: %1</p>\n")
                 .arg(scenario.empty() ? QStringLiteral("none (the design as drawn)")
                                       : esc(scenario));
    cover += QStringLiteral("<p>Date: %1</p>\n<p>AI Factory Studio %2</p>\n")
                 .arg(options.date.toString(Qt::ISODate),
                      esc(options.version.isEmpty() ? QStringLiteral(AIF_VERSION_STRING)
                                                    : options.version));
    cover += QStringLiteral("<p>Units: %1</p>\n")
                 .arg(options.units == UnitSystem::US ? "US customary" : "SI");
    doc.coverHtml = cover;

    auto add = [&doc](ReportSection s) {
        if (!s.html.isEmpty())
            doc.sections.push_back(std::move(s));
    };
    add(summarySection(c));
    add(floorPlanSection(c, doc.figures));
    add(heatMapSection(c, doc.figures));
    if (engineering) {
        add(powerSection(c, doc.figures));
        add(thermalSection(c));
        add(redundancySection(c));
        add(fabricSection(c));
    }
    add(throughputSection(c));
    if (engineering)
        add(energySection(c, doc.figures));
    add(tcoSection(c, doc.figures));
    add(sitesSection(c));
    add(compareSection(c));
    add(assumptionsSection(c));
    if (engineering)
        add(warningsSection(c));
    return doc;
}

bool writeReport(const ReportDocument &report, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(report, path, error);
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return writeFileAtomically(path, reportHtml(report).toUtf8(), error);
    if (error)
        *error = QStringLiteral("%1: the report is written as .pdf or .html").arg(path);
    return false;
}

} // namespace aif::report
