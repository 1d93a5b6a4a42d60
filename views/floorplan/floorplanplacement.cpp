#include "floorplanplacement.h"

#include "floorplangeometry.h"
#include "plangeometry.h"
#include "project.h"

#include <cctype>
#include <cstdio>

namespace aif::placement {

namespace {

constexpr double kToleranceM = 0.005;   // touching neighbours share an edge

double num(const Json &e, const char *key, double fallback)
{
    const auto it = e.find(key);
    return it != e.end() && it->is_number() ? it->get<double>() : fallback;
}

bool overlaps(const QRectF &a, const QRectF &b)
{
    const QRectF o = a.intersected(b);
    return o.width() > kToleranceM && o.height() > kToleranceM;
}

} // namespace

QRectF footprintOf(EntityKind kind, const Json &e)
{
    switch (kind) {
    case EntityKind::Rack:
    case EntityKind::Cdu:
        break;
    case EntityKind::AirUnit:
        if (!e.value("rack", std::string()).empty())
            return {};   // a rear door hangs on its rack
        break;
    case EntityKind::PowerNode: {
        const std::string type = e.value("type", std::string());
        if (e.value("hall", std::string()).empty() || type == "busway" || type == "powershelf")
            return {};
        const plan::Size s = plan::powerNodeSize(type, num(e, "lengthM", 0.0));
        return planGeometry::footprint(num(e, "xM", 0), num(e, "yM", 0), s.widthM, s.depthM, num(e, "rotationDeg", 0));
    }
    default: return {};
    }
    return planGeometry::footprint(num(e, "xM", 0), num(e, "yM", 0), num(e, "widthM", 0.6), num(e, "depthM", 1.2),
                                   num(e, "rotationDeg", 0));
}

QPointF freeOffset(const Project &p, const std::vector<NewItem> &items, const QPointF &base, const QPointF &step,
                   int tries)
{
    // Equipment already on the floor, by hall.
    std::vector<std::pair<std::string, QRectF>> placed;
    for (EntityKind kind : {EntityKind::Rack, EntityKind::AirUnit, EntityKind::Cdu, EntityKind::PowerNode}) {
        for (int i = 0; i < p.count(kind); ++i) {
            const Json e = p.toJson({kind, i});
            const QRectF r = footprintOf(kind, e);
            if (!r.isEmpty())
                placed.emplace_back(e.value("hall", std::string()), r);
        }
    }
    for (int k = 0; k <= tries; ++k) {
        const QPointF offset = base + step * k;
        bool clear = true;
        for (const NewItem &item : items) {
            const QRectF r = footprintOf(item.kind, item.entity).translated(offset);
            if (r.isEmpty())
                continue;
            const std::string hall = item.entity.value("hall", std::string());
            for (const auto &[h, q] : placed) {
                if (h == hall && overlaps(r, q)) {
                    clear = false;
                    break;
                }
            }
            if (!clear)
                break;
        }
        if (clear)
            return offset;
    }
    return base;
}

std::set<std::string> namesOf(const Project &p, EntityKind kind, const std::string &hall)
{
    const bool perHall = !hall.empty() && p.property(kind, "hall");
    std::set<std::string> names;
    for (int i = 0; i < p.count(kind); ++i)
        if (!perHall || p.value({kind, i}, "hall").get<std::string>() == hall)
            names.insert(p.nameOf({kind, i}));
    return names;
}

std::string uniqueName(const std::set<std::string> &taken, const std::string &wanted)
{
    if (wanted.empty() || !taken.contains(wanted))
        return wanted;
    // A trailing number counts up, keeping its width ("A03" -> "A04").
    size_t digits = wanted.size();
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(wanted[digits - 1])))
        --digits;
    if (digits < wanted.size()) {
        const std::string stem = wanted.substr(0, digits);
        const int width = int(wanted.size() - digits);
        for (long n = std::stol(wanted.substr(digits)) + 1; n < 1000000; ++n) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%0*ld", width, n);
            const std::string candidate = stem + buf;
            if (!taken.contains(candidate))
                return candidate;
        }
    }
    for (int n = 2;; ++n) {
        const std::string candidate = wanted + " " + std::to_string(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

std::string nextRowLetters(const Project &p, const std::string &hallId)
{
    std::set<std::string> used;
    for (const Row &r : p.rows) {
        if (r.hall == hallId && r.name.rfind("Row ", 0) == 0)
            used.insert(r.name.substr(4));
    }
    for (int i = 0;; ++i) {
        std::string s;
        for (int n = i + 1; n > 0; n = (n - 1) / 26)
            s.insert(s.begin(), char('A' + (n - 1) % 26));
        if (!used.contains(s))
            return s;
    }
}

} // namespace aif::placement
