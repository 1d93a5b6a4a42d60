#pragma once

#include "project.h"

#include <string>
#include <vector>

namespace aif::thermal {
struct ThermalResult;
}

namespace aif::cfd {

// One hall as the CFD case sees it (docs/cfd.md): solid boxes (racks, air units, CDUs) cut out
// of the room, and the rectangles of the room's boundary through which air enters or leaves.
// Pure geometry and flows; the mesh (cfdgrid.h) and the OpenFOAM files (cfdcase.h) follow from it.

struct Box
{
    double lo[3], hi[3];   // metres, hall coordinates (x width, y depth, z up from the floor)
};

enum class PatchKind {
    RackIntake,       // air leaves the room into a rack's front at the rack's airflow
    RackExhaust,      // the same flow comes back out of its rear, heated by its air heat
    SupplyTile,       // raised-floor tile: plenum air enters at the units' supply temperature
    UnitSupply,       // an air unit discharging into the room (lower half of its front)
    PressureOutlet,   // ceiling grille, return duct or unit return: takes whatever is left
};

// A rectangle in the plane lo[axis] == hi[axis]; intoFluid is +1 or -1 along axis.
struct Patch
{
    std::string name;     // OpenFOAM patch name (a safe word)
    PatchKind kind = PatchKind::PressureOutlet;
    std::string entity;   // rack, vent or air-unit id
    Box rect;
    int axis = 2;
    int intoFluid = 1;
    double flowM3s = 0.0;       // design volumetric flow (pressure outlets: share by area of the rest)
    double massKgs = 0.0;       // prescribed mass flow (0 for pressure outlets)
    double temperatureC = 0.0;  // supply temperature of inflows; fast-model inlet for intakes
    double heatW = 0.0;         // exhausts: heat added to the mean intake temperature
    std::string mappedFrom;     // exhausts: the intake patch whose mean temperature they take
};

struct CfdHall
{
    std::string hallId;
    double widthM = 0, depthM = 0, heightM = 0;
    double elevationM = 0;
    double supplyC = 20.0;        // flow-weighted supply temperature (initial field)
    std::vector<Box> solids;
    std::vector<Patch> patches;
    std::vector<std::string> rackIds;     // racks of this hall, in project order
    std::vector<double> fastT0InletC;     // parallel to rackIds: the T0 solve
    std::vector<std::string> notes;       // assumptions taken for this hall (written into the README)
    double areaM2(const Patch &p) const;
};

// The hall's CFD description from a thermal solve of the project (the same rack airflow and air
// heat, unit flows and supply temperatures the fast model used). Empty hallId: the first hall.
// Returns false with *error naming the hall when it cannot be built.
bool buildCfdHall(const Project &project, const thermal::ThermalResult &thermal, const std::string &hallId,
                  CfdHall *out, std::string *error);

// The patch of the given kind for an entity (a rack's intake, a tile), or null.
const Patch *findPatch(const CfdHall &hall, PatchKind kind, const std::string &entity);

// An id as an OpenFOAM word: letters, digits, '-', '_' and '.'; anything else becomes '_'.
std::string foamWord(const std::string &s);

} // namespace aif::cfd
