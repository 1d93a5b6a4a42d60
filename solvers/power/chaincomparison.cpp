#include "chaincomparison.h"

#include "catalog.h"
#include "lossmodel.h"

#include <QtGlobal>

#include <cmath>

namespace aif::power {

namespace {

// Walks one stage back from its output: sizes N modules for one side's share of the load,
// and takes the loss from the entry's WP 113 coefficients or its efficiency curve.
StageResult stage(const Catalog &catalog, const std::string &name, const std::string &id, double outputW, bool twoN)
{
    StageResult s;
    s.stage = name;
    s.catalogId = id;
    s.outputW = outputW;
    const Json *e = catalog.entry("power", id);
    if (!e)
        return s;
    const double rated = e->value("moduleW", e->value("ratedW", 0.0));
    if (rated <= 0)
        return s;
    // Each side is sized for the whole load: in 2N it must carry everything when the other fails,
    // so in normal operation each side runs at about half its rating.
    const int perSide = std::max(1, int(std::ceil(outputW / rated)));
    s.modules = perSide * (twoN ? 2 : 1);
    s.loadFraction = outputW / (s.modules * rated);
    if (const auto loss = e->find("loss"); loss != e->end() && loss->is_object()) {
        const LossModel m{loss->value("c0", 0.0), loss->value("c1", 0.0), loss->value("c2", 0.0)};
        s.lossW = m.lossW(outputW, rated, s.modules);
    } else if (const auto pts = e->find("points"); pts != e->end()) {
        s.lossW = EfficiencyCurve::fromJson(*pts).inputW(outputW, s.modules * rated) - outputW;
    }
    s.efficiency = outputW / (outputW + s.lossW);
    return s;
}

ChainVariant walk(const Catalog &catalog, const std::string &name, const std::string &label,
                  const std::vector<std::pair<std::string, std::string>> &stages, double chipW, bool twoN)
{
    ChainVariant v;
    v.name = name;
    v.label = label;
    v.chipW = chipW;
    double w = chipW;
    for (const auto &[stageName, id] : stages) {
        StageResult s = stage(catalog, stageName, id, w, twoN);
        w += s.lossW;
        v.stages.push_back(std::move(s));
    }
    v.utilityW = w;
    v.efficiency = w > 0 ? chipW / w : 0.0;
    return v;
}

Json variantJson(const ChainVariant &v)
{
    Json stages = Json::array();
    for (const StageResult &s : v.stages)
        stages.push_back(Json{{"stage", s.stage},
                              {"catalog_id", s.catalogId},
                              {"modules", s.modules},
                              {"output_kw", s.outputW / 1e3},
                              {"loss_kw", s.lossW / 1e3},
                              {"efficiency", s.efficiency},
                              {"load_fraction", s.loadFraction}});
    return Json{{"label", v.label},
                {"chip_kw", v.chipW / 1e3},
                {"utility_kw", v.utilityW / 1e3},
                {"efficiency", v.efficiency},
                {"stages", stages}};
}

} // namespace

ChainComparison compareChains(const Catalog &catalog, double chipW, bool twoN)
{
    ChainComparison c;
    c.ac = walk(catalog, "ac", QT_TRANSLATE_NOOP("aif::power::ChainComparison", "AC: transformer → double-conversion UPS → PDU → server PSU (80 PLUS Titanium)"),
                {{"psu", "80plus-titanium-230v"},
                 {"pdu", "pdu-300kva"},
                 {"ups", "ups-1200kw-dc"},
                 {"transformer", "transformer-2500kva-doe2016"}},
                chipW, twoN);
    c.dc800 = walk(catalog, "dc800", QT_TRANSLATE_NOOP("aif::power::ChainComparison", "800 VDC: transformer → rectifier → 800 VDC busway → DC-DC power shelf"),
                   {{"powershelf", "powershelf-dc-800v-50v"},
                    {"busway", "busway-800vdc-2500a"},
                    {"rectifier", "rectifier-800vdc-1mw"},
                    {"transformer", "transformer-2500kva-doe2016"}},
                   chipW, twoN);
    c.dcGainPoints = (c.dc800.efficiency - c.ac.efficiency) * 100.0;
    return c;
}

Json ChainComparison::toJson() const
{
    return Json{{"ac", variantJson(ac)}, {"dc800", variantJson(dc800)}, {"dc800_gain_points", dcGainPoints}};
}

} // namespace aif::power
