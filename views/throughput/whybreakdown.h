#pragma once

#include "throughput/serving.h"

#include <QWidget>

namespace aif {

// "Why this many tokens/s": the time per output token split into compute, memory,
// communication and overhead (a stacked bar against the TPOT limit), which limit binds and
// what stopped a larger batch, and where each GPU's HBM goes (weights, reserve, KV cache).
class WhyBreakdown : public QWidget
{
    Q_OBJECT

public:
    explicit WhyBreakdown(QWidget *parent = nullptr);

    // hbmBytes: one GPU's memory; tpotLimitS: the limit in force for the mode (0: none).
    void setOperatingPoint(const throughput::OperatingPoint &op, double hbmBytes,
                           double tpotLimitS);
    void clear(const QString &message);

    // The sentence under the bars, e.g. "Bound by memory bandwidth; batch limited by KV-cache
    // memory".
    QString boundText() const;

    QSize sizeHint() const override { return {420, 200}; }
    QSize minimumSizeHint() const override { return {300, 150}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Segment
    {
        QString label;
        double value;
        QColor color;
    };
    // Paints a titled stacked bar with its legend from `top`; returns where it ended.
    double paintBar(QPainter &p, double top, double left, double width, const QString &title,
                    const std::vector<Segment> &segments, double scale, const QString &unit,
                    double unitFactor, double marker, const QString &markerLabel);

    throughput::OperatingPoint m_op;
    double m_hbmBytes = 0.0;
    double m_tpotLimitS = 0.0;
    bool m_valid = false;
    QString m_message;
};

} // namespace aif
