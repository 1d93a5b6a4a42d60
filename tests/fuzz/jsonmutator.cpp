#include "jsonmutator.h"

namespace aif::fuzz {

namespace {

// Numbers at the edges of double, int64, uint64 and int (the model reads integers as int),
// denormals, negative zero, and text no double holds: written raw, exactly as here.
const char *const kSpecialNumbers[] = {"1e308", "-1e308", "1.7976931348623157e308", "1e-320", "4.9e-324", "-0",
                                       "-0.0", "0", "9223372036854775807", "-9223372036854775808",
                                       "9223372036854775808", "18446744073709551615", "18446744073709551616",
                                       "-18446744073709551617", "2147483647", "2147483648", "-2147483649",
                                       "4294967296", "1e999", "-1e999", "1e-999", "123456789012345678901234567890",
                                       "-1", "1e9", "-1e9", "1e-12", "0.5", "\"NaN\"", "\"nan\"", "\"Infinity\"",
                                       "\"-inf\"", "\"1e309\"", "\"0x1p3\"", "\"12\""};

// Invalid text inside an otherwise valid document: raw bytes no JSON tree can hold.
const char *const kRawStrings[] = {"\"\xff\xfe\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\xed\xa0\x80\"", "\"\xc0\x80\"",
                                   "\"a\x01\"", "\"\t\""};

} // namespace

JsonMutator::JsonMutator(Json &doc, Random &rng, const std::unordered_set<std::string> &knownIds)
    : m_doc(doc), m_rng(rng), m_knownIds(knownIds)
{}

void JsonMutator::collect()
{
    m_nodes.clear();
    m_entities.clear();
    m_references.clear();
    m_docIds.clear();
    collect(m_doc, -1, 0, nullptr, 0);
    for (const Node &n : m_nodes) {
        if (n.key && *n.key == "id" && n.value->is_string())
            m_docIds.insert(n.value->get_ref<const std::string &>());
    }
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        const Node &n = m_nodes[size_t(i)];
        if (n.value->is_object()) {
            const auto id = n.value->find("id");
            if (id != n.value->end() && id->is_string())
                m_entities.push_back(i);
        } else if (n.value->is_string() && !(n.key && *n.key == "id")) {
            const std::string &s = n.value->get_ref<const std::string &>();
            if (m_docIds.contains(s) || m_knownIds.contains(s))
                m_references.push_back(i);
        }
    }
}

void JsonMutator::collect(Json &value, int parent, int depth, const std::string *key, size_t index)
{
    const int self = int(m_nodes.size());
    m_nodes.push_back({&value, parent, self + 1, depth, key, index});
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            collect(it.value(), self, depth + 1, &it.key(), 0);
    } else if (value.is_array()) {
        for (size_t i = 0; i < value.size(); ++i)
            collect(value[i], self, depth + 1, nullptr, i);
    }
    m_nodes[size_t(self)].end = int(m_nodes.size());
}

// Uniform over all nodes most of the time; otherwise a node inside one random entity, so the
// small sections (site, economics, scenarios, one catalog entry) are hit as often as the racks.
int JsonMutator::pickNode(bool allowRoot)
{
    const int first = allowRoot ? 0 : 1;
    if (int(m_nodes.size()) <= first)
        return -1;
    if (!m_entities.empty() && m_rng.chance(0.4)) {
        const Node &e = m_nodes[size_t(m_rng.pick(m_entities))];
        const int lo = std::max(first, int(&e - m_nodes.data()) + 1);
        if (e.end > lo)
            return lo + int(m_rng.below(size_t(e.end - lo)));
    }
    return first + int(m_rng.below(m_nodes.size() - size_t(first)));
}

std::string JsonMutator::pointer(int node) const
{
    std::string p;
    for (int i = node; i > 0; i = m_nodes[size_t(i)].parent) {
        const Node &n = m_nodes[size_t(i)];
        p = "/" + (n.key ? *n.key : std::to_string(n.index)) + p;
    }
    if (p.size() > 160)   // a value nested 1000 deep: its ends say where it is
        p = p.substr(0, 80) + "..." + p.substr(p.size() - 60);
    return p.empty() ? "/" : p;
}

Json JsonMutator::raw(const std::string &text)
{
    m_raw.push_back(text);
    return "\x01RAW" + std::to_string(m_raw.size() - 1) + "\x01";
}

Json JsonMutator::specialNumber()
{
    return raw(m_rng.pick(kSpecialNumbers));
}

std::string JsonMutator::hostileString()
{
    static const std::string kStrings[] = {
        "", " ", "../", "../../../../tmp/aif-escape", "..", ".", "/", "\\", "a/b", "~0~1", std::string("\0", 1),
        std::string("id\0tail", 7), "\x01\x1f", "\x7f", "\xe2\x80\xae" "rtl", "\xef\xbf\xbf", "\xf0\x9f\x94\xa5",
        "CON", "%s%n%x", "${HOME}", "'; DROP TABLE entries; --", "\n\r\t", "NaN", "-0", "null", "*", "?",
        "rack-1 ", "RACK-1"};
    switch (m_rng.below(8)) {
    case 0: return std::string(300 + m_rng.below(300), 'x');
    case 1: return m_rng.chance(0.1) ? std::string(1 << 20, 'y') : std::string(70000, 'y');
    default: return m_rng.pick(kStrings);
    }
}

