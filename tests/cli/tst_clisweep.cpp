// `aif sweep` (issue 22): a grid's rows equal separate `aif solve --json` runs of the edited
// project, a seeded random draw repeats, bad pointers are usage errors naming them, a failing case
// is recorded and the rest complete, --resume runs only the missing cases, and `mpirun -np 2`
// writes the same rows as the threaded run.
#include "catalog.h"
#include "json.h"
#include "runprogram.h"
#include "sweep/sweepstore.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

#include <cmath>

using namespace aif;
using namespace aif::sweep;

class TestCliSweep : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gridEqualsSeparateSolves();
    void randomIsReproducible();
    void badPointerNamed();
    void failedCaseRecorded();
    void resumeRunsOnlyMissing();
    void resumeAfterKill();
    void mpirunSameRows();
    void cancelStopsLibrarySweep();

private:
    ProgramRun aif(const QStringList &args) { return runProgram(AIF_BIN_DIR "/aif", args, m_env); }
    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QProcessEnvironment m_env;
    QTemporaryDir m_tmp;
};

namespace {

QString sample()
{
    return QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory");
}

const QString kTariffs = QStringLiteral("/economics/tariffUsdPerKwh=0.06,0.08,0.10");
const QString kSupply = QStringLiteral("/airUnits/0/supplyTempC=18,21,24");
const QString kObjectives
    = QStringLiteral("usd_per_mtok,tokens_per_joule,capex_usd,max_inlet_c,/tco/opex_usd_per_year");
// Where `aif solve --json` has each of kObjectives.
const char *kSolvePointers[] = {"/tco/usd_per_million_tokens", "/twin/coupled/tokens_per_joule_facility",
                                "/tco/capex_usd", "/thermal/max_inlet_c", "/tco/opex_usd_per_year"};

QStringList gridArgs(const QString &out)
{
    return {"sweep", sample(), "--set", kTariffs, "--set", kSupply, "--objectives", kObjectives,
            "--threads", "2", "--out", out};
}

std::vector<CaseResult> rows(const QString &file)
{
    QString error;
    std::unique_ptr<SweepStore> store = SweepStore::open(file, &error);
    if (!store)
        return {};
    return store->cases(&error);
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// Every column but the wall time.
QString differences(const std::vector<CaseResult> &a, const std::vector<CaseResult> &b)
{
    if (a.size() != b.size())
        return QStringLiteral("%1 rows vs %2").arg(a.size()).arg(b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        const CaseResult &x = a[i], &y = b[i];
        bool equal = x.id == y.id && x.inputs == y.inputs && x.status == y.status
            && x.error == y.error && x.violations == y.violations
            && x.objectives.size() == y.objectives.size();
        for (size_t k = 0; equal && k < x.objectives.size(); ++k)
            equal = same(x.objectives[k], y.objectives[k]);
        if (!equal)
            return QStringLiteral("row %1: %2 vs %3")
                .arg(i)
                .arg(QString::fromStdString(x.toJson().dump()), QString::fromStdString(y.toJson().dump()));
    }
    return {};
}

} // namespace

void TestCliSweep::initTestCase()
{
    QVERIFY(QFileInfo(AIF_BIN_DIR "/aif").isExecutable());
    QVERIFY(m_tmp.isValid());
    m_env = cliEnvironment(m_tmp.path());
}

void TestCliSweep::gridEqualsSeparateSolves()
{
    const ProgramRun r = aif(gridArgs(path("grid.sqlite")));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("case 9/9"), r.err.constData());
    const std::vector<CaseResult> cases = rows(path("grid.sqlite"));
    QCOMPARE(cases.size(), size_t(9));

    QFile f(sample());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Json base = Json::parse(f.readAll().toStdString());
    const double tariffs[] = {0.06, 0.08, 0.10}, supply[] = {18, 21, 24};
    std::set<double> inlets, costs;
    for (int i = 0; i < 9; ++i) {
        const CaseResult &c = cases[size_t(i)];
        QCOMPARE(c.id, i + 1);
        QVERIFY2(c.status == CaseResult::Status::Ok, c.error.c_str());
        // Grid order: the first --set varies slowest.
        QCOMPARE(c.inputs["/economics/tariffUsdPerKwh"].get<double>(), tariffs[i / 3]);
        QCOMPARE(c.inputs["/airUnits/0/supplyTempC"].get<double>(), supply[i % 3]);
        Json edited = base;
        edited["economics"]["tariffUsdPerKwh"] = tariffs[i / 3];
        edited["airUnits"][0]["supplyTempC"] = supply[i % 3];
        const QString file = path(QStringLiteral("case%1.aifactory").arg(i + 1));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(edited.dump(2)));
        out.close();
        const ProgramRun solved = aif({"solve", file, "--json", "-"});
        QVERIFY2(solved.exitCode == 0, solved.err.constData());
        const Json j = Json::parse(solved.out.toStdString());
        QCOMPARE(c.objectives.size(), std::size(kSolvePointers));
        for (size_t k = 0; k < std::size(kSolvePointers); ++k) {
            const double expected = j.at(Json::json_pointer(kSolvePointers[k])).get<double>();
            QVERIFY2(same(c.objectives[k], expected),
                     qPrintable(QStringLiteral("case %1 %2: %3 vs %4")
                                    .arg(i + 1)
                                    .arg(kSolvePointers[k])
                                    .arg(c.objectives[k], 0, 'g', 17)
                                    .arg(expected, 0, 'g', 17)));
        }
        QCOMPARE(c.violations, int(j["violations"].size()));
        inlets.insert(c.objectives[3]);
        costs.insert(c.objectives[0]);
    }
    // Both fields reached the solve: the supply temperature moves the inlets, the tariff the cost.
    QVERIFY(inlets.size() >= 3);
    QVERIFY(costs.size() >= 3);
}

