#pragma once

namespace aif::generator {

class Builder;

// Lays out the planned halls (rackplan.h): rows in back-to-back pairs around hot aisles, each
// row's racks from the west with its network racks at the east end and (AC designs) its PDUs
// west of it, room for the air units on the west and east walls and for the CDU columns east of
// the rows; halls five to a line on the campus. Fills Builder::halls and adds the Hall and Row
// entities; the racks are added by addRacks() once power and cooling are planned.
void planHalls(Builder &b);
void addRacks(Builder &b);

} // namespace aif::generator
