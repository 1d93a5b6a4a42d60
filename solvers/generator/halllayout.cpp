#include "halllayout.h"

#include "builder.h"
#include "catalog.h"
#include "sizing.h"
#include "supernode.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace aif::generator {

namespace {

constexpr double kRearDoorDepthM = 0.3;   // catalog rdhx-75kw depth: it stands in the hot aisle
constexpr double kHallGapM = 20.0;        // between halls on the campus plan
constexpr int kHallsPerLine = 5;

RackSpec systemRack(const Builder &b, const std::string &id, int count)
{
    const Json &sys = b.entry("systems", id);
    RackSpec s;
    s.system = id;
    s.systemCount = count;
    s.powerW = count * Builder::num(sys, "maxPowerW");
    s.liquidW = s.powerW * std::clamp(Builder::num(sys, "liquidHeatFraction"), 0.0, 1.0);
    s.airflowM3s = count * Builder::num(sys, "airflowM3sAtMax");
    s.gpus = count * int(Builder::num(sys, "gpuCount"));
    return s;
}

// A rack-scale system is its own cabinet: its footprint, and the catalog rack of that footprint
// whose power rating carries it (none when no rack entry matches).
RackSpec rackScale(const Builder &b, const std::string &id)
{
    const Json &sys = b.entry("systems", id);
    RackSpec s = systemRack(b, id, 1);
    s.widthM = Builder::num(sys, "widthM", 0.6);
    s.depthM = Builder::num(sys, "depthM", 1.2);
    s.heightM = Builder::num(sys, "heightM", 2.2);
    for (const CatalogEntry *r : b.catalog.entries("racks")) {
        const Json &d = r->data;
        if (std::abs(Builder::num(d, "widthM") - s.widthM) < 1e-3 && std::abs(Builder::num(d, "depthM") - s.depthM) < 1e-3
            && Builder::num(d, "maxPowerW") >= s.powerW)
            s.rackType = r->id;
    }
    return s;
}

// Servers go in the standard catalog rack with the highest power rating, as many as its power
// (and, with rear doors, the largest door's capacity) and its height allow, 6 U kept for
// switches and PDUs.
RackSpec serverRack(const Builder &b)
{
    const Json &sys = b.entry("systems", b.request.system);
    const CatalogEntry *best = nullptr;
    for (const CatalogEntry *r : b.catalog.entries("racks")) {
        if (r->id.find("nvl") == std::string::npos
            && (!best || Builder::num(r->data, "maxPowerW") > Builder::num(best->data, "maxPowerW")))
            best = r;
    }
    if (!best)
        throw GenerateError("the catalog has no standard rack for servers");
    const double sysW = Builder::num(sys, "maxPowerW");
    double limitW = Builder::num(best->data, "maxPowerW");
    if (b.rearDoors())
        limitW = std::min(limitW, Builder::num(b.entry("cooling", "rdhx-75kw"), "capacityW"));
    const int byPower = int(std::floor(limitW / sysW));
    const int byHeight = int((Builder::num(best->data, "units", 42) - 6) / std::max(1.0, Builder::num(sys, "heightU", 8)));
    const int perRack = std::min(byPower, byHeight);
    if (perRack < 1)
        throw GenerateError("system: one " + b.request.system + " (" + std::to_string(int(sysW / 1e3))
                            + " kW) exceeds what a " + best->id + " rack can carry and cool");
    RackSpec s = systemRack(b, b.request.system, perRack);
    s.rackType = best->id;
    s.widthM = Builder::num(best->data, "widthM");
    s.depthM = Builder::num(best->data, "depthM");
    s.heightM = Builder::num(best->data, "heightM");
    return s;
}

RackSpec networkRack(const Builder &b)
{
    const Json &r = b.entry("racks", "rack-42u-600x1200");
    RackSpec s;
    s.rackType = "rack-42u-600x1200";
    s.widthM = Builder::num(r, "widthM");
    s.depthM = Builder::num(r, "depthM");
    s.heightM = Builder::num(r, "heightM");
    s.powerW = Builder::num(r, "maxPowerW");   // an upper bound until the switches are placed
    return s;
}

// The racks of one supernode in floor order (supernode.h).
std::vector<RackSpec> supernodeUnit(const Builder &b)
{
    std::vector<RackSpec> out;
    for (const std::string &part : supernodeRacks(b.catalog, b.request.system))
        out.push_back(rackScale(b, part));
    if (out.empty())
        throw GenerateError("system: the parts of " + b.request.system + " cannot be laid out in one row");
    return out;
}

// Splits `count` items over `parts` as evenly as possible.
std::vector<int> split(int count, int parts)
{
    std::vector<int> out(size_t(parts), count / parts);
    for (int i = 0; i < count % parts; ++i)
        ++out[size_t(i)];
    return out;
}

} // namespace