std::string JsonMutator::swapType(int n)
{
    Json &v = *m_nodes[size_t(n)].value;
    const Json old = v;
    switch (m_rng.below(12)) {
    case 0: v = 0; break;
    case 1: v = -1.5; break;
    case 2: v = "7"; break;
    case 3: v = ""; break;
    case 4: v = true; break;
    case 5: v = false; break;
    case 6: v = nullptr; break;
    case 7: v = Json::array(); break;
    case 8: v = Json::object(); break;
    case 9: v = Json::array({old}); break;
    case 10: v = Json{{"value", old}}; break;
    default: v = old.is_string() ? Json(12.5) : Json(old.dump()); break;
    }
    return "swap type " + pointer(n);
}

std::string JsonMutator::setNumber(int n)
{
    Json &v = *m_nodes[size_t(n)].value;
    if (v.is_number() && m_rng.chance(0.4)) {
        const double x = v.get<double>();
        const double factors[] = {-1.0, 0.0, 1e6, 1e-6, 1e300, 1.0000001, 0.5, 2.0};
        v = x * m_rng.pick(factors);
    } else {
        v = specialNumber();
    }
    return "number " + pointer(n);
}

// Wraps a value so the document's nesting ends right at, just under or just over the 64-level
// limit of parseJsonLimited (or far over it).
std::string JsonMutator::nest(int n)
{
    const int targets[] = {62, 63, 64, 65, 66, 1000};
    const int target = m_rng.pick(targets);
    const int levels = target - m_nodes[size_t(n)].depth;
    if (levels < 1)
        return {};
    Json leaf = m_rng.chance(0.5) ? Json(1) : *m_nodes[size_t(n)].value;
    if (leaf.is_structured())
        leaf = 1;
    const bool objects = m_rng.chance(0.3);
    for (int i = 0; i < levels; ++i)
        leaf = objects ? Json{{"a", std::move(leaf)}} : Json::array({std::move(leaf)});
    *m_nodes[size_t(n)].value = std::move(leaf);
    return "nest to depth " + std::to_string(target) + " at " + pointer(n);
}

// A reference pointed at nothing, at an entity of another kind, at its own entity (cycles:
// a power node upstream of itself), or emptied.
std::string JsonMutator::retargetReference()
{
    if (m_references.empty())
        return {};
    const int n = m_rng.pick(m_references);
    Json &v = *m_nodes[size_t(n)].value;
    switch (m_rng.below(5)) {
    case 0: v = "missing-" + std::to_string(m_rng.below(1000)); break;
    case 1: v = ""; break;
    case 2: {
        int e = m_nodes[size_t(n)].parent;
        while (e > 0 && !m_nodes[size_t(e)].value->contains("id"))
            e = m_nodes[size_t(e)].parent;
        const Json *entity = e >= 0 ? m_nodes[size_t(e)].value : nullptr;
        v = entity && entity->is_object() && entity->contains("id") ? (*entity)["id"] : Json("self");
        break;
    }
    default:
        if (m_entities.empty())
            return {};
        v = (*m_nodes[size_t(m_rng.pick(m_entities))].value)["id"];
        break;
    }
    return "reference " + pointer(n);
}

std::string JsonMutator::duplicateId()
{
    if (m_entities.size() < 2)
        return {};
    const int a = m_rng.pick(m_entities);
    const int b = m_rng.pick(m_entities);
    (*m_nodes[size_t(a)].value)["id"] = (*m_nodes[size_t(b)].value)["id"];
    return "duplicate id " + pointer(a);
}

// An id replaced by a hostile string, and (mostly) every reference to it too, so the string
// reaches the solvers, file names and the catalog's keys, not only the reference check.
std::string JsonMutator::hostileId()
{
    if (m_entities.empty())
        return {};
    const int e = m_rng.pick(m_entities);
    Json &id = (*m_nodes[size_t(e)].value)["id"];
    const std::string old = id.get<std::string>();
    const std::string now = hostileString();
    id = now;
    if (m_rng.chance(0.8)) {
        for (const int r : m_references) {
            if (m_nodes[size_t(r)].value->get_ref<const std::string &>() == old)
                *m_nodes[size_t(r)].value = now;
        }
    }
    return "hostile id " + pointer(e);
}

