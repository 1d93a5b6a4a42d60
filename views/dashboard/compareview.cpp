#include "compareview.h"

#include "common/progress.h"
#include "headlinestrip.h"
#include "keyfigurestable.h"
#include "powerbreakdownchart.h"
#include "solvejob.h"
#include "twin/twin.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace aif {

CompareView::CompareView(const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_status(new QLabel(this))
    , m_stripA(new HeadlineStrip(this))
    , m_stripB(new HeadlineStrip(this))
    , m_power(new PowerBreakdownChart(this))
    , m_table(new KeyFiguresTable(this))
{
    setObjectName("compareView");
    m_stripA->setObjectName("compareStripA");
    m_stripB->setObjectName("compareStripB");
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_stripA);
    layout->addWidget(m_stripB);
    layout->addWidget(m_table);
    layout->addWidget(m_power, 1);
    m_status->setText(tr("Choose two designs with Compare…"));
}

CompareView::~CompareView()
{
    // The solves read the catalog and this view's results: finish before either goes away.
    cancel();
}

bool CompareView::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void CompareView::cancel()
{
    if (m_progress)
        m_progress->cancel();
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->waitForFinished();
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

void CompareView::compare(CompareSide a, CompareSide b)
{
    cancel();
    m_a.reset();
    m_b.reset();
    m_status->setText(tr("Solving <b>%1</b> and <b>%2</b>…")
                          .arg(a.label.toHtmlEscaped(), b.label.toHtmlEscaped()));
    m_stripA->clear(tr("solving…"));
    m_stripB->clear(tr("solving…"));
    auto progress = std::make_shared<Progress>();
    m_progress = progress;
    const Catalog *catalog = m_catalog;
    const QString labelA = a.label, labelB = b.label;
    m_watcher = new QFutureWatcher<std::pair<SolveResult, SolveResult>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, labelA, labelB] {
        const auto results = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        if (results.first.cancelled || results.second.cancelled)
            return;
        m_a = std::make_shared<SolveResult>(results.first);
        m_b = std::make_shared<SolveResult>(results.second);
        showResults(labelA, labelB);
        emit finished();
    });
    // One worker runs the two solves in turn: the studio's own solve keeps a thread free,
    // and either solve is well under a second on the sample projects.
    m_watcher->setFuture(QtConcurrent::run([a = std::move(a), b = std::move(b), catalog, progress] {
        SolveOptions oa, ob;
        oa.scenario = a.scenario;
        ob.scenario = b.scenario;
        SolveResult ra = runSolve(a.project, *catalog, oa, progress.get());
        SolveResult rb = runSolve(b.project, *catalog, ob, progress.get());
        return std::make_pair(std::move(ra), std::move(rb));
    }));
}

void CompareView::showResults(const QString &labelA, const QString &labelB)
{
    const std::vector<KeyFigure> fa = keyFigures(*m_a), fb = keyFigures(*m_b);
    m_stripA->setFigures(fa, QStringLiteral("A: %1").arg(labelA));
    m_stripB->setFigures(fb, QStringLiteral("B: %1").arg(labelB));
    m_table->setComparison(fa, fb, QStringLiteral("A: %1").arg(labelA),
                           QStringLiteral("B: %1").arg(labelB));
    int better = 0, worse = 0;
    for (int v : m_table->verdicts()) {
        better += v > 0;
        worse += v < 0;
    }
    m_status->setText(
        tr("<b>A</b>: %1 &nbsp; vs &nbsp; <b>B</b>: %2 — B is better on %3 and worse on %4 figures "
           "(<span style='color:%5'>green</span>: better, <span style='color:%6'>red</span>: "
           "worse).")
            .arg(labelA.toHtmlEscaped(), labelB.toHtmlEscaped())
            .arg(better)
            .arg(worse)
            .arg(betterColour().name(), worseColour().name()));
    auto operating = [](const SolveResult &r) {
        return r.twin && r.twin->power ? r.twin->power : r.power;
    };
    m_power->setBars(
        {{QStringLiteral("A"), operating(*m_a)}, {QStringLiteral("B"), operating(*m_b)}}, false);
}

} // namespace aif
