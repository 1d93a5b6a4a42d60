#pragma once

#include <QColor>
#include <QString>

#include <string>
#include <vector>

namespace aif::mediumStyle {

// The cable media of the planner's ladder (docs/network.md), shortest reach first: the order
// every chart, table and legend of the Network view and the cable overlay lists them in.
const std::vector<std::string> &order();

// One colour per medium, the same in the histogram, the tables and on the floor plan.
// Single-mode follows its TIA-598-D jacket yellow (darkened to read on white); multimode is blue,
// not its aqua jacket, which the plan already uses for liquid pipes; copper is dark like its
// twinax; AOC violet.
QColor color(const std::string &medium);

// "DAC", "SR (multimode)", ...: the name a network engineer reads.
QString label(const std::string &medium);

// Position of a medium in order() (unknown media last), for sorting.
int rank(const std::string &medium);

} // namespace aif::mediumStyle
