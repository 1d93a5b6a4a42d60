#include "availabilitycard.h"

#include "availability/availability.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace aif {

AvailabilityCard::AvailabilityCard(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName("availabilityCard");
    m_summary->setWordWrap(true);
    m_table->setObjectName("availabilityTable");
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Class"), tr("Units"), tr("MTBF h"), tr("MTTR h"),
                                        tr("Failures/day"), tr("GPUs down"), tr("Spares")});
    // The class names take what the figures leave (elided, full text in the tooltip): the card
    // shares the dashboard's width and must not scroll sideways.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideRight);
    auto *title = new QLabel(tr("<b>Availability</b>"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    setMinimumHeight(220);
    setResult(nullptr);
}

void AvailabilityCard::setResult(const availability::AvailabilityResult *r)
{
    m_table->setRowCount(0);
    if (!r || !r->ok) {
        m_summary->setText(tr(
            "No availability figures: they come with the cost (TCO) of a solved operating point."));
        return;
    }
    QString text = tr("%1 failures/day, %2 of them interrupting a job over all %3 GPUs; %4 GPUs "
                      "down on average "
                      "(%5 %).")
                       .arg(r->failuresPerDay, 0, 'f', 2)
                       .arg(r->interruptionsPerDay, 0, 'f', 2)
                       .arg(r->gpus)
                       .arg(r->gpusDown, 0, 'f', 1)
                       .arg(r->shareGpusDown * 100.0, 0, 'f', 2);
    for (const availability::TrainingResult &t : r->training)
        text += tr(" Training %1: goodput %2 % (checkpoint every %3 min).")
                    .arg(QString::fromStdString(t.deployment))
                    .arg(t.goodput * 100.0, 0, 'f', 1)
                    .arg(t.intervalS / 60.0, 0, 'f', 1);
    text += tr(" Lost per year: %1 M tokens, $%2 k. Spares at %3 % confidence.")
                .arg(r->lostTokensPerYear / 1e6, 0, 'f', 0)
                .arg(r->lostUsdPerYear / 1e3, 0, 'f', 0)
                .arg(r->sparesTarget * 100.0, 0, 'g', 4);
    m_summary->setText(text);
    m_table->setRowCount(int(r->classes.size()));
    for (int i = 0; i < int(r->classes.size()); ++i) {
        const availability::ClassResult &c = r->classes[size_t(i)];
        const QString name
            = QString::fromStdString(c.name) + (c.assumption ? tr(" (assumption)") : QString());
        const QStringList cells {name,
                                 QString::number(c.units, 'f', 0),
                                 QString::number(c.mtbfHours, 'f', 0),
                                 QString::number(c.mttrHours, 'f', 0),
                                 QString::number(c.failuresPerDay, 'f', 3),
                                 QString::number(c.gpusDown, 'f', 2),
                                 QString::number(c.spares)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(QString::fromStdString(c.source));
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, col, item);
        }
    }
}

QString AvailabilityCard::summary() const
{
    return m_summary->text();
}

int AvailabilityCard::rowCount() const
{
    return m_table->rowCount();
}

} // namespace aif
