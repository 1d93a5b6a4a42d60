// The design generator behind File ▸ New and `aif new`: every template and a spread of requests
// give a design that validates without errors and solves; the units it installs carry the load
// with the redundancy asked for; nothing stands on anything else; bad requests name the field.
#include "catalog.h"
#include "generator/designgenerator.h"
#include "generator/templates.h"
#include "plangeometry.h"
#include "solvejob.h"
#include "throughput/throughputsolver.h"
#include "power/powersolver.h"
#include "validation.h"

#include <QTest>

#include <map>

using namespace aif;
using namespace aif::generator;

class TestGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void templates_data();
    void templates();
    void requests_data();
    void requests();
    void badRequests_data();
    void badRequests();
    void targetLoadIsMet();
    void twoNSurvivesAPath();
    void supernodeIsWholeUnits();
    void deterministic();

private:
    GenerateResult make(const DesignRequest &r) { return generateDesign(r, *m_catalog); }
    void checkDesign(const DesignRequest &request, const GenerateResult &g);
    std::unique_ptr<Catalog> m_catalog;
};

void TestGenerator::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

namespace {

double num(const Json &j, const char *k)
{
    return j.value(k, 0.0);
}

// Nameplate IT load downstream of every power node (racks at their budgets): in 2N each path
// must carry all of it when the other is lost.
std::map<std::string, double> downstreamLoads(const Project &p)
{
    std::map<std::string, double> load;
    for (const Rack &r : p.racks) {
        for (const std::string &feed : {r.powerFeedA, r.powerFeedB}) {
            for (const PowerNode *n = p.get<PowerNode>(feed); n; n = p.get<PowerNode>(n->upstream))
                load[n->id] += r.powerBudgetW;
        }
    }
    return load;
}

} // namespace

