#include "sitescard.h"

#include "network/mediumstyle.h"
#include "sites/multisite.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace aif {

namespace {

constexpr double kCardSecondsPerYear = 8760.0 * 3600.0;

QString cardNumber(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

// Carbon per token, or a dash where the grid intensity or the served tokens are unknown.
QString cardGramsPerMtok(const energy::Sustainability *e)
{
    return e && e->carbon.set && e->carbon.gPerMtok ? cardNumber(*e->carbon.gPerMtok, 1) : QStringLiteral("–");
}

} // namespace

SitesCard::SitesCard(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName("sitesCard");
    m_summary->setWordWrap(true);
    m_table->setObjectName("sitesTable");
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setColumnCount(10);
    m_table->setHorizontalHeaderLabels({tr("Site"), tr("Climate"), tr("$/kWh"), tr("gCO₂/kWh"), tr("IT kW"),
                                        tr("Tokens/s"), tr("$/Mtok"), tr("gCO₂/Mtok"), tr("PUE"),
                                        tr("Deployments (users' round trip)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(9, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideRight);
    auto *title = new QLabel(tr("<b>Sites</b>"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    setResult(nullptr);
}

void SitesCard::setResult(const sites::MultiSiteResult *r)
{
    m_table->setRowCount(0);
    setVisible(r != nullptr);
    if (!r)
        return;
    QString gridSource;   // where the row's grid intensity comes from (its tooltip)
    auto put = [this, &gridSource](int row, const QStringList &cells, const QString &tip, bool bold) {
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(col == 9 && !tip.isEmpty() ? tip : col == 3 && !gridSource.isEmpty() ? gridSource : cells[col]);
            if (col >= 2 && col <= 8)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (bold) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(row, col, item);
        }
    };
    m_table->setRowCount(int(r->sites.size()) + 1);
    for (int i = 0; i < int(r->sites.size()); ++i) {
        const sites::SiteResult &s = r->sites[size_t(i)];
        QStringList deps, tips;
        for (const sites::Placement &p : s.deployments) {
            QString line = QString::fromStdString(p.id);
            if (p.latencyBudgetS > 0.0)
                line += p.withinBudget ? tr(" ✓") : tr(" ✗ over budget");
            deps << line;
            QStringList may;
            for (const std::string &id : p.allowedSites)
                may << QString::fromStdString(id);
            tips << (p.latencyBudgetS > 0.0
                         ? tr("%1: %2 ms budget, %3 ms here; may run at %4")
                               .arg(QString::fromStdString(p.id))
                               .arg(p.latencyBudgetS * 1000.0, 0, 'f', 0)
                               .arg(p.roundTripS * 1000.0, 0, 'f', 1)
                               .arg(may.join(QStringLiteral(", ")))
                         : tr("%1: not latency-bound, may run at any site").arg(QString::fromStdString(p.id)));
        }
        const QString name = QString::fromStdString(s.name.empty() ? s.id : s.name);
        const energy::AnnualResult *a = s.annual.get();
        const energy::Sustainability *e = s.energy.get();
        gridSource = e ? QString::fromStdString(e->carbon.source) : QString();
        put(i,
            {name, QString::fromStdString(s.climate), cardNumber(s.tariffUsdPerKwh, 3),
             e && e->carbon.set ? cardNumber(e->carbon.intensityGPerKwh, 0) : QStringLiteral("–"), cardNumber(s.itW / 1000.0, 0),
             cardNumber(s.tokensPerYear / kCardSecondsPerYear, 0),
             s.tokensPerYear > 0.0 ? cardNumber(s.usdPerMtok, 3) : QStringLiteral("–"), cardGramsPerMtok(e),
             a ? cardNumber(a->pue, 3) : QStringLiteral("–"),
             (s.solved ? deps.join(QStringLiteral(", ")) : QString::fromStdString(s.error))
                 + tr(" (%1 ms)").arg(s.usersRoundTripS * 1000.0, 0, 'f', 1)},
            tips.join('\n'), false);
    }
    const int last = int(r->sites.size());
    const energy::Sustainability *e = r->energy.get();
    gridSource = e ? QString::fromStdString(e->carbon.source) : QString();
    put(last,
        {tr("Whole factory"), QString(), cardNumber(r->tariffUsdPerKwh, 3),
         e && e->carbon.set ? cardNumber(e->carbon.intensityGPerKwh, 0) : QStringLiteral("–"), QString(),
         cardNumber(r->tokensPerYear / kCardSecondsPerYear, 0),
         r->tokensPerYear > 0.0 ? cardNumber(r->usdPerMtok, 3) : QStringLiteral("–"), cardGramsPerMtok(e),
         r->annual ? cardNumber(r->annual->pue, 3) : QStringLiteral("–"), QString()},
        QString(), true);
    // As tall as its rows: a handful of sites should not leave an empty box above the charts.
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height + 2);
    QStringList links;
    for (const sites::SiteLink &l : r->links)
        links << tr("%1 ↔ %2: %3 km, %4 Gb/s, %5 ms one way%6")
                     .arg(QString::fromStdString(l.from), QString::fromStdString(l.to))
                     .arg(l.distanceKm, 0, 'f', 0)
                     .arg(l.bandwidthGbps, 0, 'f', 0)
                     .arg(l.latencyMs, 0, 'f', 1)
                     .arg(l.medium.empty() ? QString() : QStringLiteral(" (%1)").arg(mediumStyle::label(l.medium)));
    m_summary->setText(tr("%n site(s). Tokens are served tokens (training serves none); each site is solved at its own "
                          "weather, tariff and grid.", nullptr, int(r->sites.size()))
                       + (links.isEmpty() ? tr(" No scale-across link joins the sites.")
                                          : tr(" Scale-across: %1.").arg(links.join(QStringLiteral("; ")))));
}

QString SitesCard::summary() const
{
    return m_summary->text();
}

int SitesCard::rowCount() const
{
    return m_table->rowCount();
}

QString SitesCard::cell(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace aif
