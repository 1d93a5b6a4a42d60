#pragma once

namespace aif::generator {

class Builder;

// Cooling per hall (docs/authoring.md):
//   liquid side (liquid-cooled systems): a technology cooling loop and its CDUs per pair of
//     rows, a facility-water loop with dry coolers, and trim chillers where the design day is
//     too warm for the dry coolers to hold the supply temperature;
//   air side: air units on the west and east walls with hot-aisle containment (air, hybrid), or
//     a rear-door heat exchanger on every rack (rdhx, liquid), on a chilled-water loop with chillers.
// Unit counts follow the redundancy (N, N+1, 2N). Sets the racks' cooling loops.
void planCooling(Builder &b);

} // namespace aif::generator
