#include "galleryentry.h"

#include "catalog.h"
#include "generator/templates.h"
#include "projectio.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace aif {

namespace {

Q_LOGGING_CATEGORY(lcGallery, "aif.welcome")

const QString kSampleList = QStringLiteral(":/samples/samples.json");

// The sample list's titles and descriptions (projects/samples.json) for lupdate, which cannot
// read JSON; tst_translations checks that every one of samples.json is here and translated.
[[maybe_unused]] const char *const kSampleText[] = {
    QT_TRANSLATE_NOOP("aif::Gallery", "1 MW H100 air-cooled hall (reference)"),
    QT_TRANSLATE_NOOP("aif::Gallery", "HGX H100 racks, CRAHs on chilled water, 2N UPS; Llama serving; Ashburn VA"),
    QT_TRANSLATE_NOOP("aif::Gallery", "10 MW GB200 NVL72 liquid hall (reference)"),
    QT_TRANSLATE_NOOP("aif::Gallery", "NVL72 racks on CDUs and fan walls, 800 VDC rectifiers, DeepSeek-V3 disaggregated serving; Phoenix AZ"),
    QT_TRANSLATE_NOOP("aif::Gallery", "100 MW campus, 10 halls (reference)"),
    QT_TRANSLATE_NOOP("aif::Gallery", "Ten NVL72 halls on solid-state transformers, DeepSeek-V3 serving and Llama 405B training; Luleå"),
    QT_TRANSLATE_NOOP("aif::Gallery", "Two sites: inference in Frankfurt, training in Luleå"),
    QT_TRANSLATE_NOOP("aif::Gallery", "The 1 MW H100 hall twice: Llama chat and batch serving near users in Frankfurt, Llama 3.1 70B training on cheap low-carbon power in Luleå; a leased scale-across link between them"),
};

// Bumped when the thumbnail's drawing changes (planthumbnail.cpp), which the program version
// alone does not track between releases.
constexpr int kRenderRevision = 1;

// Every field of the request: a new DesignRequest field must be added here too, or a change
// of it would keep showing the old cached preview.
Json requestJson(const generator::DesignRequest &r)
{
    return Json {{"name", r.name},
                 {"location", r.location},
                 {"climate", r.climate},
                 {"tariffUsdPerKwh", r.tariffUsdPerKwh},
                 {"gridCarbonGPerKwh", r.gridCarbonGPerKwh},
                 {"itMw", r.itMw},
                 {"system", r.system},
                 {"cooling", r.cooling},
                 {"power", r.power},
                 {"redundancy", r.redundancy},
                 {"halls", r.halls},
                 {"model", r.model}};
}

} // namespace

QString GalleryEntry::name() const
{
    return (kind == Kind::Template ? QStringLiteral("template-") : QStringLiteral("sample-")) + id;
}

std::vector<GalleryEntry> galleryEntries()
{
    std::vector<GalleryEntry> entries;
    for (const generator::DesignTemplate &t : generator::designTemplates()) {
        GalleryEntry e;
        e.kind = GalleryEntry::Kind::Template;
        e.id = QString::fromStdString(t.id);
        e.title = QCoreApplication::translate("aif::Template", t.title.c_str());
        e.description = QCoreApplication::translate("aif::Template", t.description.c_str());
        e.request = t.request;
        entries.push_back(std::move(e));
    }
    QFile file(kSampleList);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcGallery) << "cannot read" << kSampleList << file.errorString();
        return entries;
    }
    const QJsonArray samples
        = QJsonDocument::fromJson(file.readAll()).object().value("samples").toArray();
    for (const QJsonValue &v : samples) {
        const QJsonObject o = v.toObject();
        GalleryEntry e;
        e.kind = GalleryEntry::Kind::Sample;
        e.id = o.value("file").toString();
        if (e.id.isEmpty())
            continue;
        e.title = QCoreApplication::translate("aif::Gallery", o.value("title").toString(e.id).toUtf8().constData());
        e.description = QCoreApplication::translate("aif::Gallery", o.value("description").toString().toUtf8().constData());
        e.resourcePath = QStringLiteral(":/samples/") + e.id;
        entries.push_back(std::move(e));
    }
    return entries;
}

QString previewKey(const GalleryEntry &entry, const Catalog *catalog, const QSize &pixels,
                   QByteArray *sampleBytes)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(entry.name().toUtf8());
    hash.addData(QStringLiteral("%1x%2 r%3")
                     .arg(pixels.width())
                     .arg(pixels.height())
                     .arg(kRenderRevision)
                     .toUtf8());
    if (entry.kind == GalleryEntry::Kind::Template) {
        hash.addData(QByteArray::fromStdString(requestJson(entry.request).dump()));
        // The generator sizes the design from the system's catalog entry, which a user
        // catalog may override.
        if (const Json *system
            = catalog ? catalog->entry("systems", entry.request.system) : nullptr)
            hash.addData(QByteArray::fromStdString(system->dump()));
    } else {
        QFile file(entry.resourcePath);
        if (file.open(QIODevice::ReadOnly))
            *sampleBytes = file.readAll();
        hash.addData(*sampleBytes);
    }
    hash.addData(QByteArrayLiteral(AIF_VERSION_STRING));
    return QString::fromLatin1(hash.result().toHex().left(24));
}

BuiltDesign buildDesign(const GalleryEntry &entry, const Catalog *catalog,
                        const QByteArray &sampleBytes)
{
    BuiltDesign d;
    if (!catalog) {
        d.error = QCoreApplication::translate("aif::WelcomePage", "no catalog");
        return d;
    }
    if (entry.kind == GalleryEntry::Kind::Template) {
        generator::GenerateResult r = generator::generateDesign(entry.request, *catalog);
        d.ok = r.ok;
        d.error = QString::fromStdString(r.error);
        d.project = std::move(r.project);
        d.summary = r.summary; // generateDesign's summary is summarize() of the design
        return d;
    }
    if (sampleBytes.isEmpty()) {
        d.error = QCoreApplication::translate("aif::WelcomePage", "cannot read %1")
                      .arg(entry.resourcePath);
        return d;
    }
    LoadResult r = parseProject(sampleBytes);
    if (!r.ok) {
        d.error = QCoreApplication::translate("aif::WelcomePage", "cannot load %1")
                      .arg(entry.resourcePath);
        for (const Diagnostic &diagnostic : r.diagnostics) {
            if (diagnostic.isError()) {
                d.error
                    = QString::fromStdString(diagnostic.format(entry.resourcePath.toStdString()));
                break;
            }
        }
        return d;
    }
    d.ok = true;
    d.project = std::move(r.project);
    d.summary = generator::summarize(d.project, *catalog);
    return d;
}

} // namespace aif
