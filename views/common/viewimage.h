#pragma once

#include <QImage>
#include <QList>
#include <QPair>
#include <QSize>
#include <QString>

class QWidget;

namespace aif {
namespace viewimage {

// Images of a view's content without its tool buttons (issue 20 "Exports"): the floor plan's
// scene as its view shows it (no tool or view bar), a chart, the 3D scene (offscreen, no
// controls), a table or any panel. A view opts in by declaring
//     Q_INVOKABLE QWidget *exportContent() const;
// returning the widget to draw; without it the floor plan and 3D tabs are known, a scroll area
// gives its panel, and any other widget is drawn whole.

// The widget the image shows for `view` (a tab's widget, a panel, a chart).
QWidget *contentWidget(QWidget *view);
// The content's size on screen, in logical pixels: the "current" size of the export dialog.
QSize currentSize(QWidget *view);
// Whether the content can be written as SVG (vector): all but the 3D view.
bool canWriteSvg(QWidget *view);

// The content drawn into an image of exactly `pixels` (empty: the current size). It is drawn at
// a scale, not stretched: text and lines stay sharp at 3840 x 2160, and a different aspect ratio
// shows more of the plan (or lays a chart out wider) instead of distorting it. Null on failure,
// with the reason in *error.
QImage renderImage(QWidget *view, const QSize &pixels, QString *error = nullptr);
// The current size times `scale`.
QImage renderScaled(QWidget *view, double scale, QString *error = nullptr);

// Writes the content atomically (model/atomicfile.h) at `pixels` (empty: current size): ".svg"
// as vector graphics (QSvgGenerator, `pixels` its display size), anything else as an image in
// the format of the suffix (PNG by default). False with the reason in *error.
bool writeImage(QWidget *view, const QString &path, const QSize &pixels, QString *error);
bool writeSvg(QWidget *view, const QString &path, const QSize &pixels, QString *error);

// What a view offers to the export dialog: the view itself, then each chart inside it with its
// title ("Dashboard ▸ Monthly PUE"), so one chart can be exported alone.
QList<QPair<QString, QWidget *>> exportableParts(const QString &name, QWidget *view);

} // namespace viewimage
} // namespace aif
