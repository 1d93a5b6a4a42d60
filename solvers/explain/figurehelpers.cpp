// Reading the solve result, the project and the catalog into inputs, each with its source.
#include "figures.h"

#include "catalog.h"
#include "project.h"

namespace aif::explain::detail {

const Json *jsonAt(const Json &result, const std::string &pointer)
{
    try {
        const Json::json_pointer p(pointer);
        return result.contains(p) ? &result.at(p) : nullptr;
    } catch (const std::exception &) {
        return nullptr; // malformed pointer ("~2", no leading '/') or a step into a number
    }
}

const Json *Context::at(const std::string &pointer) const
{
    return jsonAt(result, pointer);
}

double Context::number(const std::string &pointer, double fallback) const
{
    const Json *v = at(pointer);
    return v && v->is_number() ? v->get<double>() : fallback;
}

std::string resultSource(const std::string &pointer)
{
    static const std::pair<const char *, const char *> sections[]
        = {{"/power/", "aif solve: power solver at the design load (docs/power.md)"},
           {"/thermal/", "aif solve: thermal solver at the design load (docs/thermal.md)"},
           {"/throughput/", "aif solve: throughput solver (docs/throughput.md)"},
           {"/twin/", "aif solve: coupled twin, the operating point (docs/twin.md)"},
           {"/annual/", "aif solve: hour-by-hour year at the site's weather (docs/energy.md)"},
           {"/tco/", "aif solve: TCO; unit prices are catalog defaults (docs/tco.md)"},
           {"/energy/", "aif solve: heat reuse, carbon and water of the year (docs/energy.md)"},
           {"/summary/", "aif solve: design summary from the catalog nameplates"},
           {"/sites/", "aif solve: the site solved on its own at its weather, tariff and grid (docs/multisite.md)"},
           {"/factory/", "aif solve: the sites' sums (docs/multisite.md)"}};
    for (const auto &[prefix, source] : sections)
        if (pointer.rfind(prefix, 0) == 0)
            return source;
    return "aif solve";
}

bool addResult(Explanation &e, const Context &c, const std::string &name,
               const std::string &pointer, const std::string &unit, Role role,
               const std::string &entity)
{
    const Json *v = c.at(pointer);
    if (!v || !v->is_number())
        return false;
    e.inputs.push_back(
        {name, v->get<double>(), unit, resultSource(pointer), pointer, entity, {}, role});
    return true;
}

bool addResultSum(Explanation &e, const Context &c, const std::string &name,
                  const std::string &listPointer, const std::string &key, const std::string &unit,
                  Role role)
{
    const Json *list = c.at(listPointer);
    if (!list || !list->is_array())
        return false;
    double sum = 0.0;
    int n = 0;
    for (const Json &x : *list) {
        if (x.is_object() && x.contains(key) && x[key].is_number()) {
            sum += x[key].get<double>();
            ++n;
        }
    }
    e.inputs.push_back({name + " (" + std::to_string(n) + " entries)",
                        sum,
                        unit,
                        resultSource(listPointer) + ", summed over " + listPointer + "/N/" + key,
                        listPointer + "/N/" + key,
                        {},
                        {},
                        role});
    return true;
}

bool addCatalog(Explanation &e, const CatalogEntry *entry, const std::string &name,
                const std::string &key, const std::string &unit, Role role)
{
    if (!entry)
        return false;
    const Json *v = jsonAt(entry->data, "/" + key);
    if (!v || !v->is_number())
        return false;
    // A block of the entry may cite its own source ("thermal": {"source": ...}); it is the closer
    // one.
    std::string source = entry->source;
    const size_t slash = key.rfind('/');
    if (slash != std::string::npos) {
        const Json *own = jsonAt(entry->data, "/" + key.substr(0, slash) + "/source");
        if (own && own->is_string())
            source = own->get<std::string>();
    }
    Input in {name, v->get<double>(), unit, source, {}, {}, entry->category + "/" + entry->id,
              role};
    e.inputs.push_back(std::move(in));
    return true;
}

bool addProject(Explanation &e, const Project &p, const std::string &entityId,
                const std::string &key, const std::string &name, const std::string &unit, Role role)
{
    const std::optional<EntityRef> ref = p.find(entityId);
    if (!ref)
        return false;
    const Json v = p.value(*ref, key);
    if (!v.is_number())
        return false;
    const KindNames &k = kindNames(ref->kind);
    const std::string where = k.singleton
        ? std::string("/") + k.fileKey + "/" + key
        : std::string("/") + k.fileKey + "/" + str(ref->index) + "/" + key;
    e.inputs.push_back({name,
                        v.get<double>(),
                        unit,
                        "project file " + where + " (" + k.label + " '" + entityId + "')",
                        {},
                        entityId,
                        {},
                        role});
    return true;
}

void addStandard(Explanation &e, const std::string &name, double value, const std::string &unit,
                 const std::string &source, Role role)
{
    e.inputs.push_back({name, value, unit, source, {}, {}, {}, role});
}

int indexOfId(const Json *list, const std::string &id)
{
    if (!list || !list->is_array())
        return -1;
    for (size_t i = 0; i < list->size(); ++i) {
        const Json &x = (*list)[i];
        if (x.is_object() && x.value("id", std::string()) == id)
            return int(i);
    }
    return -1;
}

void setTitle(Explanation &e, const char *format, const std::vector<std::string> &args)
{
    e.titleFormat = format;
    e.titleArgs = args;
    std::string title = format;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string mark = "%" + std::to_string(i + 1);
        if (const size_t at = title.find(mark); at != std::string::npos)
            title.replace(at, mark.size(), args[i]);
    }
    e.title = title;
}

std::string str(int i)
{
    return std::to_string(i);
}

} // namespace aif::explain::detail