void TestGenerator::checkDesign(const DesignRequest &request, const GenerateResult &g)
{
    QVERIFY2(g.ok, g.error.c_str());
    const Project &p = g.project;
    for (const Diagnostic &d : validateProject(p, m_catalog.get()))
        QVERIFY2(!d.isError(), (d.pointer + ": " + d.message).c_str());

    // Every rack with equipment is fed, on both paths in 2N; liquid-cooled ones have a loop.
    const bool twoN = request.redundancy == "2n";
    for (const Rack &r : p.racks) {
        QVERIFY2(!r.powerFeedA.empty(), r.id.c_str());
        QCOMPARE(r.powerFeedB.empty(), !twoN);
        const Json *sys = r.system.empty() ? nullptr : m_catalog->entry("systems", r.system);
        if (sys && sys->value("cooling", std::string("air")) != "air")
            QVERIFY2(!r.coolingLoop.empty(), r.id.c_str());
    }
    // Every stage carries what hangs below it (all of it on one path of a 2N design) with its
    // redundant modules out.
    const std::map<std::string, double> below = downstreamLoads(p);
    for (const PowerNode &n : p.powerNodes) {
        const auto it = below.find(n.id);
        if (it == below.end() || n.type == "battery")
            continue;
        QVERIFY2(n.ratedW * (n.modules - n.redundantModules) >= it->second - 1.0,
                 (n.id + " rated " + std::to_string(n.ratedW * n.modules) + " for " + std::to_string(it->second)).c_str());
    }
    // Cooling: the units left after the redundant ones fail still carry the heat.
    double airHeat = 0, liquidHeat = 0;
    for (const Rack &r : p.racks) {
        const Json *sys = r.system.empty() ? nullptr : m_catalog->entry("systems", r.system);
        const double f = sys ? num(*sys, "liquidHeatFraction") : 0.0;
        airHeat += r.powerBudgetW * (1 - f);
        liquidHeat += r.powerBudgetW * f;
    }
    double roomCapacity = 0, doors = 0;
    int roomUnits = 0;
    for (const AirUnit &a : p.airUnits) {
        if (a.rack.empty()) {
            roomCapacity += a.capacityW;
            ++roomUnits;
        } else {
            doors += 1;
            const Rack *r = p.get<Rack>(a.rack);
            QVERIFY(r);
        }
    }
    if (roomUnits > 0) {
        const double unit = roomCapacity / roomUnits;
        const int spare = request.redundancy == "2n" ? roomUnits / 2 : request.redundancy == "n+1" ? 1 : 0;
        QVERIFY2((roomUnits - spare) * unit >= airHeat * 0.999, "room units carry the air-side heat with N left");
    } else {
        QCOMPARE(int(doors), int(p.racks.size()));   // rear doors on every rack
    }
    double cduCapacity = 0;
    for (const Cdu &c : p.cdus)
        cduCapacity += c.capacityW;
    if (liquidHeat > 0)
        QVERIFY2(cduCapacity >= liquidHeat * (request.redundancy == "2n" ? 2.0 : 1.0) * 0.999, "CDUs carry the liquid heat");
    // Every loop is served, heat rejection covers the heat of its loop.
    for (const LiquidLoop &l : p.liquidLoops) {
        bool served = false;
        for (const Cdu &c : p.cdus)
            served = served || c.secondaryLoop == l.id;
        for (const HeatRejection &h : p.heatRejection)
            served = served || h.loop == l.id;
        QVERIFY2(served, l.id.c_str());
    }
    // Nothing stands on anything else in a hall.
    std::vector<std::pair<std::string, plan::Footprint>> boxes;
    for (const Rack &r : p.racks)
        boxes.push_back({r.hall, plan::footprint(r.xM, r.yM, r.widthM, r.depthM, r.rotationDeg)});
    for (const AirUnit &a : p.airUnits)
        if (a.rack.empty())
            boxes.push_back({a.hall, plan::footprint(a.xM, a.yM, a.widthM, a.depthM, a.rotationDeg)});
    for (const Cdu &c : p.cdus)
        boxes.push_back({c.hall, plan::footprint(c.xM, c.yM, c.widthM, c.depthM, c.rotationDeg)});
    for (const PowerNode &n : p.powerNodes) {
        if (n.hall.empty() || n.type == "busway" || n.type == "powershelf" || n.type == "battery")
            continue;
        const plan::Size s = plan::powerNodeSize(n.type, n.lengthM);
        boxes.push_back({n.hall, plan::footprint(n.xM, n.yM, s.widthM, s.depthM, n.rotationDeg)});
    }
    for (size_t i = 0; i < boxes.size(); ++i) {
        const Hall *h = p.get<Hall>(boxes[i].first);
        QVERIFY(h);
        const plan::Footprint &a = boxes[i].second;
        QVERIFY2(a.x0 >= -0.005 && a.y0 >= -0.005 && a.x1 <= h->widthM + 0.005 && a.y1 <= h->depthM + 0.005,
                 "inside its hall");
        for (size_t j = i + 1; j < boxes.size(); ++j) {
            if (boxes[j].first != boxes[i].first)
                continue;
            const plan::Footprint &b = boxes[j].second;
            const double w = std::min(a.x1, b.x1) - std::max(a.x0, b.x0), d = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
            QVERIFY2(w <= 0.005 || d <= 0.005, ("overlap at " + std::to_string(a.x0) + "," + std::to_string(a.y0)).c_str());
        }
    }
    // The deployment covers every GPU rack.
    QCOMPARE(p.deployments.size(), size_t(1));
    QCOMPARE(int(p.deployments.front().racks.size()), g.summary.gpuRacks);
}

void TestGenerator::templates_data()
{
    QTest::addColumn<QString>("id");
    for (const DesignTemplate &t : designTemplates())
        QTest::newRow(t.id.c_str()) << QString::fromStdString(t.id);
}

void TestGenerator::templates()
{
    QFETCH(QString, id);
    const DesignTemplate *t = findTemplate(id.toStdString());
    QVERIFY(t);
    const GenerateResult g = make(t->request);
    checkDesign(t->request, g);
    // It solves: power, thermal, throughput and the rest, with no error-level finding.
    const SolveResult r = runSolve(g.project, *m_catalog, SolveOptions());
    QVERIFY(r.ok);
    QVERIFY2(r.converged, "the coupled twin converges");
    for (const Diagnostic &d : r.violations)
        QVERIFY2(!d.isError(), d.message.c_str());
    QVERIFY(r.json["throughput"]["tokens_per_s"].get<double>() > 0);
    QVERIFY(r.json["power"]["pue"].get<double>() > 1.0 && r.json["power"]["pue"].get<double>() < 2.0);
    QCOMPARE(r.json["thermal"]["racks"].size(), g.project.racks.size());
}

