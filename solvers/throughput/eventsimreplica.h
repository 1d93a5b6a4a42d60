#pragma once

// Private to the event simulation (eventsim.cpp): one serving-engine replica, iteration by
// iteration. Not part of the solver API.

#include "costmodel.h"
#include "eventsim.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace aif::throughput {

// One request's progress, shared by the replicas it passes through. While a sequence decodes,
// `generated` and its context are those at the step it joined (see EventSimReplica).
struct SimSequence
{
    enum class State : std::uint8_t { Pending, Waiting, Prefill, Decode, Done, Rejected };

    double arrivalS = 0.0;
    double firstTokenS = -1.0;
    double finishS = -1.0;
    int input = 0;
    int output = 0;
    int hit = 0; // prompt tokens found in the prefix cache: never prefilled
    int generated = 0; // output tokens so far
    int ctxTarget = 0; // KV tokens held once the current (re)prefill ends
    int prefillDone = 0; // context positions the current prefill has computed (hit included)
    int replica = -1; // where it is queued or running
    std::int64_t decodeStart = 0; // the replica's decode step when it joined decoding
    // Tokens it emits per decode step: 1, or with speculative decoding its remaining output over
    // the steps drawn for it at joinDecode (so it finishes exactly on its last step).
    double yield = 1.0;
    double kvOffset = 0.0; // its context minus yield x decodeStart: context = kvOffset + yield x step
    std::uint32_t epoch = 0; // bumped on preemption so stale finish entries are skipped
    std::uint32_t admitSerial = 0;
    bool prefilledOnce = false;
    State state = State::Pending;
};

// What one iteration produced.
struct IterationOutcome
{
    double outputTokens = 0.0; // fractional with speculative decoding (the step's mean yield)
    std::int64_t inputTokens = 0; // prompts (hit tokens included) whose first prefill ended
    int decodeSeqs = 0;
};

// Receives the events of a replica's sequences.
class SimSink
{
public:
    virtual ~SimSink() = default;
    virtual void prefillDone(int id, double t) = 0; // a token was sampled at the end of a prefill
    virtual void finished(int id, double t) = 0;
    virtual void rejected(int id, double t) = 0; // can never fit the KV cache
};

// A double-ended queue of sequence ids that keeps its storage between iterations.
class IdRing
{
public:
    bool empty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    int at(std::size_t i) const { return m_buf[(m_head + i) & (m_buf.size() - 1)]; }
    int front() const { return at(0); }
    int back() const { return at(m_size - 1); }
    void pushBack(int id);
    void pushFront(int id);
    void popFront();
    void popBack() { --m_size; }

private:
    void grow();
    std::vector<int> m_buf; // power-of-two size
    std::size_t m_head = 0;
    std::size_t m_size = 0;
};

enum class ReplicaRole { Aggregated, Prefill, Decode };

// A replica of a serving engine: FCFS admission bounded by maxBatch and KV capacity, decode of
// every running sequence each iteration, prefill in chunks (or whole prompts that stall decode),
// static or continuous batching, and vLLM-style preemption by recompute when KV growth overflows.
// Per iteration the work is O(1) plus the sequences whose prefill or decode ends in it.
class EventSimReplica
{
public:
    EventSimReplica(const CostInputs &in, double kvTokens, ReplicaRole role, int index,
                    std::vector<SimSequence> *seqs, const SpeculativeSim &speculative = {},
                    std::uint64_t seed = 1);

    ReplicaRole role() const { return m_role; }
    std::int64_t capacity() const { return m_capacity; }
    bool busy() const { return m_busy; }
    // Queues a sequence; its ctxTarget and prefillDone say how much prefill it needs.
    void enqueue(int id);
    // Plans the next iteration at `now`; returns its duration, or a negative value when idle.
    double start(double now, SimSink &sink);
    // Applies the iteration that start() planned, ending at t.
    IterationOutcome finish(double t, SimSink &sink);

