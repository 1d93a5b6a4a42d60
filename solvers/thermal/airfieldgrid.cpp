// Discretises the hall: solid cells, face openness (containment walls), and the fluid cells at
// the faces of racks and units where air leaves and enters the field.
#include "thermal/airfieldgrid.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace aif::thermal::detail {
namespace {

// Index range [lo, hi) of the cells a box covers along one axis: its edges snapped to the nearest
// grid line, at least one cell, so that touching boxes (racks in a row) stay gap-free.
struct Range
{
    int lo = 0, hi = 0;
};

Range snap(double a, double b, double h, int n)
{
    Range r{int(std::lround(a / h)), int(std::lround(b / h))};
    r.lo = std::clamp(r.lo, 0, n);
    r.hi = std::clamp(r.hi, 0, n);
    if (r.hi <= r.lo) {
        r.lo = std::clamp(int(std::floor(0.5 * (a + b) / h)), 0, n - 1);
        r.hi = r.lo + 1;
    }
    return r;
}

struct Cells
{
    Range i, j, k;
};

Cells cellsOf(const Grid &g, const AirBox &b)
{
    return {snap(b.x0, b.x1, g.dx, g.nx), snap(b.y0, b.y1, g.dy, g.ny), snap(b.z0, b.z1, g.dz, g.nz)};
}

Face opposite(Face f)
{
    return Face((int(f) + 2) % 4);
}

// Fluid cells just outside face f of the cell block c, over the height range kr.
std::vector<int> faceCells(const Grid &g, const Cells &c, Face f, Range kr)
{
    std::vector<int> out;
    auto add = [&](int i, int j, int k) {
        if (i >= 0 && i < g.nx && j >= 0 && j < g.ny && k >= 0 && k < g.nz && !g.solid[g.index(i, j, k)])
            out.push_back(g.index(i, j, k));
    };
    for (int k = kr.lo; k < kr.hi; ++k) {
        switch (f) {
        case Face::MinusY:
            for (int i = c.i.lo; i < c.i.hi; ++i)
                add(i, c.j.lo - 1, k);
            break;
        case Face::PlusY:
            for (int i = c.i.lo; i < c.i.hi; ++i)
                add(i, c.j.hi, k);
            break;
        case Face::MinusX:
            for (int j = c.j.lo; j < c.j.hi; ++j)
                add(c.i.lo - 1, j, k);
            break;
        case Face::PlusX:
            for (int j = c.j.lo; j < c.j.hi; ++j)
                add(c.i.hi, j, k);
            break;
        }
    }
    return out;
}

std::vector<int> topCells(const Grid &g, const Cells &c)
{
    std::vector<int> out;
    if (c.k.hi >= g.nz)
        return out;
    for (int j = c.j.lo; j < c.j.hi; ++j)
        for (int i = c.i.lo; i < c.i.hi; ++i)
            if (!g.solid[g.index(i, j, c.k.hi)])
                out.push_back(g.index(i, j, c.k.hi));
    return out;
}

// Centre of face f of a box, horizontal coordinates.
std::pair<double, double> faceCentre(const AirBox &b, Face f)
{
    const double cx = 0.5 * (b.x0 + b.x1), cy = 0.5 * (b.y0 + b.y1);
    switch (f) {
    case Face::MinusY: return {cx, b.y0};
    case Face::PlusY: return {cx, b.y1};
    case Face::MinusX: return {b.x0, cy};
    case Face::PlusX: return {b.x1, cy};
    }
    return {cx, cy};
}

// Carries q m³/s from `cell` straight along dir for about throwM (whole cells), stopping at
// walls, solids and containment walls; returns the cell where the air is released.
int jet(Grid &g, int cell, Face dir, double throwM, double q)
{
    const bool alongX = dir == Face::PlusX || dir == Face::MinusX;
    const int step = dir == Face::PlusX || dir == Face::PlusY ? 1 : -1;
    const int steps = int(std::lround(std::max(0.0, throwM) / (alongX ? g.dx : g.dy)));
    int i = cell % g.nx, j = (cell / g.nx) % g.ny;
    const int k = cell / (g.nx * g.ny);
    for (int s = 0; s < steps; ++s) {
        const int ni = alongX ? i + step : i, nj = alongX ? j : j + step;
        if (ni < 0 || ni >= g.nx || nj < 0 || nj >= g.ny || g.solid[g.index(ni, nj, k)])
            break;
        const int f = alongX ? g.faceX(std::max(i, ni), j, k) : g.faceY(i, std::max(j, nj), k);
        const float open = alongX ? g.openX[f] : g.openY[f];
        if (open < 1.0f)
            break;
        (alongX ? g.jetX : g.jetY)[f] += step * q;
        i = ni;
        j = nj;
    }
    return g.index(i, j, k);
}

void addNote(std::string &note, const std::string &line)
{
    if (!note.empty())
        note += '\n';
    note += line;
}

} // namespace

