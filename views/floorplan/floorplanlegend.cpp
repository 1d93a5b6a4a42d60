#include "floorplanlegend.h"

#include <QCoreApplication>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace aif {

namespace {
// Matplotlib's viridis at 0, .25, .5, .75, 1 (van der Walt & Smith, 2015): monotonic lightness.
constexpr QRgb kStops[] = {0x440154, 0x3b528b, 0x21918c, 0x5ec962, 0xfde725};
constexpr int kStopCount = int(std::size(kStops));
} // namespace

QColor overlayColor(double t)
{
    if (!std::isfinite(t))
        t = 0;
    t = std::clamp(t, 0.0, 1.0);
    const double f = t * (kStopCount - 1);
    const int i = std::min(int(f), kStopCount - 2);
    const double u = f - i;
    const QColor a(kStops[i]), b(kStops[i + 1]);
    auto mix = [u](int x, int y) { return int(std::lround(x + (y - x) * u)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

QColor staleColor(const QColor &c)
{
    // Keep a hint of the value (lightness) but drop the hue: stale numbers must not look live.
    const int g = qGray(c.rgb());
    return QColor((g + 2 * 190) / 3, (g + 2 * 190) / 3, (g + 2 * 190) / 3);
}

void FloorPlanLegend::setRange(const QString &metric, Quantity quantity, double min, double max)
{
    m_metric = metric;
    m_quantity = quantity;
    m_min = min;
    m_max = max;
}

void FloorPlanLegend::paint(QPainter *painter, const QRect &viewport) const
{
    if (!isActive())
        return;
    const UnitSystem system = units::currentSystem();
    const QString lo = units::format(m_min, m_quantity, system);
    const QString hi = units::format(m_max, m_quantity, system);
    const QString title = m_stale ? QCoreApplication::translate("aif::FloorPlanLegend", "%1 (stale: re-solve)").arg(m_metric) : m_metric;

    const QFontMetrics fm = painter->fontMetrics();
    const int rampW = 160, rampH = 12, pad = 8;
    const int labels = fm.horizontalAdvance(lo) + fm.horizontalAdvance(hi) + 2 * pad;  // never overlapping
    const int w = std::max({rampW, fm.horizontalAdvance(title), labels}) + 2 * pad;
    const int h = fm.height() * 2 + rampH + 3 * pad;
    const QRect box(viewport.right() - w - 12, viewport.bottom() - h - 12, w, h);

    painter->save();
    painter->setPen(QColor(160, 160, 160));
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRect(box);
    painter->setPen(Qt::black);
    painter->drawText(box.left() + pad, box.top() + pad + fm.ascent(), title);
    const QRect ramp(box.left() + pad, box.top() + pad * 2 + fm.height(), w - 2 * pad, rampH);
    QLinearGradient g(ramp.topLeft(), ramp.topRight());
    for (int i = 0; i <= 8; ++i) {
        const QColor c = overlayColor(i / 8.0);
        g.setColorAt(i / 8.0, m_stale ? staleColor(c) : c);
    }
    painter->fillRect(ramp, g);
    const int ty = ramp.bottom() + pad / 2 + fm.ascent();
    painter->drawText(ramp.left(), ty, lo);
    painter->drawText(ramp.right() - fm.horizontalAdvance(hi), ty, hi);
    painter->restore();
}

} // namespace aif
