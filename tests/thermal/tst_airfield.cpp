// T1 air field: the analytic duct, the energy balance, monotonic responses to airflow and
// containment, grid refinement, the .vti writer, cancellation, and timings of realistic halls.
#include "thermal/airfield.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace aif;
using namespace aif::thermal;

namespace {

constexpr double kRhoCp = 1.16 * 1006.0;   // physics.md, "Air side"

// Airflow for a temperature rise: V = P / (ρ c_p ΔT).
double flowFor(double heatW, double deltaK)
{
    return heatW / (kRhoCp * deltaK);
}

// A hall with `rows` rows of `perRow` racks (0.6 × 1.2 × 2.0 m) in hot-aisle / cold-aisle pairs
// along x, and `units` CRAHs split between the two side walls, blowing towards the rows.
// Unit airflow = supplyRatio × total rack airflow. Optionally contains every hot aisle.
AirFieldInput makeHall(double width, double depth, double height, int rows, int perRow,
                       double rackW, double supplyRatio, int units, double leakage = -1.0)
{
    AirFieldInput in{width, depth, height, {}, {}, {}, {}, 0.0, {}, {}};
    const double rackFlow = flowFor(rackW, 12.0);
    const double x0 = 0.5 * (width - 0.6 * perRow);
    const double pitch = 1.2 + 1.2 + 1.2 + 1.8;   // row, hot aisle, row, cold aisle
    const double pairs = std::ceil(rows / 2.0);
    double y = 0.5 * (depth - pairs * pitch + 1.8);   // first cold aisle ahead of the first row
    for (int r = 0; r < rows; ++r) {
        const bool first = r % 2 == 0;
        const double ry = first ? y : y + 2.4;
        for (int i = 0; i < perRow; ++i) {
            AirRack rack{"R" + std::to_string(r) + "-" + std::to_string(i),
                         {x0 + 0.6 * i, ry, 0.0, x0 + 0.6 * (i + 1), ry + 1.2, 2.0},
                         first ? Face::MinusY : Face::PlusY, rackFlow, rackW};
            in.racks.push_back(rack);
        }
        if (first && leakage >= 0.0 && r + 1 < rows)
            in.containments.push_back({{x0, y + 1.2, 0.0, x0 + 0.6 * perRow, y + 2.4, 2.0}, leakage});
        if (!first)
            y += pitch;
    }
    // Units face the cold aisles, alternating walls; with more units than (aisle, wall) slots
    // they are spread evenly along the walls instead.
    const double unitFlow = supplyRatio * rackFlow * double(in.racks.size()) / units;
    std::vector<double> coldAisles;
    const double first = 0.5 * (depth - pairs * pitch + 1.8);
    for (int p = 0; p <= int(pairs); ++p)
        coldAisles.push_back(first - 0.9 + p * pitch);
    const int places = 2 * int(coldAisles.size());
    for (int u = 0; u < units; ++u) {
        const bool west = u % 2 == 0;
        const double cy = units <= places
                              ? coldAisles[(u / 2 + u % 2) % coldAisles.size()]
                              : depth * (u / 2 + 0.5) / ((units + 1) / 2);
        const double ux0 = west ? 0.0 : width - 0.9;
        in.units.push_back({"CRAH" + std::to_string(u),
                            {ux0, cy - 0.8, 0.0, ux0 + 0.9, cy + 0.8, 2.0},
                            west ? Face::PlusX : Face::MinusX, unitFlow, 20.0, true});
    }
    return in;
}

double maxOf(const std::vector<double> &v)
{
    return *std::max_element(v.begin(), v.end());
}

double spreadOf(const std::vector<double> &v)
{
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    return *hi - *lo;
}

QString describe(const AirFieldResult &r)
{
    return QStringLiteral("%1x%2x%3 = %4 cells, flow %5 it (res %6), thermal %7 it (res %8), %9 s")
        .arg(r.nx).arg(r.ny).arg(r.nz).arg(r.nx * r.ny * r.nz)
        .arg(r.flowIterations).arg(r.flowResidual, 0, 'g', 2)
        .arg(r.thermalIterations).arg(r.thermalResidual, 0, 'g', 2)
        .arg(r.seconds, 0, 'f', 3);
}

} // namespace

