#include "workload.h"

#include <algorithm>

namespace aif::throughput {

bool parseServingMode(const std::string &text, ServingMode *out)
{
    if (text == "offline") *out = ServingMode::Offline;
    else if (text == "server") *out = ServingMode::Server;
    else if (text == "interactive") *out = ServingMode::Interactive;
    else return false;
    return true;
}

const char *servingModeName(ServingMode m)
{
    switch (m) {
    case ServingMode::Offline: return "offline";
    case ServingMode::Server: return "server";
    case ServingMode::Interactive: return "interactive";
    }
    return "offline";
}

double Workload::effectiveTtftLimitS() const
{
    return mode == ServingMode::Interactive ? std::min(ttftLimitS, kInteractiveTtftS) : ttftLimitS;
}

double Workload::effectiveTpotLimitS() const
{
    return mode == ServingMode::Interactive ? std::min(tpotLimitS, kInteractiveTpotS) : tpotLimitS;
}

} // namespace aif::throughput
