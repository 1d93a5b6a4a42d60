// Scale benchmarks for `aif bench`: generated designs of about 1k, 10k and 50k racks through
// generate, validate, save, load and the whole solve job, with the peak memory of each size.
// Printed as numbers, never asserted (the targets live in docs/power.md's speed table).
#include "cli.h"

#include "catalog.h"
#include "common/peakrss.h"
#include "generator/designgenerator.h"
#include "power/powersolver.h"
#include "projectio.h"
#include "solvejob.h"
#include "validation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <malloc.h>

#include <map>
#include <unordered_set>

namespace aif::cli {

namespace {

// One generated design stays below the 1 GW a utility feed may be rated (its service is sized at
// 1.5 x the IT load): larger sizes are built from identical campus buildings side by side.
constexpr int kRacksPerBuilding = 10000;
constexpr double kWPerRack = 30.6e3;    // three HGX H100 (10.2 kW) in the generator's server rack
constexpr double kHallMw = 30.0;

// Resets the peak resident set (writing 5 to clear_refs, Linux >= 4.0).
void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

generator::DesignRequest request(int racks)
{
    generator::DesignRequest q;
    q.name = "Scale benchmark";
    q.system = "hgx-h100-8gpu";
    q.cooling = "air";
    q.power = "ac";
    q.redundancy = "2n";
    q.itMw = racks * kWPerRack / 1e6;
    // About 1,000 racks a hall, and no hall above what one 13.8 kV feeder carries (~31.9 MW).
    q.halls = std::max({1, racks / 1000, int(std::ceil(q.itMw / kHallMw))});
    return q;
}

// Renames every string equal to one of `ids` (ids and references alike) with `suffix`.
void renameIds(Json &j, const std::unordered_set<std::string> &ids, const std::string &suffix)
{
    if (j.is_string()) {
        if (ids.contains(j.get_ref<const std::string &>()))
            j = j.get<std::string>() + suffix;
    } else if (j.is_array() || j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (!(j.is_object() && it.key() == "name"))
                renameIds(*it, ids, suffix);
        }
    }
}

// `copies` buildings of one generated design on one campus plan, each north of the last; the
// scenarios (overrides of the first building) are not copied.
Project tiled(const Project &building, int copies)
{
    Project all = building;
    std::unordered_set<std::string> ids;
    std::vector<EntityKind> kinds;
    for (const EntityKind kind : allKinds()) {
        if (kindNames(kind).singleton || kind == EntityKind::Scenario)
            continue;
        kinds.push_back(kind);
        for (int i = 0; i < building.count(kind); ++i)
            ids.insert(building.idOf({kind, i}));
    }
    double depthM = 0.0;
    for (const Hall &h : building.halls)
        depthM = std::max(depthM, h.originYM + h.depthM);
    for (int k = 1; k < copies; ++k) {
        const std::string suffix = "-b" + std::to_string(k + 1);
        for (const EntityKind kind : kinds) {
            for (int i = 0; i < building.count(kind); ++i) {
                Json e = building.toJson({kind, i});
                renameIds(e, ids, suffix);
                if (kind == EntityKind::Hall)
                    e["originYM"] = e.value("originYM", 0.0) + k * (depthM + 20.0);
                all.insert(kind, e, -1);
            }
        }
    }
    return all;
}

// Solve-job stages from its progress reports: the time until the next stage's report.
class StageClock
{
public:
    Progress progress()
    {
        m_timer.start();
        return Progress([this](double fraction, const std::string &stage) {
            const std::string group = groupOf(stage, fraction);
            const double now = msSince(m_timer);
            if (!m_current.empty())
                m_ms[m_current] += now - m_since;
            m_current = group;
            m_since = now;
        });
    }
    double ms(const std::string &group) const
    {
        const auto it = m_ms.find(group);
        return it == m_ms.end() ? 0.0 : it->second;
    }

private:
    static std::string groupOf(const std::string &stage, double fraction)
    {
        // After the twin's last report come the annual energy, TCO and the JSON document.
        if (stage == "coupled twin")
            return fraction >= 1.0 ? "done" : "twin";
        if (stage.starts_with("power: single-failure"))
            return "n-1";
        return stage.substr(0, stage.find_first_of(": "));
    }
    QElapsedTimer m_timer;
    std::map<std::string, double> m_ms;
    std::string m_current;
    double m_since = 0.0;
};

// A design of about `size` racks from the generator; when it refuses one design that large
// (a utility feed over 1 GW), identical buildings of 10k racks side by side.
Project scaleDesign(const Catalog &catalog, int size, QString *note)
{
    QElapsedTimer t;
    t.start();
    generator::GenerateResult g = generator::generateDesign(request(size), catalog);
    const double wholeMs = msSince(t);
    if (g.ok || size <= 2 * kRacksPerBuilding) {
        *note = QString::fromStdString(g.error);
        return std::move(g.project);
    }
    const int copies = (size + kRacksPerBuilding / 2) / kRacksPerBuilding;
    const std::string whyNot = g.error;
    g = generator::generateDesign(request(size / copies), catalog);
    if (!g.ok) {
        *note = QString::fromStdString(g.error);
        return {};
    }
    *note = QStringLiteral("%1 buildings of %2 racks; the generator refused one design in %3 ms: %4")
                .arg(copies).arg(g.project.racks.size()).arg(wholeMs, 0, 'f', 0).arg(QString::fromStdString(whyNot));
    return tiled(g.project, copies);
}

void printRow(const QList<double> &cells, const QString &note)
{
    static const int widths[] = {6, 6, 9, 9, 8, 8, 9, 8, 8, 8, 8, 8, 10, 9, 9};
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += QStringLiteral("%1 ").arg(cells[i], widths[i], 'f', 0);
    printOut(line + (note.isEmpty() ? QString() : " (" + note + ")") + "\n");
}

} // namespace

