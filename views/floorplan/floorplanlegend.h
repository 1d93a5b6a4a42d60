#pragma once

#include "units.h"

#include <QColor>
#include <QString>

class QPainter;
class QRect;

namespace aif {

// Overlay colour ramp: perceptually ordered (viridis, 5 stops), so "more" always reads lighter
// and the ramp survives greyscale printing and the common colour-vision deficiencies.
// t is clamped to [0, 1].
QColor overlayColor(double t);
// The colour an overlay shows once the results no longer match the design (edited since).
QColor staleColor(const QColor &c);

// The overlay's key: a colour ramp with the metric name and min/max in the user's units,
// painted in the view's corner (device pixels).
class FloorPlanLegend
{
public:
    void setRange(const QString &metric, Quantity quantity, double min, double max);
    void clear() { m_metric.clear(); }
    bool isActive() const { return !m_metric.isEmpty(); }
    void setStale(bool stale) { m_stale = stale; }
    bool isStale() const { return m_stale; }
    QString metric() const { return m_metric; }
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }

    // Paints into the bottom-right of `viewport` (painter in device coordinates).
    void paint(QPainter *painter, const QRect &viewport) const;

private:
    QString m_metric;
    Quantity m_quantity = Quantity::None;
    double m_min = 0;
    double m_max = 1;
    bool m_stale = false;
};

} // namespace aif
