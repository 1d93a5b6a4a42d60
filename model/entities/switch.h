#pragma once

#include "entity.h"

namespace aif {

// A network switch; its power (ASIC, fans) and its transceivers' power load the rack it sits in.
struct Switch : EntityBase
{
    std::string hall;
    std::string rack;             // rack it is mounted in (empty: own floor position)
    std::string domain;           // network domain it belongs to
    std::string tier = "leaf";    // scale-up, leaf, spine, core
    std::string model;            // catalog "network"
    int ports = 64;
    double portSpeedGbps = 800.0;
    std::string transceiver;      // catalog "optics"
    double powerW = 1500.0;       // without optics
    bool failed = false;

    static const std::vector<Field<Switch>> &fields();
};

} // namespace aif