class TestAirField : public QObject
{
    Q_OBJECT

private slots:
    void ductMatchesAnalytic();
    void energyIsBalanced_data();
    void energyIsBalanced();
    void moreAirflowLowersHottestInlet();
    void containmentNarrowsInletSpread();
    void recirculationCorrectionWarmsInlets();
    void gridRefinementAgrees_data();
    void gridRefinementAgrees();
    void warmStartConvergesFaster();
    void vtiIsParseable();
    void cancellationIsQuick();
    void recirculationMatrixIsLinear();
    void benchmark();
};

// A racetrack: two 0.8 × 0.8 m lanes joined at the ends. The unit blocks lane 1 and blows +x;
// the rack blocks lane 2 and takes the whole flow: outlet = T_sup + P/(ρ c_p V), u = V / A.
void TestAirField::ductMatchesAnalytic()
{
    AirFieldInput in{20.0, 2.0, 0.8, {}, {}, {}, {}, 0.0, {}, {}};
    in.obstacles.push_back({2.0, 0.8, 0.0, 18.0, 1.2, 0.8});
    const double flow = 1.0, heat = 11670.0;
    in.units.push_back({"U", {5.2, 0.0, 0.0, 5.6, 0.8, 0.8}, Face::PlusX, flow, 20.0, false});
    in.racks.push_back({"R", {9.6, 1.2, 0.0, 10.4, 2.0, 0.8}, Face::PlusX, flow, heat});
    AirFieldOptions opt;
    opt.recirculationMix = 0.0;
    const AirFieldResult r = solveAirField(in, opt);
    qInfo().noquote() << "duct:" << describe(r);
    QVERIFY2(r.converged, r.note.c_str());
    const double rise = heat / (kRhoCp * flow);
    QVERIFY(std::abs(r.rackInletC[0] - 20.0) < 0.01 * 20.0);
    QVERIFY(std::abs(r.rackOutletC[0] - (20.0 + rise)) < 0.01 * (20.0 + rise));
    QVERIFY(std::abs(r.unitReturnC[0] - (20.0 + rise)) < 0.01 * (20.0 + rise));
    // Lane 2 downstream of the rack (flow in −x) carries the outlet temperature.
    const int j = 3, k = 0;
    const int down = int(6.2 / r.dx) + r.nx * (j + r.ny * k);
    QVERIFY(std::abs(r.temperatureC[down] - (20.0 + rise)) < 0.01 * (20.0 + rise));
    // Velocity = V / A in both lanes, away from the ends.
    const double u = flow / (0.8 * 0.8);
    for (int kk = 0; kk < r.nz; ++kk) {
        for (int jj : {0, 1}) {
            const int c = int(12.2 / r.dx) + r.nx * (jj + r.ny * kk);
            QVERIFY2(std::abs(r.vx[c] - u) < 0.02 * u, qPrintable(QString::number(r.vx[c])));
        }
        for (int jj : {3, 4}) {
            const int c = int(14.2 / r.dx) + r.nx * (jj + r.ny * kk);
            QVERIFY2(std::abs(r.vx[c] + u) < 0.02 * u, qPrintable(QString::number(r.vx[c])));
        }
    }
    QVERIFY(std::abs(r.heatRemovedW - heat) < 0.005 * heat);
}

void TestAirField::energyIsBalanced_data()
{
    QTest::addColumn<double>("mix");
    QTest::addColumn<double>("roomHeatW");
    QTest::addColumn<double>("leakage");
    QTest::newRow("pure potential flow") << 0.0 << 0.0 << -1.0;
    QTest::newRow("recirculation + room heat") << 0.1 << 5000.0 << -1.0;
    QTest::newRow("contained, 5 % leakage") << 0.1 << 5000.0 << 0.05;
}

// Two rows of six 10 kW racks and two CRAHs: Σ P + room heat = Σ ρ c_p V (T_ret − T_sup).
void TestAirField::energyIsBalanced()
{
    QFETCH(double, mix);
    QFETCH(double, roomHeatW);
    QFETCH(double, leakage);
    AirFieldInput in = makeHall(12.0, 10.0, 3.5, 2, 6, 10000.0, 1.1, 2, leakage);
    in.roomHeatW = roomHeatW;
    AirFieldOptions opt;
    opt.recirculationMix = mix;
    const AirFieldResult r = solveAirField(in, opt);
    qInfo().noquote() << describe(r) << "in" << r.heatInW << "W, removed" << r.heatRemovedW << "W";
    QVERIFY2(r.converged, r.note.c_str());
    QCOMPARE(r.heatInW, 120000.0 + roomHeatW);
    QVERIFY(std::abs(r.heatRemovedW - r.heatInW) < 0.005 * r.heatInW);
    for (size_t i = 0; i < in.racks.size(); ++i) {
        QVERIFY(r.rackInletC[i] >= 20.0 - 1e-3);
        QVERIFY(std::abs(r.rackOutletC[i] - r.rackInletC[i] - 12.0) < 1e-6);
    }
}

