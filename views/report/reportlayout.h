#pragma once

// The report as one HTML body shared by the HTML file and the PDF (reporthtml.cpp, reportpdf.cpp).
#include "reportbuilder.h"

#include <QList>

namespace aif::report {

// The stylesheet both outputs use (QTextDocument reads a subset of CSS 2.1).
QString reportStyleSheet();

// Cover, contents and sections. `pages`: each section's page for the contents list (empty: no
// page column, the HTML's contents are links). Figures stay "{{figure:ID}}" paragraphs.
QString reportBody(const ReportDocument &report, const QList<int> &pages, bool pageBreaks);

// The figure as an SVG document (vector figures) sized in points.
QByteArray figureSvg(const ReportFigure &figure);

} // namespace aif::report
