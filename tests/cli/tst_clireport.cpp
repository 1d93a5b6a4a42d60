// `aif report` (issue 20): the PDF and HTML report of each sample has pages, its contents and the
// figures `aif solve --json` gives for the same file, rounded as the report rounds them; --units us
// shows °F; the customer template is shorter; --compare adds the comparison; usage errors exit 2.
// PDF checks use poppler-utils (pdftotext, pdfinfo; installer/deps-debian.sh) and skip without
// them.
#include "json.h"
#include "runprogram.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace aif;

class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleReport_data();
    void sampleReport();
    void usUnits();
    void customerTemplate();
    void compareScenario();
    void usage();

private:
    ProgramRun aif(const QStringList &args) { return runProgram(AIF_BIN_DIR "/aif", args, m_env); }
    Json solve(const QString &file);
    QString reportText(const QString &out, int *pages = nullptr);
    QProcessEnvironment m_env;
    QTemporaryDir m_tmp;
    bool m_poppler = false;
};

namespace {


QString fixed(double v, int decimals)
{
    return QLocale(QLocale::English).toString(v, 'f', decimals);
}

// As solvers/report/keyfigures.cpp compactNumber(): three significant digits with k / M / G.
QString compact(double v)
{
    const double a = std::abs(v);
    if (a < 1e4)
        return fixed(v, 0);
    const double div = a >= 1e9 ? 1e9 : a >= 1e6 ? 1e6 : 1e3;
    const char *prefix = a >= 1e9 ? "G" : a >= 1e6 ? "M" : "k";
    const double x = v / div;
    return QString::number(x, 'f',
                           std::abs(x) >= 100      ? 0
                               : std::abs(x) >= 10 ? 1
                                                   : 2)
        + " " + prefix;
}

double at(const Json &j, const char *pointer)
{
    const Json::json_pointer p(pointer);
    return j.contains(p) && j.at(p).is_number() ? j.at(p).get<double>() : std::nan("");
}

// pdftotext may wrap a table cell; the HTML escapes nothing in numbers. Whitespace is folded.
QString folded(QString text)
{
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    return text.replace(ws, QStringLiteral(" "));
}

} // namespace

void TestCliReport::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_env = cliEnvironment(m_tmp.path());
    m_poppler = !QStandardPaths::findExecutable("pdftotext").isEmpty()
        && !QStandardPaths::findExecutable("pdfinfo").isEmpty();
    if (!m_poppler)
        qWarning("pdftotext/pdfinfo missing (poppler-utils): PDF checks skipped");
}

Json TestCliReport::solve(const QString &file)
{
    const QString out = m_tmp.filePath(QFileInfo(file).completeBaseName() + ".json");
    const ProgramRun r = aif({"solve", file, "--json", out});
    if (r.exitCode != 0)
        return {};
    QFile f(out);
    f.open(QIODevice::ReadOnly);
    return Json::parse(f.readAll().toStdString(), nullptr, false);
}

QString TestCliReport::reportText(const QString &out, int *pages)
{
    if (!out.endsWith(".pdf")) {
        QFile f(out);
        f.open(QIODevice::ReadOnly);
        return folded(QString::fromUtf8(f.readAll()));
    }
    QProcess p;
    p.start("pdftotext", {out, "-"});
    p.waitForFinished(30000);
    const QString text = folded(QString::fromUtf8(p.readAllStandardOutput()));
    if (pages) {
        QProcess info;
        info.start("pdfinfo", {out});
        info.waitForFinished(30000);
        const auto m = QRegularExpression("Pages:\\s+(\\d+)")
                           .match(QString::fromUtf8(info.readAllStandardOutput()));
        *pages = m.hasMatch() ? m.captured(1).toInt() : 0;
    }
    return text;
}

void TestCliReport::sampleReport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("suffix");
    for (const char *s :
         {"reference-1mw-h100-air", "reference-10mw-gb200-liquid", "reference-100mw-campus"})
        for (const char *suffix : {"pdf", "html"})
            QTest::addRow("%s.%s", s, suffix) << sampleProject(s) << QString::fromLatin1(suffix);
    // Several sites: the Sites section (docs/multisite.md).
    QTest::addRow("two-site-inference-training.html") << sampleProject("two-site-inference-training") << "html";
}

