// Translations (issue 24, docs/translation.md): every string the sources pass through tr() is in
// resources/i18n/ai-factory-studio_zh_CN.ts and translated (no unfinished entry, the same %
// placeholders), the compiled catalogue is embedded and loads, and no widget text is set from a
// bare literal that tr() never sees.
#include "common/rackmetrics.h"
#include "entitykind.h"
#include "generator/templates.h"
#include "preferences.h"
#include "project.h"
#include "studiotranslator.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <map>
#include <set>

using namespace aif;

namespace {

const QString kZhTs = QStringLiteral(AIF_SOURCE_DIR "/resources/i18n/ai-factory-studio_zh_CN.ts");

struct Entry
{
    QString source, translation;
    bool unfinished = false;
};

// (context, source) -> entry; obsolete and vanished entries are not the sources' strings.
std::map<std::pair<QString, QString>, Entry> readTs(const QString &path)
{
    std::map<std::pair<QString, QString>, Entry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Entry e;
    bool skip = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                e = Entry{};
            else if (xml.name() == QLatin1String("source"))
                e.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value("type").toString();
                skip = type == "obsolete" || type == "vanished";
                e.unfinished = type == "unfinished";
                e.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && !skip) {
            out[{context, e.source}] = e;
        }
    }
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void zhCnIsComplete();
    void everySourceStringIsInTheCatalogue();
    void compiledCatalogueLoads();
    void noBareLiteralsInWidgetText();
    void tablesOutsideTrAreTranslated();
};

void TestTranslations::zhCnIsComplete()
{
    const auto entries = readTs(kZhTs);
    QVERIFY2(entries.size() > 1000, qPrintable(QString::number(entries.size())));
    int unfinished = 0;
    QStringList bad;
    for (const auto &[key, e] : entries) {
        if (e.unfinished || e.translation.trimmed().isEmpty()) {
            ++unfinished;
            bad << key.first + ": " + e.source;
        } else if (placeholders(e.source) != placeholders(e.translation)) {
            bad << key.first + ": placeholders differ in \"" + e.source + "\"";
        }
    }
    QVERIFY2(bad.isEmpty(), qPrintable(QString::number(unfinished) + " unfinished; " + bad.mid(0, 10).join("\n")));
}

