#pragma once

#include "diagnostic.h"
#include "units.h"

#include <QString>

namespace aif {
namespace units {

// Messages (issues, warnings, explanations) are written once, in SI, by the model and the
// solvers. The studio and the CLI show them in the user's unit system by rewriting each
// "number unit" pair the message contains: 32.5 °C → 90.5 °F, +2.3 K → +4.1 °F, 1.20 m → 3.94 ft,
// 600 mm → 23.6 in, 4.2 m³/s → 8,899 CFM, 120 L/min → 31.7 gpm, 25 m² → 269 ft², 50 kPa → 7.25 psi.
// Power and money keep their units in both systems (kW, USD), as US data-center practice does for
// electrical power. In SI the text is returned unchanged.
QString convertText(const QString &text, UnitSystem system);

// The finding with its message in `system` (what the CLI prints with --units us).
Diagnostic inUnits(const Diagnostic &diagnostic, UnitSystem system);

} // namespace units

using units::inUnits;

} // namespace aif
