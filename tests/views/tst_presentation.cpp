// Presentation mode (issue 20): the presenter steps through five slides with real keys, the
// levers re-solve a copy of the design (never the studio's document) and move $/Mtok the right
// way, Esc leaves. With AIF_SCREENSHOT_DIR set, each slide is saved at 1920×1080 to look at.
#include "catalog.h"
#include "document.h"
#include "presentation/presentationcontrols.h"
#include "presentation/presentationslides.h"
#include "presentation/presentationwindow.h"
#include "presentation/whatif.h"
#include "tco/tco.h"
#include "view3d/vtkopenglwidget.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QSlider>
#include <QtTest>

using namespace aif;

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void solveTimeOnTheTenMegawattSample();
    void systemChoicesFitTheRacks();
    void pueTargetIsTheTcoFormulaAtTheTarget();
    void keysStepThroughTheSlides();
    void leversMoveCostTheRightWay();

private:
    Project load(const char *name);
    double cost(const PresentationWindow &w) const;
    bool waitForSolve(PresentationWindow &w, int before);
    bool showSolved(PresentationWindow &w);
    std::unique_ptr<Catalog> m_catalog;
};

void TestPresentation::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

Project TestPresentation::load(const char *name)
{
    Document doc;
    Diagnostics d;
    const bool ok = doc.load(QStringLiteral(AIF_SOURCE_DIR "/projects/%1.aifactory").arg(name), &d);
    if (!ok)
        qWarning() << "cannot load" << name;
    return doc.project();
}

double TestPresentation::cost(const PresentationWindow &w) const
{
    const KeyFigure *f = findFigure(w.outcome().figures, "usdPerMtok");
    return f ? f->value : qQNaN();
}

bool TestPresentation::waitForSolve(PresentationWindow &w, int before)
{
    // 150 ms debounce plus the solve; generous for two shared cores.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000) {
        if (w.solveCount() > before && !w.solving())
            return true;
        QTest::qWait(20);
    }
    return false;
}

// At the size the screenshots are taken, active (so its shortcuts get the keys), first solve in.
bool TestPresentation::showSolved(PresentationWindow &w)
{
    w.resize(1920, 1080);
    w.show();
    w.activateWindow();
    return QTest::qWaitForWindowActive(&w) && waitForSolve(w, 0);
}

void TestPresentation::solveTimeOnTheTenMegawattSample()
{
    const Project p = load("reference-10mw-gb200-liquid");
    QVERIFY(!p.racks.empty());
    QElapsedTimer full;
    full.start();
    const SolveResult all = runSolve(p, *m_catalog, {});
    const double fullMs = full.nsecsElapsed() / 1e6;
    const WhatIfOutcome o = solveWhatIf(p, *m_catalog, {});
    QVERIFY(o.ok);
    qInfo("10 MW sample: full solve %.0f ms, presentation solve (twin + tco) %.0f ms", fullMs, o.solveMs);
    // The subset gives the same $/Mtok as the full solve: the twin runs what TCO needs.
    const KeyFigure *a = findFigure(keyFigures(all), "usdPerMtok");
    const KeyFigure *b = findFigure(o.figures, "usdPerMtok");
    QVERIFY(a && b && a->valid());
    QCOMPARE(b->value, a->value);
    QVERIFY2(o.solveMs < 1000.0 * AIF_TEST_TIME_SCALE, qPrintable(QString::number(o.solveMs)));
}

