// The design generator behind File ▸ New and `aif new`: every template and a spread of requests
// give a design that validates without errors and solves; the units it installs carry the load
// with the redundancy asked for; nothing stands on anything else; bad requests name the field.
#include "catalog.h"
#include "designchecks.h"
#include "generator/designgenerator.h"
#include "generator/supernode.h"
#include "generator/templates.h"
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
    void sweep_data();
    void sweep();
    void hallCountFromLoad();
    void tariffNearTheTop();

private:
    GenerateResult make(const DesignRequest &r) { return generateDesign(r, *m_catalog); }
    // A design that must build: the test stops with the generator's reason otherwise.
    GenerateResult makeOk(const DesignRequest &r)
    {
        GenerateResult g = make(r);
        if (!g.ok)
            QTest::qFail(g.error.c_str(), __FILE__, __LINE__);
        return g;
    }
    // The default request (HGX H100, air, AC, 2N) at another load and hall count (0: as needed).
    static DesignRequest withLoad(double mw, int halls = 0)
    {
        DesignRequest r;
        r.itMw = mw;
        r.halls = halls;
        return r;
    }
    void checkDesign(const DesignRequest &request, const GenerateResult &g);
    std::unique_ptr<Catalog> m_catalog;
};

void TestGenerator::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

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
    // Power stages with the losses below them, switch ports, network racks, wall clearance,
    // nothing standing on anything else.
    for (const std::string &problem : designchecks::all(p, *m_catalog))
        QVERIFY2(false, problem.c_str());
    for (const std::string &problem : designchecks::cooling(p, *m_catalog, request.redundancy))
        QVERIFY2(false, problem.c_str());
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
    // Review regressions: a second CDU column in the east fan wall's clearance; 72 links on
    // 64-port leaves; 104 kW network racks in a 42 U, 30 kW rack behind a 75 kW rear door.
    QTest::newRow("nvl72 hybrid hvdc 2n 3 MW") << "gb200-nvl72" << "hybrid" << "hvdc800" << "2n" << 3.0 << 1;
    QTest::newRow("h100 air ac 2n 30 MW") << "hgx-h100-8gpu" << "air" << "ac" << "2n" << 30.0 << 2;
    QTest::newRow("nvl72 liquid hvdc 2n 30 MW") << "gb200-nvl72" << "liquid" << "hvdc800" << "2n" << 30.0 << 1;
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
    if (mw > 5)
        return;   // the solve of a 30 MW design takes seconds; templates and small rows solve
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
    QTest::newRow("compute part of a supernode") << "system" << "ascend-cloudmatrix-384-compute" << "system";
    QTest::newRow("1e308 MW") << "itMw" << "1e308" << "it-mw";
    QTest::newRow("less than one rack") << "itMw" << "1e-9" << "it-mw";
    QTest::newRow("too much in one hall") << "hallsOne" << "200" << "halls";
    QTest::newRow("air for a liquid system") << "coolingNvl" << "air" << "cooling";
    QTest::newRow("liquid for an air system") << "cooling" << "liquid" << "cooling";
    QTest::newRow("unknown cooling") << "cooling" << "ice" << "cooling";
    QTest::newRow("unknown power") << "power" << "dc12" << "power";
    QTest::newRow("unknown redundancy") << "redundancy" << "3n" << "redundancy";
    QTest::newRow("unknown climate") << "climate" << "atlantis" << "climate";
    QTest::newRow("negative halls") << "halls" << "-1" << "halls";
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
    else if (field == "hallsOne") {
        r.itMw = value.toDouble();
        r.halls = 1;
    } else if (field == "hallsMany") {
        r.itMw = 0.2;
        r.halls = value.toInt();
    }
    const GenerateResult g = make(r);
    QVERIFY(!g.ok);
    QVERIFY2(QString::fromStdString(g.error).startsWith(names + ":"), g.error.c_str());
    // Numbers as they were asked, never wrapped through an int; a minimum or a count stated.
    QVERIFY2(g.error.find("-2147483648") == std::string::npos, g.error.c_str());
    if (field == "itMw" && value == "1e308")
        QVERIFY2(g.error.find("1e+308") != std::string::npos, g.error.c_str());
    if (value == "1e-9")
        QVERIFY2(g.error.find("0.0306 MW") != std::string::npos, g.error.c_str());   // three HGX H100 (10.2 kW) in a rack
    if (field == "hallsOne")
        QVERIFY2(g.error.find("at least 7 halls") != std::string::npos, g.error.c_str());
    if (value.endsWith("-compute"))
        QVERIFY2(g.error.find("'ascend-cloudmatrix-384'") != std::string::npos, g.error.c_str());
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

