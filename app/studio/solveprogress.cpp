#include "solveprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace aif {

SolveProgress::SolveProgress(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_showTimer(new QTimer(this))
{
    setObjectName("solveProgress");
    m_cancel->setObjectName("solveCancel");
    m_cancel->setToolTip(tr("Stop this solve; the figures shown stay those of the last finished solve, marked stale"));
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_showTimer->setSingleShot(true);
    m_showTimer->setInterval(500);
    connect(m_showTimer, &QTimer::timeout, this, [this] {
        if (m_running)
            show();
    });
    connect(m_cancel, &QPushButton::clicked, this, &SolveProgress::cancelRequested);
    hide();
}

void SolveProgress::start(const QString &what)
{
    m_what = what;
    m_running = true;
    m_bar->setValue(0);
    m_label->setText(what);
    m_showTimer->start();
}

void SolveProgress::setProgress(double fraction, const QString &stage)
{
    if (!m_running)
        return;
    m_bar->setValue(int(std::lround(1000 * std::clamp(fraction, 0.0, 1.0))));
    m_label->setText(stage.isEmpty() ? m_what : m_what + QStringLiteral(" — ") + stage);
}

void SolveProgress::finish()
{
    m_running = false;
    m_showTimer->stop();
    hide();
}

} // namespace aif
