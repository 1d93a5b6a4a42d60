#include "sweep/sweeprunner.h"

#include "catalog.h"
#include "projectio.h"
#include "report/keyfigures.h"
#include "solvejob.h"

#include <QElapsedTimer>

#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>

namespace aif::sweep {

namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

// The errors of a failed case, joined (the first few: the rest follow from them).
std::string joinErrors(const Diagnostics &diagnostics)
{
    std::string text;
    int n = 0;
    for (const Diagnostic &d : diagnostics) {
        if (!d.isError())
            continue;
        if (++n > 3) {
            text += "; ...";
            break;
        }
        if (!text.empty())
            text += "; ";
        text += d.pointer.empty() ? d.message : d.pointer + ": " + d.message;
    }
    return text.empty() ? std::string("not solved") : text;
}

double readObjective(const Objective &o, const std::vector<KeyFigure> &figures, const Json &result)
{
    if (!o.figureKey.empty()) {
        const KeyFigure *f = findFigure(figures, QString::fromStdString(o.figureKey));
        return f && f->valid() ? f->value * o.factor : kMissing;
    }
    try {
        const Json::json_pointer p(o.pointer);
        if (result.contains(p) && result.at(p).is_number())
            return result.at(p).get<double>();
    } catch (const Json::exception &) {
    }
    return kMissing;
}

} // namespace

const char *statusName(CaseResult::Status status)
{
    switch (status) {
    case CaseResult::Status::Ok:
        return "ok";
    case CaseResult::Status::Failed:
        return "failed";
    case CaseResult::Status::Cancelled:
        return "cancelled";
    }
    return "failed";
}

Json CaseResult::toJson() const
{
    Json objs = Json::array();
    for (double v : objectives)
        objs.push_back(std::isfinite(v) ? Json(v) : Json());
    return Json{{"id", id}, {"inputs", inputs}, {"status", statusName(status)}, {"error", error},
                {"objectives", objs}, {"violations", violations}, {"seconds", seconds}};
}

CaseResult CaseResult::fromJson(const Json &json)
{
    CaseResult r;
    r.id = json.at("id").get<int>();
    r.inputs = json.at("inputs");
    const std::string s = json.at("status").get<std::string>();
    r.status = s == "ok" ? Status::Ok : s == "cancelled" ? Status::Cancelled : Status::Failed;
    r.error = json.at("error").get<std::string>();
    for (const Json &v : json.at("objectives"))
        r.objectives.push_back(v.is_number() ? v.get<double>() : kMissing);
    r.violations = json.at("violations").get<int>();
    r.seconds = json.at("seconds").get<double>();
    return r;
}

CaseResult runCase(const SweepSpec &spec, const Catalog &catalog, int id,
                   const std::vector<int> &choice, const Progress *cancel)
{
    QElapsedTimer timer;
    timer.start();
    CaseResult r;
    r.id = id;
    r.inputs = caseInputs(spec, choice);
    r.objectives.assign(spec.objectives.size(), kMissing);
    // Through the loader, as `aif solve` reads a file: a wrongly typed or out-of-range value is
    // the error it would be there.
    const LoadResult loaded = parseProject(QByteArray::fromStdString(caseProject(spec, choice).dump()));
    if (!loaded.ok || hasErrors(loaded.diagnostics)) {
        r.status = CaseResult::Status::Failed;
        r.error = joinErrors(loaded.diagnostics);
        r.seconds = double(timer.nsecsElapsed()) / 1e9;
        return r;
    }
    // The solve polls its own Progress; its report() (on the solving thread) passes the sweep's
    // cancel on, so a long case stops mid-solve.
    Progress *self = nullptr;
    Progress caseProgress([&self, cancel](double, const std::string &) {
        if (cancel && cancel->cancelled() && self)
            self->cancel();
    });
    self = &caseProgress;
    if (cancel && cancel->cancelled())
        caseProgress.cancel();
    const SolveResult solved = runSolve(loaded.project, catalog, {}, &caseProgress);
    r.violations = int(solved.violations.size());
    if (solved.cancelled) {
        r.status = CaseResult::Status::Cancelled;
        r.error = "cancelled";
    } else if (!solved.ok) {
        r.status = CaseResult::Status::Failed;
        r.error = joinErrors(solved.violations);
    } else {
        const std::vector<KeyFigure> figures = keyFigures(solved);
        for (size_t k = 0; k < spec.objectives.size(); ++k)
            r.objectives[k] = readObjective(spec.objectives[k], figures, solved.json);
    }
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    return r;
}

int runCases(const SweepSpec &spec, const Catalog &catalog,
             const std::vector<std::vector<int>> &cases, const std::vector<int> &ids,
             const RunOptions &options, const std::function<void(CaseResult &&)> &onResult,
             Progress *progress)
{
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<CaseResult> done;
    std::atomic<size_t> next{0};
    int running = std::max(1, std::min<int>(options.threads, int(ids.size())));
    auto work = [&] {
        for (;;) {
            if (progress && progress->cancelled())
                break;
            const size_t i = next.fetch_add(1);
            if (i >= ids.size())
                break;
            CaseResult r = runCase(spec, catalog, ids[i], cases[ids[i] - 1], progress);
            std::lock_guard<std::mutex> lock(mutex);
            done.push_back(std::move(r));
            ready.notify_one();
        }
        std::lock_guard<std::mutex> lock(mutex);
        --running;
        ready.notify_one();
    };
    std::vector<std::thread> workers;
    if (!ids.empty()) {
        for (int t = 0; t < running; ++t)
            workers.emplace_back(work);
    } else {
        running = 0;
    }
    int delivered = 0;
    const int total = int(ids.size());
    for (;;) {
        std::unique_lock<std::mutex> lock(mutex);
        ready.wait_for(lock, std::chrono::milliseconds(10),
                       [&] { return !done.empty() || running == 0; });
        std::deque<CaseResult> batch;
        batch.swap(done);
        const bool finished = running == 0;
        lock.unlock();
        for (CaseResult &r : batch) {
            ++delivered;
            if (progress) {
                progress->report(double(delivered) / std::max(1, total),
                                 "case " + std::to_string(delivered) + "/" + std::to_string(total)
                                     + " " + statusName(r.status));
            }
            onResult(std::move(r));
        }
        if (options.poll)
            options.poll();
        if (finished && batch.empty())
            break;
    }
    for (std::thread &t : workers)
        t.join();
    return delivered;
}

} // namespace aif::sweep
