// The studio's solve: the same job as `aif solve`, on a worker thread, at the fidelity the user
// chose, with progress and Cancel, results cached by design state so undo brings them back.
#include "mainwindow.h"

#include "dashboard/dashboardpanel.h"
#include "report/keyfigures.h"
#include "document.h"
#include "floorplan/floorplanwidget.h"
#include "inspector/inspector.h"
#include "power/powerpanel.h"
#include "power/powersolver.h"
#include "cooling/coolingpanel.h"
#include "scenarios/scenariopanel.h"
#include "solvecache.h"
#include "solveprogress.h"
#include "thermal/thermalpanel.h"
#include "thermal/thermalsolver.h"
#include "throughput/throughputpanel.h"
#include "twin/twin.h"
#include "units.h"
#include "view3d/view3dpanel.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent>

namespace aif {

void MainWindow::solve(bool airField, bool calibrate)
{
    // An explicit choice (Analyze menu, the 3D tab's button): later re-solves keep it.
    if (!calibrate) {
        m_airFieldChosen = airField;
        updateFidelityLabel();
    }
    startSolve(airField, calibrate);
}

bool MainWindow::solving() const
{
    return m_solveProgressWidget->running();
}

size_t MainWindow::cachedSolves() const
{
    return m_solveCache->size();
}

void MainWindow::cancelSolve()
{
    if (m_solveProgress)
        m_solveProgress->cancel();
    m_solveProgressWidget->finish();
    statusBar()->showMessage(tr("Solve cancelled: the figures shown are from the last finished solve (stale). "
                                "Analyze ▸ Solve (F5) to update them."),
                             10000);
}

void MainWindow::updateFidelityLabel()
{
    m_fidelityLabel->setText(m_airFieldChosen ? tr("Thermal: T1 3D air field") : tr("Thermal: T0 quick model"));
    m_fidelityLabel->setToolTip(m_airFieldChosen
                                    ? tr("Re-solves after edits solve each hall's 3D air field (Analyze ▸ Solve "
                                         "with 3D air field). Analyze ▸ Solve returns to the quick model.")
                                    : tr("Re-solves after edits use the quick zonal model (T0). Analyze ▸ Solve "
                                         "with 3D air field (Shift+F5) keeps the 3D field instead."));
}

void MainWindow::startSolve(bool airField, bool calibrate)
{
    // A newer solve cancels the one in flight; a result for an older revision is dropped.
    m_solveTimer->stop();
    if (m_solveProgress)
        m_solveProgress->cancel();
    QPointer<SolveProgress> widget = m_solveProgressWidget;
    auto progress = std::make_shared<Progress>([widget](double fraction, const std::string &stage) {
        QMetaObject::invokeMethod(
            widget, [widget, fraction, stage] {
                if (widget)
                    widget->setProgress(fraction, QString::fromStdString(stage));
            },
            Qt::QueuedConnection);
    });
    m_solveProgress = progress;
    m_solveRevision = m_document->revision();
    auto *watcher = new QFutureWatcher<SolveResult>(this);
    const Project snapshot = m_document->project();
    const Catalog *catalog = m_catalog;
    const QString what = airField ? tr("Solving with the 3D air field") : tr("Solving");
    statusBar()->showMessage(what + QStringLiteral("…"));
    m_solveProgressWidget->start(what);
    const quint64 revision = m_solveRevision;
    connect(watcher, &QFutureWatcher<SolveResult>::finished, this, [this, watcher, revision, progress] {
        const SolveResult r = watcher->result();
        watcher->deleteLater();
        if (progress == m_solveProgress)
            m_solveProgressWidget->finish();
        if (r.cancelled || revision != m_document->revision())
            return;
        applySolve(r, revision);
    });
    SolveOptions options;
    options.scenario = m_scenarios->activeScenario().toStdString();
    options.airField = airField;
    options.recirculation = calibrate;
    options.cellM = m_cellM;
    if (airField && m_lastSolve && m_lastSolve->thermal)
        options.previousFields = m_lastSolve->thermal->airFields;
    if (!calibrate)
        options.recirculationSet = m_recirculation;
    std::shared_ptr<SolveCache> cache = m_solveCache;
    watcher->setFuture(QtConcurrent::run([snapshot, catalog, progress, options, cache] {
        // An exception would come back out of QFuture::result() on the GUI thread and end the
        // studio: it becomes a finding of the solve instead.
        try {
            const QByteArray key = SolveCache::key(snapshot, options);
            if (std::optional<SolveResult> hit = cache->find(key))
                return *hit;
            SolveResult r = runSolve(snapshot, *catalog, options, progress.get());
            if (!r.cancelled)
                cache->insert(key, r);
            return r;
        } catch (const std::exception &e) {
            SolveResult failed;
            failed.ok = false;
            failed.violations.push_back({Diagnostic::Severity::Error, {}, {}, "solve.internal",
                                         std::string("the solve stopped: ") + e.what()});
            return failed;
        }
    }));
}

void MainWindow::applySolve(const SolveResult &r, quint64 revision)
{
    m_lastSolve = std::make_shared<SolveResult>(r);
    m_lastSolveRevision = revision;
    if (!r.recirculationSet.empty())
        m_recirculation = r.recirculationSet;
    runValidation();   // validation + layout + solver findings
    if (r.power)
        m_powerPanel->setResult(r.power);
    if (r.thermal) {
        m_thermalPanel->setResult(r.thermal);
        m_coolingPanel->setResult(r.thermal);
    }
    // The operating point's throughput (the coupled twin's, with its throttling), as the
    // dashboard's tokens/s: one number per figure (issue 19); the design solve without a twin.
    if (r.twin && r.twin->throughput)
        m_throughputPanel->setResult(r.twin->throughput);
    else if (r.throughput)
        m_throughputPanel->setResult(r.throughput);
    m_inspector->setResults(m_lastSolve);
    m_dashboard->setResult(m_lastSolve);
    m_view3d->setResult(m_lastSolve);
    applyOverlay();
    QStringList ran;
    for (const std::string &s : r.solversRun)
        ran << QString::fromStdString(s);
    qInfo("solved (%s): %d violations", qPrintable(ran.isEmpty() ? QStringLiteral("validation only") : ran.join(", ")),
          int(r.violations.size()));
    // The dashboard's own figures, with their names: one truth per figure (keyFigures).
    const std::vector<KeyFigure> figures = keyFigures(r);
    const KeyFigure *it = findFigure(figures, "it"), *point = findFigure(figures, "pueOperating"),
                    *annual = findFigure(figures, "pue");
    QString message = tr("Solved");
    if (it && it->valid() && point && point->valid()) {
        message += tr(": IT %1, %2 %3")
                       .arg(units::format(it->value, Quantity::Power, units::currentSystem()),
                            point->label, point->text());
        if (annual && annual->valid() && annual->label != point->label)
            message += tr(", %1 %2").arg(annual->label, annual->text());
    }
    statusBar()->showMessage(message, 8000);
    emit solveFinished();
}

} // namespace aif