void TestAirField::moreAirflowLowersHottestInlet()
{
    AirFieldOptions opt;
    opt.recirculationMix = 0.0;
    double previous = 1e9;
    for (double ratio : {0.8, 1.0, 1.3, 1.6}) {
        const AirFieldResult r = solveAirField(makeHall(12.0, 10.0, 3.5, 2, 6, 10000.0, ratio, 2), opt);
        QVERIFY2(r.converged, r.note.c_str());
        const double hottest = maxOf(r.rackInletC);
        qInfo() << "supply ratio" << ratio << "max inlet" << hottest << "C";
        QVERIFY(hottest < previous);
        previous = hottest;
    }
}

void TestAirField::containmentNarrowsInletSpread()
{
    AirFieldOptions opt;
    const AirFieldResult open = solveAirField(makeHall(12.0, 10.0, 3.5, 2, 6, 10000.0, 1.1, 2), opt);
    const AirFieldResult hac
        = solveAirField(makeHall(12.0, 10.0, 3.5, 2, 6, 10000.0, 1.1, 2, 0.05), opt);
    QVERIFY(open.converged && hac.converged);
    qInfo() << "inlet spread open" << spreadOf(open.rackInletC) << "K, contained"
            << spreadOf(hac.rackInletC) << "K; max" << maxOf(open.rackInletC) << maxOf(hac.rackInletC);
    QVERIFY(spreadOf(hac.rackInletC) < spreadOf(open.rackInletC));
    QVERIFY(maxOf(hac.rackInletC) < maxOf(open.rackInletC));
}

// The correction warms the intakes on average and keeps the energy balance.
void TestAirField::recirculationCorrectionWarmsInlets()
{
    const AirFieldInput in = makeHall(12.0, 10.0, 3.5, 2, 6, 10000.0, 1.1, 2);
    AirFieldOptions pure, mixed;
    pure.recirculationMix = 0.0;
    mixed.recirculationMix = 0.2;
    const AirFieldResult a = solveAirField(in, pure), b = solveAirField(in, mixed);
    QVERIFY(a.converged && b.converged);
    const double meanA = std::accumulate(a.rackInletC.begin(), a.rackInletC.end(), 0.0);
    const double meanB = std::accumulate(b.rackInletC.begin(), b.rackInletC.end(), 0.0);
    QVERIFY(meanB > meanA);
    QVERIFY(std::abs(b.heatRemovedW - b.heatInW) < 0.005 * b.heatInW);
    QVERIFY(b.note.find("Recirculation") != std::string::npos);
}

void TestAirField::gridRefinementAgrees_data()
{
    QTest::addColumn<double>("leakage");
    QTest::addColumn<double>("toleranceK");
    // Stated tolerances on the hottest rack inlet between 0.4 m and 0.3 m cells: 1.5 K with a
    // contained hot aisle; 3 K in the open hall, where the hottest inlet sits in the
    // recirculation zone over the row ends that 0.4 m cells resolve only coarsely.
    QTest::newRow("contained") << 0.05 << 1.5;
    QTest::newRow("open") << -1.0 << 3.0;
}

void TestAirField::gridRefinementAgrees()
{
    QFETCH(double, leakage);
    QFETCH(double, toleranceK);
    const AirFieldInput in = makeHall(12.0, 10.0, 3.5, 2, 6, 10000.0, 1.1, 2, leakage);
    AirFieldOptions coarse, fine;
    coarse.cellM = 0.4;
    fine.cellM = 0.3;
    const AirFieldResult a = solveAirField(in, coarse), b = solveAirField(in, fine);
    QVERIFY(a.converged && b.converged);
    qInfo() << "max inlet 0.4 m" << maxOf(a.rackInletC) << "C, 0.3 m" << maxOf(b.rackInletC) << "C";
    QVERIFY(std::abs(maxOf(a.rackInletC) - maxOf(b.rackInletC)) < toleranceK);
}

