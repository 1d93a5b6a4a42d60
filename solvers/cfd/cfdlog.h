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

    // Reads one log line; true when it closed an iteration (the ExecutionTime line).
    bool read(const std::string &line);
    std::string summary() const;                 // "iteration 120  p_rgh 1.2e-03  U 3.1e-04 ...  12.3 s"
};

// The commands `aif cfd run` runs for a case with np processors (np 1: serial), in order.
std::vector<std::vector<std::string>> runCommands(int processors, const std::string &solver = "buoyantSimpleFoam");

// A SLURM batch script running the same commands on a cluster node with OpenFOAM v1912.
std::string slurmScript(const std::string &caseName, int processors, const std::string &solver = "buoyantSimpleFoam");

} // namespace aif::cfd
