#pragma once

namespace aif::generator {

class Builder;

// The fabric per hall as entities (docs/authoring.md): the systems' scale-up domains (NVLink per
// server or per NVL72 rack, one unified-bus domain per supernode), the scale-out domain, the
// planned switches in their network racks (fabricplan.h) and link groups with lengths from the
// rack positions.
void planNetwork(Builder &b);

} // namespace aif::generator
