#pragma once

#include "project.h"

#include <QByteArray>

#include <string>
#include <vector>

namespace aif {
class Catalog;
}

namespace aif::fuzz {

enum class InputKind { Project, CatalogFile };

// What one case found. `signature` is stable across inputs that hit the same bug (numbers and
// array indices replaced: "non-finite /thermal/racks/*/inletC"), so known-open findings can be
// listed once (tests/data/fuzz/known-open.txt); `detail` says everything about this one.
struct Finding
{
    enum class Type { None, Exception, NonFinite, RoundTrip };
    Type type = Type::None;
    std::string signature;
    std::string detail;

    explicit operator bool() const { return type != Type::None; }
};

const char *typeName(Finding::Type type);   // "exception", "non-finite", "round-trip"

// What every case shares, built once: the shipped catalog and the projects a mutated catalog
// file is solved with.
struct FuzzContext
{
    const Catalog *catalog = nullptr;
    std::vector<Project> catalogProbes;   // solved against each mutated catalog (small ones)
    int maxSolveRacks = 50;               // larger projects are parsed and validated, not solved
    bool trapFloatingPoint = false;       // SIGFPE at the first NaN or infinity a solve makes (gdb)
};

// One case of the fuzzer and of the libFuzzer targets. A project: parse, and when it loads,
// validate, save and reload (a saved project must load), and for a small one run the solve job
// (with one of its scenarios, chosen by the input) and check every number it returns is finite.
// A catalog file: parse it as a user file, lay its entries over the shipped catalog and solve
// the probe projects with it. Never lets an exception escape: one is a finding.
Finding fuzzOne(const QByteArray &bytes, InputKind kind, const FuzzContext &context);

} // namespace aif::fuzz
