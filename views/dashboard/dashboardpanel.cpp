#include "dashboardpanel.h"

#include "availabilitycard.h"
#include "catalog.h"
#include "comparedialog.h"
#include "compareview.h"
#include "deploymentchart.h"
#include "document.h"
#include "explain/explainpanel.h"
#include "headlinestrip.h"
#include "keyfigurestable.h"
#include "monthlychart.h"
#include "sitescard.h"
#include "powerbreakdownchart.h"
#include "solvejob.h"
#include "tcochart.h"
#include "throughput/chartexport.h"
#include "tornadochart.h"
#include "twin/twin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace aif {

DashboardPanel::DashboardPanel(Document *document, const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalog(catalog)
    , m_status(new QLabel(this))
    , m_back(new QPushButton(tr("◀ Dashboard"), this))
    , m_headline(new HeadlineStrip(this))
    , m_pages(new QStackedWidget(this))
    , m_grid(new QWidget)
    , m_gridLayout(new QGridLayout(m_grid))
    , m_power(new PowerBreakdownChart(m_grid))
    , m_monthly(new MonthlyChart(m_grid))
    , m_deployments(new DeploymentChart(m_grid))
    , m_tco(new TcoChart(m_grid))
    , m_tornado(new TornadoChart(m_grid))
    , m_figures(new KeyFiguresTable(m_grid))
    , m_compare(new CompareView(catalog, this))
{
    setObjectName("dashboardPanel");
    m_status->setWordWrap(true);
    auto *compare = new QPushButton(tr("Compare…"), this);
    compare->setObjectName("compareButton");
    compare->setToolTip(tr("Solve two scenarios or two projects and show them side by side"));
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName("exportButton");
    auto *exportMenu = new QMenu(exportButton);
    for (const char *format : {"png", "svg"}) {
        exportMenu->addAction(tr("Every chart as %1…").arg(QString::fromLatin1(format).toUpper()),
                              this, [this, format] { openExport(QString::fromLatin1(format)); });
    }
    exportButton->setMenu(exportMenu);
    new AvailabilityCard(m_grid);   // found by type in arrange() and fill()
    new SitesCard(m_grid);          // likewise; shown for projects with several sites
    m_back->hide();
    m_headline->setExplainEnabled(true);
    m_figures->setExplainEnabled(true);
    connect(m_headline, &HeadlineStrip::figureActivated, this, &DashboardPanel::explainFigure);
    connect(m_figures, &KeyFiguresTable::figureActivated, this, &DashboardPanel::explainFigure);
    connect(m_back, &QPushButton::clicked, this, &DashboardPanel::showDashboard);
    connect(compare, &QPushButton::clicked, this, &DashboardPanel::openCompare);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_back);
    bar->addWidget(compare);
    bar->addWidget(exportButton);

    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(6);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_pages->addWidget(scroll);
    m_pages->addWidget(m_compare);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(bar);
    layout->addWidget(m_headline);
    layout->addWidget(m_pages, 1);
    arrange();
    fill();
}

DashboardPanel::~DashboardPanel() = default;

std::vector<DashboardChart *> DashboardPanel::charts() const
{
    return {m_power, m_monthly, m_deployments, m_tco, m_tornado};
}

void DashboardPanel::arrange()
{
    // Two columns in the usual window with docks; three when the tab is wide.
    const int w = m_pages->width();
    const int columns = w >= 1400 ? 3 : w >= 720 ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    std::vector<QWidget *> cells {m_power, m_monthly, m_deployments, m_tco, m_tornado, m_figures,
                                  m_grid->findChild<AvailabilityCard *>()};
    auto *sites = m_grid->findChild<SitesCard *>();
    m_gridLayout->removeWidget(sites);
    for (QWidget *c : cells)
        m_gridLayout->removeWidget(c);
    // Several sites: their table heads the grid across its width (row 0 stays empty otherwise).
    m_gridLayout->addWidget(sites, 0, 0, 1, columns);
    for (int i = 0; i < int(cells.size()); ++i)
        m_gridLayout->addWidget(cells[size_t(i)], 1 + i / columns, i % columns);
    for (int c = 0; c < 3; ++c)
        m_gridLayout->setColumnStretch(c, c < columns ? 1 : 0);
}

void DashboardPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void DashboardPanel::setResult(std::shared_ptr<const SolveResult> result)
{
    m_result = std::move(result);
    m_stale = false;
    fill();
}

void DashboardPanel::setStale(bool stale)
{
    // Every edit marks the results stale: grey the numbers, keep the charts (a solve follows).
    m_stale = stale;
    m_headline->setStale(stale);
    if (m_explain)
        m_explain->setStale(stale);
    if (!inCompareMode())
        updateStatus();
}

void DashboardPanel::fill()
{
    m_keyFigures.clear();
    if (!m_result) {
        const QString why = tr("No results yet: Analyze ▸ Solve (F5).");
        m_headline->clear(why);
        for (DashboardChart *c : charts())
            c->showMessage(why);
        m_figures->setFigures({});
        m_grid->findChild<AvailabilityCard *>()->setResult(nullptr);
        m_grid->findChild<SitesCard *>()->setResult(nullptr);
        updateStatus();
        updateExplainPanel();
        return;
    }
    const SolveResult &r = *m_result;
    m_keyFigures = keyFigures(r);
    const std::vector<KeyFigure> &figures = m_keyFigures;
    auto reason = [&figures](const char *key) {
        const KeyFigure *f = findFigure(figures, QString::fromLatin1(key));
        return f ? f->reason : QString();
    };
    m_headline->setFigures(figures);
    m_headline->setStale(m_stale);
    m_figures->setFigures(figures);
    std::vector<PowerBreakdownChart::Bar> bars;
    if (r.power)
        bars.push_back({tr("Design"), r.power});
    if (r.twin && r.twin->power)
        bars.push_back({tr("Operating"), r.twin->power});
    m_power->setBars(bars);
    m_monthly->setAnnual(r.annual.get(), reason("energy"));
    const auto *tp = r.twin && r.twin->throughput ? r.twin->throughput.get() : r.throughput.get();
    m_deployments->setResult(tp, reason("tokensPerS"));
    m_tco->setResult(r.tco.get(), m_document->project().economics.discountRate, reason("capex"));
    m_tornado->setResult(r.tco.get(), reason("usdPerMtok"));
    m_grid->findChild<AvailabilityCard *>()->setResult(r.availability.get());
    m_grid->findChild<SitesCard *>()->setResult(r.sites.get());

    updateStatus();
    updateExplainPanel();
    for (const QString &line : inconsistencies())
        qWarning("dashboard: %s", qPrintable(line));
}

namespace {

QString textWithUnit(const KeyFigure &f)
{
    return f.valid() && !f.unit.isEmpty() ? f.text() + " " + f.unit : f.text();
}

} // namespace

bool DashboardPanel::explainFigure(const QString &key)
{
    const KeyFigure *f = findFigure(m_keyFigures, key);
    if (!m_result || !f || !f->valid() || !f->explainable)
        return false;
    if (!m_explain) {
        m_explain = new ExplainPanel(m_catalog, this);
        connect(m_explain, &ExplainPanel::entityRequested, this, &DashboardPanel::entityRequested);
        updateExplainPanel();
    }
    const bool ok = m_explain->showFigure(QString::fromStdString(f->pointer));
    m_explain->show();
    m_explain->raise();
    m_explain->activateWindow();
    return ok;
}

void DashboardPanel::updateExplainPanel()
{
    // An open explanation follows the dashboard's result, and leads with the dashboard's text.
    if (!m_explain)
        return;
    QHash<QString, QString> shown;
    for (const KeyFigure &f : m_keyFigures) {
        if (f.valid() && !f.pointer.empty())
            shown.insert(QString::fromStdString(f.pointer), textWithUnit(f));
    }
    m_explain->setStale(m_stale);
    m_explain->setShownTexts(shown);
    m_explain->setResult(m_result, m_document->project());
}

