#pragma once

#include "cfd/cfdhall.h"

#include <array>
#include <string>
#include <vector>

namespace aif::cfd {

// The structured multi-block mesh of a hall (docs/cfd.md "Mesh"): grid lines through every edge of
// every solid and patch, each interval cut into cells of about cellM; the blocks inside solids are
// left out, so their faces become boundary. Every block shares its interval's divisions, so the mesh
// is a tensor grid with holes and a cell's place follows from its block (blockMesh numbers cells
// block by block, x fastest, then y, then z; decomposePar/reconstructPar keep that order).
struct CfdGrid
{
    std::array<std::vector<double>, 3> lines;      // block edges per axis, metres
    std::array<std::vector<int>, 3> divisions;     // cells per interval
    std::array<std::vector<double>, 3> edges;      // all cell edges per axis (the tensor grid)
    std::array<std::vector<int>, 3> firstCell;     // tensor index of each interval's first cell
    std::vector<std::array<int, 3>> blocks;        // fluid blocks (interval indices) in file order
    std::vector<int> cellOfTensor;                 // tensor cell -> OpenFOAM cell, -1 inside solids
    int cells = 0;
    // Block faces of each patch (parallel to CfdHall::patches), as 4 vertex labels, outward.
    std::vector<std::vector<std::array<int, 4>>> patchFaces;

    int tensorCount(int axis) const { return int(edges[axis].size()) - 1; }
    int tensorIndex(int i, int j, int k) const { return i + tensorCount(0) * (j + tensorCount(1) * k); }
    double centre(int axis, int i) const { return 0.5 * (edges[axis][i] + edges[axis][i + 1]); }
};

CfdGrid buildGrid(const CfdHall &hall, double cellM);

// Fills edges, firstCell, cellOfTensor and cells from lines, divisions and blocks (also used to
// rebuild the mesh's cell order from aif-case.json on import).
void indexCells(CfdGrid &g);

// system/blockMeshDict for the grid; patches without faces are left out (listed in *dropped).
std::string blockMeshDict(const CfdGrid &grid, const CfdHall &hall, std::vector<std::string> *dropped = nullptr);

} // namespace aif::cfd