void TestAirField::warmStartConvergesFaster()
{
    AirFieldInput in = makeHall(12.0, 10.0, 3.5, 2, 6, 10000.0, 1.1, 2);
    const AirFieldResult cold = solveAirField(in);
    in.racks[0].heatW *= 1.05;
    AirFieldOptions warm;
    warm.warmStartTemperature = &cold.temperatureC;
    const AirFieldResult again = solveAirField(in, warm);
    QVERIFY(again.converged);
    qInfo() << "thermal iterations cold" << cold.thermalIterations << "warm" << again.thermalIterations;
    QVERIFY(again.thermalIterations <= cold.thermalIterations);
}

void TestAirField::vtiIsParseable()
{
    const AirFieldResult r = solveAirField(makeHall(12.0, 10.0, 3.5, 2, 6, 10000.0, 1.1, 2));
    QTemporaryDir dir;
    const std::string path = dir.filePath("hall.vti").toStdString();
    std::string error;
    QVERIFY2(writeVti(r, path, &error), error.c_str());
    QVERIFY(!writeVti(AirFieldResult{}, path + ".empty", &error));
    QVERIFY(error.find("hall.vti.empty") != std::string::npos);

    QFile file(QString::fromStdString(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    const qsizetype cells = qsizetype(r.nx) * r.ny * r.nz;
    int arrays = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("ImageData")) {
            QCOMPARE(xml.attributes().value("WholeExtent").toString(),
                     QStringLiteral("0 %1 0 %2 0 %3").arg(r.nx).arg(r.ny).arg(r.nz));
            QCOMPARE(xml.attributes().value("Origin").toString(), QStringLiteral("0 0 0"));
            const QStringList spacing = xml.attributes().value("Spacing").toString().split(' ');
            QCOMPARE(spacing.size(), 3);
            QVERIFY(std::abs(spacing[0].toDouble() - r.dx) < 1e-9);
        } else if (xml.name() == QLatin1String("DataArray")) {
            const QString name = xml.attributes().value("Name").toString();
            const int components = name == QLatin1String("velocity_m_s") ? 3 : 1;
            const QStringList values = xml.readElementText().simplified().split(' ');
            QCOMPARE(values.size(), cells * components);
            bool ok = false;
            values.last().toDouble(&ok);
            QVERIFY(ok);
            ++arrays;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(arrays, 3);
}

void TestAirField::cancellationIsQuick()
{
    const AirFieldInput in = makeHall(60.0, 40.0, 6.0, 8, 13, 130000.0, 1.1, 16);
    Progress pre;
    pre.cancel();
    QVERIFY(solveAirField(in, {}, &pre).cancelled);

    Progress *self = nullptr;
    Progress midway([&](double, const std::string &stage) {
        if (stage == "air field: flow")
            self->cancel();
    });
    self = &midway;
    QElapsedTimer timer;
    timer.start();
    const AirFieldResult r = solveAirField(in, {}, &midway);
    qInfo() << "cancelled after" << timer.elapsed() << "ms," << r.flowIterations << "flow iterations";
    QVERIFY(r.cancelled);
    QVERIFY(!r.converged);
    QVERIFY(timer.elapsed() < 2000 * AIF_TEST_TIME_SCALE);   // x20 under the sanitizers
}

// T_in = T_in0 + D·P (physics.md: T1 yields the T0 recirculation matrix): reproduces the full
// solve with the real heats; D ≥ 0; a rack re-ingests less than its whole exhaust.
void TestAirField::recirculationMatrixIsLinear()
{
    struct Case
    {
        const char *name;
        AirFieldInput in;
    };
    std::vector<Case> cases = {
        {"open, room heat", makeHall(12.0, 10.0, 3.5, 2, 6, 10000.0, 1.1, 2)},
        {"contained, 5 % leakage", makeHall(12.0, 10.0, 3.5, 2, 6, 10000.0, 1.1, 2, 0.05)},
    };
    cases[0].in.roomHeatW = 5000.0;
    // Unequal heats, so that the check sees every column with its own weight.
    for (size_t i = 0; i < cases[0].in.racks.size(); ++i)
        cases[0].in.racks[i].heatW = 4000.0 + 1000.0 * double(i % 7);
    for (const Case &c : cases) {
        const AirFieldResult full = solveAirField(c.in);
        QVERIFY2(full.converged, full.note.c_str());
        const RecirculationMatrix m = computeRecirculationMatrix(c.in);
        QVERIFY2(m.converged, m.note.c_str());
        QVERIFY(!m.cancelled);
        const size_t n = c.in.racks.size();
        QCOMPARE(m.rackIds.size(), n);
        QCOMPARE(m.baseInletC.size(), n);
        QCOMPARE(m.dKPerW.size(), n * n);
        double worst = 0.0, minD = 0.0, worstSelf = 0.0;
        for (size_t i = 0; i < n; ++i) {
            QCOMPARE(m.rackIds[i], c.in.racks[i].id);
            double t = m.baseInletC[i];
            for (size_t j = 0; j < n; ++j) {
                const double d = m.dKPerW[i * n + j];
                QVERIFY(std::isfinite(d));
                t += d * c.in.racks[j].heatW;
                minD = std::min(minD, d);
            }
            worst = std::max(worst, std::abs(t - full.rackInletC[i]));
            const double self = m.dKPerW[i * n + i] * kRhoCp * c.in.racks[i].airflowM3s;
            worstSelf = std::max(worstSelf, self);
            QVERIFY2(self < 1.0, qPrintable(QStringLiteral("rack %1 re-ingests %2 of its exhaust")
                                                .arg(QString::fromStdString(c.in.racks[i].id))
                                                .arg(self)));
        }
        qInfo().noquote() << c.name << ": n" << n << "max |T0 + D P - T_in|" << worst << "K, min D"
                          << minD << "K/W, max self re-ingestion" << worstSelf << ","
                          << m.seconds << "s";
        QVERIFY(worst < 0.05);
        // Non-negative within round-off: 1e-6 K per 100 kW rack.
        QVERIFY(minD > -1e-11);
        // All heats 0: intakes at the supply temperature plus the room heat's share, no less.
        for (double t0 : m.baseInletC)
            QVERIFY(t0 >= 20.0 - 1e-3);
    }

    // Cancellation is honoured.
    Progress cancelled;
    cancelled.cancel();
    QVERIFY(computeRecirculationMatrix(cases[1].in, {}, &cancelled).cancelled);
}

// Timings, printed not asserted (targets: 10 MW hall at 0.4 m < 1 s; campus hall < 5 s).
void TestAirField::benchmark()
{
    struct Case
    {
        const char *name;
        AirFieldInput in;
        double cellM;
    };
    const Case cases[] = {
        {"10 MW hall 19x29x4.5 m, 100 racks x 100 kW, 8 units",
         makeHall(19.0, 29.0, 4.5, 4, 25, 100000.0, 1.1, 8), 0.4},
        {"campus hall 60x40x6 m, 104 racks x 130 kW, 16 units",
         makeHall(60.0, 40.0, 6.0, 8, 13, 130000.0, 1.1, 16), 0.4},
    };
    for (const Case &c : cases) {
        AirFieldOptions opt;
        opt.cellM = c.cellM;
        const AirFieldResult r = solveAirField(c.in, opt);
        qInfo().noquote() << c.name << "@" << c.cellM << "m:" << describe(r)
                          << "converged" << r.converged << "balance"
                          << (r.heatRemovedW - r.heatInW) / r.heatInW;
        QVERIFY(r.converged);
        AirFieldOptions warm = opt;
        warm.warmStartTemperature = &r.temperatureC;
        const AirFieldResult w = solveAirField(c.in, warm);
        qInfo().noquote() << "  warm start:" << describe(w);
        if (c.in.racks.size() != 100)   // the 10 MW hall only: n solves of the larger hall take long
            continue;
        const RecirculationMatrix m = computeRecirculationMatrix(c.in, opt);
        const size_t n = m.rackIds.size();
        double worst = 0.0;
        for (size_t i = 0; i < n; ++i) {
            double t = m.baseInletC[i];
            for (size_t j = 0; j < n; ++j)
                t += m.dKPerW[i * n + j] * c.in.racks[j].heatW;
            worst = std::max(worst, std::abs(t - r.rackInletC[i]));
        }
        qInfo().noquote() << "  recirculation matrix: n" << n << "," << m.seconds << "s, converged"
                          << m.converged << ", max |T0 + D P - T_in|" << worst << "K";
        QVERIFY(m.converged);
    }
}

QTEST_GUILESS_MAIN(TestAirField)
#include "tst_airfield.moc"
