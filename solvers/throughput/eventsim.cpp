#include "eventsim.h"

#include "eventsimreplica.h"
#include "eventsimrequests.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>

namespace aif::throughput {

namespace {

constexpr double kNever = std::numeric_limits<double>::infinity();

// The replicas of one kind that a simulation runs.
struct Pool
{
    const CostInputs *in = nullptr;
    const MemoryPlan *memory = nullptr;
    int replicas = 0;
    ReplicaRole role = ReplicaRole::Aggregated;
};

class Simulation : public SimSink
{
public:
    Simulation(std::vector<Pool> pools, double kvLinkBps, const Workload &w, const SimOptions &o);
    SimResult run();

    void prefillDone(int id, double t) override;
    void finished(int id, double t) override;
    void rejected(int id, double t) override;

private:
    using Event = std::pair<double, int>; // time, sequence or replica
    using EventQueue = std::priority_queue<Event, std::vector<Event>, std::greater<Event>>;

    void generate();
    void arrive(int id);
    void deliver(int id, double t);
    int leastLoaded(int first, int count, bool byTokens) const;
    void complete(int id, double t);
    void kick(int r);
    SimResult summarize(double now);

    const std::vector<Pool> m_pools;
    const double m_kvLinkBps;
    const Workload m_w;
    const SimOptions &m_o;
    std::vector<SimSequence> m_seqs;
    std::vector<EventSimReplica> m_replicas;
    std::vector<int> m_kicks;
    std::vector<char> m_kicked;
    EventQueue m_iterationEnds;
    EventQueue m_transfers;

