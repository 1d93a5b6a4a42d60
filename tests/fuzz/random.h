#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>

namespace aif::fuzz {

// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast and the same on every compiler and standard
// library, so a seed and a case number name the same input everywhere (std::uniform_*_distribution
// is implementation-defined).
class Random
{
public:
    explicit Random(uint64_t seed) : m_state(seed) {}

    // The generator of case `index` of a run with `seed`: independent of the order the cases run
    // in and of the number of threads.
    static Random forCase(uint64_t seed, uint64_t index) { return Random(mix(seed ^ mix(index + 0x9e3779b97f4a7c15ull))); }

    uint64_t next()
    {
        m_state += 0x9e3779b97f4a7c15ull;
        return mix(m_state);
    }
    // Uniform in [0, n); 0 when n is 0. The modulo bias is irrelevant for fuzzing.
    size_t below(size_t n) { return n == 0 ? 0 : size_t(next() % n); }
    bool chance(double p) { return double(next() >> 11) * 0x1.0p-53 < p; }

    template<class Container>
    const auto &pick(const Container &c)
    {
        return c[below(std::size(c))];
    }

private:
    static uint64_t mix(uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }

    uint64_t m_state;
};

} // namespace aif::fuzz
