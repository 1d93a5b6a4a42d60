#include "sizing.h"

#include "builder.h"
#include "catalog.h"

#include <algorithm>
#include <cmath>

namespace aif::generator {

namespace {

// The installed count for a need (at least one), with the unit's rating and footprint.
UnitCount count(const Builder &b, const std::string &model, int needed)
{
    const Json &e = b.entry("cooling", model);
    const int n = std::max(1, needed);
    return UnitCount{model, n, b.installed(n), Builder::num(e, "capacityW"), Builder::num(e, "widthM", 1.0),
                     Builder::num(e, "depthM", 1.0)};
}

} // namespace

UnitCount roomUnits(const Builder &b, double airHeatW, double airflowM3s, double wallM)
{
    const UnitCount crahs = roomUnitsOf(b, "crah-150kw", airHeatW, airflowM3s);
    const int perWall = (crahs.installed + 1) / 2;
    if (airHeatW <= 1.5e6 && perWall * (crahs.widthM + 0.6) + 1.0 <= wallM)
        return crahs;
    return roomUnitsOf(b, "fanwall-400kw", airHeatW, airflowM3s);
}

UnitCount roomUnitsOf(const Builder &b, const std::string &model, double airHeatW, double airflowM3s)
{
    const Json &e = b.entry("cooling", model);
    const double cap = Builder::num(e, "capacityW", 1.0), flow = Builder::num(e, "airflowM3s", 1.0);
    const int byHeat = int(std::ceil(airHeatW / cap));
    const int byFlow = int(std::ceil(airflowM3s * kAirflowMargin / flow));
    return count(b, model, std::max(byHeat, byFlow));
}

UnitCount cdus(const Builder &b, double liquidW)
{
    const std::string model = liquidW > 250e3 ? "cdu-1300kw" : "cdu-250kw";
    const double cap = Builder::num(b.entry("cooling", model), "capacityW", 1.0);
    return count(b, model, int(std::ceil(liquidW / cap)));
}

CduColumns cduColumns(const UnitCount &c, double bandM)
{
    CduColumns out;
    out.pitchM = c.widthM + 0.05;
    out.columnM = c.depthM + 0.2;
    out.perColumn = std::max(1, int(std::floor(bandM / out.pitchM)));
    out.columns = std::max(1, (c.installed + out.perColumn - 1) / out.perColumn);
    return out;
}

} // namespace aif::generator
