#include "fabricfigures.h"

#include "catalog.h"
#include "mediumstyle.h"
#include "project.h"

#include <QObject>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

namespace aif::fabricFigures {

using namespace network;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

// A campus repeats one hall's fabric: the same finding in ten domains is one line naming them.
std::vector<Finding> mergeDomains(const std::vector<Finding> &in)
{
    std::vector<Finding> out;
    std::vector<std::vector<std::string>> domains;
    for (const Finding &f : in) {
        auto it = std::find_if(out.begin(), out.end(), [&](const Finding &o) {
            return o.severity == f.severity && o.text == f.text;
        });
        if (it == out.end() || f.domain.empty() || it->domain.empty()) {
            out.push_back(f);
            domains.push_back({f.domain});
        } else {
            domains[size_t(it - out.begin())].push_back(f.domain);
        }
    }
    for (size_t i = 0; i < out.size(); ++i) {
        const std::vector<std::string> &d = domains[i];
        if (d.size() == 2 || d.size() == 3) {
            out[i].domain = d[0];
            for (size_t k = 1; k < d.size(); ++k)
                out[i].domain += ", " + d[k];
        } else if (d.size() > 3) {
            out[i].domain = str(
                QObject::tr("%1 domains (%2 … %3)")
                    .arg(d.size())
                    .arg(QString::fromStdString(d.front()), QString::fromStdString(d.back())));
        }
    }
    return out;
}

} // namespace

std::vector<DomainSummary> domainSummaries(const Project &project, const ProjectFabric &fabric)
{
    std::vector<DomainSummary> out;
    for (const DomainFabric &d : fabric.domains) {
        DomainSummary s;
        s.name = d.domainId;
        const NetworkDomain *dom = project.get<NetworkDomain>(d.domainId);
        if (dom) {
            s.name = dom->name.empty() ? dom->id : dom->name;
            for (const std::string &id : dom->racks)
                if (const Rack *r = project.get<Rack>(id); r && !r->system.empty())
                    ++s.gpuRacks;
            for (int i = 0; i < int(fabric.scaleUp.size()); ++i) {
                const long long n = std::count_if(
                    dom->racks.begin(), dom->racks.end(), [&](const std::string &id) {
                        const Rack *r = project.get<Rack>(id);
                        return r && r->system == fabric.scaleUp[size_t(i)].systemId;
                    });
                if (n > 0)
                    s.scaleUp.push_back({i, n});
            }
        }
        for (const Switch &sw : project.switches) {
            if (sw.domain != d.domainId || sw.tier == "scale-up")
                continue;
            ++(sw.tier == "leaf"       ? s.placedLeaves
                   : sw.tier == "core" ? s.placedCores
                                       : s.placedSpines);
        }
        for (const CableRun &r : d.runs)
            s.cablesByTierMedium[r.tier][r.medium.medium] += r.count;
        out.push_back(std::move(s));
    }
    return out;
}

OpticsWhatIf opticsWhatIf(const Project &project, const ProjectFabric &fabric,
                          const Catalog &catalog, const std::string &technology)
{
    // The planner again with the technology: same positions and lengths, each link's medium
    // re-picked by its rule, so the columns differ only where the technology does.
    FabricOptions options;
    options.opticsTechnology = technology;
    // The pluggable column is the plan itself: no copy of a campus's fabric, no second plan.
    std::optional<ProjectFabric> replanned;
    if (technology != "pluggable")
        replanned = planProjectFabric(project, catalog, options);
    const ProjectFabric &planned = replanned ? *replanned : fabric;
    OpticsWhatIf w;
    w.technology = technology;
    w.catalogHasParts = technology == "pluggable";
    double bitsGbps = 0;
    std::set<double> lanes;
    for (size_t i = 0; i < planned.domains.size(); ++i) {
        const DomainFabric &d = planned.domains[i];
        const DomainFabric *base = i < fabric.domains.size() ? &fabric.domains[i] : nullptr;
        w.switchCapexUsd += d.tree.switchCapexUsd;
        w.opticsPowerW += d.opticsPowerW;
        w.opticsCapexUsd += d.opticsCapexUsd;
        w.failuresPerYear += d.opticsFailuresPerYear;
        lanes.insert(d.tree.laneGbps);
        for (size_t k = 0; k < d.runs.size(); ++k) {
            const CableRun &run = d.runs[k];
            bitsGbps += 2.0 * run.count * d.tree.physicalGbps;
            w.links += run.count;
            if (run.medium.technology == technology && !run.medium.copper())
                w.linksOnTechnology += run.count;
            if (base && k < base->runs.size() && base->runs[k].medium.id != run.medium.id)
                w.linksChanged += run.count;
            if (!run.reaches)
                w.beyondReach += run.count;
        }
    }
    for (double lane : lanes)
        for (const Medium &m : mediaAt(catalog, lane, technology))
            w.catalogHasParts = w.catalogHasParts || m.technology == technology;
    // W / (Gb/s) is nJ/bit; the figure the industry quotes per module end is pJ/bit.
    w.pjPerBit = bitsGbps > 0 ? w.opticsPowerW / bitsGbps * 1000.0 : 0;
    return w;
}

