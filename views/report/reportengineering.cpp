// Plan, heat map, power, thermal compliance, redundancy and fabric sections.
#include "reportsections.h"

#include "catalog.h"
#include "network/projectfabric.h"
#include "project.h"
#include "thermal/airproperties.h"

#include <algorithm>
#include <map>

namespace aif::report {

namespace {

// Above this many racks the compliance table lists the failing racks and the tightest margins
// only (a 1,000-rack campus would fill 25 pages); the per-hall lines still count every rack.
constexpr int kRackTableLimit = 120;

} // namespace

ReportSection floorPlanSection(const ReportContext &c, std::vector<ReportFigure> &figures)
{
    figures.push_back(floorPlanFigure(c));
    QString h = figurePlaceholder(figures.back().id);
    h += QStringLiteral("<p>%1 halls, %2 racks, %3 of floor.</p>\n")
             .arg(c.fmt.at("/summary/halls", 1.0, 0), c.fmt.at("/summary/racks", 1.0, 0),
                  c.fmt.quantity("/summary/floor_area_m2", Quantity::Area));
    return {"plan", "Floor plan", h};
}

ReportSection heatMapSection(const ReportContext &c, std::vector<ReportFigure> &figures)
{
    const QImage image = c.options.snapshot ? c.options.snapshot() : QImage();
    if (image.isNull())
        return {"heatmap", "3D heat map", "<p>3D snapshot not available.</p>\n"};
    ReportFigure fig;
    fig.id = "heatmap";
    fig.caption = QStringLiteral("The hall in 3D, racks coloured by inlet temperature.");
    fig.image = image;
    fig.sizePt = QSizeF(500, 500.0 * image.height() / std::max(1, image.width()));
    figures.push_back(fig);
    return {"heatmap", "3D heat map", figurePlaceholder(fig.id)};
}

ReportSection powerSection(const ReportContext &c, std::vector<ReportFigure> &figures)
{
    const Formatter &f = c.fmt;
    if (!f.node("/power/it_kw"))
        return {"power", "Power", "<p>The power solver did not run.</p>\n"};
    figures.push_back(singleLineFigure(c));
    QString h = figurePlaceholder(figures.back().id);
    HtmlTable t({"Figure", "Value"}, {false, true});
    t.row({"IT load", f.quantity("/power/it_kw", Quantity::Power, 1e3)});
    t.row({"Power-chain losses", f.quantity("/power/chain_loss_kw", Quantity::Power, 1e3)});
    t.row({"Cooling power", f.quantity("/power/cooling_kw", Quantity::Power, 1e3)});
    t.row({"Facility power", f.quantity("/power/facility_kw", Quantity::Power, 1e3)});
    t.row({"PUE at the design point", f.at("/power/pue", 1.0, 3)});
    t.row({"pPUE power chain", f.at("/power/ppue_power", 1.0, 3)});
    t.row({"pPUE cooling", f.at("/power/ppue_cooling", 1.0, 3)});
    h += t.html();
    if (const Json *losses = f.node("/power/losses_kw")) {
        HtmlTable l({"Stage", "Losses"}, {false, true});
        for (const auto &[k, v] : losses->items())
            l.row({esc(k), f.quantity("/power/losses_kw/" + k, Quantity::Power, 1e3)});
        h += "<h2>Losses by stage</h2>\n" + l.html();
    }
    return {"power", "Power", h};
}

ReportSection thermalSection(const ReportContext &c)
{
    const Formatter &f = c.fmt;
    const Json *racks = f.node("/thermal/racks");
    if (!racks || !racks->is_array())
        return {"thermal", "Thermal compliance", "<p>The thermal solver did not run.</p>\n"};
    std::map<std::string, const Hall *> hallOf;
    for (const Rack &r : c.project.racks)
        if (const Hall *h = c.project.get<Hall>(r.hall))
            hallOf[r.id] = h;
    struct Line
    {
        size_t index;
        std::string id, hall, cls;
        double inletC, marginK;
        bool pass, recommended;
    };
    std::vector<Line> lines;
    std::map<std::string, std::pair<int, int>> perHall; // pass, fail
    for (size_t i = 0; i < racks->size(); ++i) {
        const Json &r = (*racks)[i];
        const std::string id = r.value("id", std::string());
        const auto h = hallOf.find(id);
        const std::string cls = h == hallOf.end() ? std::string("A1") : h->second->ashraeClass;
        const thermal::AirClassLimits lim = thermal::airClassLimits(cls);
        const double t = r.value("inlet_c", 0.0);
        const bool pass = t >= lim.allowableMin && t <= lim.allowableMax;
        lines.push_back({i, id, h == hallOf.end() ? std::string() : h->second->id, cls, t,
                         lim.allowableMax - t, pass,
                         t >= lim.recommendedMin && t <= lim.recommendedMax});
        auto &[np, nf] = perHall[lines.back().hall];
        (pass ? np : nf) += 1;
    }
    QString h = QStringLiteral("<p>Hottest inlet %1, mean %2; RCI<sub>HI</sub> %3 %, "
                               "RCI<sub>LO</sub> %4 %, RTI %5 % (tier %6). Limits: ASHRAE TC9.9 "
                               "(2021) air classes, the class set on each hall.</p>\n")
                    .arg(f.quantity("/thermal/max_inlet_c", Quantity::Temperature),
                         f.quantity("/thermal/mean_inlet_c", Quantity::Temperature),
                         f.at("/thermal/rci_hi", 1.0, 1), f.at("/thermal/rci_lo", 1.0, 1),
                         f.at("/thermal/rti", 1.0, 1),
                         esc(f.node("/thermal/tier") ? f.node("/thermal/tier")->get<std::string>()
                                                     : std::string("?")));
    HtmlTable halls({"Hall", "Racks within the allowable range", "Racks outside"},
                    {false, true, true});
    for (const auto &[hall, counts] : perHall)
        halls.row({esc(hall), QString::number(counts.first), QString::number(counts.second)},
                  counts.second ? "fail" : QString());
    h += halls.html();
    std::vector<Line> shown = lines;
    if (int(lines.size()) > kRackTableLimit) {
        std::stable_sort(shown.begin(), shown.end(),
                         [](const Line &a, const Line &b) { return a.marginK < b.marginK; });
        const auto fails
            = std::count_if(shown.begin(), shown.end(), [](const Line &l) { return !l.pass; });
        shown.resize(std::max<size_t>(fails, 40));
        h += QStringLiteral("<p>%1 racks: the %2 with the smallest margin are listed; every other "
                            "rack has more.</p>\n")
                 .arg(lines.size())
                 .arg(shown.size());
    }
    HtmlTable t({"Rack", "Hall", "Class", "Inlet", "Margin to allowable max", "Result"},
                {false, false, false, true, true, false});
    for (const Line &l : shown) {
        const std::string p = "/thermal/racks/" + std::to_string(l.index) + "/inlet_c";
        const QString result = !l.pass ? "<b>FAIL</b>"
            : l.recommended            ? "pass"
                                       : "pass (allowable)";
        t.row({esc(l.id), esc(l.hall), esc(l.cls), f.quantity(p, Quantity::Temperature),
               f.quantityValue(l.marginK, Quantity::TemperatureDelta), result},
              l.pass ? QString() : "fail");
    }
    h += t.html();
    return {"thermal", "Thermal compliance", h};
}

ReportSection redundancySection(const ReportContext &c)
{
    const Formatter &f = c.fmt;
    const Json *r = f.node("/power/redundancy");
    if (!r)
        return {"redundancy", "Redundancy", "<p>The power solver did not run.</p>\n"};
    QString h = QStringLiteral("<p>Indicative tier <b>%1</b> (%2): %3. Dual path: %4; independent "
                               "sources: %5.</p>\n<p>N−1: %6 failure cases (every power node "
                               "failed alone); %7 drop load, %8 overload a stage.</p>\n")
                    .arg(f.at("/power/redundancy/tier", 1.0, 0),
                         esc(r->value("tier_basis", std::string())),
                         esc(r->value("tier_reason", std::string())),
                         r->value("dual_path", false) ? "yes" : "no",
                         r->value("independent_sources", false) ? "yes" : "no",
                         f.at("/power/redundancy/failure_cases", 1.0, 0),
                         f.at("/power/redundancy/cases_dropping_load", 1.0, 0),
                         f.at("/power/redundancy/cases_overloading", 1.0, 0));
    const Json *harm = f.node("/power/redundancy/harmful_failures");
    if (harm && harm->is_array() && !harm->empty()) {
        HtmlTable t({"Failed node", "Racks dropped", "Overloaded", "Worst utilisation", "At"},
                    {false, true, false, true, false});
        for (size_t i = 0; i < harm->size() && i < 60; ++i) {
            const Json &x = (*harm)[i];
            QStringList over;
            for (const Json &o : x.value("overloaded", Json::array()))
                over << QString::fromStdString(o.get<std::string>());
            const std::string p = "/power/redundancy/harmful_failures/" + std::to_string(i);
            t.row({esc(x.value("failed", std::string())), f.at(p + "/dropped_racks", 1.0, 0),
                   esc(over.join(", ")), f.quantity(p + "/worst_utilization", Quantity::Fraction),
                   esc(x.value("worst_node", std::string()))},
                  "fail");
        }
        h += t.html();
    } else {
        h += "<p>No single failure drops or overloads anything.</p>\n";
    }
    return {"redundancy", "Redundancy (N−1)", h};
}

ReportSection fabricSection(const ReportContext &c)
{
    if (c.project.networkDomains.empty())
        return {"fabric", "Fabric", QString()};
    const network::ProjectFabric fab = network::planProjectFabric(c.project, c.catalog);
    const Formatter &f = c.fmt;
    HtmlTable d({"Domain", "Technology", "GPUs", "Switch", "Tiers", "Per-GPU Gb/s", "Transceivers",
                 "Cable length (m)"},
                {false, false, true, false, true, true, true, true});
    for (const network::DomainFabric &x : fab.domains)
        d.row({esc(x.domainId), esc(x.technology), QString::number(x.gpus), esc(x.tree.switchId),
               QString::number(x.tree.tiers), f.number(x.tree.perGpuGbps, 0),
               f.number(double(x.transceivers), 0), f.number(x.cableLengthM, 0)});
    QString h = d.html();
    h += QStringLiteral("<p>Switch power %1 kW, optics %2 kW, fabric capex %3 M USD, %4 m of cable "
                        "(the same plan as <code>aif fabric FILE --bom</code>).</p>\n")
             .arg(f.number(fab.switchPowerW / 1e3, 1), f.number(fab.opticsPowerW / 1e3, 1),
                  f.number(fab.capexUsd / 1e6, 2), f.number(fab.cableLengthM, 0));
    // The BOM by part and kind (runs of different lengths summed), sources as numbered notes.
    struct Part
    {
        long long count = 0;
        double lengthM = 0, unitW = 0, unitUsd = 0;
        int source = 0;
    };
    std::map<std::pair<std::string, std::string>, Part> parts;
    QStringList sources;
    for (const network::BomLine &b : fab.bom) {
        Part &p = parts[{b.part, b.kind}];
        p.count += b.count;
        p.lengthM += b.lengthM * double(b.count);
        p.unitW = b.unitPowerW;
        p.unitUsd = b.unitPriceUsd;
        const QString s = QString::fromStdString(b.source);
        if (!sources.contains(s))
            sources << s;
        p.source = int(sources.indexOf(s)) + 1;
    }
    HtmlTable bom({"Part", "Kind", "Count", "Total length (m)", "Unit W", "Unit USD", "Source"},
                  {false, false, true, true, true, true, true});
    for (const auto &[key, p] : parts)
        bom.row({esc(key.first), esc(key.second), f.number(double(p.count), 0),
                 f.number(p.lengthM, 0), f.number(p.unitW, 0), f.number(p.unitUsd, 0),
                 QStringLiteral("[%1]").arg(p.source)});
    h += "<h2>Bill of materials</h2>\n" + bom.html() + "<ol class=\"sources\">\n";
    for (const QString &s : sources)
        h += "<li>" + esc(s) + "</li>\n";
    h += "</ol>\n";
    for (const std::string &w : fab.warnings)
        h += "<p class=\"warn\">" + esc(w) + "</p>\n";
    return {"fabric", "Fabric and bill of materials", h};
}

} // namespace aif::report
