#include "planthumbnail.h"

#include "document.h"
#include "floorplan/floorplangeometry.h"
#include "floorplan/floorplanscene.h"
#include "project.h"

#include <QPainter>

#include <algorithm>

namespace aif {

namespace {
// Paper and wall colours of the thumbnail: a drawing, light whatever the palette, as the
// scene's own items (light racks, dark labels) are drawn for a light background.
const QColor kPaper(248, 249, 251);
const QColor kWall(96, 104, 116);
constexpr qreal kWallM = 0.3; // the scene's wall thickness (FloorPlanHallItem)
constexpr qreal kMinWallPx = 1.5; // thinner than this, a hall's outline is lost in its racks
constexpr qreal kNamePx = 20; // the scene's hall name: a 13 px font 4 px above the wall

// The scene rectangle shown: the halls fitted with a margin and centred, with room above them
// for the hall names the scene draws (13 px above the north wall) when it draws them at all
// (halls at least 60 px wide: FloorPlanHallItem). Same aspect as the image.
QRectF sourceRect(const QRectF &plans, const Project &project, const QSize &pixels)
{
    const qreal margin = 0.04 * std::min(pixels.width(), pixels.height());
    auto fit = [&](qreal top) {
        return std::min((pixels.width() - 2 * margin) / plans.width(),
                        (pixels.height() - 2 * margin - top) / plans.height());
    };
    qreal top = 0;
    qreal scale = fit(top);
    const bool named = std::any_of(project.halls.begin(), project.halls.end(),
                                   [&](const Hall &h) { return h.widthM * scale >= 60; });
    if (named) {
        top = kNamePx;
        scale = fit(top);
    }
    const QSizeF size(pixels.width() / scale, pixels.height() / scale);
    // The plan's centre sits half the name strip below the image's centre.
    const QPointF centre = plans.center() - QPointF(0, top / 2 / scale);
    return {centre - QPointF(size.width() / 2, size.height() / 2), size};
}

} // namespace

QImage renderPlanThumbnail(const Project &project, const Catalog *catalog, const QSize &pixels)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(kPaper);
    Document document;
    document.reset(project);
    FloorPlanScene scene(&document, catalog);
    const QRectF plans = scene.plansRect();
    if (plans.isEmpty())
        return image;
    const QRectF source = sourceRect(plans, project, pixels);
    const QRectF target(QPointF(0, 0), QSizeF(pixels));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, target, source, Qt::IgnoreAspectRatio);

    // The mapping render() used (source and target have the same aspect).
    const qreal scale = target.width() / source.width();
    if (kWallM * scale >= kMinWallPx)
        return image; // the scene's walls are visible as they are
    painter.setTransform(QTransform().scale(scale, scale).translate(-source.left(), -source.top()));
    painter.setBrush(Qt::NoBrush);
    QPen wall(kWall, kMinWallPx); // cosmetic: width in pixels
    wall.setCosmetic(true);
    wall.setJoinStyle(Qt::MiterJoin);
    painter.setPen(wall);
    for (const Hall &h : project.halls)
        painter.drawRect(planGeometry::hallRectToScene(h, QRectF(0, 0, h.widthM, h.depthM)));
    return image;
}

} // namespace aif
