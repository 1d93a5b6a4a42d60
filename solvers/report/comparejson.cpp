// The comparison as JSON: `aif compare --json` and the report's comparison section read it
// (keys documented in docs/cli.md; renaming one is a breaking change).
#include "report/compare.h"

#include <cmath>

namespace aif {

namespace {

Json number(double v)
{
    return std::isfinite(v) ? Json(v) : Json();
}

const char *betterKey(KeyFigure::Better b)
{
    return b == KeyFigure::Better::Lower ? "lower"
        : b == KeyFigure::Better::Higher ? "higher"
                                         : "neither";
}

constexpr Normalisation kAll[] = {Normalisation::Total, Normalisation::PerMwIt,
                                  Normalisation::PerGpu, Normalisation::PerMtok};

// The display value of one figure in one normalisation (the number `units` names), or null.
Json shownValue(const CompareValue &v, Normalisation n)
{
    const KeyFigure &f = v.figure;
    if (!f.valid())
        return Json();
    const FigureNorm norm = figureNorm(f);
    if (n == Normalisation::Total || norm.intensive)
        return number(f.shown());
    return number(v.value(n) * norm.scale[int(n)]);
}

} // namespace

Json compareJson(const CompareResult &r, Normalisation shown)
{
    Json out = Json::object();
    out["normalisation"] = normalisationKey(shown).toStdString();
    out["sizes_differ"] = r.sizesDiffer;
    Json figures = Json::array();
    const std::vector<CompareValue> &first = r.values.empty() ? std::vector<CompareValue>()
                                                              : r.values.front();
    for (const CompareValue &v : first) {
        const FigureNorm norm = figureNorm(v.figure);
        Json units = Json::object();
        for (Normalisation n : kAll) {
            const bool divided = n == Normalisation::Total || norm.intensive
                || !norm.unit[int(n)].isEmpty();
            units[normalisationKey(n).toStdString()]
                = divided ? Json(norm.unit[int(n)].toStdString()) : Json();
        }
        out["figures"].push_back({{"key", v.figure.key.toStdString()},
                                  {"label", v.figure.label.toStdString()},
                                  {"better", betterKey(v.figure.better)},
                                  {"intensive", norm.intensive},
                                  {"pointer", v.figure.pointer},
                                  {"units", units}});
    }
    if (!out.contains("figures"))
        out["figures"] = Json::array();
    Json sides = Json::array();
    for (size_t i = 0; i < r.labels.size(); ++i) {
        Json side = Json::object();
        side["label"] = r.labels[i].toStdString();
        side["kind"] = sideKindKey(r.kinds[i]).toStdString();
        side["solved"] = bool(r.solved[i]);
        side["bases"] = {{"it_mw", number(r.itMw[i])},
                         {"gpus", number(r.gpus[i])},
                         {"mtok_per_year", number(r.mtokPerYear[i])},
                         {"mtok_per_s", number(r.mtokPerS[i])}};
        Json values = Json::object();
        for (const CompareValue &v : r.values[i]) {
            Json one = Json::object();
            for (Normalisation n : kAll)
                one[normalisationKey(n).toStdString()] = shownValue(v, n);
            one["text"] = v.text(shown).toStdString();
            if (!v.figure.valid())
                one["reason"] = v.figure.reason.toStdString();
            values[v.figure.key.toStdString()] = one;
        }
        side["values"] = values;
        Json differences = Json::array();
        for (const QString &d : r.differences[i])
            differences.push_back(d.toStdString());
        side["differences"] = differences;
        side["differences_from"] = r.verdicts[i].reference;
        const SideVerdict &v = r.verdicts[i];
        Json perFigure = Json::object();
        for (size_t f = 0; f < v.figures.size() && f < r.values[i].size(); ++f)
            perFigure[r.values[i][f].figure.key.toStdString()] = v.figures[f];
        side["verdict"] = {{"text", v.text.toStdString()},
                           {"reference", v.reference},
                           {"base", v.base >= 0 ? Json(v.base) : Json()},
                           {"basis", normalisationKey(v.basis).toStdString()},
                           {"better", v.better},
                           {"worse", v.worse},
                           {"figures", perFigure}};
        sides.push_back(side);
    }
    out["sides"] = sides;
    return out;
}

} // namespace aif
