#include "layoutchecks.h"

#include "catalog.h"
#include "plangeometry.h"
#include "project.h"
#include "validation.h"

#include <QRectF>

#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace aif {

namespace {

// Touching neighbours share an edge (0.6 m pitch, 0.6 m racks): overlaps below 5 mm are
// rounding in the file, not a clash.
constexpr double kToleranceM = 0.005;
// Grid-hash cell: a little larger than the biggest common footprint (a 2.55 m CRAH).
constexpr double kCellM = 3.0;

struct Box
{
    EntityRef ref;
    const std::string *id;
    const std::string *hall;
    QRectF rect;
    double rotationDeg;
};

QRectF footprint(double xM, double yM, double widthM, double depthM, double rotationDeg)
{
    const plan::Footprint f = plan::footprint(xM, yM, widthM, depthM, rotationDeg);
    return {f.x0, f.y0, f.x1 - f.x0, f.y1 - f.y0};
}

std::vector<Box> footprints(const Project &p)
{
    std::vector<Box> out;
    out.reserve(p.racks.size() + p.airUnits.size() + p.cdus.size());
    for (size_t i = 0; i < p.racks.size(); ++i) {
        const Rack &r = p.racks[i];
        out.push_back({{EntityKind::Rack, int(i)}, &r.id, &r.hall,
                       footprint(r.xM, r.yM, r.widthM, r.depthM, r.rotationDeg), r.rotationDeg});
    }
    for (size_t i = 0; i < p.airUnits.size(); ++i) {
        const AirUnit &a = p.airUnits[i];
        if (!a.rack.empty())
            continue;   // a rear door hangs on its rack: it overlaps it by design
        out.push_back({{EntityKind::AirUnit, int(i)}, &a.id, &a.hall,
                       footprint(a.xM, a.yM, a.widthM, a.depthM, a.rotationDeg), a.rotationDeg});
    }
    for (size_t i = 0; i < p.cdus.size(); ++i) {
        const Cdu &c = p.cdus[i];
        out.push_back({{EntityKind::Cdu, int(i)}, &c.id, &c.hall,
                       footprint(c.xM, c.yM, c.widthM, c.depthM, c.rotationDeg), c.rotationDeg});
    }
    return out;
}

Diagnostic boxWarning(const Project &p, const Box &b, const char *code, std::string message)
{
    return {Diagnostic::Severity::Warning, entityPointer(p, b.ref), *b.id, code, std::move(message)};
}

std::string fmt2(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

void checkOverlaps(const Project &p, const std::vector<Box> &boxes, Diagnostics *out)
{
    // Grid hash per hall: each footprint is listed in every cell it touches; pairs are tested
    // once (i < j) so a campus of thousands of footprints costs O(n), not O(n²).
    std::unordered_map<std::string, std::vector<size_t>> cells;
    auto key = [](const std::string &hall, long cx, long cy) {
        return hall + '#' + std::to_string(cx) + ',' + std::to_string(cy);
    };
    std::vector<char> reported(boxes.size(), 0);
    auto test = [&](size_t i, size_t j) {
        const QRectF o = boxes[i].rect.intersected(boxes[j].rect);
        if (!(o.width() > kToleranceM) || !(o.height() > kToleranceM) || !std::isfinite(o.width() * o.height())
            || reported[i])
            return;
        reported[i] = 1;
        out->push_back(boxWarning(p, boxes[i], "layout.overlap",
                               *boxes[i].id + " overlaps " + *boxes[j].id + " by " + fmt2(o.width()) + " x "
                                   + fmt2(o.height()) + " m"));
        if (!reported[j]) {
            reported[j] = 1;
            out->push_back(boxWarning(p, boxes[j], "layout.overlap", *boxes[j].id + " overlaps " + *boxes[i].id));
        }
    };
    // A footprint over more than a few hundred cells is not a rack (a typo, a fuzzed 1e300 m
    // width, a NaN): it is tested against every footprint of its hall instead of being hashed
    // into millions of cells (that hung the solve).
    constexpr double kMaxCells = 1024;
    std::vector<size_t> big;
    for (size_t i = 0; i < boxes.size(); ++i) {
        const QRectF &r = boxes[i].rect;
        const double spanX = r.width() / kCellM + 1, spanY = r.height() / kCellM + 1;
        if (!std::isfinite(r.left()) || !std::isfinite(r.top()) || !std::isfinite(spanX) || !std::isfinite(spanY)
            || spanX * spanY > kMaxCells || std::abs(r.left()) > 1e9 || std::abs(r.top()) > 1e9) {
            big.push_back(i);
            continue;
        }
        const long x0 = long(std::floor(r.left() / kCellM)), x1 = long(std::floor(r.right() / kCellM));
        const long y0 = long(std::floor(r.top() / kCellM)), y1 = long(std::floor(r.bottom() / kCellM));
        for (long cx = x0; cx <= x1; ++cx) {
            for (long cy = y0; cy <= y1; ++cy) {
                std::vector<size_t> &cell = cells[key(*boxes[i].hall, cx, cy)];
                for (size_t j : cell)
                    test(i, j);
                cell.push_back(i);
            }
        }
    }
    for (size_t i : big)
        for (size_t j = 0; j < boxes.size(); ++j)
            if (j != i && *boxes[j].hall == *boxes[i].hall)
                test(i, j);
}

void checkOutside(const Project &p, const std::vector<Box> &boxes, Diagnostics *out)
{
    for (const Box &b : boxes) {
        const Hall *h = p.get<Hall>(*b.hall);
        if (!h)
            continue;   // a missing hall is validation's ref.missing
        const QRectF floor(-kToleranceM, -kToleranceM, h->widthM + 2 * kToleranceM, h->depthM + 2 * kToleranceM);
        if (!floor.contains(b.rect))
            out->push_back(boxWarning(p, b, "layout.outside",
                                   *b.id + " is not inside hall " + h->id + " (footprint " + fmt2(b.rect.left())
                                       + ".." + fmt2(b.rect.right()) + " x " + fmt2(b.rect.top()) + ".."
                                       + fmt2(b.rect.bottom()) + " m, hall " + fmt2(h->widthM) + " x "
                                       + fmt2(h->depthM) + " m)"));
    }
}

// Clear distance from a rack's front edge to the nearest footprint (or wall) in front of it,
// over the rack's width: the cold aisle people and cold air need.
double frontClearance(const Box &rack, const Hall &hall, const std::vector<const Box *> &sameHall)
{
    const plan::Direction f = plan::frontDirection(rack.rotationDeg);
    const QRectF &r = rack.rect;
    double best;
    if (f.dy < 0)
        best = r.top();
    else if (f.dy > 0)
        best = hall.depthM - r.bottom();
    else if (f.dx > 0)
        best = hall.widthM - r.right();
    else
        best = r.left();
    for (const Box *o : sameHall) {
        if (o == &rack)
            continue;
        const QRectF &q = o->rect;
        double gap;
        bool across;
        if (f.dy != 0) {
            across = std::min(r.right(), q.right()) - std::max(r.left(), q.left()) > kToleranceM;
            gap = f.dy < 0 ? r.top() - q.bottom() : q.top() - r.bottom();
        } else {
            across = std::min(r.bottom(), q.bottom()) - std::max(r.top(), q.top()) > kToleranceM;
            gap = f.dx < 0 ? r.left() - q.right() : q.left() - r.right();
        }
        if (across && gap >= -kToleranceM)
            best = std::min(best, std::max(gap, 0.0));
    }
    return best;
}

void checkAisles(const Project &p, const std::vector<Box> &boxes, Diagnostics *out)
{
    std::unordered_map<std::string, std::vector<const Box *>> byHall;
    for (const Box &b : boxes)
        byHall[*b.hall].push_back(&b);
    for (const Box &b : boxes) {
        if (b.ref.kind != EntityKind::Rack)
            continue;
        const Hall *h = p.get<Hall>(*b.hall);
        if (!h)
            continue;
        const double gap = frontClearance(b, *h, byHall[*b.hall]);
        if (gap + kToleranceM < h->minAisleWidthM)
            out->push_back(boxWarning(p, b, "layout.aisle",
                                   "aisle in front of " + *b.id + " is " + fmt2(gap) + " m, hall " + h->id
                                       + " requires " + fmt2(h->minAisleWidthM) + " m"));
    }
}

void checkRackServices(const Project &p, const Catalog *catalog, Diagnostics *out)
{
    for (size_t i = 0; i < p.racks.size(); ++i) {
        const Rack &r = p.racks[i];
        const EntityRef ref{EntityKind::Rack, int(i)};
        const bool equipped = !r.system.empty() && r.systemCount > 0;
        if (equipped && r.powerFeedA.empty() && r.powerFeedB.empty())
            out->push_back({Diagnostic::Severity::Warning, entityPointer(p, ref, "powerFeedA"), r.id,
                            "layout.unpowered", r.id + " has " + r.system + " installed but no power feed"});
        if (!equipped || !catalog || !r.coolingLoop.empty())
            continue;
        const Json *sys = catalog->entry("systems", r.system);
        if (sys && sys->value("cooling", std::string("air")) != "air")
            out->push_back({Diagnostic::Severity::Warning, entityPointer(p, ref, "coolingLoop"), r.id,
                            "layout.uncooled",
                            r.id + " holds liquid-cooled " + r.system + " but has no cooling loop"});
    }
}

} // namespace

Diagnostics checkLayout(const Project &project, const Catalog *catalog)
{
    Diagnostics out;
    const std::vector<Box> boxes = footprints(project);
    checkOverlaps(project, boxes, &out);
    checkOutside(project, boxes, &out);
    checkAisles(project, boxes, &out);
    checkRackServices(project, catalog, &out);
    return out;
}

} // namespace aif
