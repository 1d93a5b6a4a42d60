// Sweeps in the studio (issue 22, docs/sweep.md "In the studio"): on the 1 MW sample, a
// parameter added with real clicks and keys, run off the GUI thread, gives one row per case
// equal to the solve job on that variant; the Pareto chart's front is the non-dominated set;
// "Open this case" makes a scenario in one undo step; the inspector's hook fills the form.
#include "catalog.h"
#include "document.h"
#include "report/keyfigures.h"
#include "solvejob.h"
#include "sweep/sweeppanel.h"
#include "sweep/sweepeditor.h"
#include "sweep/sweepparetochart.h"
#include "sweep/sweeptornadochart.h"

#include "../common/runprogram.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace aif;

class TestSweepPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void threeCasesEqualTheSolver();
    void inspectorHookAndScreenshot();

private:
    template<class W = QWidget> W *find(const char *name) const
    {
        W *w = m_panel->findChild<W *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget named %s", name);
        return w;
    }
    // Picks a combo entry by typing its first word, as a user does on a closed combo (a space
    // would open the popup).
    void typeInto(QComboBox *combo, const QString &text) const
    {
        combo->setFocus();
        QTest::keyClicks(combo, text.section(' ', 0, 0));
    }
    void addParameter(const QString &kind, const QString &item, const QString &field, const QString &values);
    void runAndWait(int cases);

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<SweepPanel> m_panel;
};