void benchScale(const Catalog &catalog, const QList<int> &sizes, const QString &saveDir)
{
    QTemporaryDir tmp;
    const QString dir = saveDir.isEmpty() ? tmp.path() : saveDir;
    printOut(QStringLiteral("\nscale (generated HGX H100, air, AC 2N; ms; solve = the solve job: power with its N-1, "
                            "thermal T0, throughput, twin, then annual+tco with the JSON document; peak MiB: "
                            "generate to save, then load and solve as `aif solve` holds them):\n"));
    printOut(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 %13 %14 %15\n")
                 .arg("racks", 6).arg("nodes", 6).arg("generate", 9).arg("validate", 9).arg("save", 8)
                 .arg("load", 8).arg("solve", 9).arg("power", 8).arg("N-1", 8).arg("thermal", 8)
                 .arg("thruput", 8).arg("twin", 8).arg("annual+tco", 10).arg("peak gen", 9).arg("peak solve", 9));
    for (const int size : sizes) {
        resetPeakRss();
        QString note;
        QElapsedTimer t;
        t.start();
        Project project = scaleDesign(catalog, size, &note);
        const double generateMs = msSince(t);
        if (project.racks.empty()) {
            printError(QStringLiteral("aif bench: scale %1: %2").arg(size).arg(note));
            continue;
        }
        t.start();
        const bool valid = !hasErrors(validateProject(project, &catalog));
        const double validateMs = msSince(t);
        const QString path = dir + QStringLiteral("/scale-%1.aifactory").arg(project.racks.size());
        QString error;
        t.start();
        if (!saveProject(project, path, &error))
            printError("aif bench: " + error);
        const double saveMs = msSince(t);
        const double racks = double(project.racks.size()), nodes = double(project.powerNodes.size());
        const double generatePeakMb = peakRssMb();

        // Load and solve as `aif solve` does, without the generated copy.
        project = Project();
        malloc_trim(0);
        resetPeakRss();
        t.start();
        LoadResult loaded = loadProject(path);
        const double loadMs = msSince(t);
        if (!loaded.ok) {
            const std::string why = loaded.diagnostics.empty() ? std::string() : loaded.diagnostics.front().message;
            printError(QStringLiteral("aif bench: %1 cannot be loaded (%2); solving the generated design")
                           .arg(path, QString::fromStdString(why)));
            loaded.project = scaleDesign(catalog, size, &note);
        }
        StageClock clock;
        Progress progress = clock.progress();
        t.start();
        const SolveResult solved = runSolve(loaded.project, catalog, {}, &progress);
        const double solveMs = msSince(t);
        printRow({racks, nodes, generateMs, validateMs, saveMs, loadMs, solveMs, clock.ms("power") + clock.ms("n-1"),
                  clock.ms("n-1"), clock.ms("thermal"), clock.ms("throughput"), clock.ms("twin"), clock.ms("done"),
                  generatePeakMb, peakRssMb()},
                 note);
        if (!valid || !solved.ok)
            printError(QStringLiteral("aif bench: the %1-rack design has errors").arg(racks));
    }
}

} // namespace aif::cli