void planHalls(Builder &b)
{
    const DesignRequest &r = b.request;
    const Json &sys = b.entry("systems", r.system);
    const double itW = r.itMw * 1e6;
    const bool supernode = sys.contains("parts") && sys["parts"].is_array();
    const bool scale = supernode || sys.value("rackScale", false) || sys.contains("widthM");

    // Rows of GPU racks per hall.
    std::vector<std::vector<std::vector<RackSpec>>> hallRows(size_t(r.halls));
    if (supernode) {
        const std::vector<RackSpec> unit = supernodeUnit(b);
        const int units = std::max(1, int(std::lround(itW / Builder::num(sys, "maxPowerW"))));
        if (units < r.halls)
            throw GenerateError("halls: " + std::to_string(r.halls) + " halls for " + std::to_string(units)
                                + " supernodes; ask for fewer halls or more MW");
        const std::vector<int> perHall = split(units, r.halls);
        for (int h = 0; h < r.halls; ++h)
            hallRows[size_t(h)].assign(size_t(perHall[size_t(h)]), unit);
    } else {
        const RackSpec rack = scale ? rackScale(b, r.system) : serverRack(b);
        const int racks = std::max(1, int(std::lround(itW / rack.powerW)));
        if (racks < r.halls)
            throw GenerateError("halls: " + std::to_string(r.halls) + " halls for " + std::to_string(racks)
                                + " racks; ask for fewer halls or more MW");
        const int base = scale ? 8 : 10;
        const int byPower = std::max(1, int(kBlockW / rack.powerW));
        for (int h = 0; h < r.halls; ++h) {
            const int n = split(racks, r.halls)[size_t(h)];
            // Up to 12 rows of the base length, then longer rows (as long as one power block carries a row).
            int perRow = std::min(base, byPower);
            if ((n + perRow - 1) / perRow > 12)
                perRow = std::min({byPower, 40, std::max(perRow, (n + 11) / 12)});
            for (int left = n; left > 0; left -= perRow)
                hallRows[size_t(h)].push_back(std::vector<RackSpec>(size_t(std::min(perRow, left)), rack));
        }
    }

    const RackSpec net = networkRack(b);
    const bool air = r.cooling == "air";
    const double coldWall = air ? 3.0 : 2.4, coldMid = air ? 2.4 : 1.8;
    const double hot = 1.2 + (b.rearDoors() ? 2 * kRearDoorDepthM : 0.0);
    double lineX = 0, lineY = 0, lineDepth = 0;
    for (int h = 0; h < r.halls; ++h) {
        HallLayout hall;
        const std::string number = std::to_string(h + 1);
        hall.tag = r.halls == 1 ? std::string() : (h < 9 ? "H0" : "H") + number + "-";
        hall.id = "hall-" + (r.halls == 1 ? number : hall.tag.substr(0, hall.tag.size() - 1));
        hall.name = "Data hall " + number;
        hall.ashraeClass = b.liquidSide() ? "A2" : "A1";
        hall.hotAisleM = hot;
        const auto &rows = hallRows[size_t(h)];
        // Loads, for the walls' air units and the row-end PDUs.
        double airW = 0, airflow = 0, depth = net.depthM, maxRowW = 0, maxRowLen = 0;
        for (const auto &row : rows) {
            double rowW = supernode ? 0.0 : net.powerW, len = supernode ? 0.0 : net.widthM;
            for (const RackSpec &s : row) {
                airW += s.powerW - s.liquidW;
                airflow += s.airflowM3s;
                depth = std::max(depth, s.depthM);
                rowW += s.powerW;
                len += s.widthM;
            }
            if (!supernode)
                airW += net.powerW;
            maxRowW = std::max(maxRowW, rowW);
            maxRowLen = std::max(maxRowLen, len);
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
        const int pdus = r.power == "ac" ? pdusPerSide(b, maxRowW) * int(b.sides().size()) : 0;
        hall.xRowsM = gallery + clearance + (pdus > 0 ? pdus * kPduWidthM + 0.6 : 0.0);
        // Rows in pairs: A faces south, the hot aisle, B faces north, a cold aisle, C ...
        double y = coldWall;
        for (size_t k = 0; k < rows.size(); ++k) {
            PlacedRow row;
            const std::string letters = rowLetters(int(k));
            row.id = "row-" + hall.tag + letters;
            row.name = supernode ? "Supernode " + std::to_string(k + 1) + " (row " + letters + ")" : "Row " + letters;
            row.yM = y + depth / 2;
            row.rotationDeg = k % 2 == 0 ? 0.0 : 180.0;
            row.pair = int(k / 2);
            // Racks stand flush on the hot-aisle side whatever their depth.
            const double back = row.rotationDeg == 0.0 ? row.yM + depth / 2 : row.yM - depth / 2;
            double x = hall.xRowsM;
            auto place = [&](const RackSpec &s, bool isNet, const std::string &id, const std::string &name) {
                PlacedRack rack;
                rack.id = id;
                rack.name = name;
                rack.row = int(k);
                rack.xM = x + s.widthM / 2;
                rack.yM = row.rotationDeg == 0.0 ? back - s.depthM / 2 : back + s.depthM / 2;
                rack.rotationDeg = row.rotationDeg;
                rack.spec = s;
                rack.network = isNet;
                row.racks.push_back(int(hall.racks.size()));
                hall.racks.push_back(rack);
                x += s.widthM;
            };
            row.x0 = x;
            int n = 0;
            for (const RackSpec &s : rows[k]) {
                char num[8];
                std::snprintf(num, sizeof num, "%02d", ++n);
                place(s, false, "rack-" + hall.tag + letters + num, letters + num);
            }
            if (!supernode)
                place(net, true, "rack-" + hall.tag + letters + "-net", letters + " network");
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
            // CDU columns east of the rows: as many 1.2 m slots per pair as fit between the pairs.
            const double pairPitch = 2 * depth + hot + coldMid;
            double pairLiquidMax = 0;
            for (size_t k = 0; k < rows.size(); k += 2) {
                double w = 0;
                for (size_t j = k; j < std::min(rows.size(), k + 2); ++j)
                    for (const RackSpec &s : rows[j])
                        w += s.liquidW;
                pairLiquidMax = std::max(pairLiquidMax, w);
            }
            const UnitCount pairCdus = cdus(b, pairLiquidMax);
            const int perColumn = std::max(1, int((pairPitch - 0.2) / std::max(pairCdus.widthM, 0.1)));
            const int columns = (pairCdus.installed + perColumn - 1) / perColumn;
            hall.xCduM = east + 1.2 + pairCdus.depthM / 2;
            east += 1.2 + columns * (pairCdus.depthM + 0.2);
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
