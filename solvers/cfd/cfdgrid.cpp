// Multi-block structured mesh of a hall for blockMesh (docs/cfd.md "Mesh").
#include "cfd/cfdgrid.h"

#include "cfd/foamfile.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace aif::cfd {
namespace {

constexpr double kTol = 1e-6;   // metres: coordinates closer than this are the same grid line

std::vector<double> uniqueLines(std::vector<double> v, double extent)
{
    v.push_back(0.0);
    v.push_back(extent);
    for (double &x : v)
        x = std::clamp(x, 0.0, extent);
    std::sort(v.begin(), v.end());
    std::vector<double> out;
    for (double x : v) {
        if (out.empty() || x - out.back() > kTol)
            out.push_back(x);
    }
    out.back() = extent;
    return out;
}

bool insideBox(const Box &b, const double p[3])
{
    for (int a = 0; a < 3; ++a)
        if (p[a] < b.lo[a] - kTol || p[a] > b.hi[a] + kTol)
            return false;
    return true;
}

// Hex vertex order (i,j,k offsets) and its outward faces, as OpenFOAM's hex cell model.
const int kCorner[8][3] = {{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 1}, {1, 1, 1}, {0, 1, 1}};
const int kFace[6][4] = {{0, 4, 7, 3}, {1, 2, 6, 5}, {0, 1, 5, 4}, {3, 7, 6, 2}, {0, 3, 2, 1}, {4, 5, 6, 7}};
// Face f is on axis f/2, on the low (-1) or high (+1) side.

} // namespace

void indexCells(CfdGrid &g)
{
    for (int a = 0; a < 3; ++a) {
        g.edges[a] = {g.lines[a].empty() ? 0.0 : g.lines[a][0]};
        g.firstCell[a].clear();
        for (size_t i = 0; i + 1 < g.lines[a].size() && i < g.divisions[a].size(); ++i) {
            const int n = g.divisions[a][i];
            g.firstCell[a].push_back(int(g.edges[a].size()) - 1);
            for (int c = 1; c <= n; ++c)
                g.edges[a].push_back(g.lines[a][i] + (g.lines[a][i + 1] - g.lines[a][i]) * c / n);
        }
    }
    g.cells = 0;
    g.cellOfTensor.assign(size_t(std::max(0, g.tensorCount(0))) * std::max(0, g.tensorCount(1)) * std::max(0, g.tensorCount(2)), -1);
    for (const auto &b : g.blocks) {
        const int n[3] = {g.divisions[0][b[0]], g.divisions[1][b[1]], g.divisions[2][b[2]]};
        for (int k = 0; k < n[2]; ++k)
            for (int j = 0; j < n[1]; ++j)
                for (int i = 0; i < n[0]; ++i)
                    g.cellOfTensor[g.tensorIndex(g.firstCell[0][b[0]] + i, g.firstCell[1][b[1]] + j,
                                                 g.firstCell[2][b[2]] + k)] = g.cells++;
    }
}