std::vector<MediumRow> mediumRows(const ProjectFabric &fabric, const Catalog &catalog)
{
    std::map<std::string, MediumRow> switches, media;
    for (const BomLine &l : fabric.bom) {
        if (l.kind == "dci-link")
            continue; // one row per scale-across link below, from fabric.dci
        MediumRow &r = l.kind == "switch" ? switches[l.part] : media[l.part];
        r.part = l.part;
        r.source = l.source;
        if (l.kind == "switch") {
            r.kind = "switch";
            r.units += l.count;
            const CatalogEntry *e = catalog.find("network", l.part);
            r.name = e && !e->name.empty() ? e->name : l.part;
        } else {
            r.kind = "medium";
            r.links += l.count;
            // Management links have no routed runs: their length is the planner's estimate.
            if (l.kind.rfind("management-", 0) == 0)
                r.lengthM += l.count * l.lengthM;
        }
        r.powerW += l.count * l.unitPowerW;
        r.capexUsd += l.count * l.unitPriceUsd;
    }
    std::vector<MediumRow> out;
    for (auto &[part, r] : switches)
        out.push_back(r);
    for (size_t i = 0; i < fabric.scaleUp.size(); ++i) {
        const ScaleUpResult &su = fabric.scaleUp[i];
        const long long n = fabric.scaleUpDomains[i];
        MediumRow r;
        r.kind = "scale-up";
        r.part = su.entryId;
        r.name = su.name;
        r.source = su.source;
        r.units = n * su.switchTrays;
        r.links = n * su.copperCables;
        r.transceivers = n * su.opticalTransceivers;
        r.powerW = n * (su.switchPowerW + su.opticsPowerW);
        r.priced = false; // the scale-up catalog entries carry no price
        out.push_back(r);
    }
    std::vector<MediumRow> mediaRows;
    for (auto &[part, r] : media) {
        const Medium m = mediumFromEntry(catalog, part);
        r.medium = m.medium;
        // Two lane rates of one medium (a 100G-lane storage fabric beside a 200G-lane compute
        // fabric) are different parts: the row says which.
        r.name = str(QObject::tr("%1, %2G lanes").arg(mediumStyle::label(m.medium)).arg(m.laneGbps));
        r.reachM = m.reachM;
        r.pjPerBit = m.pjPerBit;
        r.transceivers = m.copper() ? 0 : 2 * r.links; // as the planner counts them
        for (const DomainFabric &d : fabric.domains)
            for (const CableRun &run : d.runs)
                if (run.medium.id == part)
                    r.lengthM += run.count * run.lengthM;
        mediaRows.push_back(r);
    }
    std::stable_sort(mediaRows.begin(), mediaRows.end(),
                     [](const MediumRow &a, const MediumRow &b) {
                         return mediumStyle::rank(a.medium) < mediumStyle::rank(b.medium);
                     });
    out.insert(out.end(), mediaRows.begin(), mediaRows.end());
    // Scale-across: one row per link between two domains, as the planner sized it.
    for (const DciLink &l : fabric.dci) {
        MediumRow r;
        r.kind = "dci";
        r.medium = l.plan.medium;
        r.part = l.plan.partId;
        r.source = l.plan.source;
        r.name = str(QObject::tr("Scale-across %1 ↔ %2, %3")
                         .arg(QString::fromStdString(l.domainA), QString::fromStdString(l.domainB),
                              QString::fromStdString(l.plan.partName)));
        r.links = l.plan.wavelengths;
        r.transceivers = l.plan.transceivers;
        r.lengthM = l.routeM;
        r.powerW = l.plan.powerW;
        r.capexUsd = l.plan.capexUsd;
        r.pjPerBit = l.plan.pjPerBit;
        r.reachM = l.plan.reachKm * 1000.0;
        out.push_back(r);
    }
    return out;
}