void TestPresentation::systemChoicesFitTheRacks()
{
    // 1 MW air hall: 3 × HGX H100 in 30.6 kW racks; the H200 fits, B200 and MI300X draw more.
    const Project air = load("reference-1mw-h100-air");
    QString why;
    const std::vector<SystemChoice> choices = systemChoices(air, *m_catalog, &why);
    QVERIFY(!choices.empty());
    QCOMPARE(choices.front().id, std::string("hgx-h100-8gpu"));
    QStringList ids;
    for (const SystemChoice &c : choices)
        ids << QString::fromStdString(c.id);
    QVERIFY2(ids.contains("hgx-h200-8gpu"), qPrintable(ids.join(',')));
    QVERIFY(!ids.contains("hgx-b200-8gpu"));
    QVERIFY(!ids.contains("gb200-nvl72")); // liquid
    Project swapped = air;
    WhatIf w;
    w.system = "hgx-h200-8gpu";
    QVERIFY(applyWhatIf(swapped, *m_catalog, w, &why));
    QCOMPARE(swapped.racks.front().system, std::string("hgx-h200-8gpu"));
    w.system = "hgx-b200-8gpu";
    Project refused = air;
    QVERIFY(!applyWhatIf(refused, *m_catalog, w, &why));
    QVERIFY2(why.contains("kW"), qPrintable(why));
    // The 10 MW liquid hall's NVL72 racks: GB300 NVL72 draws more than their budget and the
    // air-cooled systems need air; a liquid-cooled 8-GPU platform at 72 GPUs a rack fits.
    const std::vector<SystemChoice> liquid = systemChoices(load("reference-10mw-gb200-liquid"), *m_catalog, &why);
    QStringList liquidIds;
    for (const SystemChoice &c : liquid)
        liquidIds << QString::fromStdString(c.id);
    QCOMPARE(liquidIds.front(), QStringLiteral("gb200-nvl72"));
    QVERIFY2(!liquidIds.contains("gb300-nvl72") && !liquidIds.contains("hgx-h100-8gpu"), qPrintable(liquidIds.join(',')));
    // An announced part is never offered: it does not ship.
    QVERIFY(!liquidIds.contains("vera-rubin-nvl144"));
}

void TestPresentation::pueTargetIsTheTcoFormulaAtTheTarget()
{
    const Project p = load("reference-10mw-gb200-liquid");
    WhatIf w;
    w.pueTarget = 1.05;
    const WhatIfOutcome o = solveWhatIf(p, *m_catalog, w);
    QVERIFY(o.ok);
    const KeyFigure *pue = findFigure(o.figures, "pue");
    const KeyFigure *cost = findFigure(o.figures, "usdPerMtok");
    QVERIFY(pue->value > 1.05);
    QVERIFY(std::abs(o.pueAtTarget - 1.05) < 1e-9);
    QVERIFY(o.usdPerMtokAtTarget < cost->value); // less overhead energy, same capex and tokens
    // At the solved PUE itself the formula gives back the solved $/Mtok.
    double reached = 0.0;
    const double same = usdPerMtokAtPue(*o.project, *m_catalog, *o.solve, o.solve->tco->annualPue, &reached);
    QVERIFY(std::abs(same - cost->value) < 1e-6 * cost->value);
}

void TestPresentation::keysStepThroughTheSlides()
{
    const Project p = load("reference-10mw-gb200-liquid");
    PresentationWindow w(p, m_catalog.get());
    QVERIFY(showSolved(w));
    QCOMPARE(w.slideCount(), 5);
    QCOMPARE(w.currentSlide(), 0);
    const QString shots = qEnvironmentVariable("AIF_SCREENSHOT_DIR");
    const QList<Qt::Key> next{Qt::Key_Right, Qt::Key_Space, Qt::Key_PageDown, Qt::Key_Right};
    for (int i = 0; i < w.slideCount(); ++i) {
        QCOMPARE(w.currentSlide(), i);
        QVERIFY(w.slide(i)->isVisible());
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            QTest::qWait(300); // the 3D view draws on its first paint
            QCOMPARE(w.size(), QSize(1920, 1080)); // no slide widens the window
            QVERIFY(w.grab().save(QDir(shots).filePath(QStringLiteral("presentation-%1.png").arg(i + 1))));
        }
        if (i < next.size())
            QTest::keyClick(&w, next[i]);
    }
    QTest::keyClick(&w, Qt::Key_Right); // past the end stays on the last
    QCOMPARE(w.currentSlide(), 4);
    QTest::keyClick(&w, Qt::Key_Left);
    QCOMPARE(w.currentSlide(), 3);
    QTest::keyClick(&w, Qt::Key_PageUp);
    QCOMPARE(w.currentSlide(), 2);
    QTest::keyClick(&w, Qt::Key_1);
    QCOMPARE(w.currentSlide(), 0);
    QTest::keyClick(&w, Qt::Key_5);
    QCOMPARE(w.currentSlide(), 4);
    // The slide shows the solve's own figure, and the bar says none of it is saved.
    auto *costSlide = qobject_cast<CostSlide *>(w.slide(4));
    const KeyFigure *f = findFigure(w.outcome().figures, "usdPerMtok");
    QVERIFY(f && f->valid());
    QCOMPARE(costSlide->costText(), f->text() + " " + f->unit);
    auto *note = w.findChild<QLabel *>("whatIfNote");
    QVERIFY(note && note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("what-if, not saved"));
    QVERIFY(w.controls()->statusText().contains("ms"));
    QTest::keyClick(&w, Qt::Key_Escape);
    QVERIFY(!w.isVisible());
}

