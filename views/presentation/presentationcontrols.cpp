#include "presentationcontrols.h"

#include "catalog.h"
#include "presentationwidgets.h"
#include "project.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace aif {

namespace {
// Slider steps: tariff in half-cents per kWh, utilisation in percent, PUE in thousandths (so
// the target can start exactly at the solved PUE, three decimals as keyFigures shows it).
constexpr double kTariffStep = 0.005;
constexpr int kTariffMax = 80; // 0.40 USD/kWh
constexpr int kPueMin = 1000, kPueMax = 2000;
} // namespace

PresentationControls::PresentationControls(const Project &project, const Catalog &catalog, QWidget *parent)
    : QFrame(parent)
{
    setObjectName("presentationControls");
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(236, 239, 243));
    setPalette(p);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(36, 10, 36, 10);
    row->setSpacing(28);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    row->addLayout(grid, 1);

    int col = 0;
    auto place = [&](const QString &caption, QWidget *control, QLabel *value) {
        QLabel *c = new QLabel(caption, this);
        setTypeScale(c, 0.62);
        grid->addWidget(c, 0, col, 1, 2);
        grid->addWidget(control, 1, col);
        if (value) {
            setTypeScale(value, 0.75, true);
            value->setMinimumWidth(value->fontMetrics().horizontalAdvance("0.000 USD/kWh"));
            grid->addWidget(value, 1, col + 1);
        }
        grid->setColumnStretch(col, 1);
        col += 2;
    };
    const int tariff = std::clamp(int(std::lround(project.economics.tariffUsdPerKwh / kTariffStep)), 1, kTariffMax);
    m_tariff = addSlider("tariffSlider", tr("Electricity price"), 1, kTariffMax, tariff);
    m_tariffValue = new QLabel(this);
    place(tr("Electricity price (design %1 USD/kWh)").arg(project.economics.tariffUsdPerKwh, 0, 'f', 3), m_tariff,
          m_tariffValue);

    // The design's GPU-weighted utilisation is where the slider starts; moving it sets every
    // deployment to one value.
    double gpus = 0.0, weighted = 0.0;
    for (const Deployment &d : project.deployments) {
        gpus += std::max(1, d.gpus);
        weighted += std::max(1, d.gpus) * d.utilization;
    }
    m_designUtilization = gpus > 0 ? weighted / gpus : 0.7;
    m_utilization = addSlider("utilizationSlider", tr("Utilisation"), 5, 100, int(std::lround(m_designUtilization * 100)));
    m_utilizationValue = new QLabel(this);
    place(tr("Utilisation (share of the year at load)"), m_utilization, m_utilizationValue);

    m_system = new QComboBox(this);
    m_system->setObjectName("systemCombo");
    setTypeScale(m_system, 0.65);
    QString why;
    for (const SystemChoice &s : systemChoices(project, catalog, &why))
    {
        m_system->addItem(s.name, QString::fromStdString(s.id));
        m_system->setItemData(m_system->count() - 1, tr("%n per rack", nullptr, s.perRack), Qt::ToolTipRole);
    }
    m_system->setEnabled(m_system->count() > 1);
    m_system->setToolTip(why);
    m_system->setFocusPolicy(Qt::ClickFocus);
    m_system->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_system->setMinimumContentsLength(24);
    place(m_system->count() > 1 ? tr("GPU system (racks as built)") : tr("GPU system: no other fits these racks"),
          m_system, nullptr);
    connect(m_system, &QComboBox::currentIndexChanged, this, &PresentationControls::changed);

    m_pue = addSlider("pueSlider", tr("PUE target"), kPueMin, kPueMax, 1200);
    m_pue->setSingleStep(5);
    m_pueValue = new QLabel(this);
    place(tr("PUE target (shown beside the solved PUE)"), m_pue, m_pueValue);
    connect(m_pue, &QSlider::valueChanged, this, [this] { m_pueSet = true; });

    auto *right = new QGridLayout;
    right->setVerticalSpacing(0);
    m_cost = new QLabel(QStringLiteral("—"), this);
    m_cost->setObjectName("barCost");
    setTypeScale(m_cost, 1.1, true);
    QPalette accent = m_cost->palette();
    accent.setColor(QPalette::WindowText, presentationAccent());
    m_cost->setPalette(accent);
    auto *note = new QLabel(tr("what-if, not saved"), this);
    note->setObjectName("whatIfNote");
    setTypeScale(note, 0.62, true);
    QPalette warn = note->palette();
    warn.setColor(QPalette::WindowText, QColor(176, 84, 0));
    note->setPalette(warn);
    m_status = new QLabel(this);
    m_status->setObjectName("solveStatus");
    setTypeScale(m_status, 0.55);
    right->addWidget(m_cost, 0, 0, Qt::AlignRight);
    right->addWidget(note, 1, 0, Qt::AlignRight);
    right->addWidget(m_status, 2, 0, Qt::AlignRight);
    row->addLayout(right);
    updateLabels();
}

QSlider *PresentationControls::addSlider(const QString &name, const QString &caption, int min, int max, int value)
{
    auto *s = new QSlider(Qt::Horizontal, this);
    s->setObjectName(name);
    s->setAccessibleName(caption);
    s->setRange(min, max);
    s->setValue(value);
    s->setPageStep(std::max(1, (max - min) / 10));
    s->setMinimumWidth(120);
    // Focus by click or Tab only; Up/Down then step it, Left/Right stay with the slides.
    s->setFocusPolicy(Qt::ClickFocus);
    connect(s, &QSlider::valueChanged, this, [this] {
        updateLabels();
        emit changed();
    });
    return s;
}

void PresentationControls::updateLabels()
{
    m_tariffValue->setText(tr("%1 USD/kWh").arg(m_tariff->value() * kTariffStep, 0, 'f', 3));
    if (m_utilization->value() != int(std::lround(m_designUtilization * 100)))
        m_utilizationMoved = true;
    m_utilizationValue->setText(m_utilizationMoved ? tr("%1 %").arg(m_utilization->value())
                                                   : tr("as designed (%1 %)").arg(m_utilization->value()));
    m_pueValue->setText(QString::number(m_pue->value() / 1000.0, 'f', 3));
}

WhatIf PresentationControls::whatIf() const
{
    WhatIf w;
    w.tariffUsdPerKwh = m_tariff->value() * kTariffStep;
    if (m_utilizationMoved)
        w.utilization = m_utilization->value() / 100.0;
    w.system = m_system->currentData().toString().toStdString();
    if (m_pueSet)
        w.pueTarget = m_pue->value() / 1000.0;
    return w;
}

void PresentationControls::setPueTarget(double pue)
{
    const QSignalBlocker block(m_pue);
    m_pue->setValue(std::clamp(int(std::lround(pue * 1000)), kPueMin, kPueMax));
    m_pueSet = true;
    updateLabels();
}

void PresentationControls::setSolving(bool solving)
{
    m_status->setText(solving ? tr("solving…") + (m_lastSolve.isEmpty() ? QString() : QStringLiteral("  ") + m_lastSolve)
                              : m_lastSolve);
}

void PresentationControls::setSolved(double ms, const QString &costText, const QString &error)
{
    m_lastSolve = error.isEmpty() ? tr("solved in %1 ms").arg(ms, 0, 'f', 0) : error;
    m_cost->setText(costText);
    m_status->setWordWrap(!error.isEmpty());
    setSolving(false);
}

QString PresentationControls::statusText() const
{
    return m_status->text();
}

QString PresentationControls::costText() const
{
    return m_cost->text();
}

} // namespace aif
