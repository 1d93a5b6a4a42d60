#include "itload.h"

#include "catalog.h"
#include "lossmodel.h"
#include "network/fabricfeed.h"

#include <algorithm>
#include <optional>

namespace aif::power {

namespace {

// Server power rises with inlet temperature above 23 °C by about 0.35-0.5 %/K (fans and
// leakage; physics.md, from ASHRAE TC9.9 server power-vs-inlet data). The midpoint is used.
constexpr double kInletUpliftPerK = 0.00425;
constexpr double kInletUpliftFromC = 23.0;

double num(const Json &j, const char *key, double fallback = 0.0)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : fallback;
}

struct SystemModel
{
    int gpus = 0;
    double gpuIdleW = 0, gpuTdpW = 0;
    double cpuW = 0, nicW = 0, fanMaxW = 0, otherW = 0;
    double liquidFraction = 0;
    double psuRatedW = 0;
    double idleShare = 0;   // idle / nameplate power of the whole system
    EfficiencyCurve psuCurve;
};

SystemModel systemModel(const Catalog &catalog, const Json &sys)
{
    SystemModel m;
    m.gpus = int(num(sys, "gpuCount"));
    if (const Json *gpu = catalog.entry("gpus", sys.value("gpu", std::string()))) {
        m.gpuTdpW = num(*gpu, "tdpW");
        m.gpuIdleW = num(*gpu, "idleW");
    }
    if (const auto c = sys.find("cpus"); c != sys.end() && c->is_object())
        m.cpuW = num(*c, "count") * num(*c, "tdpW");
    m.nicW = num(sys, "nicW");
    m.fanMaxW = num(sys, "fanMaxPowerW");
    m.otherW = num(sys, "platformOtherW");   // switch trays, memory, storage: drawn whatever the load
    m.liquidFraction = std::clamp(num(sys, "liquidHeatFraction"), 0.0, 1.0);
    if (const auto psu = sys.find("psu"); psu != sys.end() && psu->is_object()) {
        m.psuRatedW = num(*psu, "count") * num(*psu, "ratedW");
        if (const Json *curve = catalog.entry("power", psu->value("efficiencyCurve", std::string())))
            m.psuCurve = EfficiencyCurve::fromJson(curve->value("points", Json::array()));
    }
    m.idleShare = num(sys, "maxPowerW") > 0 ? num(sys, "idlePowerW") / num(sys, "maxPowerW") : 0.0;
    return m;
}

// Catalog lookups remembered per id: a campus has tens of thousands of racks and a million
// links but a handful of system and transceiver types. The last id answers without hashing.
template<class T>
class Memo
{
public:
    template<class Make>
    const T &get(const std::string &id, Make &&make)
    {
        if (m_last && m_lastId == id)
            return *m_last;
        auto it = m_known.find(id);
        if (it == m_known.end())
            it = m_known.emplace(id, make()).first;
        m_lastId = id;
        m_last = &it->second;
        return *m_last;
    }

private:
    std::unordered_map<std::string, T> m_known;   // node-based: references stay valid
    std::string m_lastId;
    const T *m_last = nullptr;
};

// Transceiver power of one optics catalog entry (0 when unknown or a passive cable).
double opticsW(const Catalog &catalog, const std::string &id)
{
    const Json *o = id.empty() ? nullptr : catalog.entry("optics", id);
    return o ? num(*o, "powerW") : 0.0;
}

} // namespace

std::vector<double> rackNetworkW(const Project &p, const Catalog &catalog)
{
    return rackNetworkW(p, catalog, network::fabricFeed(p, catalog));
}

std::vector<double> rackNetworkW(const Project &p, const Catalog &catalog, const network::FabricFeed &feed)
{
    std::vector<double> w = feed.rackW;
    w.resize(p.racks.size(), 0.0);
    std::unordered_map<std::string, size_t> rackIndex;
    rackIndex.reserve(p.racks.size());
    for (size_t i = 0; i < p.racks.size(); ++i)
        rackIndex.emplace(p.racks[i].id, i);
    Memo<double> optics;
    auto opticsOf = [&](const std::string &id) { return optics.get(id, [&] { return opticsW(catalog, id); }); };

    // Network gear mounted in racks: switch electronics plus one transceiver per port (the
    // planned domains' switches are in feed.rackW already).
    const auto planned = [&](const std::string &id) { return feed.plannedSwitches.count(id) > 0; };
    for (const Switch &s : p.switches) {
        const auto it = rackIndex.find(s.rack);
        if (it != rackIndex.end() && !s.failed && !planned(s.id))
            w[it->second] += s.powerW + s.ports * opticsOf(s.transceiver);
    }
    // Links leaving a rack carry a transceiver at the rack's end (the switch end is counted
    // above). Links come grouped by rack, so the last end looked up is usually the next one.
    std::string lastEnd;
    size_t lastIndex = p.racks.size();
    auto rackOf = [&](const std::string &end) {
        if (end != lastEnd) {
            const auto it = rackIndex.find(end);
            lastEnd = end;
            lastIndex = it == rackIndex.end() ? p.racks.size() : it->second;
        }
        return lastIndex;
    };
    for (const Link &l : p.links) {
        if (planned(l.from) || planned(l.to))   // its node-end optics are in the plan's cable runs
            continue;
        for (const std::string *end : {&l.from, &l.to}) {
            if (const size_t r = rackOf(*end); r < p.racks.size())
                w[r] += l.count * opticsOf(l.transceiver);
        }
    }
    return w;
}

