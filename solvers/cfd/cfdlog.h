#pragma once

#include <map>
#include <string>
#include <vector>

namespace aif::cfd {

// Progress of an OpenFOAM solver read from its log, line by line (docs/cfd.md "Run").
struct SolverProgress
{
    int iteration = 0;                           // "Time = N" of a steady solver
    std::map<std::string, double> residuals;     // first "Initial residual" of each field this iteration
    double executionSeconds = 0;                 // "ExecutionTime = X s"
    bool converged = false;                      // "SIMPLE solution converged in N iterations"
    bool finished = false;                       // "End"
    std::string fatal;                           // first line of a "FOAM FATAL" message
    double continuityError = 0;                  // last "time step continuity errors : sum local"
    bool floatingPointError = false;             // "sigFpe" in a stack trace: the solution blew up

    // A run whose continuity error grew past this (kg/s summed over cells; a converged hall is
    // ~1e-5) or that died of a floating-point exception has diverged: its field is not a result.
    static constexpr double kDivergedContinuity = 1.0;
    bool diverged() const { return floatingPointError || continuityError > kDivergedContinuity; }

    // Reads one log line; true when it closed an iteration (the ExecutionTime line).
    bool read(const std::string &line);
    std::string summary() const;                 // "iteration 120  p_rgh 1.2e-03  U 3.1e-04 ...  12.3 s"
};

// The first-order fallback for a case that diverged (docs/cfd.md "Run"): upwind for U and h
// instead of linearUpwind and stronger under-relaxation (p_rgh 0.3, U 0.2), applied to the text of
// system/fvSchemes and system/fvSolution as export wrote them. False when nothing was left to change.
bool makeRobust(std::string *fvSchemes, std::string *fvSolution);

// The commands `aif cfd run` runs for a case with np processors (np 1: serial), in order.
std::vector<std::vector<std::string>> runCommands(int processors, const std::string &solver = "buoyantSimpleFoam");

// A SLURM batch script running the same commands on a cluster node with OpenFOAM v1912.
std::string slurmScript(const std::string &caseName, int processors, const std::string &solver = "buoyantSimpleFoam");

} // namespace aif::cfd
