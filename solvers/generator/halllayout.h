#pragma once

namespace aif::generator {

class Builder;

// Plans the halls: the racks the IT load needs (whole systems, whole supernodes), how they
// split over the halls, rows in back-to-back pairs around hot aisles, each row with a network
// rack at its east end and (AC designs) its PDUs at its west end, room for the air units on
// the west and east walls and for the CDUs east of the rows. Fills Builder::halls and adds the
// Hall and Row entities; the racks are added by addRacks() once power and cooling are planned.
void planHalls(Builder &b);
void addRacks(Builder &b);

} // namespace aif::generator