void TestPresentation::leversMoveCostTheRightWay()
{
    const Project p = load("reference-10mw-gb200-liquid");
    PresentationWindow w(p, m_catalog.get());
    QVERIFY(showSolved(w));
    QTest::keyClick(&w, Qt::Key_5);
    const double before = cost(w);

    // A dearer kilowatt-hour: click the tariff slider's groove right of the handle.
    QSlider *tariff = w.controls()->tariffSlider();
    int solves = w.solveCount();
    QTest::mouseClick(tariff, Qt::LeftButton, {}, QPoint(tariff->width() - 4, tariff->height() / 2));
    QVERIFY(w.controls()->whatIf().tariffUsdPerKwh > p.economics.tariffUsdPerKwh);
    QVERIFY(waitForSolve(w, solves));
    const double dearer = cost(w);
    QVERIFY2(dearer > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(dearer)));
    QCOMPARE(w.controls()->costText(), findFigure(w.outcome().figures, "usdPerMtok")->text() + " $/Mtok");
    // The studio's project is untouched: the window solved its own copy.
    QCOMPARE(w.project().economics.tariffUsdPerKwh, p.economics.tariffUsdPerKwh);

    // Less of the year at load: the same capital over fewer tokens (keyboard on the slider).
    QSlider *util = w.controls()->utilizationSlider();
    util->setFocus();
    solves = w.solveCount();
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(util, Qt::Key_Down);
    QCOMPARE(w.currentSlide(), 4); // Up/Down belong to the slider, not the slides
    QVERIFY(waitForSolve(w, solves));
    QVERIFY(cost(w) > dearer);

    // A PUE target below the solved one: shown beside it, cheaper, the solved PUE unchanged.
    const double solvedPue = findFigure(w.outcome().figures, "pue")->value;
    QSlider *pue = w.controls()->pueSlider();
    pue->setFocus();
    solves = w.solveCount();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(pue, Qt::Key_Down);
    QVERIFY(waitForSolve(w, solves));
    QVERIFY(w.outcome().targetPue < solvedPue);
    QCOMPARE(findFigure(w.outcome().figures, "pue")->value, solvedPue);
    QVERIFY(w.outcome().usdPerMtokAtTarget < cost(w));
    const QString target = qobject_cast<CostSlide *>(w.slide(4))->targetText();
    QVERIFY2(target.contains("at target PUE"), qPrintable(target));
    // The combo offers exactly the systems that fit (systemChoices), nothing else.
    QCOMPARE(w.controls()->systemCombo()->count(), int(systemChoices(p, *m_catalog, nullptr).size()));
}

int main(int argc, char **argv)
{
    QSurfaceFormat::setDefaultFormat(VtkOpenGLWidget::defaultFormat());
    QApplication app(argc, argv);
    TestPresentation test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_presentation.moc"