std::vector<double> rackNetworkW(const std::vector<RackLoad> &loads)
{
    std::vector<double> w;
    w.reserve(loads.size());
    for (const RackLoad &l : loads)
        w.push_back(l.networkW);
    return w;
}

std::vector<RackLoad> computeRackLoads(const Project &p, const Catalog &catalog, const ItLoadOptions &options,
                                       const network::FabricFeed *feed)
{
    std::vector<RackLoad> loads(p.racks.size());
    const bool known = options.rackNetworkW.size() == p.racks.size();
    const std::vector<double> computed = known ? std::vector<double>()
                                         : feed  ? rackNetworkW(p, catalog, *feed)
                                                 : rackNetworkW(p, catalog);
    const std::vector<double> &network = known ? options.rackNetworkW : computed;
    for (size_t i = 0; i < p.racks.size(); ++i)
        loads[i].networkW = network[i];
    Memo<std::optional<SystemModel>> models;
    const SystemModel none;

    for (size_t i = 0; i < p.racks.size(); ++i) {
        const Rack &rack = p.racks[i];
        RackLoad &r = loads[i];
        r.id = rack.id;
        if (const PowerNode *feed = p.get<PowerNode>(rack.powerFeedA.empty() ? rack.powerFeedB : rack.powerFeedA))
            r.psuInChain = feed->type == "powershelf";
        // The system's model, or null when the rack holds none or the catalog does not know it.
        const SystemModel *sys = nullptr;
        if (!rack.system.empty() && rack.systemCount != 0) {
            const std::optional<SystemModel> &found = models.get(rack.system, [&]() -> std::optional<SystemModel> {
                const Json *entry = catalog.entry("systems", rack.system);
                return entry ? std::optional(systemModel(catalog, *entry)) : std::nullopt;
            });
            sys = found ? &*found : nullptr;
        }
        double a = options.defaultActivity;
        if (const auto it = options.rackActivity.find(rack.id); it != options.rackActivity.end())
            a = it->second;
        a = std::clamp(a, 0.0, 1.0);
        const SystemModel &m = sys ? *sys : none;
        if (sys) {
            const int n = rack.systemCount;
            double perGpu = m.gpuIdleW + (m.gpuTdpW - m.gpuIdleW) * a;   // throughput.md: idle + (max - idle) x activity
            if (rack.gpuPowerLimitW > 0)
                perGpu = std::min(perGpu, rack.gpuPowerLimitW);
            r.gpuNominalW = n * m.gpus * perGpu;
            // Hot silicon leaks more, but a GPU never draws past its board power limit (TDP, or
            // the rack's cap): the limiter lowers clocks instead (the throughput side's gpuPower).
            if (const auto it = options.gpuLeakageFactor.find(rack.id); it != options.gpuLeakageFactor.end()) {
                const double limitW = rack.gpuPowerLimitW > 0 ? std::min<double>(rack.gpuPowerLimitW, m.gpuTdpW) : m.gpuTdpW;
                perGpu = std::min(perGpu * it->second, std::max(perGpu, limitW));
            }
            r.gpus = n * m.gpus;
            r.gpuW = r.gpus * perGpu;
            // CPUs follow the job's activity between a quarter of TDP idle and TDP: same linear
            // idle-to-max form as the GPUs, with the system's idle share of its nameplate.
            const double idleShare = m.idleShare;
            r.cpuW = n * m.cpuW * (idleShare + (1.0 - idleShare) * a);
            r.nicW = n * (m.nicW + m.otherW);
            // Fans move air in proportion to the heat they carry (constant ΔT across the server);
            // by the fan affinity laws their power goes with the cube of speed.
            const double heatMax = m.gpus * m.gpuTdpW + m.cpuW + m.nicW + m.otherW;
            const double heatNow = m.gpus * perGpu + m.cpuW * (idleShare + (1.0 - idleShare) * a) + m.nicW + m.otherW;
            const double speed = heatMax > 0 ? std::clamp(heatNow / heatMax, 0.0, 1.0) : 1.0;
            r.fanW = n * m.fanMaxW * speed * speed * speed;
            r.liquidFraction = m.liquidFraction;
            r.psuRatedW = n * m.psuRatedW;
        }
        double component = r.gpuW + r.cpuW + r.nicW + r.fanW + r.networkW;
        if (const auto it = options.rackInletC.find(rack.id); it != options.rackInletC.end())
            r.inletUpliftW = component * kInletUpliftPerK * std::max(0.0, it->second - kInletUpliftFromC);
        r.componentW = component + r.inletUpliftW;
        // Internal PSUs convert AC to the boards' DC; a rack fed from a DC power-shelf node has
        // that conversion in the chain instead (the node's own loss model).
        if (!r.psuInChain && r.psuRatedW > 0 && !m.psuCurve.isEmpty())
            r.psuLossW = m.psuCurve.inputW(r.componentW, r.psuRatedW) - r.componentW;
        r.inputW = r.componentW + r.psuLossW;
    }
    return loads;
}

} // namespace aif::power
