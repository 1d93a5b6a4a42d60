#include "powerchain.h"

#include "builder.h"
#include "catalog.h"
#include "power/lossmodel.h"
#include "sizing.h"

#include <algorithm>
#include <cmath>

namespace aif::generator {

namespace {

StageModel stageModel(const Builder &b, const std::string &model)
{
    StageModel s;
    s.model = model;
    if (model.empty())
        return s;
    const Json &c = b.entry("power", model);
    // Modular equipment (a 4 x 300 kW UPS) is sized per module.
    s.ratedW = Builder::num(c, "moduleW", Builder::num(c, "ratedW", 1.0));
    if (const auto l = c.find("loss"); l != c.end() && l->is_object()) {
        s.c0 = Builder::num(*l, "c0");
        s.c1 = Builder::num(*l, "c1");
        s.c2 = Builder::num(*l, "c2");
    }
    return s;
}

} // namespace

double StageModel::lossW(double loadW, int modules) const
{
    return power::LossModel{c0, c1, c2}.lossW(loadW, ratedW, modules);
}

PowerChain::PowerChain(const Builder &b)
    : m_ac(b.request.power == "ac")
    , m_nPlusOne(b.request.redundancy == "n+1")
{
    const std::string &arch = b.request.power;
    transformer = stageModel(b, "transformer-2500kva-doe2016");
    if (arch == "ac") {
        conversion = stageModel(b, "ups-1200kw-dc");
        distribution = stageModel(b, "pdu-300kva");
    } else if (arch == "hvdc800") {
        conversion = stageModel(b, "rectifier-800vdc-1mw");
        distribution = stageModel(b, "busway-800vdc-2500a");
        shelf = stageModel(b, "powershelf-dc-800v-50v");
    } else {
        // LV switchgear behind the transformer: no catalog entry, no loss model.
        distribution = stageModel(b, "busway-ac-800a");
        shelf = stageModel(b, "powershelf-ac-33kw");
    }
}

int PowerChain::modules(double loadW, double ratedW) const
{
    const int need = std::max(1, int(std::ceil(loadW / ratedW - 1e-9)));
    return need + (m_nPlusOne ? 1 : 0);
}

double PowerChain::shelfInputW(double rackW) const
{
    return shelf.model.empty() ? rackW : rackW + shelf.lossW(rackW, shelfModules(rackW));
}

RowFeed PowerChain::rowFeed(const std::vector<double> &rackBudgetsW) const
{
    const double limitW = m_ac ? kPduLoading * distribution.ratedW : distribution.ratedW;
    RowFeed f;
    double groupW = 0;
    for (size_t i = 0; i < rackBudgetsW.size(); ++i) {
        const double w = shelfInputW(rackBudgetsW[i]);
        if (w > limitW)
            throw GenerateError("power: a rack of " + formatNumber(rackBudgetsW[i] / 1e3) + " kW is more than one "
                                + distribution.model + " carries (" + formatNumber(limitW / 1e3) + " kW)");
        if (f.groups.empty() || groupW + w > limitW) {
            f.groups.push_back({int(i), int(i)});
            f.outputW.push_back(0.0);
            groupW = 0;
        }
        f.groups.back().second = int(i) + 1;
        f.outputW.back() += w;
        groupW += w;
    }
    for (double out : f.outputW)
        f.inputW += out + distribution.lossW(out, 1);
    return f;
}

double PowerChain::conversionInputW(double rowsInputW) const
{
    if (conversion.model.empty())
        return rowsInputW;
    return rowsInputW + conversion.lossW(rowsInputW, modules(rowsInputW, conversion.ratedW));
}

bool PowerChain::rowFitsBlock(const std::vector<double> &rackBudgetsW) const
{
    return conversionInputW(rowFeed(rackBudgetsW).inputW) <= transformer.ratedW;
}

} // namespace aif::generator
