#include "coolingplan.h"

#include "builder.h"
#include "catalog.h"
#include "sizing.h"

#include <algorithm>
#include <cmath>

namespace aif::generator {

namespace {

// The catalog climate's warmest afternoon and coldest night in monthly normals (°C).
void climateExtremes(const Builder &b, double *hottest, double *coldest)
{
    const Json &c = b.entry("climate", b.request.climate);
    const Json means = c.value("monthlyMeanC", Json::array()), ranges = c.value("monthlyDailyRangeK", Json::array());
    *hottest = -100;
    *coldest = 100;
    for (size_t m = 0; m < means.size(); ++m) {
        const double half = m < ranges.size() && ranges[m].is_number() ? ranges[m].get<double>() / 2 : 5.0;
        const double mean = means[m].is_number() ? means[m].get<double>() : 15.0;
        *hottest = std::max(*hottest, mean + half);
        *coldest = std::min(*coldest, mean - half);
    }
}

Json unitFromCatalog(const Builder &b, const std::string &model)
{
    const Json &c = b.entry("cooling", model);
    Json u{{"model", model}};
    for (const char *k : {"capacityW", "airflowM3s", "fanPowerW", "widthM", "depthM"})
        if (c.contains(k))
            u[k] = c[k];
    return u;
}

// A bank of units for a loop's heat, split into banks of at most kMaxBankUnits needed units
// (each with the redundancy's spares) where one would pass the model's limits.
void heatRejection(Builder &b, const std::string &id, const std::string &name, const std::string &model,
                   const std::string &loop, double heatW)
{
    const Json &c = b.entry("cooling", model);
    const int need = std::max(1, int(std::ceil(heatW / Builder::num(c, "capacityW", 1.0) - 1e-9)));
    const int banks = (need + kMaxBankUnits - 1) / kMaxBankUnits;
    for (int k = 0; k < banks; ++k) {
        const int n = need / banks + (k < need % banks ? 1 : 0);
        Json h{{"id", banks == 1 ? id : id + "-" + std::to_string(k + 1)},
               {"name", banks == 1 ? name : name + " " + std::to_string(k + 1)},
               {"type", c.value("type", std::string())}, {"model", model}, {"loop", loop},
               {"units", b.installed(n)}, {"redundantUnits", b.spare(n)}, {"capacityW", Builder::num(c, "capacityW")}};
        if (h["type"] == "chiller") {
            // An air-cooled chiller's rated COP (AHRI 550/590) includes its condenser fans.
            h["copRated"] = Builder::num(c, "copRated");
            h["approachK"] = 0.0;
            h["fanPowerW"] = 0.0;
        } else {
            h["approachK"] = Builder::num(c, "approachK");
            h["fanPowerW"] = Builder::num(c, "fanPowerW");
        }
        b.add(EntityKind::HeatRejection, h);
    }
}

} // namespace

void planCooling(Builder &b)
{
    double hottest = 0, coldest = 0;
    climateExtremes(b, &hottest, &coldest);
    const bool freezing = coldest < 2.0;
    for (HallLayout &hall : b.halls) {
        const std::string key = hall.tag.empty() ? "1" : hall.tag.substr(0, hall.tag.size() - 1);
        const std::string in = hall.tag.empty() ? std::string() : " (" + hall.name + ")";
        double airW = 0, airflow = 0;
        for (const PlacedRack &r : hall.racks) {
            airW += r.spec.powerW - r.spec.liquidW;
            airflow += r.spec.airflowM3s;
        }

        // ---- liquid side -------------------------------------------------------------------
        if (b.liquidSide()) {
            const std::string fw = "fw-" + key;
            // W32: 30 °C facility supply, 10 K rise (ASHRAE TC9.9 liquid classes; the 10 MW sample).
            b.add(EntityKind::LiquidLoop, Json{{"id", fw}, {"name", "Facility water" + in}, {"hall", hall.id},
                                               {"type", "facility"}, {"fluid", freezing ? "pg25" : "water"},
                                               {"supplyTempC", 30.0}, {"designDeltaTK", 10.0}, {"waterClass", "W32"}});
            double liquidW = 0, pumpsW = 0;
            for (int k = 0; k < hall.pairs(); ++k) {
                const std::string tcs = "tcs-" + hall.tag + std::to_string(k + 1);
                double pairW = 0;
                std::string rowNames;
                for (size_t j = size_t(2 * k); j < std::min(hall.rows.size(), size_t(2 * k + 2)); ++j) {
                    const PlacedRow &row = hall.rows[j];
                    rowNames += (rowNames.empty() ? "" : "-") + row.id.substr(row.id.rfind('-') + 1);
                    for (int i : row.racks) {
                        PlacedRack &r = hall.racks[size_t(i)];
                        if (r.spec.liquidW > 0) {
                            r.coolingLoop = tcs;
                            pairW += r.spec.liquidW;
                        }
                    }
                }
                if (pairW <= 0)
                    continue;
                // TCS supply = facility supply + the CDU approach (4 K): 34 °C, 10 K rise.
                b.add(EntityKind::LiquidLoop, Json{{"id", tcs}, {"name", "TCS rows " + rowNames + in}, {"hall", hall.id},
                                                   {"type", "tcs"}, {"fluid", "pg25"}, {"supplyTempC", 34.0},
                                                   {"designDeltaTK", 10.0}, {"waterClass", "W32"}});
                const UnitCount c = cdus(b, pairW);
                const Json &cat = b.entry("cooling", c.model);
                // In the columns the hall layout made room for (sizing.h cduColumns).
                const CduColumns place = cduColumns(c, hall.cduBandM);
                for (int u = 0; u < c.installed; ++u) {
                    const int col = u / place.perColumn, slot = u % place.perColumn;
                    const int inCol = std::min(place.perColumn, c.installed - col * place.perColumn);
                    Json cdu = unitFromCatalog(b, c.model);
                    cdu.erase("airflowM3s");
                    cdu.erase("fanPowerW");
                    cdu["id"] = "cdu-" + hall.tag + std::to_string(k + 1) + "-" + std::to_string(u + 1);
                    cdu["name"] = "CDU " + std::to_string(u + 1) + " (TCS " + rowNames + ")";
                    cdu["hall"] = hall.id;
                    cdu["xM"] = hall.xCduM + col * place.columnM;
                    cdu["yM"] = hall.pairCentreYM[size_t(k)] + (slot - (inCol - 1) / 2.0) * place.pitchM;
                    cdu["rotationDeg"] = 90.0;
                    cdu["primaryLoop"] = fw;
                    cdu["secondaryLoop"] = tcs;
                    cdu["approachK"] = Builder::num(cat, "approachK", 3.0);
                    cdu["secondaryFlowM3s"] = Builder::num(cat, "secondaryFlowM3s", 0.03);
                    cdu["pumpHeadPa"] = Builder::num(cat, "pumpHeadPa", 3e5);
                    // Pump efficiency from the rated point: P = Q·Δp / η.
                    cdu["pumpEfficiency"] = std::clamp(Builder::num(cat, "secondaryFlowM3s") * Builder::num(cat, "pumpHeadPa")
                                                           / std::max(1.0, Builder::num(cat, "pumpPowerW")),
                                                       0.05, 0.95);
                    b.add(EntityKind::Cdu, cdu);
                }
                liquidW += pairW;
                pumpsW += c.needed * Builder::num(cat, "pumpPowerW");
            }
            const double need = liquidW + pumpsW;
            heatRejection(b, "dc-" + key, "Dry coolers" + in, "dry-cooler-1mw", fw, need);
            // Dry coolers hold the supply while the dry bulb stays an approach below it; above, trim
            // chillers take the share the dry coolers lose (all of it once the air is at the supply).
            const double approach = Builder::num(b.entry("cooling", "dry-cooler-1mw"), "approachK", 8.0);
            const double share = std::clamp((hottest + approach - 30.0) / approach, 0.0, 1.0);
            if (share > 0)
                heatRejection(b, "ch-trim-" + key, "Trim chillers" + in, "chiller-air-1mw", fw, need * share);
        }

        // ---- air side ----------------------------------------------------------------------
        const std::string chw = "chw-" + key;
        const bool air = b.request.cooling == "air";
        // Chilled water: 16 °C for an air-cooled hall (W17), 18 °C for rear doors and the air
        // side of a liquid hall (W27), as in the reference designs.
        b.add(EntityKind::LiquidLoop, Json{{"id", chw}, {"name", "Chilled water" + in}, {"hall", hall.id},
                                           {"type", "chilled-water"}, {"fluid", "water"}, {"supplyTempC", air ? 16.0 : 18.0},
                                           {"designDeltaTK", 8.0}, {"waterClass", air ? "W17" : "W27"}});
        double fansW = 0;
        if (b.roomUnits()) {
            const UnitCount u = roomUnitsOf(b, hall.roomUnitModel, airW, airflow);
            const int perWall = (u.installed + 1) / 2;
            for (int i = 0; i < u.installed; ++i) {
                const bool west = i < perWall;
                const int slot = west ? i : i - perWall, onWall = west ? perWall : u.installed - perWall;
                const double pitch = hall.depthM / onWall;
                Json a = unitFromCatalog(b, u.model);
                a["id"] = (u.model == "fanwall-400kw" ? "fanwall-" : "crah-") + hall.tag + std::to_string(i + 1);
                a["name"] = std::string(u.model == "fanwall-400kw" ? "Fan wall " : "CRAH ") + std::to_string(i + 1)
                            + (west ? " (west wall)" : " (east wall)");
                a["hall"] = hall.id;
                a["type"] = b.entry("cooling", u.model).value("type", std::string("crah"));
                a["xM"] = west ? u.depthM / 2 : hall.widthM - u.depthM / 2;
                a["yM"] = (slot + 0.5) * pitch;
                a["rotationDeg"] = west ? 90.0 : 270.0;
                a["supplyTempC"] = air ? 24.0 : 25.0;
                a["chilledWaterLoop"] = chw;
                b.add(EntityKind::AirUnit, a);
            }
            fansW = u.needed * Builder::num(b.entry("cooling", u.model), "fanPowerW");
            // Hot-aisle containment over each pair's shared aisle.
            for (int k = 0; 2 * k + 1 < int(hall.rows.size()); ++k) {
                const PlacedRow &ra = hall.rows[size_t(2 * k)], &rb = hall.rows[size_t(2 * k + 1)];
                const double x0 = std::min(ra.x0, rb.x0), x1 = std::max(ra.x1, rb.x1);
                double depth = 0;
                for (const PlacedRack &r : hall.racks)
                    depth = std::max(depth, r.spec.depthM);
                const double y0 = ra.yM + depth / 2, y1 = rb.yM - depth / 2;
                b.add(EntityKind::Containment,
                      Json{{"id", "hac-" + hall.tag + std::to_string(k + 1)},
                           {"name", "Hot aisle " + ra.id.substr(ra.id.rfind('-') + 1) + "|" + rb.id.substr(rb.id.rfind('-') + 1)},
                           {"hall", hall.id}, {"type", "hot-aisle"}, {"rows", Json::array({ra.id, rb.id})},
                           {"xM", (x0 + x1) / 2}, {"yM", (y0 + y1) / 2}, {"widthM", x1 - x0}, {"depthM", y1 - y0},
                           {"leakageFraction", 0.05}});
            }
        } else {
            // A door on every rack's back, passive where the rack's own fans and 35 kW suffice.
            const Json &passive = b.entry("cooling", "rdhx-passive-35kw");
            for (const PlacedRack &r : hall.racks) {
                const double heat = r.network ? r.spec.powerW : r.spec.powerW - r.spec.liquidW;
                const bool usePassive = heat <= Builder::num(passive, "capacityW")
                                        && r.spec.airflowM3s <= Builder::num(passive, "airflowM3s");
                const std::string model = usePassive ? "rdhx-passive-35kw" : "rdhx-75kw";
                if (heat > Builder::num(b.entry("cooling", model), "capacityW"))
                    throw GenerateError("cooling: rack " + r.name + " sends " + std::to_string(int(heat / 1e3))
                                        + " kW to air, more than a rear door removes");
                Json a = unitFromCatalog(b, model);
                a["id"] = "rdhx-" + r.id.substr(5);
                a["name"] = "Rear door " + r.name;
                a["hall"] = hall.id;
                a["type"] = "rdhx";
                const double back = (r.spec.depthM + Builder::num(b.entry("cooling", model), "depthM", 0.3)) / 2;
                a["xM"] = r.xM;
                a["yM"] = r.rotationDeg == 0.0 ? r.yM + back : r.yM - back;
                a["rotationDeg"] = r.rotationDeg == 0.0 ? 180.0 : 0.0;   // blows out of the rack's back
                a["supplyTempC"] = 24.0;
                a["chilledWaterLoop"] = chw;
                a["rack"] = r.id;
                b.add(EntityKind::AirUnit, a);
                fansW += Builder::num(b.entry("cooling", model), "fanPowerW");
            }
        }
        heatRejection(b, "ch-" + key, "Chillers (chilled water)" + in, "chiller-air-1mw", chw, airW + fansW);
    }
}

} // namespace aif::generator
