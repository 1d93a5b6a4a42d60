// The Pareto front of a sweep (issue 22, solvers/sweep/paretofront.h): the non-dominated set by
// the definition, for minimised and maximised objectives, with ties, NaN (failed cases) and the
// key figures' own directions.
#include "sweep/paretofront.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace aif::sweep;

class TestParetoFront : public QObject
{
    Q_OBJECT

private slots:
    void minimiseBoth();
    void maximiseOne();
    void tiesAndDuplicates();
    void missingValuesNeverOnFront();
    void matchesBruteForce();
    void sensesFromKeyFigures();
};

void TestParetoFront::minimiseBoth()
{
    // (1,5) (2,3) (4,1) trade off; (3,4) is beaten by (2,3); (5,5) by everything.
    const std::vector<std::vector<double>> pts{{1, 5}, {2, 3}, {3, 4}, {4, 1}, {5, 5}};
    const std::vector<bool> front = paretoFront(pts, {Sense::Minimize, Sense::Minimize});
    QCOMPARE(front, (std::vector<bool>{true, true, false, true, false}));
}

void TestParetoFront::maximiseOne()
{
    // Cost down, tokens/J up: (1,1) is cheapest, (2,3) best per joule; (3,2) loses to (2,3).
    const std::vector<std::vector<double>> pts{{1, 1}, {2, 3}, {3, 2}};
    QCOMPARE(paretoFront(pts, {Sense::Minimize, Sense::Maximize}),
             (std::vector<bool>{true, true, false}));
    QCOMPARE(paretoFront(pts, {Sense::Maximize, Sense::Maximize}),
             (std::vector<bool>{false, true, true}));
}

void TestParetoFront::tiesAndDuplicates()
{
    // Equal points dominate neither; one equal in x but better in y wins.
    const std::vector<std::vector<double>> pts{{1, 2}, {1, 2}, {1, 3}};
    QCOMPARE(paretoFront(pts, {Sense::Minimize, Sense::Minimize}),
             (std::vector<bool>{true, true, false}));
    // A single objective: the best value(s).
    QCOMPARE(paretoFront({{3}, {1}, {1}, {2}}, {Sense::Minimize}),
             (std::vector<bool>{false, true, true, false}));
}

void TestParetoFront::missingValuesNeverOnFront()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<std::vector<double>> pts{{nan, 0}, {0, nan}, {5, 5}, {}};
    QCOMPARE(paretoFront(pts, {Sense::Minimize, Sense::Minimize}),
             (std::vector<bool>{false, false, true, false}));
    QVERIFY(!dominates({nan, 0}, {5, 5}, {Sense::Minimize, Sense::Minimize}));
}

void TestParetoFront::matchesBruteForce()
{
    std::mt19937_64 rng(7);
    for (int trial = 0; trial < 20; ++trial) {
        std::vector<std::vector<double>> pts;
        for (int i = 0; i < 40; ++i)   // small integers: many ties
            pts.push_back({double(rng() % 8), double(rng() % 8), double(rng() % 8)});
        const std::vector<Sense> senses{Sense::Minimize, Sense::Maximize, Sense::Minimize};
        const std::vector<bool> front = paretoFront(pts, senses);
        for (size_t i = 0; i < pts.size(); ++i) {
            bool beaten = false;
            for (size_t j = 0; j < pts.size(); ++j) {
                const bool noWorse = pts[j][0] <= pts[i][0] && pts[j][1] >= pts[i][1] && pts[j][2] <= pts[i][2];
                const bool better = pts[j][0] < pts[i][0] || pts[j][1] > pts[i][1] || pts[j][2] < pts[i][2];
                beaten = beaten || (noWorse && better);
            }
            QCOMPARE(bool(front[i]), !beaten);
        }
    }
}

void TestParetoFront::sensesFromKeyFigures()
{
    auto sense = [](const char *name) {
        Objective o;
        QString error;
        if (!resolveObjective(name, &o, &error))
            qFatal("%s", qPrintable(error));
        return objectiveSense(o);
    };
    QCOMPARE(sense("usd_per_mtok"), Sense::Minimize);
    QCOMPARE(sense("capex_usd"), Sense::Minimize);
    QCOMPARE(sense("tokens_per_joule"), Sense::Maximize);
    QCOMPARE(sense("tokens_per_s"), Sense::Maximize);
    QCOMPARE(sense("max_inlet_c"), Sense::Minimize);
    QCOMPARE(sense("/tco/capex_usd"), Sense::Minimize);
}

QTEST_GUILESS_MAIN(TestParetoFront)
#include "tst_paretofront.moc"
