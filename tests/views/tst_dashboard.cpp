// The Dashboard tab over real solves: the headline strip shows the solve's figures, each chart
// has the expected points (12 months, one bar pair per deployment, 5 tornado rows), every
// chart exports as PNG and SVG, compare mode on the 1 MW hall's scenarios finds and colours the
// differences, and a design without deployments (or without any result) shows "—".
#include "catalog.h"
#include "dashboard/comparedialog.h"
#include "dashboard/compareview.h"
#include "dashboard/dashboardpanel.h"
#include "dashboard/deploymentchart.h"
#include "dashboard/headlinestrip.h"
#include "dashboard/keyfigurestable.h"
#include "dashboard/monthlychart.h"
#include "dashboard/powerbreakdownchart.h"
#include "dashboard/sitescard.h"
#include "dashboard/tcochart.h"
#include "dashboard/tornadochart.h"
#include "document.h"
#include "energy/annual.h"
#include "projectio.h"
#include "solvejob.h"
#include "tco/tco.h"
#include "twin/twin.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTemporaryDir>
#include <QTest>

using namespace aif;

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headlineEqualsResult();
    void chartsHaveExpectedPoints();
    void exportsPngAndSvg();
    void compareScenarios();
    void compareProjects();
    void compareThreeSides();
    void compareDialogOffersScenarios();
    void noDeploymentsShowsDash();
    void noResultShowsDash();
    void staleGreysHeadline();
    void temperaturesFollowUnitSystem();
    void heatReuseShowsEreBesidePue();
    void sitesCardShowsEachSiteAndTheFactory();

private:
    void load(const char *file);
    static void saveScreenshot(QWidget *w, const QString &name);
    std::shared_ptr<const SolveResult> solve(const Project &project,
                                             const std::string &scenario = {});

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<DashboardPanel> m_panel;
    std::shared_ptr<const SolveResult> m_result;
};

void TestDashboard::load(const char *file)
{
    m_doc = std::make_unique<Document>();
    Diagnostics d;
    QVERIFY(m_doc->load(QStringLiteral(AIF_SOURCE_DIR "/projects/") + file, &d));
    m_panel = std::make_unique<DashboardPanel>(m_doc.get(), m_catalog.get());
    m_panel->resize(1200, 1100);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

std::shared_ptr<const SolveResult> TestDashboard::solve(const Project &project,
                                                        const std::string &scenario)
{
    SolveOptions options;
    options.scenario = scenario;
    return std::make_shared<SolveResult>(runSolve(project, *m_catalog, options));
}

void TestDashboard::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    load("reference-10mw-gb200-liquid.aifactory");
    m_result = solve(m_doc->project());
    QVERIFY(m_result->twin && m_result->tco && m_result->annual && m_result->power);
    m_panel->setResult(m_result);
}

// "8.40 M" → 8.40e6: the headline's compact numbers read back.
static double readBack(const QString &text)
{
    const QStringList parts = text.split(' ');
    const double scale = parts.value(1) == "G" ? 1e9
        : parts.value(1) == "M"                ? 1e6
        : parts.value(1) == "k"                ? 1e3
                                               : 1.0;
    return QString(parts.value(0)).remove(',').toDouble() * scale;
}

void TestDashboard::headlineEqualsResult()
{
    const HeadlineStrip *h = m_panel->headline();
    const SolveResult &r = *m_result;
    QCOMPARE(h->valueText("facility"), QString::number(r.twin->coupled.facilityW / 1e6, 'f', 2));
    // Three significant digits: within 0.5 % of the solved tokens/s.
    const double tokens = readBack(h->valueText("tokensPerS"));
    QVERIFY2(std::abs(tokens - r.twin->coupled.tokensPerS) <= 0.005 * r.twin->coupled.tokensPerS,
             qPrintable(h->valueText("tokensPerS")));
    QCOMPARE(h->valueText("tokensPerJoule"),
             QString::number(r.twin->coupled.tokensPerJoule, 'f', 3));
    // The site has a climate: the headline PUE is the annual one, not the design-temperature one.
    QCOMPARE(h->valueText("pue"), QString::number(r.annual->pue, 'f', 3));
    QCOMPARE(h->valueText("usdPerMtok"), QString::number(r.tco->usdPerMillionTokens, 'f', 3));
    QVERIFY(r.tco->usdPerMillionTokens > 0.1 && r.tco->usdPerMillionTokens < 5);
}

