#pragma once

#include <QString>

class QWidget;

namespace aif {

// Gives a chart a context menu with "Export PNG…" (the widget as shown, at screen
// resolution): enough for reports and issues without a separate export dialog.
void installPngExport(QWidget *chart, const QString &suggestedName);

// Writes the widget as shown to a PNG file; false when the file cannot be written.
bool exportPng(QWidget *chart, const QString &path);

} // namespace aif