void TestTranslations::everySourceStringIsInTheCatalogue()
{
    // lupdate over the sources now: a tr() string added since the catalogue was refreshed
    // (make translations) would show in English.
    QTemporaryDir dir;
    const QString fresh = dir.filePath("fresh.ts");
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(AIF_SOURCE_DIR));
    lupdate.start(QStringLiteral(AIF_LUPDATE), {"-silent", "-locations", "none", "-extensions", "cpp,h", "app", "views",
                                               "solvers", "model", "-ts", fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    const auto now = readTs(fresh), committed = readTs(kZhTs);
    QVERIFY(now.size() > 1000);
    QStringList missing;
    for (const auto &[key, e] : now)
        if (!committed.count(key))
            missing << key.first + ": " + key.second;
    QVERIFY2(missing.isEmpty(), qPrintable(QString::number(missing.size()) + " strings not in the catalogue (make translations): "
                                           + missing.mid(0, 10).join("; ")));
}

void TestTranslations::compiledCatalogueLoads()
{
    QVERIFY(Preferences::languages().contains("zh_CN"));
    StudioTranslator zh;
    QVERIFY(zh.loadFor(QLocale(QStringLiteral("zh_CN"))));
    QCoreApplication::installTranslator(&zh);
    const QString file = QCoreApplication::translate("aif::MainWindow", "&File");
    QVERIFY2(file != QStringLiteral("&File") && file.contains(QStringLiteral("&F")), qPrintable(file));
    QVERIFY(QCoreApplication::translate("aif::GuidedTour", "Guided tour") != QStringLiteral("Guided tour"));
    // Every message of the catalogue is found under the context tr() asks for at run time:
    // "aif::X" for a class X (lupdate files a few under "X", and free tr() helpers in namespace
    // aif under "aif"; StudioTranslator falls back), the literal one for QObject::tr and
    // Q_DECLARE_TR_FUNCTIONS.
    QStringList missed;
    for (const auto &[key, e] : readTs(kZhTs)) {
        if (e.source.contains("%n"))
            continue;   // plural forms: translate() needs n
        const QString ctx = key.first;
        const QStringList asked = ctx == "aif"                          ? QStringList{"aif::KeyFigure"}
                                  : ctx.contains("::") || ctx == "QObject" ? QStringList{ctx}
                                                                        : QStringList{"aif::" + ctx, ctx};
        bool found = false;
        for (const QString &c : asked)
            found = found || QCoreApplication::translate(c.toUtf8().constData(), e.source.toUtf8().constData()) == e.translation;
        if (!found)
            missed << ctx + ": " + e.source;
    }
    QVERIFY2(missed.isEmpty(), qPrintable(QString::number(missed.size()) + " not found at run time: " + missed.mid(0, 5).join("; ")));
    QCoreApplication::removeTranslator(&zh);
}

void TestTranslations::noBareLiteralsInWidgetText()
{
    // Widget text set from a literal of words that tr() never sees stays English in every
    // language. (Solver diagnostics and the report are English by design: docs/translation.md.)
    static const QRegularExpression bare(QStringLiteral(
        "(setText|setToolTip|setWindowTitle|setPlaceholderText|setStatusTip|showMessage|addAction|addItem|setTitle|"
        "addTab|QLabel|QPushButton|QCheckBox|QGroupBox)\\((QStringLiteral|QString::fromUtf8|QLatin1String)?\\(?"
        "\"[A-Za-z][a-z]+ [a-z]"));
    QStringList offenders;
    for (const char *folder : {"/app/studio", "/views"}) {
        QDirIterator it(QStringLiteral(AIF_SOURCE_DIR) + folder, {"*.cpp"}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            int line = 0;
            while (!f.atEnd()) {
                const QString text = QString::fromUtf8(f.readLine());
                ++line;
                if (bare.match(text).hasMatch() && !text.contains("tr("))
                    offenders << it.filePath().mid(int(qstrlen(AIF_SOURCE_DIR)) + 1) + ":" + QString::number(line);
            }
        }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join("\n")));
}

void TestTranslations::tablesOutsideTrAreTranslated()
{
    // Words kept in tables rather than tr() calls (field labels, help and choices; template and
    // sample titles; colour-by metrics) are looked up at display time. A new entry written
    // without QT_TRANSLATE_NOOP, or a samples.json line missing from galleryentry.cpp, would
    // stay English: every one must be a translated message of its context.
    const auto ts = readTs(kZhTs);
    QStringList missing;
    auto expect = [&](const char *context, const std::string &english) {
        if (english.empty())
            return;
        const auto it = ts.find({QString::fromLatin1(context), QString::fromStdString(english)});
        if (it == ts.end() || it->second.unfinished || it->second.translation.isEmpty())
            missing << QString::fromLatin1(context) + ": " + QString::fromStdString(english);
    };
    const Project project;
    int fields = 0;
    for (EntityKind kind : allKinds()) {
        for (const PropertyInfo &info : project.properties(kind)) {
            ++fields;
            expect("aif::Field", info.label);
            expect("aif::Field", info.help);
            for (const std::string &words : info.choiceLabels)
                expect("aif::Field", words);
        }
    }
    QVERIFY(fields > 200);
    for (const generator::DesignTemplate &t : generator::designTemplates()) {
        expect("aif::Template", t.title);
        expect("aif::Template", t.description);
    }
    QFile list(QStringLiteral(AIF_SOURCE_DIR "/projects/samples.json"));
    QVERIFY(list.open(QIODevice::ReadOnly));
    const QJsonArray samples = QJsonDocument::fromJson(list.readAll()).object().value("samples").toArray();
    QVERIFY(!samples.isEmpty());
    for (const QJsonValue &s : samples) {
        expect("aif::Gallery", s["title"].toString().toStdString());
        expect("aif::Gallery", s["description"].toString().toStdString());
    }
    for (const std::string &key : rackMetricKeys())
        expect("aif::RackMetric", rackMetricTitle(key));
    QVERIFY2(missing.isEmpty(), qPrintable(QString::number(missing.size()) + " not translatable: " + missing.mid(0, 8).join("\n")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