void TestSweepPanel::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestSweepPanel::init()
{
    m_doc = std::make_unique<Document>();
    Diagnostics d;
    QVERIFY(m_doc->load(sampleProject("reference-1mw-h100-air"), &d));
    m_panel = std::make_unique<SweepPanel>(m_doc.get(), m_catalog.get());
    m_panel->resize(1600, 1000);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestSweepPanel::cleanup()
{
    m_panel.reset();
    m_doc.reset();
}

void TestSweepPanel::addParameter(const QString &kind, const QString &item, const QString &field,
                                  const QString &values)
{
    typeInto(find<QComboBox>("kindCombo"), kind);
    QCOMPARE(find<QComboBox>("kindCombo")->currentText(), kind);
    QTest::qWait(500);   // past the combo's keyboard-search interval: the next typing starts afresh
    if (!item.isEmpty()) {
        typeInto(find<QComboBox>("itemCombo"), item);
        QVERIFY2(find<QComboBox>("itemCombo")->currentText().startsWith(item),
                 qPrintable(find<QComboBox>("itemCombo")->currentText()));
    }
    typeInto(find<QComboBox>("fieldCombo"), field);
    QVERIFY2(find<QComboBox>("fieldCombo")->currentText().startsWith(field),
             qPrintable(find<QComboBox>("fieldCombo")->currentText()));
    auto *edit = find<QLineEdit>("valuesEdit");
    QTest::mouseClick(edit, Qt::LeftButton);
    edit->selectAll();
    QTest::keyClicks(edit, values);
    QTest::mouseClick(find<QPushButton>("addButton"), Qt::LeftButton);
}

void TestSweepPanel::runAndWait(int cases)
{
    auto *threads = find<QSpinBox>("threadsSpin");
    threads->setFocus();
    threads->selectAll();
    QTest::keyClicks(threads, "2");
    QTest::mouseClick(find<QPushButton>("runButton"), Qt::LeftButton);
    QVERIFY(m_panel->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isRunning(), 20000);
    QCOMPARE(m_panel->resultCount(), cases);
}

void TestSweepPanel::threeCasesEqualTheSolver()
{
    addParameter("Economics", {}, "Electricity tariff", "0.05, 0.08, 0.11");
    QCOMPARE(find<QTableWidget>("parameterTable")->rowCount(), 1);
    QCOMPARE(m_panel->editor()->caseCount(), 3);
    const SweepParameter &param = m_panel->editor()->parameters().front();
    QCOMPARE(param.key, std::string("tariffUsdPerKwh"));
    QCOMPARE(param.values.size(), size_t(3));

    QElapsedTimer timer;
    timer.start();
    runAndWait(3);
    qInfo("3 cases in %lld ms", timer.elapsed());
    auto *table = find<QTableView>("resultsTable");
    QCOMPARE(table->model()->rowCount(), 3);

    // Each row equals the solve job on the design with that tariff (the objectives' figures).
    const std::vector<std::string> names{"usdPerMtok", "tokensPerJoule", "capex"};
    const double tariffs[] = {0.05, 0.08, 0.11};
    std::vector<std::vector<double>> expected;
    for (double tariff : tariffs) {
        Project p = m_doc->project();
        QVERIFY(p.setValue(*p.find("economics"), "tariffUsdPerKwh", Json(tariff)).empty());
        const SolveResult solved = runSolve(p, *m_catalog, {});
        QVERIFY(solved.ok);
        const std::vector<KeyFigure> figures = keyFigures(solved);
        std::vector<double> row;
        for (const std::string &n : names)
            row.push_back(findFigure(figures, QString::fromStdString(n))->value);
        expected.push_back(row);
    }
    std::vector<std::vector<double>> actual(3);
    for (int r = 0; r < 3; ++r) {
        const int id = table->model()->index(r, 0).data(Qt::UserRole).toInt();
        QVERIFY(id >= 1 && id <= 3);
        for (int k = 0; k < 3; ++k)
            actual[size_t(id - 1)].push_back(table->model()->index(r, 2 + k).data(Qt::UserRole).toDouble());
        QCOMPARE(table->model()->index(r, 6).data().toString(), QStringLiteral("ok"));
    }
    for (int c = 0; c < 3; ++c) {
        for (int k = 0; k < 3; ++k)
            QCOMPARE(actual[size_t(c)][size_t(k)], expected[size_t(c)][size_t(k)]);
    }
    QVERIFY(expected[0][0] < expected[2][0]);   // a dearer tariff costs more per token

    // The front of usd_per_mtok (lower better) vs tokens_per_joule (higher better), by definition.
    std::vector<int> front;
    for (int i = 0; i < 3; ++i) {
        bool beaten = false;
        for (int j = 0; j < 3; ++j) {
            const auto &a = expected[size_t(j)], &b = expected[size_t(i)];
            beaten = beaten || (a[0] <= b[0] && a[1] >= b[1] && (a[0] < b[0] || a[1] > b[1]));
        }
        if (!beaten)
            front.push_back(i + 1);
    }
    std::vector<int> shown = m_panel->frontCaseIds();
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, front);
    QCOMPARE(find<SweepParetoChart>("sweepParetoChart")->pointCount(), 3);
    QCOMPARE(find<SweepParetoChart>("sweepParetoChart")->frontCount(), int(front.size()));
    QCOMPARE(find<SweepTornadoChart>("sweepTornadoChart")->rowCount(), 1);

    // Sorting by cost puts the cheapest tariff first.
    table->horizontalHeader()->setSortIndicator(2, Qt::AscendingOrder);
    QCOMPARE(table->model()->index(0, 0).data(Qt::UserRole).toInt(), 1);

    // Open case 3 (the last row after the sort) with a click and the button: one undo step.
    const QRect cell = table->visualRect(table->model()->index(2, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    const int steps = m_doc->undoStack()->count();
    const size_t scenarios = m_doc->project().scenarios.size();
    QTest::mouseClick(find<QPushButton>("openCaseButton"), Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->project().scenarios.size(), scenarios + 1);
    const Scenario &made = m_doc->project().scenarios.back();
    QCOMPARE(QString::fromStdString(made.name), QStringLiteral("Sweep case 3"));
    QCOMPARE(made.overrides.size(), size_t(1));
    QCOMPARE(made.overrides[0].entity, std::string("economics"));
    QCOMPARE(made.overrides[0].property, std::string("tariffUsdPerKwh"));
    QCOMPARE(made.overrides[0].value.get<double>(), 0.11);
    // The scenario solves to the case's row.
    SolveOptions options;
    options.scenario = made.id;
    const SolveResult viaScenario = runSolve(m_doc->project(), *m_catalog, options);
    const std::vector<KeyFigure> scenarioFigures = keyFigures(viaScenario);
    QCOMPARE(findFigure(scenarioFigures, "usdPerMtok")->value, expected[2][0]);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().scenarios.size(), scenarios);
}

void TestSweepPanel::inspectorHookAndScreenshot()
{
    // "Sweep this field" from the inspector: the form points at the field, values around it.
    QVERIFY(m_panel->sweepField("crah-1", "supplyTempC"));
    QCOMPARE(find<QComboBox>("fieldCombo")->currentData().toString(), QStringLiteral("supplyTempC"));
    QCOMPARE(find<QComboBox>("itemCombo")->currentData().toString(), QStringLiteral("crah-1"));
    QVERIFY(!find<QLineEdit>("valuesEdit")->text().isEmpty());
    QVERIFY(!m_panel->sweepField("crah-1", "id"));

    // Two parameters, every air unit at once: a 3 × 3 grid.
    addParameter("Economics", {}, "Electricity tariff", "0.05, 0.08, 0.11");
    addParameter("Air-cooling unit", "All", "Supply air setpoint", "18, 21, 24");
    QCOMPARE(m_panel->editor()->parameters().back().ids.size(), m_doc->project().airUnits.size());
    QCOMPARE(m_panel->editor()->caseCount(), 9);
    runAndWait(9);
    QCOMPARE(m_panel->cases().size(), size_t(9));
    QCOMPARE(find<SweepTornadoChart>("sweepTornadoChart")->rowCount(), 2);
    auto *table = find<QTableView>("resultsTable");
    const std::vector<int> front = m_panel->frontCaseIds();
    QVERIFY(!front.empty());
    // Select a front case as a user would see it, then grab.
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(Qt::UserRole).toInt() == front.front())
            table->selectRow(r);
    }
    QTest::qWait(50);
    QDir().mkpath("/tmp/aif/shots");
    QVERIFY(m_panel->grab().save("/tmp/aif/shots/sweep_panel.png"));
}

QTEST_MAIN(TestSweepPanel)
#include "tst_sweeppanel.moc"
