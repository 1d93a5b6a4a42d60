#pragma once

#include "designrequest.h"

#include <string>
#include <vector>

namespace aif::generator {

// A starting design offered by the welcome gallery and `aif new --template`: built by the
// design generator from this request (never a hand-made file).
struct DesignTemplate
{
    std::string id;
    std::string title;
    std::string description;   // one line
    DesignRequest request;
};

const std::vector<DesignTemplate> &designTemplates();
const DesignTemplate *findTemplate(const std::string &id);

} // namespace aif::generator