void TestDashboard::chartsHaveExpectedPoints()
{
    QCOMPARE(m_panel->monthlyChart()->pueCount(), 12);
    QCOMPARE(m_panel->monthlyChart()->freeCoolingCount(), 12);
    QVERIFY(m_panel->monthlyChart()->message().isEmpty());
    QCOMPARE(m_panel->deploymentChart()->deploymentCount(),
             int(m_doc->project().deployments.size()));
    QCOMPARE(m_panel->deploymentChart()->deploymentCount(), 2);
    QCOMPARE(m_panel->tornadoChart()->rowCount(), 5);
    QCOMPARE(m_panel->powerChart()->barCount(), 2); // design and operating point
    QVERIFY(m_panel->powerChart()->segmentCount() >= 4); // IT, a loss stage, cooling parts
    QVERIFY(m_panel->tcoChart()->capexSegments() >= 5);
    QVERIFY(m_panel->tcoChart()->opexSegments() >= 3);
    for (DashboardChart *c : std::initializer_list<DashboardChart *> {
             m_panel->powerChart(), m_panel->monthlyChart(), m_panel->deploymentChart(),
             m_panel->tcoChart(), m_panel->tornadoChart()}) {
        QVERIFY2(c->message().isEmpty(), qPrintable(c->objectName() + ": " + c->message()));
        QVERIFY2(!c->chart()->series().isEmpty(), qPrintable(c->objectName()));
    }
    QCOMPARE(m_panel->figuresTable()->rowCount(), int(keyFigures(*m_result).size()));
    saveScreenshot(m_panel.get(), "dashboard-10mw-panel");
}

void TestDashboard::exportsPngAndSvg()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList png = m_panel->exportAll(dir.path(), "png");
    const QStringList svg = m_panel->exportAll(dir.path(), "svg");
    QCOMPARE(png.size(), 7); // the dashboard, the headline and five charts
    QCOMPARE(svg.size(), 7);
    for (const QString &f : png) {
        const QImage image(f);
        QVERIFY2(!image.isNull() && image.width() > 200, qPrintable(f));
    }
    for (const QString &f : svg) {
        QFile file(f);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY2(data.size() > 1000 && data.contains("<svg"), qPrintable(f));
    }
    QVERIFY(!m_panel->exportAll(dir.filePath("missing/folder"), "svg").size());
}

