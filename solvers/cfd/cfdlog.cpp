// OpenFOAM log lines (v1912 solver output) and the run sequence of a case.
#include "cfd/cfdlog.h"

#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace aif::cfd {
namespace {

bool startsWith(const std::string &s, const std::string &prefix)
{
    return s.compare(0, prefix.size(), prefix) == 0;
}

} // namespace

bool SolverProgress::read(const std::string &raw)
{
    std::string line = raw;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
        line.pop_back();
    if (startsWith(line, "Time = ")) {
        iteration = std::atoi(line.c_str() + 7);
        residuals.clear();
        return false;
    }
    // "smoothSolver:  Solving for Ux, Initial residual = 0.01, Final residual = ..., No Iterations 2"
    const size_t solving = line.find("Solving for ");
    if (solving != std::string::npos) {
        const size_t comma = line.find(',', solving);
        const size_t initial = line.find("Initial residual = ", solving);
        if (comma != std::string::npos && initial != std::string::npos) {
            const std::string field = line.substr(solving + 12, comma - solving - 12);
            if (!residuals.count(field))
                residuals[field] = std::atof(line.c_str() + initial + 19);
        }
        return false;
    }
    if (startsWith(line, "ExecutionTime = ")) {
        executionSeconds = std::atof(line.c_str() + 16);
        return true;
    }
    if (line.find("solution converged in") != std::string::npos)
        converged = true;
    else if (line == "End")
        finished = true;
    else if (fatal.empty() && line.find("FOAM FATAL") != std::string::npos)
        fatal = line;
    else if (startsWith(line, "time step continuity errors : sum local = "))
        continuityError = std::atof(line.c_str() + 42);
    else if (line.find("sigFpe") != std::string::npos)
        floatingPointError = true;
    return false;
}

bool makeRobust(std::string *schemes, std::string *solution)
{
    auto replace = [](std::string *text, const std::string &from, const std::string &to) {
        const size_t at = text->find(from);
        if (at == std::string::npos)
            return false;
        text->replace(at, from.size(), to);
        return true;
    };
    bool changed = replace(schemes, "div(phi,U)      bounded Gauss linearUpwind grad(U);", "div(phi,U)      bounded Gauss upwind;");
    changed = replace(schemes, "div(phi,h)      bounded Gauss linearUpwind grad(h);", "div(phi,h)      bounded Gauss upwind;")
              || changed;
    changed = replace(solution, "p_rgh           0.7;", "p_rgh           0.3;") || changed;
    changed = replace(solution, "U               0.3;", "U               0.2;") || changed;
    return changed;
}

std::string SolverProgress::summary() const
{
    std::ostringstream s;
    s << "iteration " << iteration;
    char buf[32];
    for (const auto &[field, r] : residuals) {
        std::snprintf(buf, sizeof buf, "%.2e", r);
        s << "  " << field << ' ' << buf;
    }
    std::snprintf(buf, sizeof buf, "%.1f", executionSeconds);
    s << "  " << buf << " s";
    return s.str();
}

std::vector<std::vector<std::string>> runCommands(int np, const std::string &solver)
{
    std::vector<std::vector<std::string>> c = {{"blockMesh"}, {"checkMesh"}};
    if (np <= 1) {
        c.push_back({solver});
    } else {
        c.push_back({"decomposePar", "-force"});
        c.push_back({"mpirun", "-np", std::to_string(np), solver, "-parallel"});
        c.push_back({"reconstructPar", "-latestTime"});
    }
    return c;
}

std::string slurmScript(const std::string &caseName, int np, const std::string &solver)
{
    std::ostringstream s;
    s << "#!/bin/bash\n"
         "# SLURM batch script written by aif cfd run --print (AI Factory Studio). Submit from the case\n"
         "# directory: sbatch run.slurm. Needs OpenFOAM v1912 on the node (Debian: apt install openfoam).\n"
      << "#SBATCH --job-name=" << caseName << "\n#SBATCH --nodes=1\n#SBATCH --ntasks=" << std::max(1, np)
      << "\n#SBATCH --time=02:00:00\n#SBATCH --output=log.%j\n\nset -euo pipefail\n"
         "[ -f /usr/share/openfoam/etc/bashrc ] && . /usr/share/openfoam/etc/bashrc || true\n"
         "cd \"$SLURM_SUBMIT_DIR\"\n";
    for (const auto &cmd : runCommands(np, solver)) {
        std::string line;
        for (const std::string &a : cmd)
            line += (line.empty() ? "" : " ") + (a == "mpirun" ? std::string("srun") : a);
        if (cmd.front() == "mpirun")
            line = "srun " + solver + " -parallel";
        s << line << " > log." << (cmd.front() == "mpirun" ? solver : cmd.front()) << " 2>&1\n";
    }
    return s.str();
}

} // namespace aif::cfd