std::string JsonMutator::removeKey()
{
    static const char *const kRequired[] = {"id", "formatVersion", "category", "entries", "hall", "type", "name",
                                            "source", "asOf", "entity", "property", "value", "racks", "system"};
    std::vector<int> objects;
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        if (m_nodes[size_t(i)].value->is_object() && !m_nodes[size_t(i)].value->empty())
            objects.push_back(i);
    }
    if (objects.empty())
        return {};
    const int o = m_rng.chance(0.5) && !m_entities.empty() ? m_rng.pick(m_entities) : m_rng.pick(objects);
    Json &obj = *m_nodes[size_t(o)].value;
    std::string key = m_rng.pick(kRequired);
    if (!obj.contains(key) || m_rng.chance(0.3)) {
        auto it = obj.begin();
        std::advance(it, long(m_rng.below(obj.size())));
        key = it.key();
    }
    obj.erase(key);
    return "remove " + pointer(o) + "/" + key;
}

std::string JsonMutator::arrayEdit()
{
    std::vector<int> arrays;
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        if (m_nodes[size_t(i)].value->is_array())
            arrays.push_back(i);
    }
    if (arrays.empty())
        return {};
    const int a = m_rng.pick(arrays);
    Json &arr = *m_nodes[size_t(a)].value;
    const size_t n = arr.size();
    switch (m_rng.below(6)) {
    case 0: arr = Json::array(); return "empty " + pointer(a);
    case 1:
        if (n == 0)
            return {};
        arr.erase(m_rng.below(n));
        return "remove element of " + pointer(a);
    case 2:
        if (n == 0)
            return {};
        arr.push_back(arr[m_rng.below(n)]);   // a duplicate entity, ids and all
        return "duplicate element of " + pointer(a);
    case 3:
        if (n < 2)
            return {};
        std::swap(arr[m_rng.below(n)], arr[m_rng.below(n)]);
        return "swap elements of " + pointer(a);
    case 4: {   // many more of the same, ids made unique: scale without a huge text
        if (n == 0 || n > 200)
            return {};
        const Json model = arr[m_rng.below(n)];
        if (model.dump().size() > 4096)
            return {};   // 500 copies of a 1 MB string test memory, not the model
        for (size_t i = 0, more = 10 + m_rng.below(500); i < more; ++i) {
            Json copy = model;
            if (copy.is_object() && copy.contains("id"))
                copy["id"] = "fuzz-" + std::to_string(i);
            arr.push_back(std::move(copy));
        }
        return "repeat element of " + pointer(a);
    }
    default:
        arr.push_back(m_rng.chance(0.5) ? Json(nullptr) : Json(hostileString()));
        return "append to " + pointer(a);
    }
}

std::string JsonMutator::addKey()
{
    std::vector<int> objects;
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        if (m_nodes[size_t(i)].value->is_object())
            objects.push_back(i);
    }
    if (objects.empty())
        return {};
    const int o = m_rng.pick(objects);
    const std::string keys[] = {"", "zzz", "__proto__", "id", "~1/", std::string("\0", 1), "formatVersion",
                                hostileString()};
    const std::string key = m_rng.pick(keys);
    (*m_nodes[size_t(o)].value)[key] = m_rng.chance(0.5) ? specialNumber() : Json(hostileString());
    return "add key at " + pointer(o);
}

// One value put where another was (type confusion with realistic values: a rack where a
// number was, a catalog entry in a list of numbers).
std::string JsonMutator::copySubtree()
{
    const int from = pickNode(false);
    const int to = pickNode(false);
    if (from < 0 || to < 0 || (from <= to && to < m_nodes[size_t(from)].end))
        return {};   // never into itself
    // Described first: `to` may hold `from`, whose keys the assignment frees.
    const std::string what = "copy " + pointer(from) + " to " + pointer(to);
    *m_nodes[size_t(to)].value = Json(*m_nodes[size_t(from)].value);
    return what;
}

std::string JsonMutator::mutate()
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        collect();
        const int n = pickNode(false);
        if (n < 0)
            return "nothing to mutate";
        std::string what;
        switch (m_rng.below(14)) {
        case 0:
        case 1: what = swapType(n); break;
        case 2:
        case 3: what = setNumber(n); break;
        case 4: what = nest(n); break;
        case 5:
        case 6: what = retargetReference(); break;
        case 7: what = duplicateId(); break;
        case 8: what = hostileId(); break;
        case 9: what = removeKey(); break;
        case 10: what = arrayEdit(); break;
        case 11: what = addKey(); break;
        case 12: what = copySubtree(); break;
        default:   // invalid text where a value was
            *m_nodes[size_t(n)].value = raw(m_rng.pick(kRawStrings));
            what = "invalid string " + pointer(n);
            break;
        }
        if (!what.empty())
            return what;
    }
    return "no applicable mutation";
}

QByteArray JsonMutator::text()
{
    const std::string dumped = m_doc.dump(m_rng.chance(0.5) ? 2 : -1);
    QByteArray out(dumped.data(), qsizetype(dumped.size()));
    for (size_t i = 0; i < m_raw.size(); ++i) {
        const QByteArray marker = "\"\\u0001RAW" + QByteArray::number(qulonglong(i)) + "\\u0001\"";
        out.replace(marker, QByteArray::fromStdString(m_raw[i]));
    }
    return out;
}

} // namespace aif::fuzz
