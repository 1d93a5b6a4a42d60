#pragma once

namespace aif::generator {

class Builder;

// The fabric per hall (docs/authoring.md): the systems' scale-up domains (NVLink per server or
// per NVL72 rack, one unified-bus domain per supernode) and a non-blocking two-tier leaf/spine
// scale-out fabric: leaves in each row's network rack for the row's GPU NICs, spines spread
// over the network racks, link groups with lengths from the rack positions. Sets the network
// racks' loads from the switches and optics they hold. The fabric planner refines this.
void planNetwork(Builder &b);

} // namespace aif::generator
