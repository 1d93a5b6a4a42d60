// Raised-floor tiles and ceiling return grilles in the T1 grid (airfield.h: AirTile, AirGrille).
#include "thermal/airfieldgrid.h"

#include <algorithm>
#include <cmath>

namespace aif::thermal::detail {

namespace {

void note(Grid &g, const std::string &line)
{
    g.note += (g.note.empty() ? "" : "\n") + line;
}

} // namespace

std::vector<std::pair<int, double>> grilleReturnCells(Grid &g, const AirFieldInput &in)
{
    std::vector<std::pair<int, double>> out;
    double total = 0.0;
    for (const AirGrille &gr : in.grilles) {
        int i0, i1, j0, j1;
        boxCells(g, gr.box, &i0, &i1, &j0, &j1);
        std::vector<int> cells;
        for (int j = j0; j < j1; ++j)
            for (int i = i0; i < i1; ++i)
                if (!g.solid[g.index(i, j, g.nz - 1)])
                    cells.push_back(g.index(i, j, g.nz - 1));
        if (cells.empty() || !(gr.weight > 0.0)) {
            note(g, "grille " + gr.id + ": blocked or closed, ignored");
            continue;
        }
        for (int cell : cells)
            out.emplace_back(cell, gr.weight / double(cells.size()));
        total += gr.weight;
    }
    for (auto &[cell, w] : out)
        w /= total;
    return out;
}

void addTiles(Grid &g, const AirFieldInput &in)
{
    for (int t = 0; t < int(in.tiles.size()); ++t) {
        const AirTile &tile = in.tiles[t];
        if (!(tile.flowM3s > 0.0))
            continue;
        int i0, i1, j0, j1;
        boxCells(g, tile.box, &i0, &i1, &j0, &j1);
        TilePatch p{t, {}, tile.flowM3s, tile.supplyTempC};
        for (int j = j0; j < j1; ++j)
            for (int i = i0; i < i1; ++i)
                if (!g.solid[g.index(i, j, 0)])
                    p.supply.push_back(g.index(i, j, 0));
        if (p.supply.empty()) {
            note(g, "tile " + tile.id + ": covered by equipment, its air is lost to the field");
            continue;
        }
        g.tiles.push_back(std::move(p));
    }
}

// A tile's air rises straight up for tileThrowM (whole cells, stopping at solids and the
// ceiling) before it joins the potential flow: the momentum of a ~1–2 m/s tile jet.
void addTileJets(Grid &g, const AirFieldOptions &options)
{
    g.jetZ.assign(g.openZ.size(), 0.0);
    const int steps = int(std::lround(std::max(0.0, options.tileThrowM) / g.dz));
    for (const TilePatch &t : g.tiles) {
        const double q = t.flowM3s / double(t.supply.size());
        for (int cell : t.supply) {
            int k = 0;
            const int i = cell % g.nx, j = (cell / g.nx) % g.ny;
            for (int s = 0; s < steps && k + 1 < g.nz; ++s) {
                const int f = g.faceZ(i, j, k + 1);
                if (g.openZ[f] < 1.0f)
                    break;
                g.jetZ[f] += q;
                ++k;
            }
            g.source[g.index(i, j, k)] += q;
        }
    }
}

} // namespace aif::thermal::detail