QStringList DashboardPanel::inconsistencies() const
{
    QStringList out;
    if (!m_result)
        return out;
    for (int row = 0; row < int(m_keyFigures.size()); ++row) {
        const KeyFigure &f = m_keyFigures[size_t(row)];
        if (f.pointer.empty() || !f.valid())
            continue;
        const KeyFigure fromJson = figureFromJson(f, m_result->json);
        const QString pointer = QString::fromStdString(f.pointer);
        if (HeadlineStrip::headlineKeys().contains(f.key)
            && m_headline->valueText(f.key) != fromJson.text()) {
            out << tr("%1: headline shows %2, the result has %3 at %4")
                       .arg(f.label, m_headline->valueText(f.key), fromJson.text(), pointer);
        }
        const QTableWidgetItem *cell = m_figures->item(row, 1);
        if (m_figures->keyAt(row) != f.key || !cell || cell->text() != textWithUnit(fromJson)) {
            out << tr("%1: table shows %2, the result has %3 at %4")
                       .arg(f.label, cell ? cell->text() : QString(), textWithUnit(fromJson),
                            pointer);
        }
    }
    return out;
}

void DashboardPanel::updateStatus()
{
    if (!m_result) {
        m_status->setText(tr("No results yet: Analyze ▸ Solve (F5)."));
        return;
    }
    const SolveResult &r = *m_result;
    QString status;
    if (!r.twin)
        status = tr("Design point only: the coupled twin did not run.");
    else if (r.twin->converged)
        status = tr("Operating point of the coupled twin: converged in %1 passes.")
                     .arg(r.twin->iterations);
    else
        status = tr("<span style='color:#c82828'>The coupled twin did not converge in %1 passes "
                    "(residual %2): "
                    "figures are the last pass.</span>")
                     .arg(r.twin->iterations)
                     .arg(r.twin->residual, 0, 'g', 3);
    if (m_stale)
        status = tr("<b>Stale</b> — the design changed; solving again. ") + status;
    m_status->setText(status);
}

QStringList DashboardPanel::exportAll(const QString &folder, const QString &format)
{
    // Charts lay themselves out on the next event-loop pass: let a fresh result settle first.
    QCoreApplication::processEvents();
    QStringList written;
    const QString suffix = format.compare("svg", Qt::CaseInsensitive) == 0 ? "svg" : "png";
    const QDir dir(folder);
    auto write = [&](QWidget *w, const QString &name) {
        const QString path = dir.filePath(name + "." + suffix);
        if (exportChart(w, path))
            written << path;
    };
    write(this, "dashboard");
    write(m_headline, "headline");
    for (DashboardChart *c : charts())
        write(c, c->exportName());
    return written;
}

void DashboardPanel::openExport(const QString &format)
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export dashboard to folder"),
                                                             QDir::homePath());
    if (folder.isEmpty())
        return;
    const QStringList files = exportAll(folder, format);
    m_status->setText(files.isEmpty()
                          ? tr("Nothing exported: cannot write to %1").arg(folder)
                          : tr("Exported %1 files to %2").arg(files.size()).arg(folder));
}

void DashboardPanel::openCompare()
{
    const QString path = m_document->filePath();
    CompareDialog dialog(m_document->project(),
                         path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName(), this);
    if (dialog.exec() == QDialog::Accepted)
        compare(dialog.sides());
}

void DashboardPanel::compare(CompareSide a, CompareSide b)
{
    std::vector<CompareSide> sides;
    sides.push_back(std::move(a));
    sides.push_back(std::move(b));
    compare(std::move(sides));
}

void DashboardPanel::compare(std::vector<CompareSide> sides)
{
    m_pages->setCurrentWidget(m_compare);
    m_headline->hide();
    m_back->show();
    m_status->setText(tr("Compare mode"));
    m_compare->compare(std::move(sides));
}

void DashboardPanel::showDashboard()
{
    m_pages->setCurrentIndex(0);
    m_headline->show();
    m_back->hide();
    fill();
}

bool DashboardPanel::inCompareMode() const
{
    return m_pages->currentWidget() == m_compare;
}

} // namespace aif
