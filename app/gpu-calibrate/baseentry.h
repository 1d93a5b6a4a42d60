#pragma once

#include "json.h"

#include <optional>
#include <string>

namespace aif::gpucal {

// The "gpus" entry --base names: from catalogPath when given, else from the catalog every aif
// binary has (shipped entries compiled in, plus the user's). Null with *error set when the
// entry or the file cannot be found; checked before any GPU time is spent.
std::optional<Json> loadBaseEntry(const std::string &id, const std::string &catalogPath,
                                  std::string *error);

} // namespace aif::gpucal