void boxCells(const Grid &g, const AirBox &b, int *i0, int *i1, int *j0, int *j1)
{
    const Cells c = cellsOf(g, b);
    *i0 = c.i.lo;
    *i1 = c.i.hi;
    *j0 = c.j.lo;
    *j1 = c.j.hi;
}

double gridCellM(const AirFieldInput &in, const AirFieldOptions &options, std::string *note)
{
    // Counted in double: a 2 km hall at 0.4 m is 1.9e9 cells, past int.
    auto cells = [&](double h) {
        return std::max(1.0, std::round(in.widthM / h)) * std::max(1.0, std::round(in.depthM / h))
               * std::max(1.0, std::round(in.heightM / h));
    };
    double h = options.cellM;
    if (cells(h) <= kMaxCells)
        return h;
    const double requested = cells(h);
    h *= std::cbrt(requested / kMaxCells);
    while (cells(h) > kMaxCells)
        h *= 1.02;
    char buf[300];
    if (h > kMaxCellM) {
        std::snprintf(buf, sizeof buf,
                      "hall %.0f x %.0f x %.0f m needs %.3g cells at %.2f m and still %.3g at %.1f m, more than "
                      "the %.0f million the T1 field allows: not solved (split the hall, or use T0)",
                      in.widthM, in.depthM, in.heightM, requested, options.cellM, cells(kMaxCellM), kMaxCellM,
                      kMaxCells / 1e6);
        *note = buf;
        return 0.0;
    }
    std::snprintf(buf, sizeof buf,
                  "grid coarsened from %.2f m to %.2f m cells: %.3g cells would exceed the %.0f million the T1 "
                  "field allows (bounded memory); rack faces are resolved more coarsely",
                  options.cellM, h, requested, kMaxCells / 1e6);
    *note = buf;
    return h;
}

