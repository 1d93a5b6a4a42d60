#include "cli.h"

#include "catalog.h"
#include "jsonlimits.h"

#include <QFile>

namespace aif::cli {

namespace {

int importFile(const QString &path, QString category)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        printError(path + ": cannot open: " + f.errorString());
        return ExitInvalid;
    }
    std::string why;
    const Json doc = parseJsonLimited(f.read(kMaxCatalogBytes + 1), kMaxCatalogBytes, &why);
    if (doc.is_discarded() || !doc.is_object()) {
        printError(path + ": /: " + (doc.is_discarded() ? QString::fromStdString(why) : QStringLiteral("not a JSON object")));
        return ExitInvalid;
    }
    // Either one entry, or {"category": ..., "entries": [...]} as the shipped files are.
    std::vector<Json> entries;
    if (doc.contains("entries") && doc["entries"].is_array()) {
        if (category.isEmpty() && doc.contains("category") && doc["category"].is_string())
            category = QString::fromStdString(doc["category"].get<std::string>());
        entries.assign(doc["entries"].begin(), doc["entries"].end());
    } else {
        entries.push_back(doc);
    }
    if (category.isEmpty()) {
        printError(path + ": /category: unknown category: pass --category " + Catalog::categories().join("|"));
        return ExitUsage;
    }
    for (size_t i = 0; i < entries.size(); ++i) {
        QString error;
        const QString stored = Catalog::importEntry(entries[i], category.toStdString(), &error);
        if (stored.isEmpty()) {
            printError(QStringLiteral("%1: /entries/%2: %3").arg(path).arg(i).arg(error));
            return ExitInvalid;
        }
        printOut(QStringLiteral("imported %1 into the user catalog (%2)\n")
                     .arg(QString::fromStdString(entries[i]["id"].get<std::string>()), stored));
    }
    return ExitOk;
}

} // namespace

// aif catalog [CATEGORY] [--json] | aif catalog import FILE [--category C]
int cmdCatalog(Args args)
{
    const bool json = args.flag("json");
    QString category;
    const bool hasCategory = args.option("category", &category);
    if (!args.unknownOption().isEmpty() || args.missingValue()) {
        printError("usage: aif catalog [" + Catalog::categories().join("|") + "] [--json]");
        return ExitUsage;
    }
    const QStringList pos = args.positional();
    if (!pos.isEmpty() && pos.first() == "import") {
        if (pos.size() != 2) {
            printError("usage: aif catalog import FILE [--category C]");
            return ExitUsage;
        }
        return importFile(pos[1], hasCategory ? category : QString());
    }
    if (pos.size() > 1 || (!pos.isEmpty() && !Catalog::categories().contains(pos.first()))) {
        printError("aif catalog: unknown category '" + pos.value(0) + "' (one of: "
                   + Catalog::categories().join(", ") + ")");
        return ExitUsage;
    }
    std::unique_ptr<Catalog> catalog = openCatalog();
    if (!catalog)
        return ExitInvalid;
    const std::string which = pos.isEmpty() ? std::string() : pos.first().toStdString();
    const auto entries = catalog->entries(which);
    if (json) {
        Json out = Json::array();
        for (const CatalogEntry *e : entries) {
            Json j = e->data;
            j["category"] = e->category;
            j["origin"] = e->user ? "user" : "shipped";
            out.push_back(j);
        }
        printOut(QString::fromStdString(out.dump(2)) + "\n");
        return ExitOk;
    }
    for (const CatalogEntry *e : entries) {
        printOut(QStringLiteral("%1  %2  %3  [%4, %5]%6\n")
                     .arg(QString::fromStdString(e->category), -8)
                     .arg(QString::fromStdString(e->id), -26)
                     .arg(QString::fromStdString(e->name))
                     .arg(QString::fromStdString(e->source).left(60), QString::fromStdString(e->asOf))
                     .arg(e->user ? "  (user)" : ""));
    }
    return ExitOk;
}

} // namespace aif::cli