void TestGenerator::sweep_data()
{
    QTest::addColumn<double>("mw");
    QTest::addColumn<int>("choices");   // 3: every power and redundancy; 2: redundancy rotating; 1: both
    QTest::addColumn<int>("stride");    // every system (1), or every 2nd / 3rd from a row's offset
    QTest::addColumn<int>("offset");
    // Below one NVL72 rack with every system; a 30 MW hall or two, and a campus of halls (seconds
    // per design), each with a share of the systems so the catalog's 13 keep the suite short.
    QTest::newRow("small") << 0.1 << 3 << 1 << 0;
    QTest::newRow("30 MW, even systems") << 30.0 << 2 << 2 << 0;
    QTest::newRow("30 MW, odd systems") << 30.0 << 1 << 2 << 1;
    QTest::newRow("big") << 120.0 << 1 << 3 << 2;
}

void TestGenerator::sweep()
{
    // Systems x cooling x power x redundancy: every request the range check accepts builds
    // within every limit or is refused up front naming the field, never an internal error.
    QFETCH(double, mw);
    QFETCH(int, choices);
    QFETCH(int, stride);
    QFETCH(int, offset);
    std::vector<std::string> systems;
    for (const CatalogEntry *e : m_catalog->entries("systems"))
        if (e->data.value("gpuCount", 0) > 0 && !isSupernodePart(*m_catalog, e->id))
            systems.push_back(e->id);
    QVERIFY(systems.size() >= 5);
    const auto &coolings = coolingChoices(), &powers = powerChoices(), &redundancies = redundancyChoices();
    int built = 0;
    for (size_t s = 0; s < systems.size(); ++s) {
        if (int(s) % stride != offset)
            continue;
        for (size_t c = 0; c < coolings.size(); ++c) {
            for (size_t w = 0; w < powers.size(); ++w) {
                for (size_t n = 0; n < redundancies.size(); ++n) {
                    // Fewer choices: the others rotate with the system and cooling, so each
                    // still meets every system.
                    if ((choices < 3 && n != (s + c + w) % 3) || (choices < 2 && w != (s + c + 1) % 3))
                        continue;
                    DesignRequest r;
                    r.system = systems[s];
                    r.cooling = coolings[c];
                    r.power = powers[w];
                    r.redundancy = redundancies[n];
                    r.itMw = mw;
                    const std::string what = r.system + " " + r.cooling + " " + r.power + " " + r.redundancy + ": ";
                    const GenerateResult g = make(r);
                    if (!g.ok) {
                        const std::string field = g.error.substr(0, g.error.find(':'));
                        QVERIFY2(field == "it-mw" || field == "cooling" || field == "halls", (what + g.error).c_str());
                        continue;
                    }
                    ++built;
                    for (const Diagnostic &d : validateProject(g.project, m_catalog.get()))
                        QVERIFY2(!d.isError(), (what + d.pointer + ": " + d.message).c_str());
                    for (const std::string &problem : designchecks::all(g.project, *m_catalog))
                        QVERIFY2(false, (what + problem).c_str());
                    for (const std::string &problem : designchecks::cooling(g.project, *m_catalog, r.redundancy))
                        QVERIFY2(false, (what + problem).c_str());
                }
            }
        }
    }
    QVERIFY(built > 0);
}

void TestGenerator::hallCountFromLoad()
{
    // No hall count asked: as many halls as keep each within what its utility feeder carries.
    const GenerateResult g = makeOk(withLoad(200));
    QCOMPARE(g.summary.halls, 7);
    for (const Hall &h : g.project.halls)
        QVERIFY2(h.depthM <= 2000 && h.widthM <= 2000, h.id.c_str());
    const GenerateResult two = make(withLoad(200, 2));
    QVERIFY(!two.ok);
    QVERIFY2(two.error.rfind("halls: 200 MW needs at least 7 halls", 0) == 0, two.error.c_str());
}

void TestGenerator::tariffNearTheTop()
{
    // 8 USD/kWh: +50 % would pass the 10 USD/kWh the field accepts, so the scenario rises to
    // the limit and says so; at the limit there is no rise to try.
    DesignRequest r = withLoad(0.5);
    r.tariffUsdPerKwh = 8.0;
    const GenerateResult g = makeOk(r);
    const Scenario *up = g.project.get<Scenario>("scn-tariff-up");
    QVERIFY(up);
    QCOMPARE(up->overrides.front().value.get<double>(), 10.0);
    QVERIFY2(up->name == "Electricity +25 %", up->name.c_str());
    QVERIFY(up->description.find("10 USD/kWh") != std::string::npos);
    r.tariffUsdPerKwh = 10.0;
    QVERIFY(!makeOk(r).project.get<Scenario>("scn-tariff-up"));
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
