#pragma once

namespace aif::generator {

class Builder;

// The racks the IT load needs and how they go into halls and rows (docs/authoring.md): whole
// systems in racks (or whole supernodes), the nearest whole number to the target, split
// evenly over the halls; rows of a base length, longer past 12 rows a hall, each within one
// power block with its network racks; then each hall's fabric (fabricplan.h). With no hall
// count asked (0), as many halls as keep each within kHallMaxW. Fills Builder::plans.
// Refuses, naming the field: a load smaller than one rack (or supernode), more halls than
// racks, a hall count that puts more than kHallMaxW in a hall, more than 100 halls.
void planRacks(Builder &b);

} // namespace aif::generator
