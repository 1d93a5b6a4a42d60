#pragma once

namespace aif::generator {

class Builder;

// The site, economics, a first deployment on every GPU and what-if scenarios that check the
// chosen redundancy (docs/authoring.md). The deployment's parallel layout is the throughput
// solver's best for the pool; the model, engine and precision follow the GPU's vendor.
void planSite(Builder &b);
void planWorkload(Builder &b);

} // namespace aif::generator
