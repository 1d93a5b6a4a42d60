// `aif validate` reports the floor-plan layout checks (issue 19): two overlapping racks are named
// by code and id in the text and JSON output, and the list it prints is designIssues(), the one
// the studio's Issues panel shows, without the layout findings that restate a validation rule.
#include "catalog.h"
#include "designissues.h"
#include "json.h"
#include "projectio.h"
#include "runprogram.h"

#include <QTemporaryDir>
#include <QTest>

using namespace aif;

class TestCliValidateLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesOverlap();
    void sameListAsStudio_data();
    void sameListAsStudio();
    void restatedRulesOnce();

private:
    ProgramRun aif(const QStringList &args) { return runProgram(AIF_BIN_DIR "/aif", args, m_env); }
    // The 1 MW sample with rack-A02 moved 0.2 m from rack-A01 (0.8 m wide racks): they overlap.
    QString overlapping();

    QProcessEnvironment m_env;
    QTemporaryDir m_tmp;
    std::unique_ptr<Catalog> m_catalog;
};

namespace {

const QString kSample = QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory");

Json issuesOf(const ProgramRun &run)
{
    const Json doc = Json::parse(run.out.constData(), nullptr, false);
    if (doc.is_discarded() || !doc.contains("files") || doc["files"].size() != 1)
        return Json::array();
    return doc["files"][0]["issues"];
}

} // namespace

void TestCliValidateLayout::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_env = cliEnvironment(m_tmp.path());
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

QString TestCliValidateLayout::overlapping()
{
    LoadResult loaded = loadProject(kSample);
    if (!loaded.ok || loaded.project.racks.size() < 2)
        return {};
    Project &p = loaded.project;
    p.racks[1].xM = p.racks[0].xM + 0.2;
    p.racks[1].yM = p.racks[0].yM;
    const QString path = m_tmp.filePath("overlap.aifactory");
    QString error;
    return saveProject(p, path, &error, false) ? path : QString();
}

void TestCliValidateLayout::namesOverlap()
{
    const QString file = overlapping();
    QVERIFY(!file.isEmpty());
    // Text: warnings only, so still valid; the studio's message names both racks.
    const ProgramRun text = aif({"validate", file});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.err.contains("warning: rack-A01 overlaps rack-A02 by 0.60 x 1.20 m")
                 || text.err.contains("warning: rack-A02 overlaps rack-A01 by 0.60 x 1.20 m"),
             text.err.constData());
    QVERIFY(text.out.contains(": valid (44 racks,"));

    const ProgramRun json = aif({"validate", file, "--json"});
    QCOMPARE(json.exitCode, 0);
    const Json doc = Json::parse(json.out.constData(), nullptr, false);
    QVERIFY2(!doc.is_discarded(), json.out.constData());
    QCOMPARE(doc["files"][0]["valid"].get<bool>(), true);
    QCOMPARE(doc["files"][0]["racks"].get<int>(), 44);
    QStringList overlapIds;
    for (const Json &issue : issuesOf(json)) {
        if (issue["code"] != "layout.overlap")
            continue;
        QCOMPARE(issue["severity"].get<std::string>(), std::string("warning"));
        QCOMPARE(issue["kind"].get<std::string>(), std::string("layout"));
        QVERIFY(issue["pointer"].get<std::string>().starts_with("/racks/"));
        overlapIds << QString::fromStdString(issue["entity"].get<std::string>());
    }
    overlapIds.sort();
    QCOMPARE(overlapIds, (QStringList{"rack-A01", "rack-A02"}));
    QCOMPARE(doc["files"][0]["warnings"].get<int>(), int(issuesOf(json).size()));
}

void TestCliValidateLayout::sameListAsStudio_data()
{
    QTest::addColumn<bool>("overlap");
    QTest::newRow("1mw sample") << false;
    QTest::newRow("1mw with an overlap") << true;
}

void TestCliValidateLayout::sameListAsStudio()
{
    QFETCH(bool, overlap);
    const QString file = overlap ? overlapping() : kSample;
    QVERIFY(!file.isEmpty());
    const LoadResult loaded = loadProject(file);
    QVERIFY(loaded.ok);
    // The Issues panel shows withoutRepeats(validation + the floor plan's checkLayout), which is
    // designIssues(); tst_issuespanel checks the panel's rows against it.
    const Diagnostics expected = designIssues(loaded.project, m_catalog.get());
    const Json issues = issuesOf(aif({"validate", file, "--json"}));
    QCOMPARE(issues.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(issues[i]["code"].get<std::string>(), expected[i].code);
        QCOMPARE(issues[i]["entity"].get<std::string>(), expected[i].entity);
        QCOMPARE(issues[i]["message"].get<std::string>(), expected[i].message);
        QCOMPARE(issues[i]["severity"] == "error", expected[i].isError());
    }
}

void TestCliValidateLayout::restatedRulesOnce()
{
    // An equipped rack without a power feed breaks validation's rack.unpowered and the layout's
    // layout.unpowered: it is listed once, as validation's finding.
    LoadResult loaded = loadProject(kSample);
    QVERIFY(loaded.ok);
    loaded.project.racks[0].powerFeedA.clear();
    loaded.project.racks[0].powerFeedB.clear();
    const Diagnostics d = designIssues(loaded.project, m_catalog.get());
    int unpowered = 0;
    for (const Diagnostic &x : d) {
        QVERIFY2(x.code != "layout.unpowered", x.message.c_str());
        unpowered += x.code == "rack.unpowered" && x.entity == "rack-A01";
    }
    QCOMPARE(unpowered, 1);
    // An exact repeat (the studio merges lists from several sources) is dropped.
    Diagnostics twice = d;
    twice.insert(twice.end(), d.begin(), d.end());
    QCOMPARE(withoutRepeats(twice).size(), d.size());
}

QTEST_GUILESS_MAIN(TestCliValidateLayout)
#include "tst_clivalidatelayout.moc"
