#pragma once

// Peer-to-peer (NVLink or PCIe) bandwidth between the visible GPUs.
#include "gpumeasurements.h"

#include <vector>

namespace aif::gpucal {

// One direction, every ordered pair of GPUs with peer access, each pair's copy checked first.
// Empty with fewer than two GPUs or no peer access. Leaves `device` current.
std::vector<P2pPairResult> benchP2p(int device, int repeats);

} // namespace aif::gpucal