void TestGenerator::requests_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("cooling");
    QTest::addColumn<QString>("power");
    QTest::addColumn<QString>("redundancy");
    QTest::addColumn<double>("mw");
    QTest::addColumn<int>("halls");
    // Every cooling, power and redundancy choice at least once, on each kind of system.
    QTest::newRow("h100 air ac n") << "hgx-h100-8gpu" << "air" << "ac" << "n" << 0.5 << 1;
    QTest::newRow("h100 rdhx hvdc n+1") << "hgx-h100-8gpu" << "rdhx" << "hvdc800" << "n+1" << 1.5 << 1;
    QTest::newRow("mi300x air 48v 2n") << "mi300x-8gpu" << "air" << "48v" << "2n" << 1.0 << 2;
    QTest::newRow("nvl72 liquid ac n+1") << "gb200-nvl72" << "liquid" << "ac" << "n+1" << 3.0 << 1;
    QTest::newRow("nvl72 hybrid 48v n") << "gb200-nvl72" << "hybrid" << "48v" << "n" << 5.0 << 2;
    QTest::newRow("nvl72 rdhx hvdc 2n") << "gb200-nvl72" << "rdhx" << "hvdc800" << "2n" << 2.0 << 1;
    QTest::newRow("cm384 liquid hvdc 2n") << "ascend-cloudmatrix-384" << "liquid" << "hvdc800" << "2n" << 1.2 << 1;
    QTest::newRow("b200 air ac 2n two halls") << "hgx-b200-8gpu" << "air" << "ac" << "2n" << 3.0 << 2;
}

void TestGenerator::requests()
{
    QFETCH(QString, system);
    QFETCH(QString, cooling);
    QFETCH(QString, power);
    QFETCH(QString, redundancy);
    QFETCH(double, mw);
    QFETCH(int, halls);
    DesignRequest r;
    r.system = system.toStdString();
    r.cooling = cooling.toStdString();
    r.power = power.toStdString();
    r.redundancy = redundancy.toStdString();
    r.itMw = mw;
    r.halls = halls;
    const GenerateResult g = make(r);
    checkDesign(r, g);
    QCOMPARE(g.summary.halls, halls);
    const SolveResult s = runSolve(g.project, *m_catalog, SolveOptions());
    for (const Diagnostic &d : s.violations)
        QVERIFY2(!d.isError(), d.message.c_str());
    QVERIFY(s.json["throughput"]["tokens_per_s"].get<double>() > 0);
}

void TestGenerator::badRequests_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("names");
    QTest::newRow("zero MW") << "itMw" << "0" << "it-mw";
    QTest::newRow("negative MW") << "itMw" << "-3" << "it-mw";
    QTest::newRow("unknown system") << "system" << "hgx-z900" << "system";
    QTest::newRow("part of a supernode") << "system" << "ascend-cloudmatrix-384-network" << "system";
    QTest::newRow("air for a liquid system") << "coolingNvl" << "air" << "cooling";
    QTest::newRow("liquid for an air system") << "cooling" << "liquid" << "cooling";
    QTest::newRow("unknown cooling") << "cooling" << "ice" << "cooling";
    QTest::newRow("unknown power") << "power" << "dc12" << "power";
    QTest::newRow("unknown redundancy") << "redundancy" << "3n" << "redundancy";
    QTest::newRow("unknown climate") << "climate" << "atlantis" << "climate";
    QTest::newRow("no halls") << "halls" << "0" << "halls";
    QTest::newRow("more halls than racks") << "hallsMany" << "50" << "halls";
}

