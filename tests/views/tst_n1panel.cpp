// The N−1 scan panel (issue 22) over the 1 MW reference design, driven with real mouse events:
// Run gives the same rows as whatif::runScan called directly, a click on a header sorts by that
// column, rows that break ASHRAE allowable are marked and named in the summary, figures follow
// the unit system, and "Show this case" adds one scenario with the failed overrides that one
// undo removes.
#include "catalog.h"
#include "document.h"
#include "units.h"
#include "whatif/n1panel.h"
#include "whatif/n1scan.h"
#include "whatif/n1tablemodel.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace aif;

class TestN1Panel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void runGivesTheSolversRows();
    void headerClickSorts();
    void breakingRowsAreMarkedAndNamed();
    void showCaseIsOneUndoStep();
    void followsUnits();

private:
    template<class W = QWidget> W *find(const char *name) const
    {
        W *w = m_panel->findChild<W *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }
    QTableView *table() const { return find<QTableView>("n1Table"); }
    QAbstractItemModel *rows() const { return table()->model(); }
    bool runScan();
    // Takes crah-1 … crah-n out of service in the design itself, so the next failure breaks.
    void failAirUnits(int n);
    void clickHeader(int column);
    void clickRow(int row);

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<N1Panel> m_panel;
};

void TestN1Panel::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestN1Panel::init()
{
    m_doc = std::make_unique<Document>();
    Diagnostics d;
    QVERIFY(m_doc->load(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory"), &d));
    m_panel = std::make_unique<N1Panel>(m_doc.get(), m_catalog.get());
    m_panel->resize(1100, 520);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestN1Panel::cleanup()
{
    m_panel.reset();
    m_doc.reset();
    units::setCurrentSystem(UnitSystem::SI);
}

bool TestN1Panel::runScan()
{
    QSignalSpy done(m_panel.get(), &N1Panel::runningChanged);
    QTest::mouseClick(find<QPushButton>("n1Run"), Qt::LeftButton);
    if (!m_panel->running())
        return false;
    // The 1 MW hall's cooling and power units take well under a second each on two cores.
    return QTest::qWaitFor([&] { return !m_panel->running(); }, 20000) && m_panel->result();
}

void TestN1Panel::failAirUnits(int n)
{
    m_doc->beginBatch(QStringLiteral("fail air units"));
    for (int i = 1; i <= n; ++i)
        QVERIFY(m_doc->editProperty("crah-" + std::to_string(i), "failed", Json(true)).empty());
    m_doc->endBatch();
}

void TestN1Panel::clickHeader(int column)
{
    QHeaderView *header = table()->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

void TestN1Panel::clickRow(int row)
{
    const QRect cell = table()->visualRect(rows()->index(row, 0));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
}

void TestN1Panel::runGivesTheSolversRows()
{
    QVERIFY(runScan());
    const whatif::ScanResult direct = whatif::runScan(m_doc->project(), *m_catalog, m_panel->options());
    QVERIFY(direct.ok);
    QVERIFY(!direct.cases.empty());
    const std::vector<const whatif::ScanCase *> expected = whatif::bySeverity(direct);
    QCOMPARE(rows()->rowCount(), int(expected.size()));
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(rows());
    auto *model = qobject_cast<N1TableModel *>(proxy->sourceModel());
    for (int r = 0; r < int(expected.size()); ++r) {
        // Unsorted, the rows are the scan's own order: most severe first.
        const whatif::ScanCase *shown = model->scanCase(proxy->mapToSource(proxy->index(r, 0)).row());
        const whatif::ScanCase &want = *expected[size_t(r)];
        QCOMPARE(shown->unitIds(), want.unitIds());
        QCOMPARE(shown->figures.maxInletC, want.figures.maxInletC);
        QCOMPARE(shown->figures.allowableViolations, want.figures.allowableViolations);
        QCOMPARE(shown->figures.throttledGpus, want.figures.throttledGpus);
        QCOMPARE(shown->lostTokensPerS, want.lostTokensPerS);
        QCOMPARE(shown->lostPowerCapacityW, want.lostPowerCapacityW);
        QCOMPARE(rows()->index(r, N1TableModel::ColMaxInlet).data().toString(),
                 units::format(want.figures.maxInletC, Quantity::Temperature, UnitSystem::SI));
    }
    QVERIFY2(find<QLabel>("n1Summary")->text().startsWith(QStringLiteral("%1 cases").arg(expected.size())),
             qPrintable(find<QLabel>("n1Summary")->text()));
}

void TestN1Panel::headerClickSorts()
{
    QVERIFY(runScan());
    for (int column : {int(N1TableModel::ColLostPower), int(N1TableModel::ColUnits)}) {
        clickHeader(column);
        const Qt::SortOrder first = table()->horizontalHeader()->sortIndicatorOrder();
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), column);
        for (int pass = 0; pass < 2; ++pass) {
            const Qt::SortOrder order = table()->horizontalHeader()->sortIndicatorOrder();
            for (int r = 1; r < rows()->rowCount(); ++r) {
                const QVariant a = rows()->index(r - 1, column).data(N1TableModel::SortRole);
                const QVariant b = rows()->index(r, column).data(N1TableModel::SortRole);
                const bool inOrder = order == Qt::AscendingOrder ? QVariant::compare(a, b) <= 0
                                                                 : QVariant::compare(a, b) >= 0;
                QVERIFY2(inOrder, qPrintable(QStringLiteral("column %1 rows %2, %3").arg(column).arg(r - 1).arg(r)));
            }
            clickHeader(column); // the other way round
            QVERIFY(table()->horizontalHeader()->sortIndicatorOrder() != order || pass == 1);
        }
        QCOMPARE(table()->horizontalHeader()->sortIndicatorOrder(), first);
    }
}

void TestN1Panel::breakingRowsAreMarkedAndNamed()
{
    // With six of ten CRAHs out, losing a seventh pushes the hall past allowable (the CLI's
    // `aif whatif --n-1 --kinds cooling` on the same design says so as well).
    failAirUnits(6);
    QVERIFY(runScan());
    int breaking = 0;
    for (const whatif::ScanCase &c : m_panel->result()->cases)
        breaking += c.breaksAllowable;
    QVERIFY(breaking > 0);
    QVERIFY(breaking < rows()->rowCount());
    const QString summary = find<QLabel>("n1Summary")->text();
    QVERIFY2(summary.contains(QStringLiteral("%1 break ASHRAE allowable").arg(breaking)), qPrintable(summary));
    // Most severe first, marked; the first healthy row is not.
    QVERIFY(rows()->index(0, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(summary.contains(rows()->index(0, N1TableModel::ColUnits).data().toString()));
    QVERIFY(!rows()->index(breaking, 0).data(Qt::BackgroundRole).isValid());

    clickRow(0);
    QTest::qWait(50); // the summary's new height is laid out
    QString dir = qEnvironmentVariable("AIF_SHOTS_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath();
    QDir().mkpath(dir);
    QVERIFY(m_panel->grab().save(dir + "/n1panel.png"));
}

void TestN1Panel::showCaseIsOneUndoStep()
{
    QVERIFY(runScan());
    QSignalSpy chosen(m_panel.get(), &N1Panel::caseChosen);
    QSignalSpy shown(m_panel.get(), &N1Panel::scenarioShown);
    auto *showCase = find<QPushButton>("n1ShowCase");
    QVERIFY(!showCase->isEnabled());
    clickRow(0);
    QCOMPARE(chosen.count(), 1);
    const QStringList ids = chosen.first().first().toStringList();
    QVERIFY(!ids.isEmpty());
    QVERIFY(showCase->isEnabled());

    const size_t scenariosBefore = m_doc->project().scenarios.size();
    const int stepsBefore = m_doc->undoStack()->count();
    QTest::mouseClick(showCase, Qt::LeftButton);
    QCOMPARE(m_doc->project().scenarios.size(), scenariosBefore + 1);
    QCOMPARE(m_doc->undoStack()->count(), stepsBefore + 1);
    QCOMPARE(shown.count(), 1);
    const Scenario &s = m_doc->project().scenarios.back();
    QCOMPARE(QString::fromStdString(s.id), shown.first().first().toString());
    QVERIFY2(QString::fromStdString(s.name).startsWith(QStringLiteral("N−1: ")), s.name.c_str());
    QCOMPARE(int(s.overrides.size()), int(ids.size()));
    for (const Override &o : s.overrides) {
        QVERIFY(ids.contains(QString::fromStdString(o.entity)));
        QCOMPARE(o.property, std::string("failed"));
        QVERIFY(o.value == Json(true));
    }
    // The scan still stands: a scenario is a what-if on top of the design.
    QVERIFY(!find<QLabel>("n1Summary")->text().contains(QStringLiteral("changed")));

    // Showing it again finds the same scenario rather than adding a copy.
    QTest::mouseClick(showCase, Qt::LeftButton);
    QCOMPARE(m_doc->project().scenarios.size(), scenariosBefore + 1);
    QCOMPARE(shown.count(), 2);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().scenarios.size(), scenariosBefore);
    QCOMPARE(m_doc->undoStack()->count(), stepsBefore + 1); // redo stays possible
    QCOMPARE(m_doc->undoStack()->index(), stepsBefore);
}

void TestN1Panel::followsUnits()
{
    QVERIFY(runScan());
    const QString si = rows()->index(0, N1TableModel::ColMaxInlet).data().toString();
    QVERIFY2(si.contains(QStringLiteral("°C")), qPrintable(si));
    units::setCurrentSystem(UnitSystem::US);
    m_panel->refresh();
    const QString us = rows()->index(0, N1TableModel::ColMaxInlet).data().toString();
    QVERIFY2(us.contains(QStringLiteral("°F")), qPrintable(us));
    QVERIFY(find<QLabel>("n1Summary")->text().contains(QStringLiteral("°F")));
    // An edit of the design leaves the table as it was, marked as stale.
    failAirUnits(1);
    QVERIFY(find<QLabel>("n1Summary")->text().contains(QStringLiteral("changed")));
    QVERIFY(rows()->rowCount() > 0);
}

QTEST_MAIN(TestN1Panel)
#include "tst_n1panel.moc"
