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
        e.title = QString::fromStdString(t.title);
        e.description = QString::fromStdString(t.description);
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
        e.title = o.value("title").toString(e.id);
        e.description = o.value("description").toString();
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
