#include "sizing.h"

#include "builder.h"
#include "catalog.h"

#include <algorithm>
#include <cmath>

namespace aif::generator {

namespace {

UnitCount count(const Builder &b, const std::string &model, int needed)
{
    const Json &e = b.entry("cooling", model);
    UnitCount u;
    u.model = model;
    u.needed = std::max(1, needed);
    u.installed = b.installed(u.needed);
    u.capacityW = Builder::num(e, "capacityW");
    u.widthM = Builder::num(e, "widthM", 1.0);
    u.depthM = Builder::num(e, "depthM", 1.0);
    return u;
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

int pdusPerSide(const Builder &b, double rowLoadW)
{
    const double rated = Builder::num(b.entry("power", "pdu-300kva"), "ratedW", 300e3);
    return std::max(1, int(std::ceil(rowLoadW / (kPduLoading * rated))));
}

} // namespace aif::generator
