#include "chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>
#include <QPen>

namespace aif {

void styleChart(QChart *chart, const QPalette &palette)
{
    const QColor card = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // Grid lines a quarter of the way from the card to the text: visible, never louder than data.
    const auto mix = [&](double t) {
        return QColor::fromRgbF(card.redF() + (text.redF() - card.redF()) * t,
                                card.greenF() + (text.greenF() - card.greenF()) * t,
                                card.blueF() + (text.blueF() - card.blueF()) * t);
    };
    chart->setBackgroundBrush(card);
    chart->setBackgroundPen(QPen(mix(0.2)));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBrush(Qt::NoBrush);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePen(QPen(mix(0.5)));
        axis->setGridLinePen(QPen(mix(0.22)));
        axis->setMinorGridLinePen(QPen(mix(0.12)));
    }
}

} // namespace aif
