#pragma once

#include "entity.h"

namespace aif {

// An air-cooling unit: perimeter CRAH, in-row cooler, rear-door heat exchanger or fan wall.
// Rated values are copied from the catalog entry when placed; the instance values are what
// the solvers use (a designer may derate or override them).
struct AirUnit : EntityBase
{
    std::string hall;
    std::string type = "crah"; // crah, inrow, rdhx, fanwall
    std::string model;         // catalog "cooling"
    double xM = 0.0;
    double yM = 0.0;
    double rotationDeg = 0.0;
    double widthM = 2.5;
    double depthM = 1.0;
    double capacityW = 150e3;
    double airflowM3s = 10.0;
    double fanPowerW = 5e3;
    double supplyTempC = 22.0;
    std::string discharge = "room";     // room (front), underfloor (downflow into the plenum), overhead-duct
    std::string control = "supply";     // supply: holds supplyTempC; return: holds returnSetpointC
    double returnSetpointC = 35.0;
    double fanShutoffPa = 0.0;          // fan curve: static pressure at zero flow (0: fixed airflow)
    double ratedStaticPa = 0.0;         // external static pressure at the rated airflowM3s
    std::string chilledWaterLoop;
    std::string rack;          // rear-door units: the rack they are mounted on
    bool failed = false;       // what-if: unit out of service

    static const std::vector<Field<AirUnit>> &fields();
};

} // namespace aif
