#pragma once

#include "entity.h"

namespace aif {

// A rack on the hall floor. Position is the footprint's centre in hall coordinates; rotation 0
// means the front (air intake) faces -y, 90 faces +x, 180 faces +y, 270 faces -x.
struct Rack : EntityBase
{
    std::string hall;
    std::string row;
    double xM = 0.0;
    double yM = 0.0;
    double rotationDeg = 0.0;
    double widthM = 0.6;
    double depthM = 1.2;
    double heightM = 2.2;
    std::string rackType;     // catalog "racks"
    std::string system;       // catalog "systems": what is installed
    int systemCount = 0;      // how many of them (1 for rack-scale systems like NVL72)
    std::string powerFeedA;   // power node feeding side A
    std::string powerFeedB;   // side B (2N designs)
    std::string coolingLoop;  // technology cooling loop for liquid-cooled systems
    double powerBudgetW = 0.0;      // design power per rack (0: not set)
    double gpuPowerLimitW = 0.0;    // configured per-GPU power cap (0: the GPU's TDP)
    double airflowM3sPerKw = 0.0;   // air through the rack per kW of air heat (0: the system's catalog airflow)
    bool blankingPanels = true;     // empty U closed: no exhaust recirculates inside the rack
    std::string exhaust = "room";   // room (out of the rear door) or chimney (ducted to the ceiling plenum)

    static const std::vector<Field<Rack>> &fields();
};

} // namespace aif
