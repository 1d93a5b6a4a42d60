#pragma once

#include "json.h"

#include <map>
#include <set>
#include <string>

namespace aif {

// Catalog memory capacities (gpus "hbmGB") count binary gigabytes, as vendors state HBM: an
// "80 GB" H100 exposes 81,559 MiB to software (docs/catalog.md). Every reader and the
// gpu-calibrate writer convert with this one factor.
constexpr double kBytesPerGiB = 1073741824.0;

// The JSON types the shipped catalog uses for each key of each category, learned from its
// entries: a user entry may add keys, but a key the shipped catalog has must hold the same kind
// of value ("vendor" a string, "gpuCount" a number, "thermal.psiJcKPerW" a number), so code that
// reads the catalog never meets a string where it reads a number. Paths are JSON pointers with
// "*" for array elements ("/monthlyMeanC/*").
// Numbers are also held to the shipped range, loosely: not negative where no shipped value is,
// and within a factor of kRangeFactor of the shipped magnitudes. A unit slip (kW for W) or a
// hand-edited 1e308 is refused with the reason, instead of overflowing the solvers (issue 17's
// fuzzer found kernelGraphS 1e308 and loss coefficients of 1e300 giving infinite results).
class CatalogSchema
{
public:
    static constexpr double kRangeFactor = 1000.0;

    void learn(const std::string &category, const Json &entry);
    // Why an entry does not fit its category ("/vendor: expected a string, not a number"), or "".
    std::string check(const std::string &category, const Json &entry) const;

    // The schema of the shipped catalog (compiled in), learned once.
    static const CatalogSchema &shipped();

private:
    void learn(const std::string &category, const std::string &path, const Json &value);
    std::string check(const std::string &category, const std::string &path, const Json &value) const;

    struct Range
    {
        double min = 0, max = 0;
        double smallestNonZero = 0;   // of the magnitudes; 0 when every value is 0
        bool seen = false;
    };
    static void learnNumber(Range &range, double v);
    static std::string checkNumber(const Range &range, const std::string &path, double v);

    std::map<std::string, std::map<std::string, std::set<std::string>>> m_kinds;   // category → path → kinds
    std::map<std::string, std::map<std::string, Range>> m_ranges;                  // category → path → numbers
};

// Rules a kind-and-range check cannot express: values from a fixed vocabulary ("status") and
// fields that must agree with each other (a model's local-attention layers within its layers).
// Held by shipped entries too, so a shipped entry that breaks one is a build error. "" when fine.
std::string checkCatalogRules(const std::string &category, const Json &entry);

// An entry's availability: "shipping" (the default when absent) or "announced" (roadmap
// figures; the CLI and the studio flag such parts as not shipping).
std::string catalogStatus(const Json &entry);
inline bool isAnnounced(const Json &entry) { return catalogStatus(entry) == "announced"; }

} // namespace aif
