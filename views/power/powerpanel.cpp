#include "powerpanel.h"

#include "power/powersolver.h"
#include "singlelinediagram.h"
#include "stagename.h"
#include "units.h"

#include <QCoreApplication>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace aif {

namespace {

QString fmtPower(double w)
{
    return units::format(w, Quantity::Power, units::currentSystem());
}

QString pct(double f, int decimals = 1)
{
    return QString::number(f * 100, 'f', decimals) + " %";
}

QString variantTable(const power::ChainVariant &v)
{
    QString rows;
    for (const power::StageResult &s : v.stages)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=right>%3</td><td align=right>%4</td><td align=right>%5</td></tr>")
                    .arg(powerStageName(s.stage).toHtmlEscaped(), QString::fromStdString(s.catalogId), pct(s.loadFraction, 0),
                         pct(s.efficiency, 2), fmtPower(s.lossW));
    return PowerPanel::tr("<p><b>%1</b> — end to end <b>%2</b></p><table cellspacing=0 cellpadding=3 border=1>"
                          "<tr><th>stage (chip → utility)</th><th>catalog</th><th>load</th><th>η</th><th>loss</th></tr>%3</table>")
        .arg(QCoreApplication::translate("aif::power::ChainComparison", v.label.c_str()).toHtmlEscaped(),
             pct(v.efficiency, 2), rows);
}

} // namespace

PowerPanel::PowerPanel(Document *document, SelectionModel *selection, const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_summary(new QTextBrowser(this))
    , m_diagram(new SingleLineDiagram(document, selection, catalog, this))
{
    setObjectName("powerPanel");
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *editor = new QWidget(split);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_diagram->createToolBar(editor));
    editorLayout->addWidget(m_diagram);
    connect(m_diagram, &SingleLineDiagram::editRefused, this, &PowerPanel::editRefused);
    split->addWidget(editor);
    split->addWidget(m_summary);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({700, 480});
    m_summary->setMinimumWidth(380);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    updateSummary();
}

void PowerPanel::setResult(std::shared_ptr<const power::PowerResult> result)
{
    m_result = result;
    m_stale = false;
    m_diagram->setResult(std::move(result));
    updateSummary();
}

void PowerPanel::setStale(bool stale)
{
    m_stale = stale;
    m_diagram->setStale(stale);
    updateSummary();
}

void PowerPanel::updateSummary()
{
    if (!m_result) {
        m_summary->setHtml(tr("<p>No power results yet: <b>Analyze ▸ Solve</b> (F5).</p>"));
        return;
    }
    const power::PowerResult &r = *m_result;
    QString losses;
    for (const auto &[stage, w] : r.lossesByStageW) {
        if (w > 0)
            losses += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td></tr>")
                          .arg(powerStageName(stage).toHtmlEscaped(), fmtPower(w), pct(w / r.itW, 2));
    }
    const power::CoolingPower &c = r.cooling;
    QString html = tr("<h3>Power %1</h3>").arg(m_stale ? tr("<span style='color:#888'>(stale: edited since the last solve)</span>") : QString());
    html += tr("<table cellpadding=3>"
                           "<tr><td>IT load (at rack inputs)</td><td align=right><b>%1</b></td></tr>"
                           "<tr><td>Power-chain losses</td><td align=right>%2</td></tr>"
                           "<tr><td>Cooling power</td><td align=right>%3</td></tr>"
                           "<tr><td>Facility power</td><td align=right><b>%4</b></td></tr>"
                           "<tr><td>PUE (pPUE power / cooling)</td><td align=right><b>%5</b> (%6 / %7)</td></tr>"
                           "<tr><td>Indicative Uptime tier</td><td align=right><b>Tier %8</b></td></tr></table>"
                           "<p><i>%9</i></p>")
                .arg(fmtPower(r.itW), fmtPower(r.chainLossW), fmtPower(c.totalW), fmtPower(r.facilityW))
                .arg(r.pue, 0, 'f', 3)
                .arg(r.ppuePower, 0, 'f', 3)
                .arg(r.ppueCooling, 0, 'f', 3)
                .arg(r.redundancy.tier)
                .arg(QString::fromStdString(r.redundancy.tierReason).toHtmlEscaped());
    html += tr("<p><b>Losses by stage</b> (share of IT)</p><table cellpadding=2>%1</table>").arg(losses);
    html += tr("<p><b>Cooling</b>: air-unit fans %1, CDU pumps %2, chillers %3, dry coolers %4, towers %5,"
                           " heat reuse %9<br>heat to liquid %6, to air %7<br><small>%8</small></p>")
                .arg(fmtPower(c.airFansW), fmtPower(c.cduPumpsW), fmtPower(c.chillersW), fmtPower(c.dryCoolersW), fmtPower(c.towersW),
                     units::format(c.liquidHeatW, Quantity::HeatLoad, units::currentSystem()),
                     units::format(c.airHeatW, Quantity::HeatLoad, units::currentSystem()),
                     QString::fromStdString(c.basis).toHtmlEscaped(), fmtPower(c.heatReuseW));
    html += tr("<p><b>N-1</b>: %1 single failures analysed; %2 drop load, %3 overload a stage.</p>")
                .arg(r.redundancy.cases.size())
                .arg(r.redundancy.casesDroppingLoad)
                .arg(r.redundancy.casesOverloading);
    if (r.hasComparison) {
        html += tr("<h3>AC vs 800 VDC for this IT load</h3><p>Same chip power through reference chains from the "
                   "catalog, %1 sizing; 800 VDC gains <b>%2 points</b> end to end.</p>")
                    .arg(r.redundancy.dualPath ? "2N" : "N")
                    .arg(r.comparison.dcGainPoints, 0, 'f', 2);
        html += variantTable(r.comparison.ac) + variantTable(r.comparison.dc800);
    }
    m_summary->setHtml(html);
}

} // namespace aif
