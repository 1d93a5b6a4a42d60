// Explain this number (issue 19): on the sample projects every explained figure's value is the
// solve result's, every input has a source, and where the formula is a plain combination the
// inputs give the value back within 0.5 %.
#include "catalog.h"
#include "explain/explain.h"
#include "projectio.h"
#include "solvejob.h"

#include <QTest>

#include <cmath>
#include <set>

using namespace aif;

class TestExplain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFigure_data();
    void everyFigure();
    void recomputes_data();
    void recomputes();
    void everyPatternIsUsed();
    void unknownPointers();
    void jsonKeys();

private:
    struct Sample
    {
        Project project;
        Json result;
    };
    std::unique_ptr<Catalog> m_catalog;
    std::map<QString, Sample> m_samples;
};

void TestExplain::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    for (const char *name : {"reference-1mw-h100-air", "reference-10mw-gb200-liquid", "two-site-inference-training"}) {
        LoadResult loaded
            = loadProject(QStringLiteral(AIF_SOURCE_DIR "/projects/%1.aifactory").arg(name));
        QVERIFY(loaded.ok);
        const SolveResult r = runSolve(loaded.project, *m_catalog, {});
        QVERIFY(r.ok);
        m_samples[name] = {loaded.project, r.json};
    }
}

void TestExplain::everyFigure_data()
{
    QTest::addColumn<QString>("sample");
    for (const auto &[name, sample] : m_samples)
        QTest::newRow(qPrintable(name)) << name;
}

void TestExplain::everyFigure()
{
    QFETCH(QString, sample);
    const Sample &s = m_samples.at(sample);
    const std::vector<std::string> pointers = explain::explainedPointers(s.result);
    QVERIFY(pointers.size() > 30);
    for (const std::string &p : pointers) {
        const explain::Explanation e = explain::explain(s.result, s.project, *m_catalog, p);
        const char *where = p.c_str();
        QVERIFY2(e.ok, qPrintable(QString::fromStdString(e.error)));
        // The value is the one in the result, bit for bit: the explanation cannot disagree.
        QVERIFY2(e.value == s.result.at(Json::json_pointer(p)).get<double>(), where);
        QVERIFY2(!e.title.empty() && !e.unit.empty() && !e.definition.empty() && !e.formula.empty(),
                 where);
        QVERIFY2(!e.inputs.empty(), where);
        for (const explain::Input &in : e.inputs) {
            QVERIFY2(!in.name.empty() && !in.unit.empty() && !in.source.empty(), where);
            QVERIFY2(std::isfinite(in.value), where);
            // An input read at a single pointer carries that pointer's value.
            if (!in.pointer.empty() && in.pointer.find("/N/") == std::string::npos)
                QVERIFY2(in.value == s.result.at(Json::json_pointer(in.pointer)).get<double>(),
                         in.pointer.c_str());
        }
        if (const std::optional<double> r = explain::recompute(e)) {
            const double tolerance = std::max(0.005 * std::abs(e.value), 1e-9);
            QVERIFY2(std::abs(*r - e.value) <= tolerance,
                     qPrintable(QStringLiteral("%1: recomputed %2, result %3")
                                    .arg(where)
                                    .arg(*r, 0, 'g', 10)
                                    .arg(e.value, 0, 'g', 10)));
        }
    }
}

void TestExplain::recomputes_data()
{
    QTest::addColumn<QString>("pointer");
    // The figures whose formula is a plain combination of inputs in the same result.
    for (const char *p : {"/power/pue",
                          "/power/it_kw",
                          "/power/facility_kw",
                          "/twin/coupled/pue",
                          "/twin/coupled/facility_kw",
                          "/annual/annual_pue",
                          "/annual/annual_energy_mwh",
                          "/annual/wue_l_per_kwh",
                          "/thermal/max_inlet_c",
                          "/thermal/rci_hi",
                          "/thermal/rci_lo",
                          "/thermal/rti",
                          "/throughput/tokens_per_s",
                          "/throughput/tokens_per_joule",
                          "/throughput/tokens_per_joule_facility",
                          "/twin/coupled/tokens_per_joule_facility",
                          "/throughput/deployments/0/tokens_per_s",
                          "/throughput/deployments/0/tokens_per_joule",
                          "/throughput/deployments/0/tpot_ms",
                          "/tco/usd_per_million_tokens",
                          "/tco/capex_usd",
                          "/tco/opex_usd_per_year"})
        QTest::newRow(p) << QString(p);
}

void TestExplain::recomputes()
{
    QFETCH(QString, pointer);
    for (const auto &[name, s] : m_samples) {
        const explain::Explanation e
            = explain::explain(s.result, s.project, *m_catalog, pointer.toStdString());
        QVERIFY2(e.ok, qPrintable(QString::fromStdString(e.error)));
        const std::optional<double> r = explain::recompute(e);
        QVERIFY2(r.has_value(), qPrintable(name));
        QVERIFY2(std::abs(*r - e.value) <= std::max(0.005 * std::abs(e.value), 1e-9),
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(name).arg(*r).arg(e.value)));
    }
}

void TestExplain::everyPatternIsUsed()
{
    std::set<std::string> used;
    for (const auto &[name, s] : m_samples) {
        for (const std::string &p : explain::explainedPointers(s.result)) {
            std::string pattern;
            size_t start = 1;
            while (start <= p.size()) { // digits back to N
                const size_t end = std::min(p.find('/', start), p.size());
                const std::string token = p.substr(start, end - start);
                pattern += "/"
                    + (!token.empty() && std::isdigit(static_cast<unsigned char>(token[0]))
                           ? "N"
                           : token);
                start = end + 1;
            }
            used.insert(pattern);
        }
    }
    for (const std::string &p : explain::explainedPatterns())
        QVERIFY2(used.count(p), p.c_str());
}

void TestExplain::unknownPointers()
{
    const Sample &s = m_samples.at("reference-1mw-h100-air");
    for (const char *p : {"/power/nope", "power/pue", "", "/thermal/racks/01/inlet_c",
                          "/throughput/deployments/99/ttft_ms", "/power/pue/x", "/~2"}) {
        const explain::Explanation e = explain::explain(s.result, s.project, *m_catalog, p);
        QVERIFY2(!e.ok, p);
        QVERIFY2(e.error.find(p) == 0, e.error.c_str()); // names the pointer first
    }
    const explain::Explanation e = explain::explain(s.result, s.project, *m_catalog, "/power/nope");
    QVERIFY(e.error.find("/power/pue") != std::string::npos); // and lists what is explained
    QVERIFY(e.error.find("/throughput/deployments/N/ttft_ms") != std::string::npos);
    QCOMPARE(explain::explanationJson(e)["error"].get<std::string>(), e.error);
}

void TestExplain::jsonKeys()
{
    const Sample &s = m_samples.at("reference-1mw-h100-air");
    const Json j
        = explain::explanationJson(explain::explain(s.result, s.project, *m_catalog, "/power/pue"));
    for (const char *key : {"value", "unit", "definition", "formula", "inputs"})
        QVERIFY2(j.contains(key), key);
    QCOMPARE(j["value"].get<double>(), s.result["power"]["pue"].get<double>());
    for (const Json &in : j["inputs"])
        for (const char *key : {"name", "value", "unit", "source"})
            QVERIFY2(in.contains(key), key);
    QVERIFY(std::abs(j["recomputed"].get<double>() - j["value"].get<double>()) < 1e-9);
    QVERIFY(
        !explain::explanationText(explain::explain(s.result, s.project, *m_catalog, "/power/pue"))
             .empty());
}

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
