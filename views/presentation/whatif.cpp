#include "whatif.h"

#include "catalog.h"
#include "catalogschema.h"
#include "energy/annual.h"
#include "project.h"
#include "tco/tco.h"
#include "twin/twin.h"

#include <QElapsedTimer>
#include <QObject>

#include <algorithm>
#include <map>

namespace aif {

namespace {

bool isSet(double v)
{
    return std::isfinite(v);
}

// Why `candidate` cannot replace `current` in `rack`, or empty when it fits.
QString misfit(const Rack &rack, const Json &current, const Json &candidate, const Catalog &catalog)
{
    if (candidate.value("cooling", std::string()) != current.value("cooling", std::string()))
        return QObject::tr("%1 cooling").arg(QString::fromStdString(candidate.value("cooling", std::string())));
    if (candidate.value("racks", 1) != 1 || candidate.contains("supernode"))
        return QObject::tr("spans several racks");
    const int oldGpus = current.value("gpuCount", 0) * rack.systemCount;
    const int gpus = candidate.value("gpuCount", 0);
    if (gpus <= 0 || oldGpus % gpus != 0)
        return QObject::tr("%1 GPUs per rack cannot be made of %2-GPU systems").arg(oldGpus).arg(gpus);
    const int count = oldGpus / gpus;
    const double nameplate = count * candidate.value("maxPowerW", 0.0);
    const double limit = rack.powerBudgetW > 0.0 ? rack.powerBudgetW
                                                 : rack.systemCount * current.value("maxPowerW", 0.0);
    if (nameplate > limit)
        return QObject::tr("%1 kW per rack over the %2 kW the racks are built for")
            .arg(nameplate / 1e3, 0, 'f', 1)
            .arg(limit / 1e3, 0, 'f', 1);
    const CatalogEntry *type = catalog.find("racks", rack.rackType);
    const int units = type ? type->data.value("units", 0) : 0;
    const int height = candidate.value("heightU", 0);
    if (units > 0 && height > 0 && count * height > units)
        return QObject::tr("%1 U does not fit a %2 U rack").arg(count * height).arg(units);
    return {};
}

} // namespace

std::string designSystem(const Project &project)
{
    std::map<std::string, int> count;
    for (const Rack &r : project.racks)
        if (!r.system.empty() && r.systemCount > 0)
            ++count[r.system];
    const auto best = std::max_element(count.begin(), count.end(),
                                       [](const auto &a, const auto &b) { return a.second < b.second; });
    return best == count.end() ? std::string() : best->first;
}

std::vector<SystemChoice> systemChoices(const Project &project, const Catalog &catalog, QString *why)
{
    std::vector<SystemChoice> out;
    const std::string own = designSystem(project);
    const CatalogEntry *current = own.empty() ? nullptr : catalog.find("systems", own);
    if (!current) {
        if (why)
            *why = QObject::tr("the design has no GPU systems from the catalog");
        return out;
    }
    const Rack *sample = nullptr;
    for (const Rack &r : project.racks)
        sample = !sample && r.system == own ? &r : sample;
    out.push_back({own, QString::fromStdString(current->name), sample->systemCount});
    QStringList refused;
    for (const CatalogEntry *e : catalog.entries("systems")) {
        if (e->id == own)
            continue;
        // A roadmap part does not ship: a customer cannot buy the what-if.
        if (isAnnounced(e->data)) {
            refused << QStringLiteral("%1: announced, not shipping").arg(QString::fromStdString(e->id));
            continue;
        }
        QString reason;
        for (const Rack &r : project.racks) {
            if (r.system == own && reason.isEmpty())
                reason = misfit(r, current->data, e->data, catalog);
        }
        if (reason.isEmpty())
            out.push_back({e->id, QString::fromStdString(e->name),
                           sample->systemCount * current->data.value("gpuCount", 0)
                               / std::max(1, e->data.value("gpuCount", 1))});
        else
            refused << QStringLiteral("%1: %2").arg(QString::fromStdString(e->id), reason);
    }
    if (why)
        *why = out.size() > 1 ? QString()
                              : QObject::tr("No other catalog system fits these racks (%1).")
                                    .arg(refused.join(QStringLiteral("; ")));
    return out;
}

bool applyWhatIf(Project &project, const Catalog &catalog, const WhatIf &w, QString *why)
{
    if (isSet(w.tariffUsdPerKwh))
        project.economics.tariffUsdPerKwh = w.tariffUsdPerKwh;
    if (isSet(w.utilization)) {
        for (Deployment &d : project.deployments)
            d.utilization = w.utilization;
    }
    const std::string own = designSystem(project);
    if (w.system.empty() || w.system == own)
        return true;
    const CatalogEntry *current = catalog.find("systems", own);
    const CatalogEntry *next = catalog.find("systems", w.system);
    if (!current || !next) {
        *why = QObject::tr("no catalog system '%1'").arg(QString::fromStdString(w.system));
        return false;
    }
    for (Rack &r : project.racks) {
        if (r.system != own)
            continue;
        if (const QString m = misfit(r, current->data, next->data, catalog); !m.isEmpty()) {
            *why = QObject::tr("%1 does not fit rack %2: %3")
                       .arg(QString::fromStdString(next->name), QString::fromStdString(r.id), m);
            return false;
        }
        r.systemCount = r.systemCount * current->data.value("gpuCount", 0) / next->data.value("gpuCount", 1);
        r.system = w.system;
    }
    return true;
}

SolveOptions presentationSolveOptions()
{
    SolveOptions o;
    // $/Mtok needs the operating point and its cost; the twin solves power, thermal (T0) and
    // throughput itself, so the design-point sections are skipped (docs/twin.md).
    o.only = {"twin", "tco"};
    return o;
}

WhatIfOutcome solveWhatIf(Project project, const Catalog &catalog, const WhatIf &w, Progress *progress)
{
    WhatIfOutcome out;
    if (!applyWhatIf(project, catalog, w, &out.error))
        return out;
    QElapsedTimer clock;
    clock.start();
    auto result = std::make_shared<SolveResult>(runSolve(project, catalog, presentationSolveOptions(), progress));
    out.solveMs = clock.nsecsElapsed() / 1e6;
    if (result->cancelled)
        return out;
    out.ok = true;
    out.figures = keyFigures(*result);
    // The plan and the 3D view colour racks from the thermal result: the twin's operating point.
    auto scene = std::make_shared<SolveResult>();
    scene->ok = result->ok;
    scene->twin = result->twin;
    if (result->twin) {
        scene->power = result->twin->power;
        scene->thermal = result->twin->thermal;
        scene->throughput = result->twin->throughput;
    }
    if (isSet(w.pueTarget) && result->tco) {
        out.targetPue = w.pueTarget;
        out.usdPerMtokAtTarget = usdPerMtokAtPue(project, catalog, *result, w.pueTarget, &out.pueAtTarget);
    }
    out.solve = result;
    out.sceneResult = scene;
    out.project = std::make_shared<const Project>(std::move(project));
    return out;
}

double usdPerMtokAtPue(const Project &project, const Catalog &catalog, const SolveResult &r, double target,
                       double *pueOut)
{
    if (!r.twin || !r.tco || !isSet(target) || target < 1.0)
        return WhatIf::kUnset;
    // The inputs exactly as the solve job builds them (solvejob.cpp), then the overhead moved.
    tco::TcoInputs in = tco::tcoInputs(project, catalog, *r.twin);
    if (r.annual && r.annual->ok) {
        in.annualFacilityMwh = r.annual->facilityMwh;
        in.annualItMwh = r.annual->itMwh;
        in.annualWaterM3 = r.annual->waterM3;
        in.peakFacilityW = r.annual->peakFacilityW;
    }
    const bool year = in.annualFacilityMwh >= 0.0 && in.annualItMwh > 0.0;
    const double solved = year ? in.annualFacilityMwh / in.annualItMwh : (in.itW > 0 ? in.facilityW / in.itW : 0.0);
    if (solved <= 1.0)
        return WhatIf::kUnset;
    const double k = (target - 1.0) / (solved - 1.0);
    const auto overhead = [k](double facility, double it) { return it + (facility - it) * k; };
    const double busy = overhead(in.facilityW, in.itW);
    // The demand charge's peak moves with the busy facility power.
    in.peakFacilityW *= in.facilityW > 0.0 ? busy / in.facilityW : 1.0;
    in.facilityW = busy;
    in.idleFacilityW = overhead(in.idleFacilityW, in.idleItW);
    if (year)
        in.annualFacilityMwh = overhead(in.annualFacilityMwh, in.annualItMwh);
    const tco::TcoResult t = tco::computeTco(project, catalog, in);
    if (pueOut)
        *pueOut = t.annualPue;
    return t.tokensPerYear > 0.0 ? t.usdPerMillionTokens : WhatIf::kUnset;
}

} // namespace aif
