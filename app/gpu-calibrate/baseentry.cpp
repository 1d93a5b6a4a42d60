#include "baseentry.h"

#include "catalog.h"
#include "profilejson.h"

#include <fstream>
#include <iterator>

namespace aif::gpucal {

std::optional<Json> loadBaseEntry(const std::string &id, const std::string &catalogPath,
                                  std::string *error)
{
    if (!catalogPath.empty()) {
        std::ifstream in(catalogPath, std::ios::binary);
        if (!in) {
            *error = catalogPath + ": cannot open";
            return std::nullopt;
        }
        const std::string text{std::istreambuf_iterator<char>(in),
                               std::istreambuf_iterator<char>()};
        const Json doc = Json::parse(text, nullptr, false);
        if (doc.is_discarded()) {
            *error = catalogPath + ": /: not valid JSON";
            return std::nullopt;
        }
        if (const Json *e = findCatalogEntry(doc, id))
            return *e;
        *error = catalogPath + ": /entries: no entry with id '" + id + "'";
        return std::nullopt;
    }
    QString why;
    const std::unique_ptr<Catalog> catalog = Catalog::open(&why);
    if (!catalog) {
        *error = why.toStdString();
        return std::nullopt;
    }
    if (const Json *e = catalog->entry("gpus", id))
        return *e;
    *error = "--base: no gpus catalog entry with id '" + id + "' (see `aif catalog gpus`)";
    return std::nullopt;
}

} // namespace aif::gpucal
