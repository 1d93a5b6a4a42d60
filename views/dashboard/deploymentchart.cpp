#include "deploymentchart.h"

#include "report/keyfigures.h"

#include "throughput/throughputsolver.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace aif {

DeploymentChart::DeploymentChart(QWidget *parent)
    : DashboardChart("deploymentChart", tr("Tokens per deployment"), parent)
{ }

void DeploymentChart::setResult(const throughput::ThroughputResult *result, const QString &reason)
{
    m_count = result ? int(result->deployments.size()) : 0;
    if (m_count == 0) {
        showMessage(reason);
        return;
    }
    resetChart();
    double maxRate = 0.0, maxJ = 0.0;
    for (const throughput::DeploymentResult &d : result->deployments) {
        maxRate = std::max(maxRate, d.ok ? d.op.tokensPerS : 0.0);
        maxJ = std::max(maxJ, d.ok ? d.op.tokensPerJoule : 0.0);
    }
    // Millions of tokens/s read better as "67.3" on an "M tokens/s" axis than as 67313736.
    const double div = maxRate >= 1e6 ? 1e6 : maxRate >= 1e4 ? 1e3 : 1.0;
    const QString rateUnit = div == 1e6 ? tr("M tokens/s")
        : div == 1e3                    ? tr("k tokens/s")
                                        : tr("tokens/s");
    auto *rate = new QBarSet(tr("output %1").arg(rateUnit));
    auto *perJ = new QBarSet(tr("tokens/J at the servers"));
    auto *pad1 = new QBarSet(QString());
    auto *pad2 = new QBarSet(QString());
    rate->setColor(seriesColour(0));
    perJ->setColor(seriesColour(2));
    // Names without their parenthesis ("DeepSeek-V3 (disaggregated …)" → "DeepSeek-V3") fit
    // under a bar; the full name is in the tooltip.
    QStringList names, shortNames;
    for (const throughput::DeploymentResult &d : result->deployments) {
        names << QString::fromStdString(d.name.empty() ? d.id : d.name);
        shortNames << names.back().section(QStringLiteral(" ("), 0, 0).left(28);
    }
    const QStringList cut = shortNames;
    for (int i = 0; i < m_count; ++i) {
        const throughput::DeploymentResult &d = result->deployments[size_t(i)];
        QString n = cut.count(cut[i]) > 1 ? names[i].left(28) : cut[i];
        if (!d.ok)
            n = tr("%1 (failed)").arg(n);
        // Two lines under the bar pair rather than an elided one (axis labels are rich text).
        const int space = n.lastIndexOf(' ', n.size() / 2 + 4);
        shortNames[i] = n.size() > 14 && space > 0 ? n.left(space).toHtmlEscaped()
                + QStringLiteral("<br>") + n.mid(space + 1).toHtmlEscaped()
                                                   : n.toHtmlEscaped();
        *rate << (d.ok ? d.op.tokensPerS / div : 0.0);
        *perJ << (d.ok ? d.op.tokensPerJoule : 0.0);
        *pad1 << 0.0;
        *pad2 << 0.0;
    }
    auto *left = new QBarSeries;
    left->append(rate);
    left->append(pad1);
    auto *right = new QBarSeries;
    right->append(pad2);
    right->append(perJ);
    for (QBarSeries *s : {left, right}) {
        s->setBarWidth(0.75);
        s->setLabelsVisible(true);
        s->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        s->setLabelsPrecision(3);
        chart()->addSeries(s);
    }
    pad1->setLabelColor(Qt::transparent);
    pad2->setLabelColor(Qt::transparent);
    for (QLegendMarker *m : chart()->legend()->markers()) {
        if (m->label().isEmpty())
            m->setVisible(false);
    }
    rate->setLabelColor(palette().color(QPalette::WindowText));
    perJ->setLabelColor(palette().color(QPalette::WindowText));
    auto *x = new QBarCategoryAxis;
    x->append(shortNames);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    x->setLabelsFont(f);
    chart()->addAxis(x, Qt::AlignBottom);
    polishChart();
    QValueAxis *yl = addValueAxis(rateUnit, Qt::AlignLeft, maxRate / div >= 50 ? "%.0f" : "%.1f");
    QValueAxis *yr = addValueAxis(tr("tokens/J"), Qt::AlignRight, "%.2f");
    // Headroom above the tallest bar for its value label.
    yl->setRange(0, std::max(1e-9, maxRate / div * 1.3));
    yr->setRange(0, std::max(1e-9, maxJ * 1.3));
    yl->applyNiceNumbers();
    yr->applyNiceNumbers();
    yr->setGridLineVisible(false);
    left->attachAxis(x);
    left->attachAxis(yl);
    right->attachAxis(x);
    right->attachAxis(yr);
    setTitles(tr("Tokens per deployment"),
              tr("%1 deployments: %2 tokens/s in all, %3 tokens/J at the servers")
                  .arg(m_count)
                  .arg(compactNumber(result->tokensPerS, 0))
                  .arg(result->tokensPerJoule, 0, 'f', 3));
    auto tip = [this, names](bool status, int index, QBarSet *set) {
        if (status && !set->label().isEmpty())
            QToolTip::showText(QCursor::pos(),
                               QStringLiteral("%1: %2 %3")
                                   .arg(names.value(index))
                                   .arg(set->at(index), 0, 'g', 4)
                                   .arg(set->label()),
                               this);
    };
    connect(left, &QBarSeries::hovered, this, tip);
    connect(right, &QBarSeries::hovered, this, tip);
}

} // namespace aif
