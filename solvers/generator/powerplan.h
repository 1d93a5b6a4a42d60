#pragma once

namespace aif::generator {

class Builder;

// The power chain (docs/authoring.md): utility feeds per path, then per power block of rows
// (at most kBlockW of IT) and path a transformer and
//   ac:      a double-conversion UPS and PDUs at each row's west end;
//   hvdc800: an 800 VDC rectifier plant with a battery on its bus, a DC busway over each row
//            and power shelves in every rack;
//   48v:     LV switchgear, AC busways over the rows with battery backup, 48 V power shelves.
// 2N: paths A and B each carry the whole load; N+1: one path, a spare module in every stage.
// Sets every rack's feeds (PlacedRack::feedA/feedB).
void planPower(Builder &b);

} // namespace aif::generator