void TestCliReport::sampleReport()
{
    QFETCH(QString, file);
    QFETCH(QString, suffix);
    if (suffix == "pdf" && !m_poppler)
        QSKIP("poppler-utils (pdftotext, pdfinfo) not installed");
    const Json j = solve(file);
    QVERIFY(j.is_object());
    const QString out = m_tmp.filePath(QFileInfo(file).completeBaseName() + "." + suffix);
    const ProgramRun r = aif({"report", file, "--out", out, "--no-3d"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    int pages = 0;
    const QString text = reportText(out, &pages);
    if (suffix == "pdf")
        QVERIFY2(pages > 8, qPrintable(QString::number(pages)));
    for (const char *heading :
         {"Contents", "Executive summary", "Floor plan", "3D heat map", "Power",
          "Thermal compliance", "Redundancy", "Throughput and latency", "Cost of ownership",
          "Assumptions and sources", "Open warnings"})
        QVERIFY2(text.contains(heading), heading);
    QVERIFY(text.contains("3D snapshot not available"));

    // The figures of the executive summary, as `aif solve --json` has them.
    const bool twin = j.contains("twin") && j["twin"].contains("coupled");
    QStringList expected {
        fixed(at(j, "/power/it_kw") / 1e3, 2) + " MW",
        fixed(at(j, "/power/pue"), 3),
        fixed(at(j, "/tco/usd_per_million_tokens"), 3) + " $/Mtok",
        fixed(at(j, "/tco/capex_usd") / 1e6, 1) + " M USD",
        fixed(at(j, "/summary/gpus"), 0),
    };
    if (twin)
        expected << fixed(at(j, "/twin/coupled/it_kw") / 1e3, 2) + " MW"
                 << compact(at(j, "/twin/coupled/tokens_per_s")) + " tokens/s"
                 << fixed(at(j, "/twin/coupled/pue"), 3);
    if (j.contains("annual") && j["annual"].contains("annual_pue"))
        expected << fixed(at(j, "/annual/annual_pue"), 3);
    if (j.contains("factory"))
        expected << "Whole factory" << fixed(at(j, "/factory/usd_per_mtok"), 3) << fixed(at(j, "/factory/g_per_mtok"), 1)
                 << fixed(at(j, "/sites/0/g_per_mtok"), 1) << "Scale-across links";
    for (const QString &e : expected)
        QVERIFY2(text.contains(e),
                 qPrintable(QFileInfo(file).fileName() + ": " + e + " not in the report"));
}

void TestCliReport::usUnits()
{
    const QString file = sampleProject("reference-1mw-h100-air");
    const Json j = solve(file);
    const QString out = m_tmp.filePath("us.html");
    QCOMPARE(aif({"report", file, "--out", out, "--units", "us", "--no-3d"}).exitCode, 0);
    const QString text = reportText(out);
    const double inletF = at(j, "/thermal/max_inlet_c") * 1.8 + 32.0;
    QVERIFY(text.contains("°F"));
    QVERIFY2(text.contains(fixed(inletF, 1) + " °F"), qPrintable(fixed(inletF, 1)));
    QVERIFY(text.contains("Units: US customary"));
}

void TestCliReport::customerTemplate()
{
    if (!m_poppler)
        QSKIP("poppler-utils (pdftotext, pdfinfo) not installed");
    const QString file = sampleProject("reference-10mw-gb200-liquid");
    const QString out = m_tmp.filePath("customer.pdf");
    QCOMPARE(aif({"report", file, "--out", out, "--template", "customer", "--no-3d"}).exitCode, 0);
    int pages = 0;
    const QString text = reportText(out, &pages);
    QVERIFY(pages > 4);
    QVERIFY(text.contains("Executive summary"));
    QVERIFY(text.contains("Cost of ownership"));
    QVERIFY(!text.contains("Thermal compliance"));
    QVERIFY(!text.contains("Redundancy (N"));
}

void TestCliReport::compareScenario()
{
    const QString file = sampleProject("reference-1mw-h100-air");
    const QString out = m_tmp.filePath("compare.html");
    const ProgramRun r = aif({"report", file, "--out", out, "--compare", "scn-ups-a-failed",
                              "--no-3d", "--template", "customer"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = reportText(out);
    QVERIFY(text.contains("Comparison"));
    QVERIFY(text.contains("Scenario: scn-ups-a-failed (failure)"));
}

void TestCliReport::usage()
{
    const QString file = sampleProject("reference-1mw-h100-air");
    QCOMPARE(aif({"report", file}).exitCode, 2);
    QCOMPARE(aif({"report", file, "--out", m_tmp.filePath("x.docx")}).exitCode, 2);
    QCOMPARE(
        aif({"report", file, "--out", m_tmp.filePath("x.pdf"), "--template", "poster"}).exitCode,
        2);
    QCOMPARE(
        aif({"report", file, "--out", m_tmp.filePath("x.pdf"), "--units", "imperial"}).exitCode, 2);
    QCOMPARE(
        aif({"report", file, "--out", m_tmp.filePath("x.pdf"), "--compare", "no-such"}).exitCode,
        1);
    QCOMPARE(aif({"report", m_tmp.filePath("missing.aifactory"), "--out", m_tmp.filePath("x.pdf")})
                 .exitCode,
             1);
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
