#include "catalogschema.h"

#include "jsonlimits.h"

#include <QDirIterator>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <sstream>

namespace aif {

namespace {

// JSON value kinds as a person names them (integers and floats are both numbers).
std::string kindOf(const Json &v)
{
    switch (v.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return "true or false";
    case Json::value_t::string: return "a string";
    case Json::value_t::array: return "an array";
    case Json::value_t::object: return "an object";
    default: return v.is_number() ? "a number" : "something else";
    }
}

std::string escape(const std::string &key)
{
    std::string out;
    for (const char c : key)
        out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    return out;
}

} // namespace

void CatalogSchema::learn(const std::string &category, const Json &entry)
{
    learn(category, "", entry);
}

void CatalogSchema::learnNumber(Range &range, double v)
{
    const double magnitude = std::abs(v);
    if (!range.seen) {
        range = {v, v, magnitude, true};
        return;
    }
    range.min = std::min(range.min, v);
    range.max = std::max(range.max, v);
    if (magnitude > 0 && (range.smallestNonZero == 0 || magnitude < range.smallestNonZero))
        range.smallestNonZero = magnitude;
}

std::string CatalogSchema::checkNumber(const Range &range, const std::string &path, double v)
{
    auto text = [](double x) {
        std::ostringstream s;
        s << x;
        return s.str();
    };
    if (v < 0 && range.min >= 0)
        return path + ": " + text(v) + " is negative; no shipped entry has a negative value here";
    const double largest = std::max(std::abs(range.min), std::abs(range.max));
    if (largest > 0 && std::abs(v) > largest * kRangeFactor)
        return path + ": " + text(v) + " is over " + text(kRangeFactor) + " times the largest shipped value ("
               + text(largest) + "): check the unit";
    if (v != 0 && range.smallestNonZero > 0 && std::abs(v) < range.smallestNonZero / kRangeFactor)
        return path + ": " + text(v) + " is under 1/" + text(kRangeFactor) + " of the smallest shipped value ("
               + text(range.smallestNonZero) + "): check the unit";
    return {};
}

void CatalogSchema::learn(const std::string &category, const std::string &path, const Json &value)
{
    if (!path.empty())
        m_kinds[category][path].insert(kindOf(value));
    if (!path.empty() && value.is_number())
        learnNumber(m_ranges[category][path], value.get<double>());
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            learn(category, path + "/" + escape(it.key()), it.value());
    } else if (value.is_array()) {
        for (const Json &x : value)
            learn(category, path + "/*", x);
    }
}

std::string CatalogSchema::check(const std::string &category, const Json &entry) const
{
    return check(category, "", entry);
}

std::string CatalogSchema::check(const std::string &category, const std::string &path, const Json &value) const
{
    const auto cat = m_kinds.find(category);
    if (cat == m_kinds.end())
        return {};
    if (!path.empty()) {
        const auto known = cat->second.find(path);
        if (known == cat->second.end())
            return {};   // a key the shipped catalog does not have: the user's own, unread by the code
        const std::string kind = kindOf(value);
        if (!known->second.contains(kind)) {
            std::string expected;
            for (const std::string &k : known->second)
                expected += (expected.empty() ? "" : " or ") + k;
            return path + ": expected " + expected + ", not " + kind;
        }
        if (const auto ranges = m_ranges.find(category); value.is_number() && ranges != m_ranges.end()) {
            if (const auto range = ranges->second.find(path); range != ranges->second.end())
                return checkNumber(range->second, path, value.get<double>());
        }
    }
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            if (std::string e = check(category, path + "/" + escape(it.key()), it.value()); !e.empty())
                return e;
    } else if (value.is_array()) {
        for (const Json &x : value)
            if (std::string e = check(category, path + "/*", x); !e.empty())
                return e;
    }
    return {};
}

namespace {

// A whole number in [lo, hi] at obj[key], or absent/null when `optional`.
std::string checkCount(const Json &obj, const char *key, const std::string &path, double lo, double hi, bool optional)
{
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return optional ? std::string() : path + "/" + key + ": required";
    if (!it->is_number() || std::floor(it->get<double>()) != it->get<double>() || it->get<double>() < lo
        || it->get<double>() > hi) {
        std::ostringstream s;
        s << path << "/" << key << ": expected a whole number from " << lo << " to " << hi;
        return s.str();
    }
    return {};
}

double count(const Json &obj, const char *key)
{
    const auto it = obj.find(key);
    return it != obj.end() && it->is_number() ? it->get<double>() : 0.0;
}

std::string checkModelRules(const Json &e)
{
    const double layers = count(e, "layers");
    if (const auto la = e.find("localAttention"); la != e.end() && !la->is_null()) {
        if (!la->is_object())
            return "/localAttention: expected null or {kind, window, layers}";
        const std::string kind = la->value("kind", std::string());
        if (kind != "sliding" && kind != "chunked")
            return "/localAttention/kind: expected \"sliding\" or \"chunked\"";
        if (std::string why = checkCount(*la, "window", "/localAttention", 1, 1e9, false); !why.empty())
            return why;
        if (std::string why = checkCount(*la, "layers", "/localAttention", 1, std::max(1.0, layers), false); !why.empty())
            return why + " (the model's layers)";
    }
    if (std::string why = checkCount(e, "mtpLayers", "", 0, std::max(0.0, layers), true); !why.empty())
        return why;
    if (const auto it = e.find("activeParamsIncludeEmbedding"); it != e.end() && !it->is_boolean())
        return "/activeParamsIncludeEmbedding: expected true or false";
    if (const auto moe = e.find("moe"); moe != e.end() && moe->is_object()) {
        if (count(*moe, "expertsPerToken") > count(*moe, "routedExperts"))
            return "/moe/expertsPerToken: more than /moe/routedExperts";
        if (layers > 0 && count(*moe, "denseLayers") >= layers)
            return "/moe/denseLayers: must be fewer than /layers (no MoE layer left)";
    }
    return {};
}

} // namespace

std::string catalogStatus(const Json &entry)
{
    const auto it = entry.is_object() ? entry.find("status") : entry.end();
    return it != entry.end() && it->is_string() ? it->get<std::string>() : std::string("shipping");
}

std::string checkCatalogRules(const std::string &category, const Json &entry)
{
    if (!entry.is_object())
        return {};
    if (const auto it = entry.find("status"); it != entry.end()) {
        const std::string s = it->is_string() ? it->get<std::string>() : std::string();
        if (s != "shipping" && s != "announced")
            return "/status: expected \"shipping\" or \"announced\"";
    }
    if (category == "models")
        return checkModelRules(entry);
    return {};
}

const CatalogSchema &CatalogSchema::shipped()
{
    static const CatalogSchema schema = [] {
        CatalogSchema s;
        QDirIterator files(":/catalog", {"*.json"}, QDir::Files);
        while (files.hasNext()) {
            QFile f(files.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            std::string why;
            const Json doc = parseJsonLimited(f.readAll(), kMaxCatalogBytes, &why);
            if (doc.is_discarded() || !doc.is_object() || !doc.value("entries", Json()).is_array())
                continue;
            const std::string category = doc.value("category", std::string());
            for (const Json &e : doc["entries"])
                s.learn(category, e);
        }
        return s;
    }();
    return schema;
}

} // namespace aif
