#pragma once

// One JSON type for the whole model: ordered keys, so files keep the order we write them in
// (diff-friendly project files, see docs/file-format.md).
#include <nlohmann/json.hpp>

namespace aif {
using Json = nlohmann::ordered_json;
} // namespace aif
