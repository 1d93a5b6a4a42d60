// The 0/ fields of the exported case: one boundary condition per patch kind (docs/cfd.md
// "Boundary conditions"). OpenFOAM v1912 names; temperatures in K, pressure in Pa.
#include "cfd/cfdcase.h"
#include "cfd/foamfile.h"

#include "thermal/airproperties.h"

#include <functional>
#include <sstream>

namespace aif::cfd {
namespace {

constexpr double kKelvin = 273.15;
// Inlet turbulence: 5 % intensity, mixing length 0.04 m (0.07 x the ~0.6 m hydraulic diameter of a
// tile or rack face; OpenFOAM user guide, turbulentMixingLengthDissipationRateInlet). Initial field:
// k = 1.5 (I U)^2 at U = 0.5 m/s, epsilon = Cmu^0.75 k^1.5 / l with l = 0.1 m.
constexpr double kIntensity = 0.05, kMixingLengthM = 0.04, kInitialK = 9.4e-4, kInitialEpsilon = 4.8e-5;

std::string foamNumber(double v)
{
    std::ostringstream s;
    s.precision(9);
    s << v;
    return s.str();
}

struct Setup
{
    double pressurePa, initialTK, returnTK;
};

Setup setupOf(const CfdHall &h)
{
    double sum = 0;
    for (double t : h.fastT0InletC)
        sum += t;
    const double meanInletC = h.fastT0InletC.empty() ? h.supplyC : sum / double(h.fastT0InletC.size());
    return {casePressurePa(h), meanInletC + kKelvin, h.supplyC + kKelvin};
}

using PatchBc = std::function<std::string(const Patch &)>;

std::string field(const CfdCase &c, const std::string &cls, const std::string &object, const std::string &dims,
                  const std::string &internal, const PatchBc &bc, const std::string &wall)
{
    std::ostringstream s;
    s << foamHeader(cls, object, "0") << "dimensions      " << dims << ";\n\ninternalField   " << internal
      << ";\n\nboundaryField\n{\n";
    for (size_t p = 0; p < c.hall.patches.size(); ++p) {
        if (c.grid.patchFaces[p].empty())
            continue;
        s << "    " << c.hall.patches[p].name << "\n    {\n" << bc(c.hall.patches[p]) << "    }\n";
    }
    s << "    walls\n    {\n" << wall << "    }\n}\n";
    return s.str();
}

bool isInflow(const Patch &p)
{
    return p.kind == PatchKind::RackExhaust || p.kind == PatchKind::SupplyTile || p.kind == PatchKind::UnitSupply;
}

std::string line(const std::string &key, const std::string &value)
{
    return "        " + key + std::string(key.size() < 16 ? 16 - key.size() : 1, ' ') + value + ";\n";
}

} // namespace

std::vector<std::pair<std::string, std::string>> fieldFiles(const CfdCase &c)
{
    const Setup s = setupOf(c.hall);
    std::vector<std::pair<std::string, std::string>> files;
    const std::string zeroGradient = line("type", "zeroGradient");

    files.emplace_back("0/U", field(c, "volVectorField", "U", "[0 1 -1 0 0 0 0]", "uniform (0 0 0)", [&](const Patch &p) {
        // Mass flow, so a rack gives back exactly the mass it takes (its exhaust is lighter).
        if (p.kind == PatchKind::RackIntake)
            return line("type", "flowRateOutletVelocity") + line("massFlowRate", foamNumber(p.massKgs)) + line("rho", "rho")
                   + line("value", "uniform (0 0 0)");
        if (isInflow(p))
            return line("type", "flowRateInletVelocity") + line("massFlowRate", foamNumber(p.massKgs)) + line("rho", "rho")
                   + line("extrapolateProfile", "no") + line("value", "uniform (0 0 0)");
        return line("type", "pressureInletOutletVelocity") + line("value", "uniform (0 0 0)");
    }, line("type", "noSlip")));

    files.emplace_back("0/T", field(c, "volScalarField", "T", "[0 0 0 1 0 0 0]", "uniform " + foamNumber(s.initialTK), [&](const Patch &p) {
        switch (p.kind) {
        case PatchKind::RackIntake:
            return zeroGradient;
        case PatchKind::RackExhaust:
            // T_exhaust = mean T over the intake + Q / (mdot cp): the rack's heat on its own air.
            return line("type", "outletMappedUniformInletHeatAddition") + line("outletPatch", p.mappedFrom)
                   + line("Q", foamNumber(p.heatW)) + line("TMin", "273.15") + line("TMax", "373.15")
                   + line("value", "uniform " + foamNumber(p.temperatureC + kKelvin));
        case PatchKind::SupplyTile:
        case PatchKind::UnitSupply:
            return line("type", "fixedValue") + line("value", "uniform " + foamNumber(p.temperatureC + kKelvin));
        case PatchKind::PressureOutlet:
            break;
        }
        return line("type", "inletOutlet") + line("inletValue", "uniform " + foamNumber(s.returnTK))
               + line("value", "uniform " + foamNumber(s.returnTK));
    }, zeroGradient));

    const std::string pressure = "uniform " + foamNumber(s.pressurePa);
    files.emplace_back("0/p_rgh", field(c, "volScalarField", "p_rgh", "[1 -1 -2 0 0 0 0]", pressure, [&](const Patch &p) {
        if (p.kind == PatchKind::PressureOutlet)
            return line("type", "fixedValue") + line("value", pressure);
        return line("type", "fixedFluxPressure") + line("value", pressure);
    }, line("type", "fixedFluxPressure") + line("value", pressure)));
    const std::string calculatedP = line("type", "calculated") + line("value", pressure);
    files.emplace_back("0/p", field(c, "volScalarField", "p", "[1 -1 -2 0 0 0 0]", pressure,
                                    [&](const Patch &) { return calculatedP; }, calculatedP));

    const std::string k0 = "uniform " + foamNumber(kInitialK), e0 = "uniform " + foamNumber(kInitialEpsilon);
    files.emplace_back("0/k", field(c, "volScalarField", "k", "[0 2 -2 0 0 0 0]", k0, [&](const Patch &p) {
        if (isInflow(p))
            return line("type", "turbulentIntensityKineticEnergyInlet") + line("intensity", foamNumber(kIntensity)) + line("value", k0);
        if (p.kind == PatchKind::PressureOutlet)
            return line("type", "inletOutlet") + line("inletValue", k0) + line("value", k0);
        return zeroGradient;
    }, line("type", "kqRWallFunction") + line("value", k0)));
    files.emplace_back("0/epsilon", field(c, "volScalarField", "epsilon", "[0 2 -3 0 0 0 0]", e0, [&](const Patch &p) {
        if (isInflow(p))
            return line("type", "turbulentMixingLengthDissipationRateInlet") + line("mixingLength", foamNumber(kMixingLengthM))
                   + line("value", e0);
        if (p.kind == PatchKind::PressureOutlet)
            return line("type", "inletOutlet") + line("inletValue", e0) + line("value", e0);
        return zeroGradient;
    }, line("type", "epsilonWallFunction") + line("value", e0)));
    const std::string calculated0 = line("type", "calculated") + line("value", "uniform 0");
    files.emplace_back("0/nut", field(c, "volScalarField", "nut", "[0 2 -1 0 0 0 0]", "uniform 0",
                                      [&](const Patch &) { return calculated0; },
                                      line("type", "nutkWallFunction") + line("value", "uniform 0")));
    files.emplace_back("0/alphat", field(c, "volScalarField", "alphat", "[1 -1 -1 0 0 0 0]", "uniform 0",
                                         [&](const Patch &) { return calculated0; },
                                         line("type", "compressible::alphatWallFunction") + line("Prt", "0.85")
                                             + line("value", "uniform 0")));
    return files;
}

} // namespace aif::cfd
