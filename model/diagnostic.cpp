#include "diagnostic.h"

namespace aif {

std::string Diagnostic::format(const std::string &file) const
{
    std::string s = file + ": " + (pointer.empty() ? std::string("/") : pointer) + ": ";
    if (severity == Severity::Warning)
        s += "warning: ";
    return s + message;
}

} // namespace aif
