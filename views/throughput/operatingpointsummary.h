#pragma once

#include <QString>

namespace aif {

struct DeploymentEvaluation;

// The headline of the live results: what runs where, tokens/s (total, per GPU, per user),
// latencies against their limits (red when over), layout, batch, power and energy. Rich text.
QString operatingPointHtml(const DeploymentEvaluation &evaluation);

// The latency limits the deployment's mode enforces (offline: none, 0).
double enforcedTpotLimitS(const DeploymentEvaluation &evaluation);
double enforcedTtftLimitS(const DeploymentEvaluation &evaluation);

} // namespace aif
