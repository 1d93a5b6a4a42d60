#pragma once

// How the explain panel writes an explanation (solvers/explain): its numbers in the studio's unit
// system and its body as HTML with links, kept apart from the widget so the words and units can be
// read and tested without one.
#include "explain/explain.h"
#include "units.h"

#include <QPalette>
#include <QSet>
#include <QString>

namespace aif {

// About six significant digits with thousands grouped ("7,558.19", "1.122", "0.535573").
QString explainNumber(double value);

// A value with its unit as the studio shows it: temperatures (°C) in the chosen unit system with
// the SI value after them in US units ("139.46 °F (59.7 °C)"); a plain ratio shows bare.
QString explainValueText(double value, const std::string &unit, UnitSystem system);

// The panel's body: definition, formula, the inputs table (name, value, unit, source), the
// reference and the entities. Inputs whose pointer is in `explainable` link to
// "explain:POINTER", entities to "entity:ID". Colours come from the palette (light or dark theme).
QString explanationHtml(const explain::Explanation &e, const QSet<QString> &explainable,
                        UnitSystem system, const QPalette &palette);

// The link targets of an explanation, in the order the body shows them.
QStringList explainInputLinks(const explain::Explanation &e, const QSet<QString> &explainable);
QStringList explainEntities(const explain::Explanation &e);

} // namespace aif
