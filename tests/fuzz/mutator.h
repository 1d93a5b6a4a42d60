#pragma once

#include "fuzztarget.h"
#include "random.h"

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>

#include <string>
#include <unordered_set>
#include <vector>

namespace aif::fuzz {

// A file the mutations start from: a sample project, the minimal project, a bad file, a shipped
// catalog file.
struct SeedInput
{
    QString name;         // file name, for reports
    InputKind kind = InputKind::Project;
    QByteArray bytes;
    nlohmann::json json;  // parsed once (discarded when the file is not JSON)
    double weight = 1.0;  // relative chance of being picked: big files cost more per case
};

struct FuzzCase
{
    size_t input = 0;   // index into the seed inputs
    QByteArray bytes;
    std::string log;    // the mutations applied, in order
};

// Makes case `index` of the run with `seed`: the same case on every machine and in any order.
// Cases 0 .. inputs-1 are the seed inputs unmutated; after that one input, picked by weight,
// with 1-3 structure-aware mutations (JsonMutator) and sometimes byte-level ones on top, or
// 1-3 byte-level mutations only.
class Mutator
{
public:
    explicit Mutator(std::vector<SeedInput> inputs);

    const std::vector<SeedInput> &inputs() const { return m_inputs; }
    FuzzCase make(uint64_t seed, uint64_t index) const;

    // The seed inputs of this source tree: projects/*.aifactory, tests/data/formats/*,
    // tests/data/bad/* and resources/catalog/*.json (weights favour the small, fast files).
    static std::vector<SeedInput> sourceTreeInputs(const QString &sourceDir, QString *error);

private:
    std::vector<SeedInput> m_inputs;
    std::vector<double> m_cumulative;
    std::unordered_set<std::string> m_knownIds;
};

} // namespace aif::fuzz