    int load() const { return m_running + int(m_waiting.size()); }
    std::int64_t queuedPrefillTokens() const { return m_waitingTokens + m_pending; }
    std::int64_t iterations() const { return m_iterations; }
    std::int64_t preemptions() const { return m_preemptions; }
    bool kvLimited() const { return m_kvLimited; }
    double peakKvShare() const { return m_capacity > 0 ? double(m_peakKv) / m_capacity : 0.0; }

private:
    struct FinishEntry
    {
        std::int64_t step;
        int id;
        std::uint32_t epoch;
    };
    struct Chunk
    {
        int id;
        int tokens;
    };

    SimSequence &seq(int id) { return m_seqs[std::size_t(id)]; }
    std::int64_t kvInUse() const
    {
        if (m_reserveFull)
            return m_fullReserved;
        return std::int64_t(std::ceil(m_kvOffsetSum + m_yieldSum * double(m_step) - 1e-6)) + m_prefillReserved;
    }
    // KV a request holds under the engine's policy: its whole input + output when the engine
    // reserves the output up front (TensorRT-LLM GUARANTEED_NO_EVICT), else what it has cached.
    std::int64_t fullReservation(const SimSequence &s) const
    {
        return std::int64_t(s.input) + (m_role == ReplicaRole::Prefill ? 1 : s.output); // a prefill pool keeps no output
    }
    void release(const SimSequence &s);
    std::int64_t decodeSteps(int id, int remaining) const;
    // KV tokens the decoding sequences write in one step (their yields), and the rows of the
    // token budget they take (each verifies its drafts too).
    std::int64_t kvGrowth() const { return m_reserveFull ? 0 : std::int64_t(std::ceil(m_yieldSum - 1e-6)); }
    std::int64_t decodeRows() const { return m_decoding * (1 + std::max(0, m_spec.draftTokens)); }
    void admit(double now, SimSink &sink);
    void joinDecode(int id);
    void leaveDecode(const SimSequence &s);
    bool makeRoomForGrowth();
    void preemptNewest();
    void planChunks();
    void planWholePrompts();
    void finishDecodes(double t, SimSink &sink);
    void compactOrder();

    const CostInputs m_in;
    const std::int64_t m_capacity;
    const ReplicaRole m_role;
    const int m_index;
    std::vector<SimSequence> &m_seqs;
    const SpeculativeSim m_spec;
    const std::uint64_t m_seed;
    int m_maxBatch = 1;
    std::int64_t m_tokenBudget = 1;
    bool m_chunked = true;
    bool m_continuous = true;
    bool m_reserveFull = false; // the engine reserves each request's whole output at admission
    std::int64_t m_fullReserved = 0; // input + output of the running sequences (m_reserveFull)

    IdRing m_waiting; // arrived, not admitted; preempted ones go to the front
    IdRing m_prefill; // admitted, prefill unfinished, in admission order
    std::vector<FinishEntry> m_finishHeap; // decoding sequences by the step they finish
    // Admissions as (id, serial), oldest first; entries of sequences gone since linger.
    std::vector<std::pair<int, std::uint32_t>> m_order;
    std::vector<Chunk> m_chunks; // the planned iteration's prefill work

    int m_running = 0; // admitted: prefilling or decoding
    std::int64_t m_decoding = 0;
    std::int64_t m_step = 0; // decode steps done
    double m_kvOffsetSum = 0.0; // sum of kvOffset over decoding sequences
    double m_yieldSum = 0.0; // sum of yield over decoding sequences (their KV growth per step)
    std::int64_t m_prefillReserved = 0; // ctxTarget of prefilling sequences (reserved at admission)
    std::int64_t m_pending = 0; // prefill tokens left for admitted sequences
    std::int64_t m_waitingTokens = 0; // prefill tokens of waiting sequences
    std::int64_t m_stepDecodes = 0; // sequences decoding in the planned iteration
    std::uint32_t m_serial = 0;
    bool m_busy = false;

    std::int64_t m_iterations = 0;
    std::int64_t m_preemptions = 0;
    std::int64_t m_peakKv = 0;
    bool m_kvLimited = false;
};

} // namespace aif::throughput
