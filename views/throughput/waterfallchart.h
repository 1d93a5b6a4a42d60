#pragma once

#include "throughput/techniques.h"

#include <QWidget>

#include <vector>

namespace aif {

// "What each technique adds": the stated baseline as a full bar, then each technique as a
// bar floating from the previous level to the new one (green up, red down), with the change
// in percent. One row per step, names on the left, so long technique names stay readable.
class WaterfallChart : public QWidget
{
    Q_OBJECT

public:
    explicit WaterfallChart(QWidget *parent = nullptr);

    void setSteps(std::vector<throughput::WaterfallStep> steps);
    void clear(const QString &message);
    const std::vector<throughput::WaterfallStep> &steps() const { return m_steps; }

    QSize sizeHint() const override { return {420, 300}; }
    QSize minimumSizeHint() const override { return {300, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override; // row tooltips

private:
    QRectF rowRect(int index) const;
    double rowHeight() const;
    double headerHeight() const;

    std::vector<throughput::WaterfallStep> m_steps;
    QString m_message;
};

} // namespace aif