void TestDashboard::compareScenarios()
{
    Document doc;
    Diagnostics d;
    QVERIFY(
        doc.load(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory"), &d));
    DashboardPanel panel(&doc, m_catalog.get());
    panel.resize(1200, 900);
    panel.show();
    const std::vector<CompareSide> sides = CompareDialog::projectSides(doc.project());
    QCOMPARE(sides.size(), size_t(4)); // base + 3 scenarios
    QCOMPARE(sides[3].scenario, std::string("scn-tariff-012"));
    QSignalSpy done(panel.compareView(), &CompareView::finished);
    panel.compare(sides[0], sides[3]);
    QVERIFY(panel.inCompareMode());
    QVERIFY(done.wait(60000));
    const CompareView *v = panel.compareView();
    QVERIFY(v->resultA() && v->resultB() && v->resultA()->tco && v->resultB()->tco);
    // Electricity up 50 %: the same tokens cost more; the power side is unchanged.
    QVERIFY(v->resultB()->tco->usdPerMillionTokens > v->resultA()->tco->usdPerMillionTokens);
    QVERIFY(v->stripA()->valueText("usdPerMtok") != v->stripB()->valueText("usdPerMtok"));
    QCOMPARE(v->stripA()->valueText("facility"), v->stripB()->valueText("facility"));
    const std::vector<KeyFigure> figures = keyFigures(*v->resultA());
    const auto row = [&](const char *key) {
        for (int i = 0; i < int(figures.size()); ++i)
            if (figures[size_t(i)].key == key)
                return i;
        return -1;
    };
    const KeyFiguresTable *t = v->table();
    QCOMPARE(t->verdicts()[size_t(row("usdPerMtok"))], -1); // worse: red
    QCOMPARE(t->verdicts()[size_t(row("tokensPerS"))], 0);
    QCOMPARE(t->item(row("usdPerMtok"), 3)->foreground().color(), worseColour());
    QVERIFY(t->item(row("usdPerMtok"), 3)->text().contains("%"));
    QCOMPARE(v->powerChart()->barCount(), 2);

    // UPS A failed: side B carries the load through one UPS (2N): its losses change, yet a
    // failure case is a degraded case of its base and never green.
    QSignalSpy again(panel.compareView(), &CompareView::finished);
    panel.compare(sides[0], sides[1]);
    QVERIFY(again.wait(60000));
    QVERIFY(std::none_of(t->verdicts().begin(), t->verdicts().end(), [](int x) { return x > 0; }));
    QVERIFY(t->item(row("facility"), 3)->text() != "—"); // the difference is still shown
    QVERIFY(t->item(row("facility"), 3)->foreground().color() != betterColour());
    QVERIFY2(v->verdicts()->text().contains("degraded case of Base design"),
             qPrintable(v->verdicts()->text()));
    saveScreenshot(&panel, "dashboard-compare-1mw-ups-a-failed");
    panel.showDashboard();
    QVERIFY(!panel.inCompareMode());
}

void TestDashboard::compareProjects()
{
    // Two files: the 1 MW air-cooled H100 hall against the 10 MW liquid-cooled GB200 hall.
    Document doc;
    Diagnostics d;
    QVERIFY(
        doc.load(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory"), &d));
    const LoadResult liquid = loadProject(
        QStringLiteral(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory"));
    QVERIFY(liquid.ok);
    DashboardPanel panel(&doc, m_catalog.get());
    panel.resize(1200, 900);
    panel.show();
    QSignalSpy done(panel.compareView(), &CompareView::finished);
    panel.compare({"1 MW H100 air", doc.project(), {}}, {"10 MW GB200 liquid", liquid.project, {}});
    QVERIFY(done.wait(60000));
    const CompareView *v = panel.compareView();
    const std::vector<KeyFigure> a = keyFigures(*v->resultA()), b = keyFigures(*v->resultB());
    // Liquid cooling: lower PUE and more tokens per joule, both green.
    QVERIFY(findFigure(b, "pue")->value < findFigure(a, "pue")->value);
    QCOMPARE(comparison(*findFigure(a, "pue"), *findFigure(b, "pue")), 1);
    QCOMPARE(comparison(*findFigure(a, "tokensPerJoule"), *findFigure(b, "tokensPerJoule")), 1);
    QCOMPARE(comparison(*findFigure(a, "facility"), *findFigure(b, "facility")),
             -1); // more MW: red
    saveScreenshot(&panel, "dashboard-compare-air-vs-liquid");
}

void TestDashboard::compareThreeSides()
{
    // Three sides at once: the 1 MW hall, the 10 MW hall and the 10 MW hall with a CDU failed.
    const LoadResult small = loadProject(
        QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory"));
    const LoadResult big = loadProject(
        QStringLiteral(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory"));
    QVERIFY(small.ok && big.ok);
    CompareView view(m_catalog.get());
    view.resize(1500, 1150);
    view.show();
    QSignalSpy done(&view, &CompareView::finished);
    view.compare({{"1 MW H100 air", small.project, {}},
                  {"10 MW GB200 liquid", big.project, {}},
                  {"10 MW: CDU-1 failed", big.project, "scn-cdu-failed"}});
    QVERIFY(done.wait(60000));
    QCOMPARE(view.sideCount(), 3);
    QVERIFY(view.strip(2) && view.strip(2)->isVisible());
    // Different sizes: shown per MW of IT, and the table has a value and a difference per side.
    QCOMPARE(view.normalisation(), Normalisation::PerMwIt);
    const KeyFiguresTable *t = view.table();
    QCOMPARE(t->columnCount(), 6);
    QVERIFY(t->horizontalHeaderItem(KeyFiguresTable::valueColumn(2))->text().contains("failure"));
    QVERIFY(std::none_of(t->verdicts(2).begin(), t->verdicts(2).end(), [](int x) { return x > 0; }));
    QVERIFY(view.verdicts()->text().contains("degraded case of 10 MW GB200 liquid"));
    QVERIFY(view.differences()->toPlainText().contains("cdu-1.failed: false → true"));
    view.setNormalisation(Normalisation::PerGpu);
    QVERIFY(t->horizontalHeaderItem(0) && t->item(0, 0)->text().contains("kW/GPU"));
    view.setNormalisation(Normalisation::PerMwIt);
    QSignalSpy exported(&view, &CompareView::exportReportRequested);
    view.findChild<QPushButton *>("compareExportButton")->click();
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().first().toStringList().size(), 3);
    saveScreenshot(&view, "dashboard-compare-three-sides");
}

void TestDashboard::saveScreenshot(QWidget *w, const QString &name)
{
    // Kept for people to look at, next to tst_studio_smoke's (build/tests/views/screenshots).
    QTest::qWait(50); // charts lay themselves out on the next event-loop pass
    QDir().mkpath(QDir::currentPath() + "/screenshots");
    QVERIFY(w->grab().save(QDir::currentPath() + "/screenshots/" + name + ".png"));
}

void TestDashboard::compareDialogOffersScenarios()
{
    CompareDialog dialog(m_doc->project(), "reference.aifactory");
    QCOMPARE(dialog.sideA().scenario, std::string());
    QCOMPARE(dialog.sideB().scenario, m_doc->project().scenarios.front().id);
}

void TestDashboard::noDeploymentsShowsDash()
{
    Project p = m_doc->project();
    p.deployments.clear();
    m_panel->setResult(solve(p));
    const HeadlineStrip *h = m_panel->headline();
    QVERIFY(h->valueText("facility") != "—"); // the hall still draws power
    QCOMPARE(h->valueText("tokensPerS"), QStringLiteral("—"));
    QCOMPARE(h->valueText("tokensPerJoule"), QStringLiteral("—"));
    QCOMPARE(h->valueText("usdPerMtok"), QStringLiteral("—"));
    QCOMPARE(m_panel->deploymentChart()->deploymentCount(), 0);
    QVERIFY(m_panel->deploymentChart()->message().contains("deployments"));
    QVERIFY(!m_panel->tornadoChart()->message().isEmpty());
    QVERIFY(m_panel->powerChart()->message().isEmpty());
    m_panel->grab(); // paints every chart in its empty state
    m_panel->setResult(m_result);
}

void TestDashboard::noResultShowsDash()
{
    m_panel->setResult(nullptr);
    for (const QString &key : HeadlineStrip::headlineKeys())
        QCOMPARE(m_panel->headline()->valueText(key), QStringLiteral("—"));
    QVERIFY(!m_panel->monthlyChart()->message().isEmpty());
    // An empty project solves to nothing: every figure missing, with a reason, and no crash.
    m_panel->setResult(solve(Project {}));
    QCOMPARE(m_panel->headline()->valueText("facility"), QStringLiteral("—"));
    for (const KeyFigure &f : keyFigures(*solve(Project {})))
        QVERIFY2(f.valid() || !f.reason.isEmpty(), qPrintable(f.key));
    m_panel->grab();
    m_panel->setResult(m_result);
}

void TestDashboard::staleGreysHeadline()
{
    m_panel->setStale(true);
    QVERIFY(!m_panel->headline()->findChild<QLabel *>("headline_pue")->isEnabled());
    m_panel->setResult(m_result);
    QVERIFY(m_panel->headline()->findChild<QLabel *>("headline_pue")->isEnabled());
}

void TestDashboard::temperaturesFollowUnitSystem()
{
    // Power, energy and money read the same in SI and US units; temperatures do not.
    const std::vector<KeyFigure> si = keyFigures(*m_result);
    units::setCurrentSystem(UnitSystem::US);
    const std::vector<KeyFigure> us = keyFigures(*m_result);
    units::setCurrentSystem(UnitSystem::SI);
    const KeyFigure *c = findFigure(si, "maxJunction"), *f = findFigure(us, "maxJunction");
    QVERIFY(c && f && c->valid());
    QCOMPARE(c->unit, QStringLiteral("°C"));
    QCOMPARE(f->unit, QStringLiteral("°F"));
    QVERIFY(std::abs(f->shown() - (c->shown() * 9.0 / 5.0 + 32.0)) < 1e-9);
    QCOMPARE(findFigure(us, "facility")->shown(), findFigure(si, "facility")->shown());
    // A difference of temperatures carries no offset: 1 K is 1.8 °F.
    KeyFigure hotter = *f;
    hotter.value += 1.0;
    const QString diff = differenceText(*f, hotter);
    QVERIFY2(diff.startsWith("+1.8"), qPrintable(diff));
}

// Heat reuse (issue 23): a district-heating exchanger on the facility loop puts ERE beside PUE in
// the key figures and as a monthly line on the PUE chart; carbon and water per Mtok are listed.
void TestDashboard::heatReuseShowsEreBesidePue()
{
    Project p = m_doc->project();
    HeatRejection h;
    h.id = "reuse-1";
    h.name = "District heating exchanger";
    h.type = "heat-reuse";
    h.loop = "facility-1";
    h.capacityW = 5e6;
    h.approachK = 3.0;
    h.sinkTempC = 25.0;
    p.heatRejection.push_back(h);
    p.rebuildIndex();
    const std::shared_ptr<const SolveResult> r = solve(p);
    QVERIFY(r->energy && r->annual && r->annual->reusedMwh > 0.0);
    m_panel->setResult(r);
    QCOMPARE(m_panel->monthlyChart()->ereCount(), 12);
    const std::vector<KeyFigure> figures = keyFigures(*r);
    const KeyFigure *ere = findFigure(figures, "ere"), *pue = findFigure(figures, "pue");
    QVERIFY(ere && pue && ere->valid() && pue->valid());
    QVERIFY(ere->value < pue->value);
    QVERIFY(ere->explainable);
    for (const char *key : {"reusedHeat", "scope2", "carbonPerMtok", "waterPerMtok"}) {
        const KeyFigure *f = findFigure(figures, key);
        QVERIFY2(f && f->valid(), key);   // the sample site has a grid intensity
    }
    if (const QString dir = qEnvironmentVariable("AIF_DASHBOARD_SHOTS"); !dir.isEmpty()) {
        QTest::qWait(200);   // the charts lay out their new series in the event loop
        QVERIFY(m_panel->grab().save(dir + "/dashboard-heat-reuse.png"));
    }
    m_panel->setResult(m_result);
    QCOMPARE(m_panel->monthlyChart()->ereCount(), 0);   // the sample reuses nothing
}

void TestDashboard::sitesCardShowsEachSiteAndTheFactory()
{
    // One site: no Sites card.
    QVERIFY(!m_panel->findChild<SitesCard *>()->isVisible());
    Document doc;
    Diagnostics d;
    QVERIFY(doc.load(QStringLiteral(AIF_SOURCE_DIR "/projects/two-site-inference-training.aifactory"), &d));
    DashboardPanel panel(&doc, m_catalog.get());
    panel.resize(1400, 1100);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const std::shared_ptr<const SolveResult> r = solve(doc.project());
    QVERIFY(r->sites);
    panel.setResult(r);
    auto *card = panel.findChild<SitesCard *>();
    QVERIFY(card->isVisible());
    QCOMPARE(card->rowCount(), 3);   // two sites and the whole factory
    QCOMPARE(card->cell(0, 0), QStringLiteral("Frankfurt inference"));
    QCOMPARE(card->cell(1, 1), QStringLiteral("lulea-se"));
    QCOMPARE(card->cell(2, 0), QStringLiteral("Whole factory"));
    // The same numbers as the solve's JSON.
    const Json &f = r->json["factory"];
    QCOMPARE(card->cell(2, 6), QString::number(f["usd_per_mtok"].get<double>(), 'f', 3));
    QCOMPARE(card->cell(2, 7), QString::number(f["g_per_mtok"].get<double>(), 'f', 1));
    QCOMPARE(card->cell(0, 7), QString::number(r->json["sites"][0]["g_per_mtok"].get<double>(), 'f', 1));
    QCOMPARE(card->cell(1, 6), QStringLiteral("–"));   // training serves no tokens
    QVERIFY(card->cell(0, 9).contains("dep-llama31-70b ✓"));
    QVERIFY(card->summary().contains("2300 km"));
    saveScreenshot(&panel, "dashboard-two-sites");
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
