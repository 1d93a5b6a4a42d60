#include "previewcache.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace aif {

namespace {

QJsonObject summaryJson(const generator::BuiltCounts &s)
{
    return QJsonObject {{"halls", s.halls},
                        {"rows", s.rows},
                        {"racks", s.racks},
                        {"gpuRacks", s.gpuRacks},
                        {"gpus", s.gpus},
                        {"itNameplateW", s.itNameplateW},
                        {"airUnits", s.airUnits},
                        {"cdus", s.cdus},
                        {"heatRejectionUnits", s.heatRejectionUnits},
                        {"powerNodes", s.powerNodes},
                        {"switches", s.switches},
                        {"links", s.links}};
}

generator::BuiltCounts summaryFromJson(const QJsonObject &o)
{
    generator::BuiltCounts s;
    s.halls = o.value("halls").toInt();
    s.rows = o.value("rows").toInt();
    s.racks = o.value("racks").toInt();
    s.gpuRacks = o.value("gpuRacks").toInt();
    s.gpus = o.value("gpus").toInt();
    s.itNameplateW = o.value("itNameplateW").toDouble();
    s.airUnits = o.value("airUnits").toInt();
    s.cdus = o.value("cdus").toInt();
    s.heatRejectionUnits = o.value("heatRejectionUnits").toInt();
    s.powerNodes = o.value("powerNodes").toInt();
    s.switches = o.value("switches").toInt();
    s.links = o.value("links").toInt();
    return s;
}

} // namespace

PreviewCache::PreviewCache(const QString &folder)
    : m_folder(folder)
{ }

QString PreviewCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/thumbnails");
}

QString PreviewCache::path(const QString &name, const QString &key, const char *suffix) const
{
    return m_folder + QLatin1Char('/') + name + QLatin1Char('-') + key + QLatin1String(suffix);
}

bool PreviewCache::load(const QString &name, const QString &key, QImage *image,
                        generator::BuiltCounts *summary) const
{
    QFile json(path(name, key, ".json"));
    if (!json.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(json.readAll());
    if (!doc.isObject())
        return false;
    QImage loaded(path(name, key, ".png"));
    if (loaded.isNull())
        return false;
    *image = loaded;
    *summary = summaryFromJson(doc.object());
    return true;
}

void PreviewCache::store(const QString &name, const QString &key, const QImage &image,
                         const generator::BuiltCounts &summary) const
{
    QDir dir(m_folder);
    if (!dir.mkpath(QStringLiteral(".")))
        return;
    // Exactly this entry's files ("template-a-1" must not match "template-a-1-xl-<key>").
    const QRegularExpression mine(
        QStringLiteral("^%1-[0-9a-f]+\\.(png|json)$").arg(QRegularExpression::escape(name)));
    const QString keep = name + QLatin1Char('-') + key + QLatin1Char('.');
    for (const QString &old : dir.entryList({name + QStringLiteral("-*")}, QDir::Files)) {
        if (mine.match(old).hasMatch() && !old.startsWith(keep))
            dir.remove(old);
    }
    // The image first and the figures last: load() needs both, so a write that stops halfway
    // leaves a preview that is simply built again.
    if (!image.save(path(name, key, ".png"), "PNG"))
        return;
    QSaveFile json(path(name, key, ".json"));
    if (json.open(QIODevice::WriteOnly)) {
        json.write(QJsonDocument(summaryJson(summary)).toJson(QJsonDocument::Compact));
        json.commit();
    }
}

} // namespace aif