void TestCliSweep::randomIsReproducible()
{
    const QStringList args{"sweep", sample(), "--set", kTariffs, "--set", kSupply, "--random", "4",
                           "--seed", "7"};
    ProgramRun r = aif(args + QStringList{"--threads", "1", "--out", path("r1.sqlite")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = aif(args + QStringList{"--threads", "2", "--out", path("r2.sqlite")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const std::vector<CaseResult> a = rows(path("r1.sqlite")), b = rows(path("r2.sqlite"));
    QCOMPARE(a.size(), size_t(4));
    QVERIFY2(differences(a, b).isEmpty(), qPrintable(differences(a, b)));
    std::set<std::string> distinct;
    for (const CaseResult &c : a)
        distinct.insert(c.inputs.dump());
    QCOMPARE(distinct.size(), size_t(4));
    // Another seed, another draw (of 9 combinations, 4 in the same order by chance is unlikely).
    r = aif({"sweep", sample(), "--set", kTariffs, "--set", kSupply, "--random", "4", "--seed", "8",
             "--threads", "2", "--out", path("r3.sqlite")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!differences(a, rows(path("r3.sqlite"))).isEmpty());
}

void TestCliSweep::badPointerNamed()
{
    ProgramRun r = aif({"sweep", sample(), "--set", "/economics/tarifUsdPerKwh=0.1,0.2", "--out",
                        path("bad.sqlite")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("/economics/tarifUsdPerKwh"), r.err.constData());
    r = aif({"sweep", sample(), "--set", "/economics/tariffUsdPerKwh=0.1,cheap", "--out",
             path("bad.sqlite")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("/economics/tariffUsdPerKwh") && r.err.contains("cheap"), r.err.constData());
    r = aif({"sweep", sample(), "--set", kTariffs, "--objectives", "usd_per_mtok,speed", "--out",
             path("bad.sqlite")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("speed"), r.err.constData());
    QVERIFY(!QFileInfo::exists(path("bad.sqlite")));
}

void TestCliSweep::failedCaseRecorded()
{
    const ProgramRun r = aif({"sweep", sample(), "--set",
                              "/racks/0/system=hgx-h100-8gpu,no-such-system", "--set",
                              "/economics/tariffUsdPerKwh=0.06,0.08", "--threads", "2", "--out",
                              path("failed.sqlite")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("failed"), r.err.constData());
    const std::vector<CaseResult> cases = rows(path("failed.sqlite"));
    QCOMPARE(cases.size(), size_t(4));
    for (const CaseResult &c : cases) {
        const bool bad = c.inputs["/racks/0/system"] == "no-such-system";
        QCOMPARE(c.status, bad ? CaseResult::Status::Failed : CaseResult::Status::Ok);
        if (bad) {
            QVERIFY2(c.error.find("no-such-system") != std::string::npos, c.error.c_str());
            QVERIFY(std::isnan(c.objectives[0]));
        } else {
            QVERIFY(c.objectives[0] > 0);
        }
    }
}

void TestCliSweep::resumeRunsOnlyMissing()
{
    const QString file = path("resume.sqlite");
    ProgramRun r = aif(gridArgs(file));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const std::vector<CaseResult> full = rows(file);
    QCOMPARE(full.size(), size_t(9));
    // An interrupted sweep: only cases 1, 2, 5 were written.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "DELETE FROM cases WHERE case_id NOT IN (1,2,5)", nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);
    QCOMPARE(rows(file).size(), size_t(3));

    r = aif(gridArgs(file));   // without --resume: refused, nothing touched
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--resume"), r.err.constData());
    QStringList other = gridArgs(file);
    other[other.indexOf(kTariffs)] = "/economics/tariffUsdPerKwh=0.06,0.07,0.10";
    r = aif(other + QStringList{"--resume"});   // another definition: refused
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("different sweep"), r.err.constData());

    r = aif(gridArgs(file) + QStringList{"--resume"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("3 of 9 cases already done"), r.err.constData());
    QVERIFY2(r.err.contains("case 6/6") && !r.err.contains("case 7/"), r.err.constData());
    for (const char *id : {"(id 1)", "(id 2)", "(id 5)"})
        QVERIFY2(!r.err.contains(id), r.err.constData());
    QVERIFY2(differences(full, rows(file)).isEmpty(), qPrintable(differences(full, rows(file))));
}

// A sweep killed (SIGKILL) after a few cases: --resume runs exactly the cases without a row.
void TestCliSweep::resumeAfterKill()
{
    const QString file = path("killed.sqlite");
    const QStringList args{"sweep", sample(), "--set", kTariffs, "--set", kSupply, "--set",
                           "/economics/discountRate=0.06,0.08,0.10", "--threads", "2", "--out", file};
    QProcess p;
    QProcessEnvironment env = m_env;
    env.insert("CUDA_VISIBLE_DEVICES", "");
    p.setProcessEnvironment(env);
    p.start(AIF_BIN_DIR "/aif", args);
    QVERIFY(p.waitForStarted(10000));
    QByteArray err;
    while (!err.contains("case 3/27") && p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(100);
        err += p.readAllStandardError();
    }
    p.kill();
    p.waitForFinished();
    const size_t done = rows(file).size();
    QVERIFY2(done >= 3, err.constData());

    const ProgramRun r = aif(args + QStringList{"--resume"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    if (done < 27) {
        QVERIFY2(r.err.contains(QStringLiteral("resuming: %1 of 27").arg(done).toUtf8()), r.err.constData());
        const QByteArray last = QStringLiteral("case %1/%1 ").arg(27 - done).toUtf8();
        QVERIFY2(r.err.contains(last), r.err.constData());
    }
    const std::vector<CaseResult> all = rows(file);
    QCOMPARE(all.size(), size_t(27));
    for (size_t i = 0; i < all.size(); ++i) {
        QCOMPARE(all[i].id, int(i + 1));
        QCOMPARE(all[i].status, CaseResult::Status::Ok);
    }
}

void TestCliSweep::mpirunSameRows()
{
    const QString mpirun = QStandardPaths::findExecutable("mpirun");
    if (mpirun.isEmpty())
        QSKIP("mpirun is not installed");
    QStringList args;
    if (::geteuid() == 0)
        args << "--allow-run-as-root";
    args << "--oversubscribe" << "-np" << "2" << AIF_BIN_DIR "/aif";
    QStringList sweepArgs = gridArgs(path("mpi.sqlite"));
    sweepArgs[sweepArgs.indexOf("--threads") + 1] = "1";
    const ProgramRun r = runProgram(mpirun, args + sweepArgs, m_env);
    if (r.exitCode != 0 && r.err.contains("built without MPI"))
        QSKIP("this aif was built without MPI");
    QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    if (!QFileInfo::exists(path("grid.sqlite")))
        QVERIFY(aif(gridArgs(path("grid.sqlite"))).exitCode == 0);
    const std::vector<CaseResult> threaded = rows(path("grid.sqlite")), ranks = rows(path("mpi.sqlite"));
    QCOMPARE(ranks.size(), size_t(9));
    QVERIFY2(differences(threaded, ranks).isEmpty(), qPrintable(differences(threaded, ranks)));
}

// The API a studio panel uses: runCases() with a Progress whose cancel() stops the sweep.
void TestCliSweep::cancelStopsLibrarySweep()
{
    QString error;
    qputenv("AIF_CATALOG_DB", m_env.value("AIF_CATALOG_DB").toUtf8());
    qputenv("AIF_USER_CATALOG_DIR", m_env.value("AIF_USER_CATALOG_DIR").toUtf8());
    std::unique_ptr<Catalog> catalog = Catalog::open(&error);
    QVERIFY2(catalog, qPrintable(error));
    SweepSpec spec;
    spec.file = sample();
    for (const QString &text : {kTariffs, kSupply}) {
        SweepSet set;
        QVERIFY2(parseSet(text, &set, &error), qPrintable(error));
        spec.sets.push_back(set);
    }
    Objective o;
    QVERIFY(resolveObjective("usd_per_mtok", &o, &error));
    spec.objectives = {o};
    QVERIFY2(loadProjectFile(&spec, &error) && checkSets(&spec, &error), qPrintable(error));
    const std::vector<std::vector<int>> cases = sweepCases(spec);
    QCOMPARE(cases.size(), size_t(9));
    std::vector<int> ids{1, 2, 3, 4, 5, 6, 7, 8, 9};
    std::vector<std::string> stages;
    Progress progress([&](double, const std::string &stage) { stages.push_back(stage); });
    RunOptions options;
    options.threads = 1;
    std::vector<CaseResult> got;
    const int delivered = runCases(spec, *catalog, cases, ids, options, [&](CaseResult &&r) {
        got.push_back(std::move(r));
        progress.cancel();
    }, &progress);
    QVERIFY(delivered >= 1 && delivered < 9);
    QCOMPARE(int(got.size()), delivered);
    QCOMPARE(got[0].status, CaseResult::Status::Ok);
    QCOMPARE(stages.front(), std::string("case 1/9 ok"));
}

QTEST_GUILESS_MAIN(TestCliSweep)
#include "tst_clisweep.moc"
