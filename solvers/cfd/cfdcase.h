#pragma once

#include "cfd/cfdgrid.h"
#include "cfd/cfdhall.h"
#include "json.h"

#include <string>
#include <utility>
#include <vector>

namespace aif::cfd {

struct CfdCaseOptions
{
    std::string hallId;     // empty: the project's first hall
    double cellM = 0.2;     // target cell size; every interval gets round(length / cellM) cells, at least 1
    int processors = 1;     // decomposeParDict numberOfSubdomains
    int iterations = 2000;  // SIMPLE iterations (endTime); residualControl may stop earlier
};

// A complete OpenFOAM v1912 case as (relative path, text) pairs, plus what went into it.
struct CfdCase
{
    CfdHall hall;
    CfdGrid grid;
    CfdCaseOptions options;
    std::vector<std::pair<std::string, std::string>> files;
    std::vector<std::string> droppedPatches;   // patches with no face (e.g. a rack against a wall)
};

// Builds the case: hall description, mesh, boundary conditions (cfdfields.cpp), solver set-up and
// README. False with *error when the hall cannot be meshed.
bool buildCase(const CfdHall &hall, const CfdCaseOptions &options, CfdCase *out, std::string *error);

// aif-case.json: what import and calibrate need without re-solving the project (grid, rack
// intakes, the fast model's inlets at export).
Json caseInfo(const CfdCase &c);

// The 0/ field files (cfdfields.cpp) and system/constant dictionaries (cfdsystem.cpp).
std::vector<std::pair<std::string, std::string>> fieldFiles(const CfdCase &c);
std::vector<std::pair<std::string, std::string>> systemFiles(const CfdCase &c);
std::string caseReadme(const CfdCase &c);
double casePressurePa(const CfdHall &hall);   // reference pressure of the case, Pa

// Mass balance of the prescribed flows: inflow (tiles, unit supplies, rack exhausts) and outflow
// (rack intakes, returns at their share), kg/s.
void massBalance(const CfdHall &hall, double *inKgs, double *outKgs);

} // namespace aif::cfd
