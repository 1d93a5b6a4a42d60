#include "mutator.h"

#include "bytemutations.h"
#include "jsonmutator.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace aif::fuzz {

namespace {

void collectIds(const nlohmann::json &j, std::unordered_set<std::string> *ids)
{
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (it.key() == "id" && it.value().is_string())
                ids->insert(it.value().get<std::string>());
            collectIds(it.value(), ids);
        }
    } else if (j.is_array()) {
        for (const auto &x : j)
            collectIds(x, ids);
    }
}

// Cost per case grows with the file (parse, validate, save and reload): the 2.9 MB campus is
// ~100x the minimal project, so it is picked rarely; solved projects (<= 50 racks) often.
double weightFor(const QString &name, qint64 size)
{
    if (name.endsWith(QLatin1String(".json")))
        return 1.5;
    if (name.contains(QLatin1String("minimal")))
        return 12.0;
    if (size > (1 << 20))
        return 0.15;
    if (size > (200 << 10))
        return 1.5;
    if (size > (50 << 10))
        return 10.0;
    return 0.5;   // tests/data/bad: small, mostly refused at once
}

} // namespace

Mutator::Mutator(std::vector<SeedInput> inputs) : m_inputs(std::move(inputs))
{
    double sum = 0;
    for (const SeedInput &in : m_inputs) {
        sum += in.weight;
        m_cumulative.push_back(sum);
        collectIds(in.json, &m_knownIds);
    }
}

FuzzCase Mutator::make(uint64_t seed, uint64_t index) const
{
    FuzzCase c;
    if (index < m_inputs.size()) {
        c.input = size_t(index);
        c.bytes = m_inputs[c.input].bytes;
        c.log = "unmutated";
        return c;
    }
    Random rng = Random::forCase(seed, index);
    const double at = double(rng.next() >> 11) * 0x1.0p-53 * m_cumulative.back();
    c.input = size_t(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), at) - m_cumulative.begin());
    c.input = std::min(c.input, m_inputs.size() - 1);
    const SeedInput &in = m_inputs[c.input];
    const QByteArray &other = m_inputs[rng.below(m_inputs.size())].bytes;

    int byteMutations = 1 + int(rng.below(3));
    if (!in.json.is_discarded() && rng.chance(0.8)) {
        nlohmann::json doc = in.json;
        JsonMutator m(doc, rng, m_knownIds);
        for (size_t i = 0, n = 1 + rng.below(3); i < n; ++i)
            c.log += (c.log.empty() ? "" : "; ") + m.mutate();
        c.bytes = m.text();
        byteMutations = rng.chance(0.15) ? 1 : 0;
    } else {
        c.bytes = in.bytes;
    }
    for (int i = 0; i < byteMutations; ++i)
        c.log += (c.log.empty() ? "" : "; ") + mutateBytes(c.bytes, other, rng);
    return c;
}

std::vector<SeedInput> Mutator::sourceTreeInputs(const QString &sourceDir, QString *error)
{
    const struct
    {
        const char *dir;
        const char *pattern;
        InputKind kind;
    } places[] = {{"projects", "*.aifactory", InputKind::Project},
                  {"tests/data/formats", "*.aifactory", InputKind::Project},
                  {"tests/data/bad", "*.aifactory", InputKind::Project},
                  {"resources/catalog", "*.json", InputKind::CatalogFile}};
    std::vector<SeedInput> inputs;
    for (const auto &place : places) {
        const QDir dir(QDir(sourceDir).filePath(QString::fromLatin1(place.dir)));
        for (const QString &name : dir.entryList({QString::fromLatin1(place.pattern)}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly)) {
                *error = f.fileName() + ": " + f.errorString();
                return {};
            }
            SeedInput in;
            in.name = QString::fromLatin1(place.dir) + "/" + name;
            in.kind = place.kind;
            in.bytes = f.readAll();
            in.json = nlohmann::json::parse(in.bytes.constBegin(), in.bytes.constEnd(), nullptr, false);
            in.weight = weightFor(name, in.bytes.size());
            inputs.push_back(std::move(in));
        }
    }
    if (inputs.empty())
        *error = sourceDir + ": no seed inputs found";
    return inputs;
}

} // namespace aif::fuzz
