#include "powerplan.h"

#include "builder.h"
#include "catalog.h"
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

// Modules a stage needs for a load, with the N+1 spare when asked (2N keeps its spare on the other path).
void size(const Builder &b, Json *node, double loadW)
{
    const double rated = (*node)["ratedW"].get<double>();
    const int need = std::max(1, int(std::ceil(loadW / rated - 1e-9)));
    const int spare = b.request.redundancy == "n+1" ? 1 : 0;
    (*node)["modules"] = need + spare;
    (*node)["redundantModules"] = spare;
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

struct Row
{
    const PlacedRow *row;
    double loadW = 0;
};

} // namespace

void planPower(Builder &b)
{
    const std::string arch = b.request.power;
    const std::vector<std::string> sides = b.sides();
    double total = 0;
    for (const HallLayout &h : b.halls)
        for (const PlacedRack &r : h.racks)
            total += r.spec.powerW;
    // Utility service per path, sized with room for the cooling plant and growth.
    const double utilityW = std::ceil(total * 1.5 / 1e6) * 1e6;
    for (const std::string &s : sides) {
        const std::string id = s == "N" ? "utility-1" : "utility-" + s;
        b.add(EntityKind::PowerNode, Json{{"id", id}, {"name", "Utility feed" + sideName(s)}, {"type", "utility"},
                                          {"side", s}, {"ratedW", utilityW}, {"outputVoltageV", 13800.0}});
    }
    const std::string shelfModel = arch == "hvdc800" ? "powershelf-dc-800v-50v" : "powershelf-ac-33kw";
    const std::string buswayModel = arch == "hvdc800" ? "busway-800vdc-2500a" : "busway-ac-800a";

    for (HallLayout &hall : b.halls) {
        // Power blocks: consecutive rows up to kBlockW of IT.
        std::vector<std::vector<Row>> blocks(1);
        double blockW = 0;
        for (const PlacedRow &row : hall.rows) {
            Row r{&row};
            for (int i : row.racks)
                r.loadW += hall.racks[size_t(i)].spec.powerW;
            if (!blocks.back().empty() && blockW + r.loadW > kBlockW) {
                blocks.emplace_back();
                blockW = 0;
            }
            blocks.back().push_back(r);
            blockW += r.loadW;
        }
        for (size_t k = 0; k < blocks.size(); ++k) {
            double load = 0;
            for (const Row &r : blocks[k])
                load += r.loadW;
            const std::string blk = hall.tag + std::to_string(k + 1);
            const std::string where = (hall.tag.empty() ? std::string() : hall.name + " ") + "block " + std::to_string(k + 1);
            for (const std::string &s : sides) {
                const std::string suffix = blk + (s == "N" ? std::string() : "-" + s);
                const std::string source = s == "N" ? "utility-1" : "utility-" + s;
                Json tx = stage(b, "tx-" + suffix, "Transformer " + where + sideName(s), "transformer",
                                "transformer-2500kva-doe2016", source, s);
                tx["modules"] = 1;
                b.add(EntityKind::PowerNode, tx);
                std::string dist;   // feeds the rows
                if (arch == "ac") {
                    Json ups = stage(b, "ups-" + suffix, "UPS " + where + sideName(s), "ups", "ups-1200kw-dc",
                                     tx["id"], s);
                    size(b, &ups, load);
                    ups["mode"] = "normal";
                    b.add(EntityKind::PowerNode, ups);
                    dist = ups["id"];
                } else if (arch == "hvdc800") {
                    Json rect = stage(b, "rect-" + suffix, "800 VDC rectifiers " + where + sideName(s), "rectifier",
                                      "rectifier-800vdc-1mw", tx["id"], s);
                    size(b, &rect, load);
                    b.add(EntityKind::PowerNode, rect);
                    dist = rect["id"];
                    // Energy storage on the 800 VDC bus rides through until the generators start.
                    b.add(EntityKind::PowerNode, Json{{"id", "bat-" + suffix}, {"name", "Battery " + where + sideName(s)},
                                                      {"type", "battery"}, {"upstream", dist}, {"side", s},
                                                      {"ratedW", std::ceil(load / 1e3) * 1e3}, {"outputVoltageV", 800.0}});
                } else {
                    Json swg = stage(b, "swg-" + suffix, "LV switchgear " + where + sideName(s), "switchgear", "",
                                     tx["id"], s);
                    swg["ratedW"] = tx["ratedW"];
                    swg["outputVoltageV"] = tx["outputVoltageV"];
                    b.add(EntityKind::PowerNode, swg);
                    dist = swg["id"];
                }
                for (const Row &blockRow : blocks[k]) {
                    const PlacedRow &row = *blockRow.row;
                    const std::string letters = row.id.substr(row.id.rfind('-') + 1);
                    const int n = int(row.racks.size());
                    const int sideIndex = int(std::find(sides.begin(), sides.end(), s) - sides.begin());
                    auto feed = [&](PlacedRack &rack, const std::string &node) {
                        (sideIndex == 0 ? rack.feedA : rack.feedB) = node;
                    };
                    if (arch == "ac") {
                        const int count = pdusPerSide(b, blockRow.loadW);
                        for (int p = 0; p < count; ++p) {
                            Json pdu = stage(b, pduId(hall.tag, letters, s, p), "PDU " + letters + sideName(s) + " " + std::to_string(p + 1),
                                             "pdu", "pdu-300kva", dist, s);
                            const int slot = p * int(sides.size()) + sideIndex;   // A1 B1 A2 B2 … westwards
                            pdu["hall"] = hall.id;
                            pdu["xM"] = hall.xRowsM - 0.6 - (slot + 0.5) * kPduWidthM;
                            pdu["yM"] = row.yM;
                            pdu["rotationDeg"] = row.rotationDeg;
                            pdu["modules"] = 1;
                            b.add(EntityKind::PowerNode, pdu);
                        }
                        for (int i = 0; i < n; ++i)
                            feed(hall.racks[size_t(row.racks[size_t(i)])], pduId(hall.tag, letters, s, i * count / n));
                        continue;
                    }
                    // Busway segments over the row, each within its rating (racks taken in order
                    // until the next would overload the segment); shelves in every rack.
                    const double buswayW = Builder::num(b.entry("power", buswayModel), "ratedW", 1.0);
                    const double shelfW = Builder::num(b.entry("power", shelfModel), "ratedW", 1.0);
                    std::vector<std::pair<int, int>> spans;   // [first, last) rack of each segment
                    double segmentW = 0;
                    for (int i = 0; i < n; ++i) {
                        const double w = hall.racks[size_t(row.racks[size_t(i)])].spec.powerW;
                        if (spans.empty() || segmentW + w > buswayW) {
                            spans.push_back({i, i});
                            segmentW = 0;
                        }
                        spans.back().second = i + 1;
                        segmentW += w;
                    }
                    const int segments = int(spans.size());
                    for (int seg = 0; seg < segments; ++seg) {
                        const int first = spans[size_t(seg)].first, last = spans[size_t(seg)].second;
                        const PlacedRack &r0 = hall.racks[size_t(row.racks[size_t(first)])];
                        const PlacedRack &r1 = hall.racks[size_t(row.racks[size_t(last - 1)])];
                        const double x0 = r0.xM - r0.spec.widthM / 2, x1 = r1.xM + r1.spec.widthM / 2;
                        const std::string bw = "bw-" + hall.tag + letters + "-" + s + (segments > 1 ? std::to_string(seg + 1) : "");
                        Json busway = stage(b, bw, "Busway " + letters + sideName(s) + (segments > 1 ? " " + std::to_string(seg + 1) : ""),
                                            "busway", buswayModel, dist, s);
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
                                segW += hall.racks[size_t(row.racks[size_t(i)])].spec.powerW;
                            b.add(EntityKind::PowerNode,
                                  Json{{"id", "bbu-" + bw.substr(3)}, {"name", "Battery backup " + letters + sideName(s)},
                                       {"type", "battery"}, {"upstream", bw}, {"side", s},
                                       {"ratedW", std::ceil(segW / 1e3) * 1e3}, {"outputVoltageV", 50.0}});
                        }
                        for (int i = first; i < last; ++i) {
                            PlacedRack &rack = hall.racks[size_t(row.racks[size_t(i)])];
                            Json shelf = stage(b, "ps-" + rack.id.substr(5) + "-" + s, "Shelves " + rack.name + sideName(s),
                                               "powershelf", shelfModel, bw, s);
                            shelf["hall"] = hall.id;
                            shelf["xM"] = rack.xM;
                            shelf["yM"] = rack.yM;
                            shelf["rotationDeg"] = rack.rotationDeg;
                            size(b, &shelf, std::max(rack.spec.powerW, shelfW * 0.1));
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
