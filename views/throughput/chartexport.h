#pragma once

#include <QString>

class QWidget;

namespace aif {

// Gives a chart a context menu with "Export PNG…" and "Export SVG…" (the widget as shown):
// enough for reports and issues without a separate export dialog.
void installChartExport(QWidget *chart, const QString &suggestedName);
// The throughput charts' name for it, from before SVG export existed.
inline void installPngExport(QWidget *chart, const QString &suggestedName)
{
    installChartExport(chart, suggestedName);
}

// Writes the widget as shown to a PNG file at screen resolution; false when the file cannot
// be written.
bool exportPng(QWidget *chart, const QString &path);
// Writes the widget as vector graphics (QSvgGenerator); text and bars stay editable in a
// drawing program. False when the file cannot be written.
bool exportSvg(QWidget *chart, const QString &path, const QString &title = {});
// By the path's suffix: ".svg" is SVG, anything else PNG.
bool exportChart(QWidget *chart, const QString &path);

} // namespace aif
