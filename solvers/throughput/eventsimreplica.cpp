#include "eventsimreplica.h"

#include <algorithm>
#include <cmath>

namespace aif::throughput {

void IdRing::grow()
{
    if (m_size < m_buf.size())
        return;
    std::vector<int> bigger(std::max<std::size_t>(64, 2 * m_buf.size()));
    for (std::size_t i = 0; i < m_size; ++i)
        bigger[i] = at(i);
    m_buf.swap(bigger);
    m_head = 0;
}

void IdRing::pushBack(int id)
{
    grow();
    m_buf[(m_head + m_size) & (m_buf.size() - 1)] = id;
    ++m_size;
}

void IdRing::pushFront(int id)
{
    grow();
    m_head = (m_head + m_buf.size() - 1) & (m_buf.size() - 1);
    m_buf[m_head] = id;
    ++m_size;
}

void IdRing::popFront()
{
    m_head = (m_head + 1) & (m_buf.size() - 1);
    --m_size;
}

namespace {

// std::push_heap builds a max-heap; this ordering puts the earliest finish on top.
bool laterFinish(const auto &a, const auto &b)
{
    return a.step > b.step || (a.step == b.step && a.id > b.id);
}

// SplitMix64: a reproducible draw per (seed, sequence, epoch) without a shared generator, so a
// replica's choices do not depend on the order the others drew in.
std::uint64_t mix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

double unitDraw(std::uint64_t bits)
{
    return (double(bits >> 11) + 0.5) * 0x1.0p-53; // (0, 1)
}

} // namespace

EventSimReplica::EventSimReplica(const CostInputs &in, double kvTokens, ReplicaRole role, int index,
                                 std::vector<SimSequence> *seqs, const SpeculativeSim &speculative,
                                 std::uint64_t seed)
    : m_in(in)
    , m_capacity(std::int64_t(std::floor(kvTokens)))
    , m_role(role)
    , m_index(index)
    , m_seqs(*seqs)
    , m_spec(speculative)
    , m_seed(seed)
{
    const EngineProfile &e = *in.engine;
    // Engine limits are per attention group: with data-parallel attention (ep > tp) each group
    // schedules its own batch and token budget, as the steady-state solver assumes.
    const int groups = in.placement.attentionGroups();
    m_maxBatch = e.maxBatch * groups;
    m_tokenBudget = e.maxTokensPerIteration * groups;
    m_chunked = e.chunkedPrefill;
    m_continuous = e.continuousBatching;
    m_reserveFull = e.reservesFullOutput;
    m_finishHeap.reserve(std::size_t(m_maxBatch) + 16);
    m_order.reserve(2 * std::size_t(m_maxBatch) + 64);
    m_chunks.reserve(64);
}

void EventSimReplica::enqueue(int id)
{
    SimSequence &s = seq(id);
    s.state = SimSequence::State::Waiting;
    s.replica = m_index;
    m_waiting.pushBack(id);
    m_waitingTokens += s.ctxTarget - s.prefillDone;
}

double EventSimReplica::start(double now, SimSink &sink)
{
    m_chunks.clear();
    m_stepDecodes = 0;
    // Static batching: a new batch only once the last one has drained.
    const bool open = m_continuous || m_running == 0;
    if (m_chunked) {
        // vLLM's scheduler admits nothing in a step that had to preempt: the room is not there.
        const bool preempted = makeRoomForGrowth();
        if (open && !preempted)
            admit(now, sink);
        m_stepDecodes = m_decoding;
        planChunks();
    } else {
        if (open)
            admit(now, sink);
        if (!m_prefill.empty()) {
            planWholePrompts(); // this iteration prefills only: decode waits
        } else {
            makeRoomForGrowth();
            m_stepDecodes = m_decoding;
        }
    }

    IterationBatch b;
    b.decodeSeqs = double(m_stepDecodes);
    if (m_stepDecodes > 0) {
        b.decodeContext = (m_kvOffsetSum + m_yieldSum * double(m_step)) / double(m_decoding);
        b.draftTokens = m_spec.draftTokens;
        b.draftLayers = m_spec.draftLayers;
    }
    double weighted = 0.0;
    for (const Chunk &c : m_chunks) {
        b.prefillTokens += c.tokens;
        weighted += c.tokens * (seq(c.id).prefillDone + 0.5 * c.tokens);
    }
    if (b.prefillTokens > 0.0) {
        b.prefillContext = weighted / b.prefillTokens;
        b.prefillSeqs = double(m_chunks.size());
    }
    if (b.decodeSeqs <= 0.0 && b.prefillTokens <= 0.0)
        return -1.0;

    m_peakKv = std::max(m_peakKv, kvInUse() + (m_stepDecodes > 0 ? kvGrowth() : 0));
    ++m_iterations;
    m_busy = true;
    return iterationCost(m_in, b).timeS;
}

// FCFS while the batch has room, the KV cache holds the context, and (continuous batching)
// the prefill budget is not yet spoken for.
void EventSimReplica::admit(double now, SimSink &sink)
{
    while (!m_waiting.empty() && m_running < m_maxBatch) {
        const int id = m_waiting.front();
        SimSequence &s = seq(id);
        const std::int64_t prefill = s.ctxTarget - s.prefillDone;
        if (m_continuous) {
            if (m_chunked && m_pending >= m_tokenBudget - decodeRows())
                break;
            if (!m_chunked && m_pending > 0 && m_pending + prefill > m_tokenBudget)
                break;
        }
        // A sequence with nothing to prefill decodes in this very iteration: one more KV slot.
        const std::int64_t need = m_reserveFull ? fullReservation(s) : s.ctxTarget + (prefill == 0 ? 1 : 0);
        if (kvInUse() + kvGrowth() + need > m_capacity) {
            if (m_running == 0) { // alone it would never fit: the caller checks, this guards
                m_waiting.popFront();
                m_waitingTokens -= prefill;
                s.state = SimSequence::State::Rejected;
                sink.rejected(id, now);
                continue;
            }
            m_kvLimited = true;
            break;
        }
        m_waiting.popFront();
        m_waitingTokens -= prefill;
        ++m_running;
        if (m_reserveFull)
            m_fullReserved += fullReservation(s);
        s.admitSerial = ++m_serial;
        m_order.emplace_back(id, s.admitSerial);
        if (prefill > 0) {
            s.state = SimSequence::State::Prefill;
            m_prefill.pushBack(id);
            m_pending += prefill;
            m_prefillReserved += s.ctxTarget;
        } else {
            joinDecode(id);
        }
    }
    if (m_order.size() > 2 * std::size_t(m_running) + 64)
        compactOrder();
}

// Decode steps to emit `remaining` tokens. With speculative decoding each step yields 1 to
// 1 + draftTokens tokens, independently, mean mu and variance v: the steps to reach n tokens are
// then about normal with mean n / mu and variance n v / mu^3 (renewal theorem), drawn once per
// sequence and epoch.
std::int64_t EventSimReplica::decodeSteps(int id, int remaining) const
{
    const double mu = m_spec.tokensPerStep;
    if (m_spec.draftTokens <= 0 || mu <= 1.0 || remaining <= 1)
        return remaining;
    const SimSequence &s = m_seqs[std::size_t(id)];
    const std::uint64_t key = mix(m_seed ^ mix(std::uint64_t(id) * 0x100000001B3ull + s.epoch));
    const double u1 = unitDraw(key), u2 = unitDraw(mix(key));
    const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    const double n = double(remaining);
    const double steps = n / mu + z * std::sqrt(n * std::max(0.0, m_spec.tokensPerStepVariance) / (mu * mu * mu));
    const double fewest = std::ceil(n / (1.0 + m_spec.draftTokens));
    return std::int64_t(std::clamp(std::round(steps), fewest, n));
}

// Context is input + generated - 1: the newest token's KV is written by the next decode step.
void EventSimReplica::joinDecode(int id)
{
    SimSequence &s = seq(id);
    s.state = SimSequence::State::Decode;
    s.decodeStart = m_step;
    const int remaining = s.output - s.generated;
    const std::int64_t steps = decodeSteps(id, remaining);
    s.yield = steps > 0 ? double(remaining) / double(steps) : 1.0;
    s.kvOffset = double(s.input + s.generated - 1) - s.yield * double(m_step);
    m_kvOffsetSum += s.kvOffset;
    m_yieldSum += s.yield;
    ++m_decoding;
    m_finishHeap.push_back({m_step + steps, id, s.epoch});
    std::push_heap(m_finishHeap.begin(), m_finishHeap.end(), laterFinish<FinishEntry, FinishEntry>);
}

// Every decoding sequence writes one more token's KV this iteration; evict the newest
// admissions until that fits (recomputed later, as vLLM does by default).
bool EventSimReplica::makeRoomForGrowth()
{
    bool preempted = false;
    while (m_decoding > 0 && kvInUse() + kvGrowth() > m_capacity) {
        preemptNewest();
        preempted = true;
    }
    return preempted;
}

void EventSimReplica::preemptNewest()
{
    int id = -1;
    while (!m_order.empty()) {
        const auto [candidate, serial] = m_order.back();
        m_order.pop_back();
        const SimSequence &c = seq(candidate);
        const bool running
            = c.state == SimSequence::State::Prefill || c.state == SimSequence::State::Decode;
        if (running && c.replica == m_index && c.admitSerial == serial) {
            id = candidate;
            break;
        }
    }
    if (id < 0)
        return;
    SimSequence &s = seq(id);
    if (s.state == SimSequence::State::Decode) {
        s.generated = std::min(s.output - 1, s.generated + int(s.yield * double(m_step - s.decodeStart) + 1e-9));
        leaveDecode(s);
        ++s.epoch;
        s.ctxTarget = s.input + s.generated; // recompute prompt and output, sample the next token
    } else { // the newest admission still prefilling is the back of the prefill queue
        m_prefill.popBack();
        m_pending -= s.ctxTarget - s.prefillDone;
        m_prefillReserved -= s.ctxTarget;
    }
    s.prefillDone = s.hit;
    s.state = SimSequence::State::Waiting;
    --m_running;
    release(s);
    m_waiting.pushFront(id);
    m_waitingTokens += s.ctxTarget - s.prefillDone;
    ++m_preemptions;
    m_kvLimited = true;
}

// Chunked prefill: what the decode tokens leave of the token budget goes to prompts, FCFS.
void EventSimReplica::planChunks()
{
    // Each decoding sequence takes 1 + draftTokens rows of the budget (its drafts are verified).
    std::int64_t budget = m_tokenBudget - decodeRows();
    for (std::size_t i = 0; i < m_prefill.size() && budget > 0; ++i) {
        const int id = m_prefill.at(i);
        const SimSequence &s = seq(id);
        const std::int64_t take = std::min<std::int64_t>(budget, s.ctxTarget - s.prefillDone);
        m_chunks.push_back({id, int(take)});
        budget -= take;
    }
}

// Without chunking a prompt is prefilled whole; one always goes even if it exceeds the budget.
void EventSimReplica::planWholePrompts()
{
    std::int64_t used = 0;
    for (std::size_t i = 0; i < m_prefill.size(); ++i) {
        const int id = m_prefill.at(i);
        const SimSequence &s = seq(id);
        const std::int64_t take = s.ctxTarget - s.prefillDone;
        if (i > 0 && used + take > m_tokenBudget)
            break;
        m_chunks.push_back({id, int(take)});
        used += take;
    }
}

IterationOutcome EventSimReplica::finish(double t, SimSink &sink)
{
    m_busy = false;
    IterationOutcome out;
    if (m_stepDecodes > 0) {
        ++m_step;
        out.outputTokens += m_yieldSum;
        out.decodeSeqs = int(m_stepDecodes);
        finishDecodes(t, sink);
    }
    // Chunks were planned FCFS, so a prompt that completes is always at the front.
    for (const Chunk &c : m_chunks) {
        SimSequence &s = seq(c.id);
        s.prefillDone += c.tokens;
        m_pending -= c.tokens;
        if (s.prefillDone < s.ctxTarget)
            continue;
        m_prefill.popFront();
        m_prefillReserved -= s.ctxTarget;
        ++s.generated;
        out.outputTokens += 1.0;
        if (!s.prefilledOnce) {
            s.prefilledOnce = true;
            out.inputTokens += s.input;
        }
        if (m_role == ReplicaRole::Prefill || s.generated >= s.output) {
            // Leaves this replica: done, or its KV moves on to a decode replica.
            --m_running;
            release(s);
            s.state = SimSequence::State::Pending;
            sink.prefillDone(c.id, t);
            if (s.generated >= s.output && m_role != ReplicaRole::Prefill) {
                s.state = SimSequence::State::Done;
                sink.finished(c.id, t);
            }
            continue;
        }
        joinDecode(c.id);
        sink.prefillDone(c.id, t);
    }
    m_chunks.clear();
    return out;
}

void EventSimReplica::finishDecodes(double t, SimSink &sink)
{
    while (!m_finishHeap.empty() && m_finishHeap.front().step <= m_step) {
        const FinishEntry e = m_finishHeap.front();
        std::pop_heap(m_finishHeap.begin(), m_finishHeap.end(),
                      laterFinish<FinishEntry, FinishEntry>);
        m_finishHeap.pop_back();
        SimSequence &s = seq(e.id);
        if (s.epoch != e.epoch || s.state != SimSequence::State::Decode || s.replica != m_index)
            continue; // preempted since
        leaveDecode(s);
        --m_running;
        release(s);
        s.generated = s.output;
        s.state = SimSequence::State::Done;
        sink.finished(e.id, t);
    }
}

void EventSimReplica::release(const SimSequence &s)
{
    if (m_reserveFull)
        m_fullReserved -= fullReservation(s);
}

void EventSimReplica::leaveDecode(const SimSequence &s)
{
    m_kvOffsetSum -= s.kvOffset;
    m_yieldSum -= s.yield;
    if (--m_decoding == 0)
        m_kvOffsetSum = m_yieldSum = 0.0; // no drift from fractional yields
}

void EventSimReplica::compactOrder()
{
    std::erase_if(m_order, [this](const std::pair<int, std::uint32_t> &e) {
        const SimSequence &s = seq(e.first);
        const bool running
            = s.state == SimSequence::State::Prefill || s.state == SimSequence::State::Decode;
        return !(running && s.replica == m_index && s.admitSerial == e.second);
    });
}

} // namespace aif::throughput
