// Assembles the exported case (docs/cfd.md): mesh, fields, solver set-up, README, aif-case.json.
#include "cfd/cfdcase.h"

#include <sstream>

namespace aif::cfd {
namespace {

const char *kindName(PatchKind k)
{
    switch (k) {
    case PatchKind::RackIntake: return "rack-intake";
    case PatchKind::RackExhaust: return "rack-exhaust";
    case PatchKind::SupplyTile: return "supply-tile";
    case PatchKind::UnitSupply: return "unit-supply";
    case PatchKind::PressureOutlet: return "return";
    }
    return "?";
}

std::string fixed(double v, int decimals)
{
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(decimals);
    s << v;
    return s.str();
}

} // namespace

void massBalance(const CfdHall &hall, double *inKgs, double *outKgs)
{
    *inKgs = *outKgs = 0;
    for (const Patch &p : hall.patches)
        *(p.kind == PatchKind::RackIntake || p.kind == PatchKind::PressureOutlet ? outKgs : inKgs) += p.massKgs;
}

bool buildCase(const CfdHall &hall, const CfdCaseOptions &options, CfdCase *out, std::string *error)
{
    if (!(options.cellM >= 0.05 && options.cellM <= 2.0)) {
        *error = "cell size must be between 0.05 and 2 m";
        return false;
    }
    CfdCase c;
    c.hall = hall;
    c.options = options;
    c.grid = buildGrid(hall, options.cellM);
    if (c.grid.cells == 0) {
        *error = "hall " + hall.hallId + ": no air volume to mesh";
        return false;
    }
    // A rack pressed against a wall or another rack has no free intake or exhaust: drop both
    // patches (its faces stay walls) so no boundary condition maps from a patch that is not there.
    for (size_t p = 0; p < c.hall.patches.size(); ++p) {
        const Patch &pt = c.hall.patches[p];
        if (pt.kind != PatchKind::RackIntake && pt.kind != PatchKind::RackExhaust)
            continue;
        const Patch *other = findPatch(c.hall, pt.kind == PatchKind::RackIntake ? PatchKind::RackExhaust : PatchKind::RackIntake,
                                       pt.entity);
        const size_t o = size_t(other - c.hall.patches.data());
        if (c.grid.patchFaces[p].empty() || c.grid.patchFaces[o].empty()) {
            c.grid.patchFaces[p].clear();
            c.grid.patchFaces[o].clear();
        }
    }
    for (size_t p = 0; p < c.hall.patches.size(); ++p) {
        if (c.grid.patchFaces[p].empty()) {
            c.droppedPatches.push_back(c.hall.patches[p].name);
            c.hall.notes.push_back("patch " + c.hall.patches[p].name + " has no free face (blocked): left out, its faces are walls");
        }
    }
    c.files.emplace_back("system/blockMeshDict", blockMeshDict(c.grid, c.hall));
    for (auto &f : systemFiles(c))
        c.files.push_back(std::move(f));
    for (auto &f : fieldFiles(c))
        c.files.push_back(std::move(f));
    c.files.emplace_back("README.md", caseReadme(c));
    c.files.emplace_back("aif-case.json", caseInfo(c).dump(1));
    *out = std::move(c);
    return true;
}

Json caseInfo(const CfdCase &c)
{
    Json j;
    j["generator"] = "aif cfd export";
    j["hall"] = c.hall.hallId;
    j["cellM"] = c.options.cellM;
    j["processors"] = c.options.processors;
    j["cells"] = c.grid.cells;
    j["size"] = {c.hall.widthM, c.hall.depthM, c.hall.heightM};
    for (int a = 0; a < 3; ++a) {
        j["lines"].push_back(c.grid.lines[a]);
        j["divisions"].push_back(c.grid.divisions[a]);
    }
    Json blocks = Json::array();
    for (const auto &b : c.grid.blocks)
        blocks.push_back({b[0], b[1], b[2]});
    j["blocks"] = blocks;
    Json racks = Json::array();
    for (size_t r = 0; r < c.hall.rackIds.size(); ++r) {
        Json rack{{"id", c.hall.rackIds[r]}, {"fastT0InletC", c.hall.fastT0InletC[r]}};
        if (const Patch *p = findPatch(c.hall, PatchKind::RackIntake, c.hall.rackIds[r])) {
            rack["intake"] = {{"axis", p->axis}, {"intoFluid", p->intoFluid},
                              {"lo", {p->rect.lo[0], p->rect.lo[1], p->rect.lo[2]}},
                              {"hi", {p->rect.hi[0], p->rect.hi[1], p->rect.hi[2]}}};
            rack["airflowM3s"] = p->flowM3s;
        }
        racks.push_back(rack);
    }
    j["racks"] = racks;
    Json patches = Json::array();
    for (size_t p = 0; p < c.hall.patches.size(); ++p) {
        const Patch &pt = c.hall.patches[p];
        patches.push_back({{"name", pt.name}, {"kind", kindName(pt.kind)}, {"entity", pt.entity},
                           {"faces", c.grid.patchFaces[p].size()}, {"areaM2", c.hall.areaM2(pt)},
                           {"flowM3s", pt.flowM3s}, {"massKgs", pt.massKgs}, {"temperatureC", pt.temperatureC},
                           {"heatW", pt.heatW}});
    }
    j["patches"] = patches;
    return j;
}

std::string caseReadme(const CfdCase &c)
{
    std::ostringstream s;
    const CfdHall &h = c.hall;
    double in = 0, out = 0;
    massBalance(h, &in, &out);
    s << "# OpenFOAM case of hall " << h.hallId << "\n\nWritten by `aif cfd export` (AI Factory Studio) for OpenFOAM v1912; "
      << "see docs/cfd.md in the studio's sources.\n\n"
      << "Hall " << fixed(h.widthM, 2) << " x " << fixed(h.depthM, 2) << " x " << fixed(h.heightM, 2) << " m, "
      << c.grid.blocks.size() << " blocks, " << c.grid.cells << " cells (target cell " << fixed(c.options.cellM, 3)
      << " m). Solver: buoyantSimpleFoam (steady, ideal-gas air, gravity -z), k-epsilon, " << c.options.iterations
      << " SIMPLE iterations; fields written in ASCII.\n\n"
      << "Run: `aif cfd run .` (or blockMesh; checkMesh; buoyantSimpleFoam — decomposePar, "
         "mpirun -np N buoyantSimpleFoam -parallel and reconstructPar for N cores). Read back: "
         "`aif cfd import . --project FILE`.\n\n"
      << "## Patches\n\n| patch | what | flow m³/s | mass kg/s | T °C | heat W |\n| --- | --- | ---: | ---: | ---: | ---: |\n";
    for (size_t p = 0; p < h.patches.size(); ++p) {
        const Patch &pt = h.patches[p];
        if (c.grid.patchFaces[p].empty())
            continue;
        std::string what;
        switch (pt.kind) {
        case PatchKind::RackIntake: what = "front of rack " + pt.entity + ": outflow at its airflow (flowRateOutletVelocity)"; break;
        case PatchKind::RackExhaust:
            what = "rear of rack " + pt.entity + ": inflow at the same mass flow, T = mean T of " + pt.mappedFrom
                   + " + Q/(m cp) (outletMappedUniformInletHeatAddition)";
            break;
        case PatchKind::SupplyTile: what = "floor tile " + pt.entity + ": plenum air in at the units' supply temperature"; break;
        case PatchKind::UnitSupply: what = "air unit " + pt.entity + ": discharge into the room"; break;
        case PatchKind::PressureOutlet:
            what = "return " + pt.entity + ": fixed p_rgh outlet, takes what the inflows leave (nominal flow: share by area)";
            break;
        }
        s << "| " << pt.name << " | " << what << " | " << fixed(pt.flowM3s, 3) << " | "
          << fixed(pt.massKgs, 3) << " | "
          << (pt.kind == PatchKind::RackIntake || pt.kind == PatchKind::PressureOutlet ? std::string("—") : fixed(pt.temperatureC, 2))
          << " | " << (pt.heatW > 0 ? fixed(pt.heatW, 0) : std::string("—")) << " |\n";
    }
    s << "| walls | floor, ceiling, walls, rack sides and tops, unit casings: no-slip, adiabatic | | | | |\n\n"
      << "Mass balance of the prescribed flows: in " << fixed(in, 3) << " kg/s, out " << fixed(out, 3)
      << " kg/s (rack intakes plus the returns' share).\n";
    if (!h.notes.empty()) {
        s << "\n## Assumptions\n\n";
        for (const std::string &n : h.notes)
            s << "- " << n << "\n";
    }
    return s.str();
}

} // namespace aif::cfd
