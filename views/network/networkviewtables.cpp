// The tables and the warning list of the Network view (networkview.h).
#include "networkview.h"

#include "fabricplan.h"
#include "mediumstyle.h"
#include "networkformat.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QStyle>
#include <QTableWidget>

namespace aif {

namespace {

QTableWidgetItem *cell(const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QIcon swatch(const QColor &c)
{
    QPixmap pm(12, 12);
    pm.fill(c);
    return QIcon(pm);
}

QString technologyName(const std::string &t)
{
    return t == "lpo" ? QObject::tr("LPO")
        : t == "cpo"  ? QObject::tr("CPO")
                      : QObject::tr("pluggable");
}

} // namespace

void NetworkView::fillMedia()
{
    using namespace networkFormat;
    m_media->setRowCount(0);
    if (!m_plan)
        return;
    double powerW = 0, capexUsd = 0;
    for (const fabricFigures::MediumRow &r : m_plan->media) {
        const int row = m_media->rowCount();
        m_media->insertRow(row);
        auto *name = cell(QString::fromStdString(r.name), false);
        name->setToolTip(QString::fromStdString(r.part + "\n" + r.source));
        const bool link = r.kind == "medium" || r.kind == "dci";
        if (link)
            name->setIcon(swatch(mediumStyle::color(r.medium)));
        m_media->setItem(row, 0, name); // the medium's name; the part id and source in the tooltip
        const QString units = r.kind == "switch" ? tr("%1 switches").arg(count(r.units))
            : r.kind == "scale-up"               ? tr("%1 switch trays").arg(count(r.units))
            : r.kind == "dci"                    ? tr("%1 wavelengths/ports").arg(count(r.links))
                                                 : tr("%1 links").arg(count(r.links));
        m_media->setItem(row, 1, cell(units));
        m_media->setItem(row, 2, cell(r.kind == "switch" ? QString() : count(r.transceivers)));
        // A scale-across row gives its route (the fibre pairs run it side by side).
        m_media->setItem(row, 3, cell(link ? length(r.lengthM) : QString()));
        m_media->setItem(row, 4, cell(power(r.powerW)));
        m_media->setItem(row, 5, cell(r.priced ? money(r.capexUsd) : tr("not priced")));
        m_media->setItem(row, 6, cell(link ? QString::number(r.pjPerBit, 'f', 1) : QString()));
        m_media->setItem(row, 7, cell(link ? length(r.reachM) : QString()));
        powerW += r.powerW;
        capexUsd += r.priced ? r.capexUsd : 0;
    }
    const int row = m_media->rowCount();
    m_media->insertRow(row);
    QFont bold = m_media->font();
    bold.setBold(true);
    const QStringList total {
        tr("Total"),     {}, {}, length(m_plan->fabric.cableLengthM), power(powerW),
        money(capexUsd), {}, {}};
    for (int c = 0; c < total.size(); ++c) {
        QTableWidgetItem *item = cell(total[c], c > 0);
        item->setFont(bold);
        m_media->setItem(row, c, item);
    }
}

void NetworkView::fillOptics()
{
    using namespace networkFormat;
    const QStringList rows {tr("Optics power"),
                            tr("Energy per bit (per link end)"),
                            tr("Optics capex"),
                            tr("Compute-fabric capex (switches + optics)"),
                            tr("Optical module failures per year"),
                            tr("Links on parts of this technology"),
                            tr("Links re-picked against pluggable"),
                            tr("Links beyond reach")};
    m_optics->setRowCount(int(rows.size()));
    m_optics->setVerticalHeaderLabels(rows);
    m_optics->clearContents();
    m_opticsNote->clear();
    if (!m_plan || m_plan->optics.empty())
        return;
    const fabricFigures::OpticsWhatIf &base = m_plan->optics.front();
    auto delta = [](double v, double ref, const QString &text) {
        return std::abs(v - ref) < 0.5 ? QString()
                                       : QStringLiteral(" (%1%2)").arg(v > ref ? "+" : "−", text);
    };
    QStringList missing;
    for (int c = 0; c < int(m_plan->optics.size()) && c < m_optics->columnCount(); ++c) {
        const fabricFigures::OpticsWhatIf &w = m_plan->optics[size_t(c)];
        const QStringList cells {
            power(w.opticsPowerW)
                + delta(w.opticsPowerW, base.opticsPowerW,
                        power(std::abs(w.opticsPowerW - base.opticsPowerW))),
            tr("%1 pJ/bit").arg(w.pjPerBit, 0, 'f', 1),
            money(w.opticsCapexUsd)
                + delta(w.opticsCapexUsd, base.opticsCapexUsd,
                        money(std::abs(w.opticsCapexUsd - base.opticsCapexUsd))),
            money(w.capexUsd()),
            tr("%1").arg(w.failuresPerYear, 0, 'f', 0),
            tr("%1 of %2").arg(count(w.linksOnTechnology), count(w.links)),
            count(w.linksChanged),
            count(w.beyondReach)};
        for (int r = 0; r < cells.size(); ++r) {
            QTableWidgetItem *item = cell(cells[r]);
            if (r == int(cells.size()) - 1 && w.beyondReach > 0)
                item->setBackground(QColor(255, 205, 205));
            m_optics->setItem(r, c, item);
        }
        if (!w.catalogHasParts)
            missing << technologyName(w.technology);
    }
    m_optics->resizeRowsToContents();
    int h = m_optics->horizontalHeader()->height() + 2 * m_optics->frameWidth();
    for (int r = 0; r < m_optics->rowCount(); ++r)
        h += m_optics->rowHeight(r);
    m_optics->setFixedHeight(h);
    QString note = tr(
        "Each column is the planner run with that technology (the cheapest medium that reaches, "
        "as <tt>aif fabric FILE --optics</tt>); power, prices and MTBF per module from the "
        "optics catalog (MTBF: Meta field data from ECOC 2025, quoted second-hand; LPO taken "
        "as pluggable). Scale-up and management-network optics are not part of the comparison.");
    if (!missing.isEmpty())
        note += tr(" <b>The catalog has no %1 part at this fabric's lane rate</b>: that column "
                   "keeps pluggable optics.")
                    .arg(missing.join(tr(" or ")));
    m_opticsNote->setText(note);
}

void NetworkView::fillFindings()
{
    m_findings->clear();
    if (!m_plan)
        return;
    QStyle *s = style();
    for (const fabricFigures::Finding &f : m_plan->findings) {
        const QIcon icon = s->standardIcon(
            f.severity == fabricFigures::Finding::Severity::Error ? QStyle::SP_MessageBoxCritical
                : f.severity == fabricFigures::Finding::Severity::Warning
                ? QStyle::SP_MessageBoxWarning
                : QStyle::SP_MessageBoxInformation);
        const QString text = f.domain.empty()
            ? QString::fromStdString(f.text)
            : QStringLiteral("%1: %2").arg(QString::fromStdString(f.domain),
                                           QString::fromStdString(f.text));
        auto *item = new QListWidgetItem(icon, text, m_findings);
        item->setData(Qt::UserRole, int(f.severity));
    }
}

} // namespace aif