Grid buildGrid(const AirFieldInput &in, const AirFieldOptions &options)
{
    Grid g;
    const double h = options.cellM;
    g.nx = std::max(1, int(std::lround(in.widthM / h)));
    g.ny = std::max(1, int(std::lround(in.depthM / h)));
    g.nz = std::max(1, int(std::lround(in.heightM / h)));
    g.dx = in.widthM / g.nx;
    g.dy = in.depthM / g.ny;
    g.dz = in.heightM / g.nz;
    const int n = g.cells();
    g.solid.assign(n, 0);

    auto fill = [&](const AirBox &b) {
        const Cells c = cellsOf(g, b);
        for (int k = c.k.lo; k < c.k.hi; ++k)
            for (int j = c.j.lo; j < c.j.hi; ++j)
                for (int i = c.i.lo; i < c.i.hi; ++i)
                    g.solid[g.index(i, j, k)] = 1;
    };
    for (const AirRack &r : in.racks)
        fill(r.box);
    for (const FieldUnit &u : in.units)
        fill(u.box);
    for (const AirBox &b : in.obstacles)
        fill(b);

    // Faces are open between two fluid cells, closed at the hall's walls and at solids.
    g.openX.assign(size_t(g.nx + 1) * g.ny * g.nz, 0.0f);
    g.openY.assign(size_t(g.nx) * (g.ny + 1) * g.nz, 0.0f);
    g.openZ.assign(size_t(g.nx) * g.ny * (g.nz + 1), 0.0f);
    for (int k = 0; k < g.nz; ++k)
        for (int j = 0; j < g.ny; ++j)
            for (int i = 0; i < g.nx; ++i) {
                if (g.solid[g.index(i, j, k)])
                    continue;
                if (i > 0 && !g.solid[g.index(i - 1, j, k)])
                    g.openX[g.faceX(i, j, k)] = 1.0f;
                if (j > 0 && !g.solid[g.index(i, j - 1, k)])
                    g.openY[g.faceY(i, j, k)] = 1.0f;
                if (k > 0 && !g.solid[g.index(i, j, k - 1)])
                    g.openZ[g.faceZ(i, j, k)] = 1.0f;
            }

    // Containment walls and ceiling: open area = leakage fraction. A floor of 1e-3 keeps the
    // contained volume connected so the pressure problem stays well posed at zero leakage.
    std::vector<float> contained(n, -1.0f);   // leakage fraction of the containment holding a cell
    for (const AirContainment &c : in.containments) {
        const Cells r = cellsOf(g, c.box);
        const float open = float(std::clamp(c.leakageFraction, 1e-3, 1.0));
        for (int k = r.k.lo; k < r.k.hi; ++k)
            for (int j = r.j.lo; j < r.j.hi; ++j) {
                g.openX[g.faceX(r.i.lo, j, k)] *= open;
                g.openX[g.faceX(r.i.hi, j, k)] *= open;
                for (int i = r.i.lo; i < r.i.hi; ++i)
                    contained[g.index(i, j, k)] = float(std::clamp(c.leakageFraction, 0.0, 1.0));
            }
        for (int k = r.k.lo; k < r.k.hi; ++k)
            for (int i = r.i.lo; i < r.i.hi; ++i) {
                g.openY[g.faceY(i, r.j.lo, k)] *= open;
                g.openY[g.faceY(i, r.j.hi, k)] *= open;
            }
        for (int j = r.j.lo; j < r.j.hi; ++j)
            for (int i = r.i.lo; i < r.i.hi; ++i)
                g.openZ[g.faceZ(i, j, r.k.hi)] *= open;
    }

    g.source.assign(n, 0.0);
    for (int c = 0; c < n; ++c)
        if (!g.solid[c])
            g.roomCells.push_back(c);

    // Ceiling grilles and floor tiles (airfieldvents.cpp).
    const std::vector<std::pair<int, double>> grilleCells = grilleReturnCells(g, in);
    addTiles(g, in);

    // Units: supply through the lower half of the supply face, return on top or opposite.
    std::vector<std::vector<int>> unitReturnCells;
    for (int u = 0; u < int(in.units.size()); ++u) {
        const FieldUnit &unit = in.units[u];
        if (!(unit.airflowM3s > 0.0)) {
            addNote(g.note, "unit " + unit.id + ": no airflow, ignored");
            continue;
        }
        const Cells c = cellsOf(g, unit.box);
        UnitPatch p;
        p.unit = u;
        p.flowM3s = unit.airflowM3s;
        p.supplyTempC = unit.supplyTempC;
        const int half = std::max(1, (c.k.hi - c.k.lo) / 2);
        if (unit.suppliesRoom)
            p.supply = faceCells(g, c, unit.supplyFace, {c.k.lo, c.k.lo + half});
        std::vector<int> ret = unit.returnOnTop ? topCells(g, c) : std::vector<int>{};
        if (unit.returnOnTop && !grilleCells.empty())
            ret.clear();   // its return comes through the ceiling grilles (below)
        else if (ret.empty()) {
            if (unit.returnOnTop)
                addNote(g.note, "unit " + unit.id + ": no air above it, returns through its rear face");
            ret = faceCells(g, c, opposite(unit.supplyFace), c.k);
        }
        if ((unit.suppliesRoom && p.supply.empty()) || (ret.empty() && !(unit.returnOnTop && !grilleCells.empty()))) {
            addNote(g.note, "unit " + unit.id + ": supply or return face is blocked, ignored");
            continue;
        }
        g.units.push_back(std::move(p));
        unitReturnCells.push_back(std::move(ret));
    }

    // Racks, and the exhaust each containment collects.
    std::vector<double> collected(in.containments.size(), 0.0);
    for (int r = 0; r < int(in.racks.size()); ++r) {
        const AirRack &rack = in.racks[r];
        if (!(rack.airflowM3s > 0.0)) {
            addNote(g.note, "rack " + rack.id + ": no airflow, ignored");
            continue;
        }
        const Cells c = cellsOf(g, rack.box);
        RackPatch p;
        p.rack = r;
        p.flowM3s = rack.airflowM3s;
        p.heatW = rack.heatW;
        p.intake = faceCells(g, c, rack.front, c.k);
        p.exhaust = faceCells(g, c, opposite(rack.front), c.k);
        if (p.intake.empty() || p.exhaust.empty()) {
            addNote(g.note, "rack " + rack.id + ": intake or exhaust face is blocked, ignored");
            continue;
        }
        for (int cell : p.exhaust)
            p.exhaustOpenness.push_back(contained[cell] < 0.0f ? 1.0 : double(contained[cell]));
        for (size_t ci = 0; ci < in.containments.size(); ++ci) {
            const Cells cc = cellsOf(g, in.containments[ci].box);
            int inside = 0;
            for (int cell : p.exhaust) {
                const int i = cell % g.nx, j = (cell / g.nx) % g.ny, k = cell / (g.nx * g.ny);
                inside += i >= cc.i.lo && i < cc.i.hi && j >= cc.j.lo && j < cc.j.hi
                          && k >= cc.k.lo && k < cc.k.hi;
            }
            collected[ci] += p.flowM3s * inside / double(p.exhaust.size());
        }
        g.racks.push_back(std::move(p));
    }

    // Recirculation fraction by distance from the nearest supply (see AirFieldOptions).
    double dMax = 0.0;
    std::vector<double> dist(g.racks.size(), 0.0);
    for (size_t r = 0; r < g.racks.size(); ++r) {
        const AirRack &rack = in.racks[g.racks[r].rack];
        const auto [rx, ry] = faceCentre(rack.box, rack.front);
        double best = -1.0;
        // A tile ahead of the intake (within a wide cold aisle) feeds it directly.
        const double nx = rack.front == Face::PlusX ? 1 : rack.front == Face::MinusX ? -1 : 0;
        const double ny = rack.front == Face::PlusY ? 1 : rack.front == Face::MinusY ? -1 : 0;
        for (const TilePatch &tp : g.tiles) {
            const AirBox &b = in.tiles[tp.tile].box;
            const double tx = 0.5 * (b.x0 + b.x1), ty = 0.5 * (b.y0 + b.y1);
            const double ahead = (tx - rx) * nx + (ty - ry) * ny;
            const bool beside = nx != 0 ? ty >= rack.box.y0 - 0.3 && ty <= rack.box.y1 + 0.3
                                        : tx >= rack.box.x0 - 0.3 && tx <= rack.box.x1 + 0.3;
            if (ahead > 0.0 && ahead <= 2.4 && beside)
                best = 0.0;
        }
        for (const UnitPatch &p : g.units) {
            if (p.supply.empty())
                continue;   // supplies through tiles
            const FieldUnit &u = in.units[p.unit];
            const auto [ux, uy] = faceCentre(u.box, u.supplyFace);
            const double d = std::hypot(rx - ux, ry - uy);
            best = best < 0.0 ? d : std::min(best, d);
        }
        dist[r] = std::max(0.0, best);
        dMax = std::max(dMax, dist[r]);
    }
    const double mix = std::clamp(options.recirculationMix, 0.0, 1.0);
    // Exhaust wrapping around an open row end (AirRack::rowEnd) raises the end racks' share.
    for (size_t r = 0; r < g.racks.size(); ++r) {
        const double rowEnd = std::clamp(in.racks[g.racks[r].rack].rowEnd, 0.0, 1.0);
        g.racks[r].mix = g.units.empty() ? 0.0 : mix * std::max(dMax > 0.0 ? dist[r] / dMax : 1.0, rowEnd);
    }

    // Containment tops are ducted to the returns of the units that return on top (a ceiling
    // plenum): they carry (1 − leakage) of the exhaust collected, limited by those returns.
    double topReturn = 0.0;
    for (const UnitPatch &p : g.units)
        if (in.units[p.unit].returnOnTop)
            topReturn += p.flowM3s;
    std::vector<std::vector<int>> tops(in.containments.size());
    std::vector<double> capture(in.containments.size(), 0.0);
    double captured = 0.0;
    for (size_t ci = 0; ci < in.containments.size(); ++ci) {
        const Cells cc = cellsOf(g, in.containments[ci].box);
        for (int j = cc.j.lo; j < cc.j.hi; ++j)
            for (int i = cc.i.lo; i < cc.i.hi; ++i)
                if (!g.solid[g.index(i, j, cc.k.hi - 1)])
                    tops[ci].push_back(g.index(i, j, cc.k.hi - 1));
        if (!tops[ci].empty() && topReturn > 0.0) {
            capture[ci] = (1.0 - std::clamp(in.containments[ci].leakageFraction, 0.0, 1.0))
                          * collected[ci];
            captured += capture[ci];
        }
    }
    const double scale = captured > topReturn ? topReturn / captured : 1.0;
    for (size_t u = 0; u < g.units.size(); ++u) {
        UnitPatch &p = g.units[u];
        double own = p.flowM3s;
        if (in.units[p.unit].returnOnTop && captured > 0.0) {
            const double share = p.flowM3s / topReturn;
            for (size_t ci = 0; ci < tops.size(); ++ci) {
                if (capture[ci] <= 0.0)
                    continue;
                const double q = capture[ci] * scale * share;
                for (int cell : tops[ci])
                    p.ret.emplace_back(cell, q / double(tops[ci].size()));
                own -= q;
            }
        }
        own = std::max(0.0, own);
        if (unitReturnCells[u].empty()) {   // through the grilles into the ceiling plenum
            for (const auto &[cell, w] : grilleCells)
                p.ret.emplace_back(cell, own * w);
        } else {
            for (int cell : unitReturnCells[u])
                p.ret.emplace_back(cell, own / double(unitReturnCells[u].size()));
        }
    }

    // Volume sources (m³/s per cell); they sum to zero by construction. Supplies and exhausts
    // are released at the end of their jets.
    g.jetX.assign(g.openX.size(), 0.0);
    g.jetY.assign(g.openY.size(), 0.0);
    addTileJets(g, options);
    for (const UnitPatch &p : g.units) {
        const Face dir = in.units[p.unit].supplyFace;
        for (int cell : p.supply)
            g.source[jet(g, cell, dir, options.supplyThrowM, p.flowM3s / double(p.supply.size()))]
                += p.flowM3s / double(p.supply.size());
        for (const auto &[cell, q] : p.ret)
            g.source[cell] -= q;
    }
    for (const RackPatch &p : g.racks) {
        const Face dir = opposite(in.racks[p.rack].front);
        for (int cell : p.intake)
            g.source[cell] -= p.flowM3s / double(p.intake.size());
        for (int cell : p.exhaust)
            g.source[jet(g, cell, dir, options.exhaustThrowM, p.flowM3s / double(p.exhaust.size()))]
                += p.flowM3s / double(p.exhaust.size());
    }
    return g;
}

} // namespace aif::thermal::detail
