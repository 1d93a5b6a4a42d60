#include "powerplan.h"

#include "builder.h"
#include "catalog.h"
#include "powerchain.h"
#include "sizing.h"

#include <algorithm>
#include <cmath>

namespace aif::generator {

namespace {

// A stage with its rating, output voltage and losses copied from the catalog entry.
Json stage(const Builder &b, const std::string &id, const std::string &name, const std::string &type,
           const std::string &model, const std::string &upstream, const std::string &side)
{
    Json n{{"id", id}, {"name", name}, {"type", type}, {"model", model}, {"upstream", upstream}, {"side", side}};
    if (model.empty())
        return n;
    const Json &c = b.entry("power", model);
    n["ratedW"] = Builder::num(c, "moduleW", Builder::num(c, "ratedW", 1.0));
    n["outputVoltageV"] = Builder::num(c, "outputV", 415.0);
    if (const auto l = c.find("loss"); l != c.end() && l->is_object()) {
        n["lossC0"] = Builder::num(*l, "c0");
        n["lossC1"] = Builder::num(*l, "c1");
        n["lossC2"] = Builder::num(*l, "c2");
    }
    return n;
}

// Modules for a stage's load, with the N+1 spare when asked (2N keeps its spare on the other path).
void size(const Builder &b, const PowerChain &chain, Json *node, double loadW)
{
    const int modules = chain.modules(loadW, (*node)["ratedW"].get<double>());
    (*node)["modules"] = modules;
    (*node)["redundantModules"] = b.request.redundancy == "n+1" ? 1 : 0;
}

std::string sideName(const std::string &side)
{
    return side == "N" ? std::string() : " " + side;
}

// "pdu-A-B2": row A, path B, second PDU; "pdu-A-2" on a single path.
std::string pduId(const std::string &hallTag, const std::string &row, const std::string &side, int index)
{
    return "pdu-" + hallTag + row + "-" + (side == "N" ? std::string() : side) + std::to_string(index + 1);
}

// A row of a power block: its racks' budgets and how one path feeds them.
struct BlockRow
{
    const PlacedRow *row;
    std::vector<double> rackW;
    RowFeed feed;
};

} // namespace

void planPower(Builder &b)
{
    const std::string arch = b.request.power;
    const std::vector<std::string> sides = b.sides();
    const PowerChain chain(b);
    const bool oneHall = b.halls.size() == 1;
    for (HallLayout &hall : b.halls) {
        // Utility service per hall and path, sized with room for the cooling plant and growth
        // (kUtilityMarginFactor; the hall's IT stays within its feeder, sizing.h kHallMaxW).
        double hallW = 0;
        for (const PlacedRack &r : hall.racks)
            hallW += rackBudgetW(r.spec);
        const std::string hallKey = oneHall ? std::string() : hall.tag.substr(0, hall.tag.size() - 1);
        auto utilityId = [&](const std::string &s) {
            return "utility-" + (oneHall ? (s == "N" ? std::string("1") : s) : hallKey + (s == "N" ? std::string() : "-" + s));
        };
        for (const std::string &s : sides)
            b.add(EntityKind::PowerNode,
                  Json{{"id", utilityId(s)}, {"name", "Utility feed" + (oneHall ? std::string() : " " + hall.name) + sideName(s)},
                       {"type", "utility"}, {"side", s}, {"ratedW", std::ceil(hallW * kUtilityMarginFactor / 1e6) * 1e6},
                       {"outputVoltageV", 13800.0}});

        // Power blocks: consecutive rows while the block's transformer carries their draw and
        // the UPS or rectifier losses (powerchain.h).
        std::vector<std::vector<BlockRow>> blocks(1);
        double blockInW = 0;
        for (const PlacedRow &row : hall.rows) {
            BlockRow r{&row, {}, {}};
            for (int i : row.racks)
                r.rackW.push_back(rackBudgetW(hall.racks[size_t(i)].spec));
            r.feed = chain.rowFeed(r.rackW);
            if (!blocks.back().empty() && chain.conversionInputW(blockInW + r.feed.inputW) > chain.transformer.ratedW) {
                blocks.emplace_back();
                blockInW = 0;
            }
            blocks.back().push_back(r);
            blockInW += r.feed.inputW;
        }
        for (size_t k = 0; k < blocks.size(); ++k) {
            double rowsInW = 0;
            for (const BlockRow &r : blocks[k])
                rowsInW += r.feed.inputW;
            if (chain.conversionInputW(rowsInW) > chain.transformer.ratedW)
                throw GenerateError("internal: power block " + std::to_string(k + 1) + " of " + hall.name + " draws "
                                    + formatNumber(chain.conversionInputW(rowsInW) / 1e3) + " kW, more than its transformer");
            const std::string blk = hall.tag + std::to_string(k + 1);
            const std::string where = (hall.tag.empty() ? std::string() : hall.name + " ") + "block " + std::to_string(k + 1);
            for (const std::string &s : sides) {
                const std::string suffix = blk + (s == "N" ? std::string() : "-" + s);
                Json tx = stage(b, "tx-" + suffix, "Transformer " + where + sideName(s), "transformer",
                                chain.transformer.model, utilityId(s), s);
                tx["modules"] = 1;   // no spare transformer in N+1: a single path's distribution (2N covers it)
                b.add(EntityKind::PowerNode, tx);
                std::string dist;   // feeds the rows
                if (arch == "ac") {
                    Json ups = stage(b, "ups-" + suffix, "UPS " + where + sideName(s), "ups", chain.conversion.model,
                                     tx["id"], s);
                    size(b, chain, &ups, rowsInW);
                    ups["mode"] = "normal";
                    b.add(EntityKind::PowerNode, ups);
                    dist = ups["id"];
                } else if (arch == "hvdc800") {
                    Json rect = stage(b, "rect-" + suffix, "800 VDC rectifiers " + where + sideName(s), "rectifier",
                                      chain.conversion.model, tx["id"], s);
                    size(b, chain, &rect, rowsInW);
                    b.add(EntityKind::PowerNode, rect);
                    dist = rect["id"];
                    // Energy storage on the 800 VDC bus rides through until the generators start.
                    b.add(EntityKind::PowerNode, Json{{"id", "bat-" + suffix}, {"name", "Battery " + where + sideName(s)},
                                                      {"type", "battery"}, {"upstream", dist}, {"side", s},
                                                      {"ratedW", std::ceil(rowsInW / 1e3) * 1e3}, {"outputVoltageV", 800.0}});
                } else {
                    Json swg = stage(b, "swg-" + suffix, "LV switchgear " + where + sideName(s), "switchgear", "",
                                     tx["id"], s);
                    swg["ratedW"] = tx["ratedW"];
                    swg["outputVoltageV"] = tx["outputVoltageV"];
                    b.add(EntityKind::PowerNode, swg);
                    dist = swg["id"];
                }
                for (const BlockRow &blockRow : blocks[k]) {
                    const PlacedRow &row = *blockRow.row;
                    const std::string letters = row.id.substr(row.id.rfind('-') + 1);
                    const int sideIndex = int(std::find(sides.begin(), sides.end(), s) - sides.begin());
                    auto feed = [&](PlacedRack &rack, const std::string &node) {
                        (sideIndex == 0 ? rack.feedA : rack.feedB) = node;
                    };
                    const auto &groups = blockRow.feed.groups;
                    if (arch == "ac") {
                        // PDUs over consecutive racks, each within 80 % of its rating (powerchain.h).
                        for (size_t p = 0; p < groups.size(); ++p) {
                            Json pdu = stage(b, pduId(hall.tag, letters, s, int(p)),
                                             "PDU " + letters + sideName(s) + " " + std::to_string(p + 1), "pdu",
                                             chain.distribution.model, dist, s);
                            const int slot = int(p) * int(sides.size()) + sideIndex;   // A1 B1 A2 B2 … westwards
                            pdu["hall"] = hall.id;
                            pdu["xM"] = hall.xRowsM - 0.6 - (slot + 0.5) * kPduWidthM;
                            pdu["yM"] = row.yM;
                            pdu["rotationDeg"] = row.rotationDeg;
                            pdu["modules"] = 1;
                            b.add(EntityKind::PowerNode, pdu);
                            for (int i = groups[p].first; i < groups[p].second; ++i)
                                feed(hall.racks[size_t(row.racks[size_t(i)])], pduId(hall.tag, letters, s, int(p)));
                        }
                        continue;
                    }
                    // Busway segments over the row, each within its rating with the shelves'
                    // losses (powerchain.h); shelves in every rack.
                    const int segments = int(groups.size());
                    for (int seg = 0; seg < segments; ++seg) {
                        const int first = groups[size_t(seg)].first, last = groups[size_t(seg)].second;
                        const PlacedRack &r0 = hall.racks[size_t(row.racks[size_t(first)])];
                        const PlacedRack &r1 = hall.racks[size_t(row.racks[size_t(last - 1)])];
                        const double x0 = r0.xM - r0.spec.widthM / 2, x1 = r1.xM + r1.spec.widthM / 2;
                        const std::string bw = "bw-" + hall.tag + letters + "-" + s + (segments > 1 ? std::to_string(seg + 1) : "");
                        Json busway = stage(b, bw, "Busway " + letters + sideName(s) + (segments > 1 ? " " + std::to_string(seg + 1) : ""),
                                            "busway", chain.distribution.model, dist, s);
                        busway["hall"] = hall.id;
                        busway["xM"] = (x0 + x1) / 2;
                        busway["yM"] = row.yM + (s == "A" ? -0.25 : s == "B" ? 0.25 : 0.0);
                        busway["lengthM"] = std::round((x1 - x0) * 100.0) / 100.0;
                        busway["modules"] = 1;
                        b.add(EntityKind::PowerNode, busway);
                        if (arch == "48v") {
                            // The in-rack battery backup units of the segment's racks, as one node
                            // on the 48 V side (no floor footprint: they sit in the racks).
                            double segW = 0;
                            for (int i = first; i < last; ++i)
                                segW += blockRow.rackW[size_t(i)];
                            b.add(EntityKind::PowerNode,
                                  Json{{"id", "bbu-" + bw.substr(3)}, {"name", "Battery backup " + letters + sideName(s)},
                                       {"type", "battery"}, {"upstream", bw}, {"side", s},
                                       {"ratedW", std::ceil(segW / 1e3) * 1e3}, {"outputVoltageV", 50.0}});
                        }
                        for (int i = first; i < last; ++i) {
                            PlacedRack &rack = hall.racks[size_t(row.racks[size_t(i)])];
                            Json shelf = stage(b, "ps-" + rack.id.substr(5) + "-" + s, "Shelves " + rack.name + sideName(s),
                                               "powershelf", chain.shelf.model, bw, s);
                            shelf["hall"] = hall.id;
                            shelf["xM"] = rack.xM;
                            shelf["yM"] = rack.yM;
                            shelf["rotationDeg"] = rack.rotationDeg;
                            shelf["modules"] = chain.shelfModules(blockRow.rackW[size_t(i)]);
                            shelf["redundantModules"] = b.request.redundancy == "n+1" ? 1 : 0;
                            b.add(EntityKind::PowerNode, shelf);
                            feed(rack, shelf["id"]);
                        }
                    }
                }
            }
        }
    }
}

} // namespace aif::generator
