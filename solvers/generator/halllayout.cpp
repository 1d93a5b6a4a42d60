#include "halllayout.h"

#include "builder.h"
#include "catalog.h"
#include "powerchain.h"
#include "sizing.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace aif::generator {

namespace {

constexpr double kRearDoorDepthM = 0.3;   // catalog rdhx-75kw depth: it stands in the hot aisle
constexpr double kHallGapM = 20.0;        // between halls on the campus plan
constexpr int kHallsPerLine = 5;

} // namespace

void planHalls(Builder &b)
{
    const DesignRequest &r = b.request;
    const PowerChain chain(b);
    const bool supernode = b.entry("systems", r.system).contains("parts");
    const bool air = r.cooling == "air";
    const double coldWall = air ? 3.0 : 2.4, coldMid = air ? 2.4 : 1.8;
    const double hot = 1.2 + (b.rearDoors() ? 2 * kRearDoorDepthM : 0.0);
    const int halls = int(b.plans.size());
    double lineX = 0, lineY = 0, lineDepth = 0;
    for (int h = 0; h < halls; ++h) {
        HallLayout hall;
        const std::string number = std::to_string(h + 1);
        hall.tag = halls == 1 ? std::string() : (h < 9 ? "H0" : "H") + number + "-";
        hall.id = "hall-" + (halls == 1 ? number : hall.tag.substr(0, hall.tag.size() - 1));
        hall.name = "Data hall " + number;
        hall.ashraeClass = b.liquidSide() ? "A2" : "A1";
        hall.hotAisleM = hot;
        const auto &rows = b.plans[size_t(h)].rows;
        // Loads, for the walls' air units and the row-end PDUs: every rack, network racks included.
        double airW = 0, airflow = 0, depth = 0, maxRowLen = 0;
        int pdus = 0;
        for (const auto &row : rows) {
            double len = 0;
            std::vector<double> budgets;
            for (const RackSpec &s : row) {
                airW += s.powerW - s.liquidW;
                airflow += s.airflowM3s;
                depth = std::max(depth, s.depthM);
                len += s.widthM;
                budgets.push_back(rackBudgetW(s));
            }
            maxRowLen = std::max(maxRowLen, len);
            if (chain.pdus())
                pdus = std::max(pdus, int(chain.rowFeed(budgets).groups.size()) * int(b.sides().size()));
        }
        // The walls the rows give (the air units go on the west and east walls).
        double rowsDepth = coldWall;
        for (size_t k = 0; k < rows.size(); ++k)
            rowsDepth += depth + (k % 2 == 0 ? hot : (k + 1 != rows.size() ? coldMid : 0.0));   // as the rows below
        rowsDepth += coldWall;
        const UnitCount units = b.roomUnits() ? roomUnits(b, airW, airflow, rowsDepth) : UnitCount{};
        hall.roomUnitModel = units.model;
        const double gallery = b.roomUnits() ? units.depthM : 0.0;
        const double clearance = b.roomUnits() ? 3.0 : 1.5;
        hall.xRowsM = gallery + clearance + (pdus > 0 ? pdus * kPduWidthM + 0.6 : 0.0);
        // Rows in pairs: A faces south, the hot aisle, B faces north, a cold aisle, C ...
        double y = coldWall;
        for (size_t k = 0; k < rows.size(); ++k) {
            PlacedRow row;
            const std::string letters = rowLetters(int(k));
            bool gpuRow = false;
            for (const RackSpec &s : rows[k])
                gpuRow = gpuRow || !s.isNetwork();
            row.id = "row-" + hall.tag + letters;
            row.name = supernode ? "Supernode " + std::to_string(k + 1) + " (row " + letters + ")"
                                 : (gpuRow ? "Row " : "Network row ") + letters;
            row.yM = y + depth / 2;
            row.rotationDeg = k % 2 == 0 ? 0.0 : 180.0;
            row.pair = int(k / 2);
            if (k % 2 == 0)   // the pair's CDU band is centred on its hot aisle
                hall.pairCentreYM.push_back(y + depth + hot / 2);
            // Racks stand flush on the hot-aisle side whatever their depth.
            const double back = row.rotationDeg == 0.0 ? row.yM + depth / 2 : row.yM - depth / 2;
            double x = hall.xRowsM;
            row.x0 = x;
            int n = 0;
            for (const RackSpec &s : rows[k]) {
                PlacedRack rack;
                if (s.isNetwork()) {
                    rack.id = "rack-" + hall.tag + letters + s.idSuffix;
                    rack.name = letters + " " + s.label;
                } else {
                    char num[16];
                    std::snprintf(num, sizeof num, "%02d", ++n);
                    rack.id = "rack-" + hall.tag + letters + num;
                    rack.name = letters + num;
                }
                rack.row = int(k);
                rack.xM = x + s.widthM / 2;
                rack.yM = row.rotationDeg == 0.0 ? back - s.depthM / 2 : back + s.depthM / 2;
                rack.rotationDeg = row.rotationDeg;
                rack.spec = s;
                rack.network = s.isNetwork();
                row.racks.push_back(int(hall.racks.size()));
                hall.racks.push_back(rack);
                x += s.widthM;
            }
            row.x1 = x;
            hall.rows.push_back(row);
            y += depth;
            if (k % 2 == 0)
                y += hot;
            else if (k + 1 != rows.size())
                y += coldMid;
        }
        hall.depthM = y + coldWall;
        double east = hall.xRowsM + maxRowLen;
        if (b.liquidSide()) {
            // CDU columns east of the rows, as many as the pair with the most liquid heat needs.
            hall.cduBandM = 2 * depth + hot + coldMid - 0.2;
            double pairLiquidMax = 0;
            for (size_t k = 0; k < rows.size(); k += 2) {
                double w = 0;
                for (size_t j = k; j < std::min(rows.size(), k + 2); ++j)
                    for (const RackSpec &s : rows[j])
                        w += s.liquidW;
                pairLiquidMax = std::max(pairLiquidMax, w);
            }
            const UnitCount pairCdus = cdus(b, pairLiquidMax);
            const CduColumns columns = cduColumns(pairCdus, hall.cduBandM);
            hall.xCduM = east + 1.2 + pairCdus.depthM / 2;
            east += 1.2 + columns.columns * columns.columnM;
        }
        hall.widthM = std::ceil((east + clearance + gallery) * 10.0) / 10.0;
        // The wall air units must fit along the west and east walls.
        if (b.roomUnits()) {
            const int perWall = (units.installed + 1) / 2;
            hall.depthM = std::max(hall.depthM, perWall * (units.widthM + 0.6) + 1.0);
        }
        hall.depthM = std::ceil(hall.depthM * 10.0) / 10.0;
        hall.heightM = units.model == "fanwall-400kw" ? 6.0 : 5.0;
        if (h % kHallsPerLine == 0 && h > 0) {
            lineX = 0;
            lineY += lineDepth + 2 * kHallGapM;
            lineDepth = 0;
        }
        hall.originXM = lineX;
        hall.originYM = lineY;
        lineX += hall.widthM + kHallGapM;
        lineDepth = std::max(lineDepth, hall.depthM);
        b.halls.push_back(std::move(hall));
    }

    for (const HallLayout &hall : b.halls) {
        b.add(EntityKind::Hall, Json{{"id", hall.id}, {"name", hall.name}, {"widthM", hall.widthM},
                                     {"depthM", hall.depthM}, {"heightM", hall.heightM},
                                     {"originXM", hall.originXM}, {"originYM", hall.originYM},
                                     {"floor", "slab"}, {"ashraeClass", hall.ashraeClass}, {"minAisleWidthM", 1.2}});
        for (const PlacedRow &row : hall.rows)
            b.add(EntityKind::Row, Json{{"id", row.id}, {"name", row.name}, {"hall", hall.id}});
    }
}

void addRacks(Builder &b)
{
    for (const HallLayout &hall : b.halls) {
        for (const PlacedRack &r : hall.racks) {
            b.add(EntityKind::Rack,
                  Json{{"id", r.id},
                       {"name", r.name},
                       {"hall", hall.id},
                       {"row", hall.rows[size_t(r.row)].id},
                       {"xM", r.xM},
                       {"yM", r.yM},
                       {"rotationDeg", r.rotationDeg},
                       {"widthM", r.spec.widthM},
                       {"depthM", r.spec.depthM},
                       {"heightM", r.spec.heightM},
                       {"rackType", r.spec.rackType},
                       {"system", r.spec.system},
                       {"systemCount", r.spec.systemCount},
                       {"powerFeedA", r.feedA},
                       {"powerFeedB", r.feedB},
                       {"coolingLoop", r.coolingLoop},
                       {"powerBudgetW", std::ceil(r.spec.powerW / 100.0) * 100.0}});
        }
    }
}

} // namespace aif::generator
