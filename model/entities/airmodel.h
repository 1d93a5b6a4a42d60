#pragma once

#include "entity.h"

namespace aif {

// Constants of the fast air models (thermal T0 and the T1 field), settable per project. The
// defaults are the calibrated values (docs/thermal.md says against which CFD cases); `aif cfd
// calibrate` fits them to a project's own CFD runs.
struct AirModel : EntityBase
{
    double openAisleRecirculation = 0.15;   // T0: share of intake air that is exhaust without containment
    double rowEndRecirculation = 0.24;      // T0: share of an open row's end-rack intake that wraps around
    double rackJetThrowM = 3.0;             // T1: how far a rack's exhaust jet carries its momentum
    double unitJetThrowM = 0.6;             // T1: how far an air unit's supply jet carries
    double tileJetThrowM = 1.5;             // T1: how high a floor tile's supply rises as a jet
    double turbulentDiffusivityM2s = 0.02;  // T1: eddy diffusivity of heat
    double recirculationCoefficient = 0.1;  // T1: share of intake drawn from the exhaust zone far from supply
    bool buoyancy = true;                   // T1: warm air rises (Boussinesq drift)
    double cellM = 0.3;                     // T1: grid cell size (resolves a 0.6 m rack)

    static const std::vector<Field<AirModel>> &fields();
};

} // namespace aif
