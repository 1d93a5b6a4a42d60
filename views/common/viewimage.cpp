#include "viewimage.h"

#include "atomicfile.h"
#include "floorplan/floorplanview.h"
#include "floorplan/floorplanwidget.h"
#include "view3d/view3dpanel.h"
#include "view3d/vtkopenglwidget.h"

#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QMetaMethod>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QTemporaryDir>

#include <cmath>
#include <memory>

namespace aif::viewimage {

namespace {

// Larger images are refused: 16k x 16k is 1 GiB of pixels already.
constexpr int kMaxSide = 16384;

void fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
}

QWidget *declaredContent(QWidget *view)
{
    const QMetaObject *meta = view->metaObject();
    const int index = meta->indexOfMethod("exportContent()");
    if (index < 0)
        return nullptr;
    QWidget *content = nullptr;
    const QMetaMethod method = meta->method(index);
    if (method.returnMetaType() != QMetaType::fromType<QWidget *>()
        || !method.invoke(view, Qt::DirectConnection, Q_RETURN_ARG(QWidget *, content)))
        return nullptr;
    return content;
}

// The scale the content is drawn at for an image of `pixels`, and the logical size it is laid
// out in: as large as the screen size in both directions, so nothing is squeezed.
struct Fit
{
    double scale = 1.0;
    QSize logical;
};

Fit fit(const QSize &current, const QSize &pixels)
{
    const QSize c = current.expandedTo(QSize(1, 1));
    Fit f;
    f.scale = std::min(double(pixels.width()) / c.width(), double(pixels.height()) / c.height());
    f.logical = QSize(int(std::ceil(pixels.width() / f.scale - 1e-6)), int(std::ceil(pixels.height() / f.scale - 1e-6)));
    return f;
}

QImage blankImage(const QSize &pixels, double scale)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    image.setDevicePixelRatio(scale);
    return image;
}

// A second floor-plan view over the same scene, without scroll bars, at the zoom and centre of
// the one on screen: the plan's scale bar and legend stay, the tool and view bars are not in it,
// and the user's view is not touched.
std::unique_ptr<FloorPlanView> floorPlanCopy(FloorPlanView *view, const QSize &logical)
{
    auto copy = std::make_unique<FloorPlanView>(view->floorPlanScene(), view->selectionModel());
    copy->setAttribute(Qt::WA_DontShowOnScreen);
    copy->setFrameShape(QFrame::NoFrame);
    copy->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    copy->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    copy->setGridVisible(view->gridVisible());
    copy->setTransform(view->transform());
    copy->resize(logical);
    copy->show();
    if (logical == view->viewport()->size()) {   // the same pixels as on screen
        copy->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value());
        copy->verticalScrollBar()->setValue(view->verticalScrollBar()->value());
    } else {
        copy->centerOn(view->mapToScene(view->viewport()->rect()).boundingRect().center());
    }
    return copy;
}

