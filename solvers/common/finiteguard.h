#pragma once

#include "diagnostic.h"
#include "json.h"

namespace aif {

// The last guard before results leave the solvers: every number in a result document must be
// finite. A NaN or infinity is a solver bug (a case its guards missed); it is reported as an
// error naming the JSON pointer, never shown as "null" or "nan" (the numbers are replaced by
// null so the document stays valid JSON). Returns how many were found.
int guardFinite(Json &doc, Diagnostics *violations, const std::string &root = {});

} // namespace aif
