// The tokens and $/Mtok slides (presentationslides.h).
#include "presentationslides.h"

#include "presentationwidgets.h"
#include "project.h"
#include "tco/tco.h"
#include "throughput/throughputsolver.h"
#include "twin/twin.h"
#include "whatif.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace aif {

namespace {

QLabel *moneyCell(QWidget *parent, const QString &text, double scale, bool bold, Qt::Alignment align)
{
    auto *l = new QLabel(text, parent);
    setTypeScale(l, scale, bold);
    l->setAlignment(align | Qt::AlignVCenter);
    return l;
}

} // namespace

// --- 4. Tokens ---------------------------------------------------------------------------

TokensSlide::TokensSlide(QWidget *parent)
    : PresentationSlide("slideTokens", tr("What it produces"), parent)
    , m_table(new QWidget)
    , m_grid(new QGridLayout(m_table))
{
    setSubtitle(tr("Output tokens at the operating point, each deployment at its own load; a deployment's "
                   "tokens/J are at its servers, the facility's include cooling and losses"));
    m_grid->setHorizontalSpacing(36);
    m_grid->setVerticalSpacing(14);
    m_grid->setContentsMargins(0, 24, 0, 0);
    auto *host = new QWidget;
    auto *box = new QVBoxLayout(host);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_table);
    box->addStretch(1);
    setVisual(host);
    addTile("tokensPerS", 2.0);
    addTile("tokensPerJoule", 2.0);
    figureColumn()->addStretch(1);
}

void TokensSlide::showOutcome(const WhatIfOutcome &o)
{
    showFigures(o);
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto tp = o.sceneResult ? o.sceneResult->throughput : nullptr;
    const Qt::Alignment left = Qt::AlignLeft, right = Qt::AlignRight;
    const QStringList heads{tr("Deployment"), tr("GPUs"), tr("tokens/s"), tr("tokens/J"),
                            tr("utilisation")};
    for (int c = 0; c < heads.size(); ++c)
        m_grid->addWidget(moneyCell(m_table, heads[c], 0.8, true, c == 0 ? left : right), 0, c);
    if (!tp || tp->deployments.empty()) {
        m_grid->addWidget(moneyCell(m_table, tr("No deployments in this design."), 0.9, false, left), 1, 0, 1, 5);
        return;
    }
    const QLocale en(QLocale::English);
    int row = 1;
    for (size_t i = 0; i < tp->deployments.size(); ++i) {
        const throughput::DeploymentResult &d = tp->deployments[i];
        const Deployment *dep = o.project->get<Deployment>(d.id);
        const QString name = QString::fromStdString(dep && !dep->name.empty() ? dep->name : d.id);
        QLabel *nameLabel = moneyCell(m_table, name, 1.1, false, left);
        nameLabel->setWordWrap(true);
        m_grid->addWidget(nameLabel, row, 0);
        m_grid->addWidget(moneyCell(m_table, en.toString(d.gpus), 1.1, false, right), row, 1);
        if (d.ok && d.op.feasible) {
            m_grid->addWidget(moneyCell(m_table, compactNumber(d.op.tokensPerS, 0), 1.4, true, right), row, 2);
            m_grid->addWidget(moneyCell(m_table, en.toString(d.op.tokensPerJoule, 'f', 2), 1.1, false, right), row, 3);
        } else {
            QLabel *why = moneyCell(m_table, QString::fromStdString(d.error.empty() ? d.op.why : d.error), 0.6,
                               false, left);
            why->setWordWrap(true);
            m_grid->addWidget(why, row, 2, 1, 2);
        }
        if (dep)
            m_grid->addWidget(moneyCell(m_table, QStringLiteral("%1 %").arg(dep->utilization * 100, 0, 'f', 0), 1.1,
                                   false, right),
                              row, 4);
        ++row;
    }
    m_grid->setColumnStretch(0, 1);
}

// --- 5. $/Mtok ---------------------------------------------------------------------------

CostSlide::CostSlide(QWidget *parent)
    : PresentationSlide("slideCost", tr("What a million tokens costs"), parent)
    , m_cost(new FigureTile("usdPerMtok", 5.0))
    , m_split(new SplitBar)
    , m_target(new QLabel)
{
    setSubtitle(tr("Total cost of ownership per million output tokens: capital and operating cost of a year "
                   "over the tokens of that year (prices are catalog assumptions)"));
    auto *host = new QWidget;
    auto *box = new QVBoxLayout(host);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(24);
    box->addWidget(m_cost);
    box->addWidget(m_split);
    box->addWidget(m_target);
    box->addStretch(1);
    m_target->setObjectName("pueTarget");
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::RichText);
    setTypeScale(m_target, 0.85);
    setVisual(host);
    addTile("capex", 1.6);
    addTile("opex", 1.6);
    addTile("pue", 1.6);
    figureColumn()->addStretch(1);
}

QString CostSlide::costText() const
{
    return m_cost->valueText();
}

QString CostSlide::targetText() const
{
    return m_target->text();
}

void CostSlide::showOutcome(const WhatIfOutcome &o)
{
    showFigures(o);
    const KeyFigure *cost = findFigure(o.figures, "usdPerMtok");
    m_cost->setFigure(cost);
    // The year's cost in its parts, each over the year's million tokens: they add up to $/Mtok
    // exactly (tco.cpp: (annualised capex + opex) / Mtok).
    const tco::TcoResult *t = o.solve ? o.solve->tco.get() : nullptr;
    std::vector<SplitBar::Part> parts;
    if (t && t->tokensPerYear > 0) {
        const double mtok = t->tokensPerYear / 1e6;
        const std::pair<QString, double> items[]
            = {{tr("capital (annualised)"), t->annualizedCapexUsd}, {tr("energy"), t->energyUsdPerYear},
               {tr("demand charge"), t->demandUsdPerYear},           {tr("maintenance"), t->maintenanceUsdPerYear},
               {tr("staff"), t->staffUsdPerYear},                     {tr("software"), t->softwareUsdPerYear},
               {tr("water"), t->waterUsdPerYear}};
        for (const auto &[name, usd] : items) {
            if (usd > 0)
                parts.push_back({name, usd / mtok});
        }
    }
    m_split->setParts(parts, QStringLiteral("$/Mtok"), cost ? cost->decimals : 3);

    const KeyFigure *pue = findFigure(o.figures, "pue");
    if (!std::isfinite(o.targetPue) || !pue || !pue->valid()) {
        m_target->setText(tr("PUE target: —"));
        return;
    }
    const double gap = pue->value - o.targetPue;
    const QString gapText = std::abs(gap) < 5e-4 ? tr("on target")
        : gap > 0 ? tr("%1 above the target").arg(gap, 0, 'f', 3)
                  : tr("%1 below the target").arg(-gap, 0, 'f', 3);
    const QString atTarget = std::isfinite(o.usdPerMtokAtTarget)
        ? QString::number(o.usdPerMtokAtTarget, 'f', cost ? cost->decimals : 3)
        : QStringLiteral("—");
    m_target->setText(
        tr("%1 %2, target <b>%3</b>: %4<br>"
           "<span style=\"color:%5\"><b>%6 $/Mtok at target PUE</b></span> "
           "<span style=\"color:%7\">(the TCO formula with the overhead above IT scaled to the target; "
           "the solved PUE is unchanged)</span>")
            .arg(pue->label.toHtmlEscaped(), pue->text(), QString::number(o.targetPue, 'f', 3), gapText,
                 presentationAccent().name(), atTarget,
                 presentationMuted().name()));
}

} // namespace aif