    int m_warm = 0;
    int m_measured = 0;
    int m_doneAll = 0;
    int m_doneMeasured = 0;
    double m_windowStart = kNever;
    double m_windowEnd = kNever;
    double m_outputTokens = 0.0;
    double m_inputTokens = 0.0;
    double m_decodeSeqs = 0.0;
    std::int64_t m_decodeIterations = 0;
};

Simulation::Simulation(std::vector<Pool> pools, double kvLinkBps, const Workload &w,
                       const SimOptions &o)
    : m_pools(std::move(pools))
    , m_kvLinkBps(kvLinkBps)
    , m_w(w)
    , m_o(o)
{
    generate();
    for (const Pool &p : m_pools) {
        for (int i = 0; i < p.replicas; ++i)
            m_replicas.emplace_back(*p.in, p.memory->kvTokensPerReplica, p.role,
                                    int(m_replicas.size()), &m_seqs, o.speculative, o.seed);
    }
    m_kicked.assign(m_replicas.size(), 0);
    m_kicks.reserve(m_replicas.size());
}

void Simulation::generate()
{
    RequestSet set = generateRequests(m_w, m_o);
    m_seqs = std::move(set.seqs);
    m_warm = set.warm;
    m_measured = set.measured;
    if (m_warm == 0 && !m_seqs.empty())
        m_windowStart = m_seqs.front().arrivalS;
}

SimResult Simulation::run()
{
    std::size_t next = 0;
    std::int64_t polls = 0;
    double now = 0.0;
    bool cancelled = false;
    while (m_doneMeasured < m_measured) {
        if ((polls++ & 1023) == 0 && m_o.cancel && m_o.cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            break;
        }
        const double arrival = next < m_seqs.size() ? m_seqs[next].arrivalS : kNever;
        const double transfer = m_transfers.empty() ? kNever : m_transfers.top().first;
        const double end = m_iterationEnds.empty() ? kNever : m_iterationEnds.top().first;
        now = std::min({arrival, transfer, end});
        if (now == kNever)
            break; // nothing can happen any more; summarize() reports what finished
        // Everything due now lands before any idle replica plans its next iteration.
        while (next < m_seqs.size() && m_seqs[next].arrivalS <= now)
            arrive(int(next++));
        while (!m_transfers.empty() && m_transfers.top().first <= now) {
            const int id = m_transfers.top().second;
            m_transfers.pop();
            deliver(id, now);
        }
        while (!m_iterationEnds.empty() && m_iterationEnds.top().first <= now) {
            const int r = m_iterationEnds.top().second;
            m_iterationEnds.pop();
            const IterationOutcome out = m_replicas[std::size_t(r)].finish(now, *this);
            if (now > m_windowStart) {
                m_outputTokens += out.outputTokens;
                m_inputTokens += double(out.inputTokens);
                if (out.decodeSeqs > 0) {
                    m_decodeSeqs += out.decodeSeqs;
                    ++m_decodeIterations;
                }
            }
            kick(r);
        }
        for (int r : m_kicks) {
            m_kicked[std::size_t(r)] = 0;
            EventSimReplica &replica = m_replicas[std::size_t(r)];
            if (replica.busy())
                continue;
            const double d = replica.start(now, *this);
            if (d >= 0.0)
                m_iterationEnds.emplace(now + d, r);
        }
        m_kicks.clear();
    }
    SimResult result = summarize(now);
    result.cancelled = cancelled;
    return result;
}

void Simulation::kick(int r)
{
    if (!m_kicked[std::size_t(r)]) {
        m_kicked[std::size_t(r)] = 1;
        m_kicks.push_back(r);
    }
}

// Requests whose whole context can never be cached are turned away at the door.
void Simulation::arrive(int id)
{
    const SimSequence &s = m_seqs[std::size_t(id)];
    const Pool &first = m_pools.front();
    const std::int64_t context = std::int64_t(s.input) + s.output;
    const std::int64_t capacity = m_replicas.front().capacity();
    const bool split = first.role == ReplicaRole::Prefill;
    if ((split ? s.input : context) > capacity
        || (split && context > m_replicas.back().capacity())) {
        rejected(id, s.arrivalS);
        return;
    }
    const int r = leastLoaded(0, first.replicas, true);
    m_replicas[std::size_t(r)].enqueue(id);
    kick(r);
}

// The KV has arrived at the decode pool: it joins the least-loaded decode replica.
void Simulation::deliver(int id, double t)
{
    SimSequence &s = m_seqs[std::size_t(id)];
    if (m_o.ttftIncludesTransfer && s.firstTokenS < 0.0)
        s.firstTokenS = t;
    s.ctxTarget = s.input + s.generated - 1;
    s.prefillDone = s.ctxTarget;
    const int first = m_pools.front().replicas;
    const int r = leastLoaded(first, int(m_replicas.size()) - first, false);
    m_replicas[std::size_t(r)].enqueue(id);
    kick(r);
}

int Simulation::leastLoaded(int first, int count, bool byTokens) const
{
    int best = first;
    for (int r = first + 1; r < first + count; ++r) {
        const EventSimReplica &a = m_replicas[std::size_t(r)];
        const EventSimReplica &b = m_replicas[std::size_t(best)];
        if (byTokens ? a.queuedPrefillTokens() < b.queuedPrefillTokens() : a.load() < b.load())
            best = r;
    }
    return best;
}

void Simulation::prefillDone(int id, double t)
{
    SimSequence &s = m_seqs[std::size_t(id)];
    const bool leaving = m_replicas[std::size_t(s.replica)].role() == ReplicaRole::Prefill;
    if (!leaving || !m_o.ttftIncludesTransfer || s.generated >= s.output) {
        if (s.firstTokenS < 0.0)
            s.firstTokenS = t;
    }
    if (!leaving)
        return;
    if (s.generated >= s.output) {
        s.state = SimSequence::State::Done;
        finished(id, t);
        return;
    }
    const double bytes = m_pools.front().memory->kvBytesPerToken * s.input;
    m_transfers.emplace(t + (m_kvLinkBps > 0.0 ? bytes / m_kvLinkBps : 0.0), id);
}

void Simulation::finished(int id, double t)
{
    m_seqs[std::size_t(id)].finishS = t;
    complete(id, t);
}

void Simulation::rejected(int id, double t)
{
    m_seqs[std::size_t(id)].state = SimSequence::State::Rejected;
    complete(id, t);
}

// The measured window opens once the warm-up's worth of requests has completed (the engine
// is loaded) and closes when the last measured request is done.
void Simulation::complete(int id, double t)
{
    if (++m_doneAll == m_warm && m_warm > 0)
        m_windowStart = std::max(t, m_seqs[std::size_t(m_warm)].arrivalS);
    if (id >= m_warm && id < m_warm + m_measured && ++m_doneMeasured == m_measured)
        m_windowEnd = t;
}

SimResult Simulation::summarize(double now)
{
    SimResult r;
    std::vector<double> ttft, tpot, e2e;
    ttft.reserve(std::size_t(m_measured));
    tpot.reserve(std::size_t(m_measured));
    e2e.reserve(std::size_t(m_measured));
    for (int i = m_warm; i < m_warm + m_measured; ++i) {
        const SimSequence &s = m_seqs[std::size_t(i)];
        if (s.state == SimSequence::State::Rejected) {
            ++r.rejected;
            continue;
        }
        if (s.state != SimSequence::State::Done)
            continue;
        ++r.completed;
        ttft.push_back(s.firstTokenS - s.arrivalS);
        e2e.push_back(s.finishS - s.arrivalS);
        if (s.output > 1)
            tpot.push_back((s.finishS - s.firstTokenS) / (s.output - 1));
    }
    r.ttftS = percentiles(std::move(ttft));
    r.tpotS = percentiles(std::move(tpot));
    r.e2eS = percentiles(std::move(e2e));

    const double end = std::min(m_windowEnd, now);
    const double start = m_windowStart < end ? m_windowStart : m_seqs.front().arrivalS;
    r.windowS = std::max(0.0, end - start);
    if (r.windowS > 0.0) {
        r.outputTokensPerS = m_outputTokens / r.windowS;
        r.inputTokensPerS = m_inputTokens / r.windowS;
    }
    r.meanBatch = m_decodeIterations > 0 ? m_decodeSeqs / double(m_decodeIterations) : 0.0;
    r.simulatedS = now;
    for (const EventSimReplica &replica : m_replicas) {
        r.iterations += replica.iterations();
        r.preemptions += replica.preemptions();
        r.kvLimited = r.kvLimited || replica.kvLimited();
        r.peakKvShare = std::max(r.peakKvShare, replica.peakKvShare());
    }
    return r;
}

} // namespace

SimResult simulateAggregated(const CostInputs &in, const MemoryPlan &memory, const Workload &w,
                             const SimOptions &o)
{
    SimResult r;
    r.error = checkReplicaInputs(in, memory, "aggregated replica");
    if (r.error.empty())
        r.error = checkWorkload(w, o);
    if (!r.error.empty())
        return r;
    return Simulation({{&in, &memory, 1, ReplicaRole::Aggregated}}, 0.0, w, o).run();
}

SimResult simulateDisaggregated(const CostInputs &inPrefill, const MemoryPlan &memPrefill,
                                int prefillReplicas, const CostInputs &inDecode,
                                const MemoryPlan &memDecode, int decodeReplicas, double kvLinkBps,
                                const Workload &w, const SimOptions &o)
{
    SimResult r;
    r.error = checkReplicaInputs(inPrefill, memPrefill, "prefill replicas");
    if (r.error.empty())
        r.error = checkReplicaInputs(inDecode, memDecode, "decode replicas");
    if (r.error.empty() && (prefillReplicas < 1 || decodeReplicas < 1))
        r.error = "disaggregation: at least one prefill and one decode replica";
    if (r.error.empty())
        r.error = checkWorkload(w, o);
    if (!r.error.empty())
        return r;
    return Simulation({{&inPrefill, &memPrefill, prefillReplicas, ReplicaRole::Prefill},
                       {&inDecode, &memDecode, decodeReplicas, ReplicaRole::Decode}},
                      kvLinkBps, w, o)
        .run();
}

} // namespace aif::throughput