void TestGenerator::badRequests()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, names);
    DesignRequest r;
    const std::string v = value.toStdString();
    if (field == "itMw")
        r.itMw = value.toDouble();
    else if (field == "system")
        r.system = v;
    else if (field == "coolingNvl") {
        r.system = "gb200-nvl72";
        r.cooling = v;
    } else if (field == "cooling")
        r.cooling = v;
    else if (field == "power")
        r.power = v;
    else if (field == "redundancy")
        r.redundancy = v;
    else if (field == "climate")
        r.climate = v;
    else if (field == "halls")
        r.halls = value.toInt();
    else if (field == "hallsMany") {
        r.itMw = 0.2;
        r.halls = value.toInt();
    }
    const GenerateResult g = make(r);
    QVERIFY(!g.ok);
    QVERIFY2(QString::fromStdString(g.error).startsWith(names + ":"), g.error.c_str());
}

void TestGenerator::targetLoadIsMet()
{
    // Whole racks: the nameplate lands within half a rack of the target, and grows with it.
    double previous = 0;
    for (double mw : {0.5, 1.0, 2.0, 4.0}) {
        DesignRequest r;
        r.itMw = mw;
        const GenerateResult g = make(r);
        QVERIFY(g.ok);
        const double rackW = 3 * 10200.0;   // three HGX H100 servers (catalog maxPowerW) per 40 kW rack
        QVERIFY2(std::abs(g.summary.itNameplateW - mw * 1e6) <= rackW / 2 + 1, std::to_string(g.summary.itNameplateW).c_str());
        QVERIFY(g.summary.itNameplateW > previous);
        previous = g.summary.itNameplateW;
    }
}

void TestGenerator::twoNSurvivesAPath()
{
    // 2N: with a whole path's utility failed, every rack keeps power and nothing overloads.
    DesignRequest r;
    r.redundancy = "2n";
    r.itMw = 1.0;
    GenerateResult g = make(r);
    QVERIFY(g.ok);
    // The healthy design: no single failure drops a rack or overloads a stage (Tier IV topology).
    const power::PowerResult healthy = power::solvePower(g.project, *m_catalog, power::PowerOptions(), nullptr);
    QCOMPARE(healthy.redundancy.casesDroppingLoad, 0);
    QCOMPARE(healthy.redundancy.casesOverloading, 0);
    Project p = g.project;
    QVERIFY(p.setValue(*p.find("utility-A"), "failed", Json(true)).empty());
    const power::PowerResult pw = power::solvePower(p, *m_catalog, power::PowerOptions(), nullptr);
    for (bool powered : pw.rackPowered)
        QVERIFY(powered);
    for (const power::NodeResult &n : pw.nodes)
        QVERIFY2(!n.alive || n.utilization <= 1.0, n.id.c_str());   // path B carries it all within ratings
}

void TestGenerator::supernodeIsWholeUnits()
{
    DesignRequest r;
    r.system = "ascend-cloudmatrix-384";
    r.cooling = "hybrid";
    r.itMw = 2.2;
    const GenerateResult g = make(r);
    QVERIFY2(g.ok, g.error.c_str());
    // Whole supernodes of 12 compute and 4 network racks, one per row, 384 NPUs each.
    std::map<std::string, std::map<std::string, int>> perRow;
    for (const Rack &rk : g.project.racks)
        perRow[rk.row][rk.system]++;
    QVERIFY(!perRow.empty());
    for (const auto &[row, systems] : perRow) {
        QCOMPARE(systems.at("ascend-cloudmatrix-384-compute"), 12);
        QCOMPARE(systems.at("ascend-cloudmatrix-384-network"), 4);
    }
    QCOMPARE(g.summary.gpus, int(perRow.size()) * 384);
}

void TestGenerator::deterministic()
{
    const DesignTemplate *t = findTemplate("air-1mw-h100");
    QVERIFY(t);
    const GenerateResult a = make(t->request), b = make(t->request);
    QCOMPARE(QByteArray::fromStdString(a.project.toJson({EntityKind::Rack, 3}).dump()),
             QByteArray::fromStdString(b.project.toJson({EntityKind::Rack, 3}).dump()));
    QCOMPARE(a.project.racks.size(), b.project.racks.size());
    QCOMPARE(a.project.powerNodes.size(), b.project.powerNodes.size());
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
