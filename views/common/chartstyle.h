#pragma once

class QChart;
class QPalette;

namespace aif {

// Charts follow the studio's theme (View ▸ Theme): the card, plot area, titles, axis labels,
// grid lines and legend take the palette's colours, so a dark theme gets dark charts whose
// text reads. Series keep their colours by role (dashboardchart.h), chosen to read on both.
// Call after axes are added (new axes start with Qt Charts' light defaults).
void styleChart(QChart *chart, const QPalette &palette);

} // namespace aif