// Any widget laid out at `logical` for the moment of drawing (charts re-layout, tables show
// more rows), then given its size back.
void drawWidget(QWidget *w, QPainter *painter, const QSize &logical)
{
    const QSize before = w->size();
    if (logical != before) {
        w->resize(logical);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
    w->render(painter, QPoint(), QRegion(), QWidget::DrawChildren | QWidget::DrawWindowBackground);
    if (logical != before) {
        w->resize(before);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
}

QImage render3d(View3DPanel *panel, const QSize &pixels, QString *error)
{
    // The panel's own offscreen export draws the scene at any size without its controls.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view3d.png"));
    QString why;
    if (!dir.isValid() || !panel->exportPng(path, pixels.width(), pixels.height(), &why)) {
        fail(error, why.isEmpty() ? QStringLiteral("cannot render the 3D view") : why);
        return {};
    }
    QImage image(path);
    if (image.isNull())
        fail(error, QStringLiteral("the 3D view's image could not be read back"));
    return image;
}

// Draws the content into `painter` at `logical` size (the painter scales to the device).
void paintContent(QWidget *content, QPainter *painter, const QSize &logical)
{
    if (auto *plan = qobject_cast<FloorPlanView *>(content)) {
        std::unique_ptr<FloorPlanView> copy = floorPlanCopy(plan, logical);
        copy->QWidget::render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
        return;
    }
    drawWidget(content, painter, logical);
}

bool validSize(const QSize &pixels, QString *error)
{
    if (pixels.width() < 1 || pixels.height() < 1 || pixels.width() > kMaxSide || pixels.height() > kMaxSide) {
        fail(error, QStringLiteral("image size %1 x %2: each side must be 1 to %3 pixels")
                        .arg(pixels.width()).arg(pixels.height()).arg(kMaxSide));
        return false;
    }
    return true;
}

} // namespace

QWidget *contentWidget(QWidget *view)
{
    for (int depth = 0; view && depth < 8; ++depth) {
        if (QWidget *declared = declaredContent(view); declared && declared != view) {
            view = declared;
            continue;
        }
        if (auto *plan = qobject_cast<FloorPlanWidget *>(view))
            return plan->view();
        if (auto *area = qobject_cast<QScrollArea *>(view); area && area->widget()) {
            view = area->widget();
            continue;
        }
        return view;
    }
    return view;
}

QSize currentSize(QWidget *view)
{
    QWidget *content = contentWidget(view);
    if (!content)
        return {};
    if (auto *plan = qobject_cast<FloorPlanView *>(content))
        return plan->viewport()->size();
    if (auto *panel = qobject_cast<View3DPanel *>(content))
        return panel->view() ? panel->view()->size() : panel->size();
    return content->size();
}

bool canWriteSvg(QWidget *view)
{
    return !qobject_cast<View3DPanel *>(contentWidget(view));
}

QImage renderImage(QWidget *view, const QSize &requested, QString *error)
{
    QWidget *content = contentWidget(view);
    if (!content) {
        fail(error, QStringLiteral("no view to export"));
        return {};
    }
    const QSize pixels = requested.isEmpty() ? currentSize(view) : requested;
    if (!validSize(pixels, error))
        return {};
    if (auto *panel = qobject_cast<View3DPanel *>(content))
        return render3d(panel, pixels, error);
    const Fit f = fit(currentSize(view), pixels);
    QImage image = blankImage(pixels, f.scale);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    paintContent(content, &painter, f.logical);
    painter.end();
    image.setDevicePixelRatio(1.0);
    return image;
}

QImage renderScaled(QWidget *view, double scale, QString *error)
{
    const QSize current = currentSize(view);
    if (!(scale > 0.0) || !std::isfinite(scale)) {
        fail(error, QStringLiteral("scale %1: must be a positive number").arg(scale));
        return {};
    }
    return renderImage(view, QSize(int(std::lround(current.width() * scale)), int(std::lround(current.height() * scale))),
                       error);
}

bool writeSvg(QWidget *view, const QString &path, const QSize &requested, QString *error)
{
    QWidget *content = contentWidget(view);
    if (!content || !canWriteSvg(view)) {
        fail(error, QStringLiteral("the 3D view is a rendered image: export it as PNG"));
        return false;
    }
    const QSize pixels = requested.isEmpty() ? currentSize(view) : requested;
    if (!validSize(pixels, error) || !replaceable(path, error))
        return false;
    const Fit f = fit(currentSize(view), pixels);
    const QString partial = partialPath(path);
    bool written = false;
    {
        QSvgGenerator svg;
        svg.setFileName(partial);
        svg.setSize(pixels);   // the display size asked for; the drawing is in logical pixels
        svg.setViewBox(QRect(QPoint(0, 0), f.logical));
        svg.setTitle(content->windowTitle().isEmpty() ? content->objectName() : content->windowTitle());
        svg.setDescription(QStringLiteral("AI Factory Studio"));
        QPainter painter;
        if (painter.begin(&svg)) {
            paintContent(content, &painter, f.logical);
            written = painter.end();
        }
    }
    // QSvgGenerator reports no write errors: an empty file is one.
    written = written && QFileInfo(partial).size() > 0;
    QString why = written ? QString() : QStringLiteral("cannot write the SVG file");
    if (!commitPartial(path, written, &why)) {
        fail(error, why);
        return false;
    }
    return true;
}

bool writeImage(QWidget *view, const QString &path, const QSize &pixels, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "svg")
        return writeSvg(view, path, pixels, error);
    const QImage image = renderImage(view, pixels, error);
    if (image.isNull() || !replaceable(path, error))
        return false;
    const QString partial = partialPath(path);
    const QByteArray format = suffix == "jpg" || suffix == "jpeg" ? QByteArray("JPG") : QByteArray("PNG");
    const bool written = image.save(partial, format.constData());
    QString why = written ? QString() : QStringLiteral("cannot write the image file");
    if (!commitPartial(path, written, &why)) {
        fail(error, why);
        return false;
    }
    return true;
}

QList<QPair<QString, QWidget *>> exportableParts(const QString &name, QWidget *view)
{
    QList<QPair<QString, QWidget *>> parts {{name, view}};
    QWidget *content = contentWidget(view);
    if (!content || qobject_cast<QChartView *>(content))
        return parts;
    for (QChartView *chart : content->findChildren<QChartView *>()) {
        if (!chart->isVisibleTo(content) || !chart->chart())
            continue;
        QString title = chart->chart()->title();
        if (title.isEmpty())
            title = chart->accessibleName().isEmpty() ? chart->objectName() : chart->accessibleName();
        if (!title.isEmpty())
            parts.append({name + QStringLiteral(" ▸ ") + title, chart});
    }
    return parts;
}

} // namespace aif::viewimage
