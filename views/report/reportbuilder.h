#pragma once

// The customer and engineering report (issue 20, docs/report.md): one solve of a design, laid out
// as sections of HTML with vector figures, written as self-contained HTML or as a paginated PDF
// with a contents list. Every number is read from the solve result's JSON (the `aif solve --json`
// document) and shown in the chosen unit system, so the report says what the CLI says.
// QtGui and QtSvg only, no Widgets: `aif report` links it headless, the studio previews it.
#include "units.h"

#include <QDate>
#include <QImage>
#include <QSizeF>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QRectF;

namespace aif {

class Catalog;
struct Project;
struct SolveResult;
struct CompareResult;

namespace report {

enum class Template { Customer, Engineering };

bool templateFromKey(const QString &key, Template *t); // "customer", "engineering"

struct ReportOptions
{
    Template layout = Template::Engineering;
    UnitSystem units = UnitSystem::SI;
    QString fileName; // the design's file, shown on the cover
    QString version; // the program's version (AIF_VERSION_STRING)
    QDate date = QDate::currentDate();
    // The 3D heat map: the CLI renders it with `aif render`, the studio grabs its own 3D view.
    // Empty function or null image: the report says the snapshot is not available.
    std::function<QImage()> snapshot;
    // A comparison of this design with others (solvers/report/compare.h), shown as its own
    // section when set.
    std::shared_ptr<const CompareResult> compare;
};

// A drawing: vector through `draw` (the PDF keeps it vector, the HTML gets SVG), or a raster
// image (the 3D snapshot). Sizes are in points (1/72 in) at 100 % on the page.
struct ReportFigure
{
    QString id;
    QString caption;
    QSizeF sizePt;
    std::function<void(QPainter &, const QRectF &)> draw;
    QImage image;
};

struct ReportSection
{
    QString id; // anchor ("summary")
    QString title; // heading and contents line
    QString html; // body; a figure stands as a paragraph "{{figure:ID}}" of its own
};

struct ReportDocument
{
    QString title; // the design's name
    QString subtitle; // "Engineering report", scenario
    QString coverHtml; // the cover's lines under the title
    std::vector<ReportSection> sections;
    std::vector<ReportFigure> figures;

    const ReportFigure *figure(const QString &id) const;
};

ReportDocument buildReport(const Project &project, const Catalog &catalog,
                           const SolveResult &result, const ReportOptions &options);

// Self-contained HTML: one file, figures inline as SVG / PNG data: URIs, a stylesheet, anchors.
QString reportHtml(const ReportDocument &report);

// A4 PDF with vector figures, page numbers and a contents list with the page of each section.
bool writePdf(const ReportDocument &report, const QString &path, QString *error);

// By the file's suffix: .pdf or .html / .htm. Written atomically.
bool writeReport(const ReportDocument &report, const QString &path, QString *error);

} // namespace report
} // namespace aif
