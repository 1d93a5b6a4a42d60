#pragma once

namespace aif::generator {

class Builder;

// The power chain (docs/authoring.md): a utility feed per hall and path, then per power block
// (consecutive rows while the block's transformer carries their draw with the conversion
// losses, powerchain.h) and path a transformer and
//   ac:      a double-conversion UPS and PDUs at each row's west end (each within 80 %);
//   hvdc800: an 800 VDC rectifier plant with a battery on its bus, DC busway segments over each
//            row and power shelves in every rack;
//   48v:     LV switchgear, AC busways over the rows with battery backup, 48 V power shelves.
// 2N: paths A and B each carry the whole load; N+1: one path with a spare module in the UPS,
// rectifier and power-shelf stages (transformers, switchgear, PDUs and busways are single).
// Sets every rack's feeds (PlacedRack::feedA/feedB).
void planPower(Builder &b);

} // namespace aif::generator
