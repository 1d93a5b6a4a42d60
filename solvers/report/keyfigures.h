#pragma once

#include "json.h"
#include "units.h"

#include <QString>

#include <vector>

namespace aif {

struct SolveResult;

// One number the dashboard shows: SI value (NaN when the solve did not produce it, with the
// reason), how to show it, and which direction is better (compare mode colours by it).
struct KeyFigure
{
    enum class Better { Lower, Higher, Neither };

    QString key; // "facility", "tokensPerS", "tokensPerJoule", "pue", "usdPerMtok", ...
    QString label; // "Facility power"
    QString unit; // display unit: "MW", "tokens/s", "$/Mtok"
    double scale = 1.0; // display = SI value × scale (when quantity is None)
    Quantity quantity = Quantity::None; // else shown in `system` (°C or °F), as `unit` says
    UnitSystem system = UnitSystem::SI; // the studio's preference when the figure was made
    int decimals = 2;
    bool compact = false; // k / M / G prefixes (tokens/s)
    Better better = Better::Neither;
    double value = 0.0; // in the result's unit (W, USD, MWh, h, °C); NaN when missing
    QString source; // where it comes from ("coupled operating point", "annual, phoenix-az")
    QString reason; // why it is missing
    // Where the value is read in the solve result (`aif solve --json`), so the dashboard, the CLI
    // and "Explain this number" show one number (issue 19); empty where the result has no such
    // figure (the operating point's loss and cooling split).
    std::string pointer;
    double jsonScale = 1.0; // value = the JSON number × jsonScale (the JSON has kW, values W)
    bool explainable = false; // aif::explain covers `pointer` in this result: a click explains it

    bool valid() const;
    double shown() const;
    QString text() const; // "8.31", "8.40 M", or "—"
};

// The figures of one solve, in a fixed order: the headline five first (facility MW, tokens/s,
// tokens/J, PUE, $/Mtok), then the rest for compare mode. The operating point (coupled twin)
// is preferred; without it the design-point power solve is used and says so.
std::vector<KeyFigure> keyFigures(const SolveResult &result);
const KeyFigure *findFigure(const std::vector<KeyFigure> &figures, const QString &key);

// The figure with its value read afresh from the result's JSON at its pointer (NaN when the JSON
// has no number there): the dashboard's consistency walk compares its text with what is shown.
KeyFigure figureFromJson(const KeyFigure &figure, const Json &result);

// Compact number: 3 significant digits with k / M / G above 10,000 ("720 k", "8.40 M").
QString compactNumber(double value, int decimals);

// The difference B − A as shown in compare mode: "+0.012 (+1.1 %)"; comparison() says whether
// B is better than A by the figure's direction: +1 better, −1 worse, 0 equal, neutral or missing.
QString differenceText(const KeyFigure &a, const KeyFigure &b);
int comparison(const KeyFigure &a, const KeyFigure &b);

} // namespace aif