long long LengthHistogram::total() const
{
    long long n = 0;
    for (const std::vector<long long> &bin : counts)
        for (long long c : bin)
            n += c;
    return n;
}

LengthHistogram lengthHistogram(const ProjectFabric &fabric, double binM)
{
    LengthHistogram h;
    h.binM = binM;
    std::set<std::string> present;
    int bins = 0;
    for (const DomainFabric &d : fabric.domains)
        for (const CableRun &r : d.runs) {
            present.insert(r.medium.medium);
            bins = std::max(bins, int(r.lengthM / binM) + 1);
        }
    for (const std::string &m : mediumStyle::order())
        if (present.count(m))
            h.media.push_back(m);
    for (const std::string &m : present) // media the style does not know, last
        if (mediumStyle::rank(m) >= int(mediumStyle::order().size()))
            h.media.push_back(m);
    h.counts.assign(size_t(bins), std::vector<long long>(h.media.size(), 0));
    for (const DomainFabric &d : fabric.domains)
        for (const CableRun &r : d.runs) {
            const size_t m = size_t(std::find(h.media.begin(), h.media.end(), r.medium.medium)
                                    - h.media.begin());
            h.counts[size_t(r.lengthM / binM)][m] += r.count;
        }
    return h;
}

std::vector<Finding> findings(const ProjectFabric &fabric,
                              const std::vector<DomainSummary> &summaries,
                              const std::vector<OpticsWhatIf> &whatIfs)
{
    using S = Finding::Severity;
    std::vector<Finding> out;
    for (const std::string &w : fabric.warnings) {
        const size_t colon = w.find(": ");
        const bool reach = w.find("beyond every medium's reach") != std::string::npos;
        out.push_back({reach ? S::Error : S::Warning,
                       colon == std::string::npos ? std::string() : w.substr(0, colon),
                       colon == std::string::npos ? w : w.substr(colon + 2)});
    }
    for (size_t i = 0; i < fabric.domains.size() && i < summaries.size(); ++i) {
        const DomainFabric &d = fabric.domains[i];
        const DomainSummary &s = summaries[i];
        const FatTreeResult &t = d.tree;
        // The tree's warnings, ports exhausted and oversubscription come with fabric.warnings
        // (the planner's, above); here only what the design has to spare or lacks entirely.
        const std::pair<const char *, std::pair<long long, long long>> tiers[]
            = {{"leaf", {s.placedLeaves, t.leaves}},
               {"spine", {s.placedSpines, t.spines}},
               {"core", {s.placedCores, t.cores}}};
        for (const auto &[tier, counts] : tiers) {
            const auto [placed, need] = counts;
            if (placed == 0 && need > 0)
                out.push_back({S::Info, d.domainId,
                               str(QObject::tr("no %1 switch in the design: the planner puts the "
                                               "%2 it needs at an automatic position")
                                       .arg(tier)
                                       .arg(need))});
            else if (placed > need)
                out.push_back(
                    {S::Info, d.domainId,
                     str(QObject::tr("%1 %2 switches in the design, the tree needs %3 (%4 spare)")
                             .arg(placed)
                             .arg(tier)
                             .arg(need)
                             .arg(placed - need))});
        }
    }
    for (const OpticsWhatIf &w : whatIfs)
        if (w.beyondReach > 0)
            out.push_back(
                {S::Warning,
                 {},
                 str(QObject::tr("with %1 optics, %2 links are beyond every medium's reach")
                         .arg(QString::fromStdString(w.technology).toUpper())
                         .arg(w.beyondReach))});
    const bool clean = std::none_of(out.begin(), out.end(),
                                    [](const Finding &f) { return f.severity != S::Info; });
    if (clean)
        out.insert(out.begin(),
                   {S::Info,
                    {},
                    str(QObject::tr("No warnings: every link is within its medium's reach, "
                                    "no switch runs out of ports, oversubscription at target"))});
    return mergeDomains(out);
}

} // namespace aif::fabricFigures