CfdGrid buildGrid(const CfdHall &hall, double cellM)
{
    CfdGrid g;
    const double extent[3] = {hall.widthM, hall.depthM, hall.heightM};
    std::array<std::vector<double>, 3> raw;
    for (const Box &b : hall.solids)
        for (int a = 0; a < 3; ++a)
            raw[a].insert(raw[a].end(), {b.lo[a], b.hi[a]});
    for (const Patch &p : hall.patches)
        for (int a = 0; a < 3; ++a)
            raw[a].insert(raw[a].end(), {p.rect.lo[a], p.rect.hi[a]});
    for (int a = 0; a < 3; ++a) {
        g.lines[a] = uniqueLines(raw[a], extent[a]);
        for (size_t i = 0; i + 1 < g.lines[a].size(); ++i)
            g.divisions[a].push_back(std::max(1, int(std::lround((g.lines[a][i + 1] - g.lines[a][i]) / cellM))));
    }
    const int ni = int(g.divisions[0].size()), nj = int(g.divisions[1].size()), nk = int(g.divisions[2].size());
    std::vector<char> solid(size_t(ni) * nj * nk, 0);
    auto interval = [&](int i, int j, int k) { return size_t(i) + size_t(ni) * (j + size_t(nj) * k); };
    for (int k = 0; k < nk; ++k)
        for (int j = 0; j < nj; ++j)
            for (int i = 0; i < ni; ++i) {
                const double c[3] = {0.5 * (g.lines[0][i] + g.lines[0][i + 1]), 0.5 * (g.lines[1][j] + g.lines[1][j + 1]),
                                     0.5 * (g.lines[2][k] + g.lines[2][k + 1])};
                for (const Box &b : hall.solids)
                    solid[interval(i, j, k)] |= insideBox(b, c) ? 1 : 0;
                if (!solid[interval(i, j, k)])
                    g.blocks.push_back({i, j, k});
            }

    indexCells(g);
    g.patchFaces.assign(hall.patches.size(), {});
    const int nxL = ni + 1, nyL = nj + 1;
    auto vertex = [&](int i, int j, int k) { return i + nxL * (j + nyL * k); };
    for (const auto &b : g.blocks) {
        for (int f = 0; f < 6; ++f) {
            const int axis = f / 2, side = f % 2 ? 1 : -1;
            int nb[3] = {b[0], b[1], b[2]};
            nb[axis] += side;
            const int count[3] = {ni, nj, nk};
            const bool boundary = nb[axis] < 0 || nb[axis] >= count[axis] || solid[interval(nb[0], nb[1], nb[2])];
            if (!boundary)
                continue;
            double centre[3];
            for (int a = 0; a < 3; ++a)
                centre[a] = a == axis ? g.lines[a][b[a] + (side > 0 ? 1 : 0)] : 0.5 * (g.lines[a][b[a]] + g.lines[a][b[a] + 1]);
            for (size_t p = 0; p < hall.patches.size(); ++p) {
                const Patch &pt = hall.patches[p];
                if (pt.axis != axis || pt.intoFluid != -side || !insideBox(pt.rect, centre))
                    continue;
                std::array<int, 4> face;
                for (int v = 0; v < 4; ++v) {
                    const int *c = kCorner[kFace[f][v]];
                    face[v] = vertex(b[0] + c[0], b[1] + c[1], b[2] + c[2]);
                }
                g.patchFaces[p].push_back(face);
                break;
            }
        }
    }
    return g;
}

std::string blockMeshDict(const CfdGrid &g, const CfdHall &hall, std::vector<std::string> *dropped)
{
    std::ostringstream s;
    s.precision(10);
    s << foamHeader("dictionary", "blockMeshDict", "system")
      << "// Written by aif cfd export: hall " << hall.hallId << ", " << g.blocks.size() << " blocks, " << g.cells
      << " cells. Each block is one interval between the grid lines through the edges of racks, units,\n"
         "// tiles and grilles; blocks inside racks and units are left out (their faces are patches or walls).\n\n"
         "scale 1;\n\nvertices\n(\n";
    for (size_t k = 0; k < g.lines[2].size(); ++k)
        for (size_t j = 0; j < g.lines[1].size(); ++j)
            for (size_t i = 0; i < g.lines[0].size(); ++i)
                s << "    (" << g.lines[0][i] << ' ' << g.lines[1][j] << ' ' << g.lines[2][k] << ")\n";
    s << ");\n\nblocks\n(\n";
    const int nxL = int(g.lines[0].size()), nyL = int(g.lines[1].size());
    for (const auto &b : g.blocks) {
        s << "    hex (";
        for (int v = 0; v < 8; ++v)
            s << (v ? " " : "") << (b[0] + kCorner[v][0]) + nxL * ((b[1] + kCorner[v][1]) + nyL * (b[2] + kCorner[v][2]));
        s << ") (" << g.divisions[0][b[0]] << ' ' << g.divisions[1][b[1]] << ' ' << g.divisions[2][b[2]]
          << ") simpleGrading (1 1 1)\n";
    }
    s << ");\n\nedges ();\n\nboundary\n(\n";
    for (size_t p = 0; p < hall.patches.size(); ++p) {
        if (g.patchFaces[p].empty()) {
            if (dropped)
                dropped->push_back(hall.patches[p].name);
            continue;
        }
        s << "    " << hall.patches[p].name << "\n    {\n        type patch;\n        faces\n        (\n";
        for (const auto &f : g.patchFaces[p])
            s << "            (" << f[0] << ' ' << f[1] << ' ' << f[2] << ' ' << f[3] << ")\n";
        s << "        );\n    }\n";
    }
    s << ");\n\n// Every other boundary face: floor, ceiling, walls, rack sides and tops, unit casings.\n"
         "defaultPatch\n{\n    name walls;\n    type wall;\n}\n\nmergePatchPairs ();\n";
    return s.str();
}

} // namespace aif::cfd
