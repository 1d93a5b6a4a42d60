#pragma once

#include <string>
#include <vector>

namespace aif {

// One finding about a project: a load error, a validation error or a warning.
// `pointer` is an RFC 6901 JSON pointer into the project file ("/racks/3/xM").
struct Diagnostic
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    std::string pointer;
    std::string entity;    // id of the entity concerned, when there is one
    std::string code;      // stable machine-readable code ("ref.missing", "range")
    std::string message;

    bool isError() const { return severity == Severity::Error; }
    // "FILE: /json/pointer: message" as the CLI prints it.
    std::string format(const std::string &file) const;
};

using Diagnostics = std::vector<Diagnostic>;

inline bool hasErrors(const Diagnostics &d)
{
    for (const Diagnostic &x : d) {
        if (x.isError())
            return true;
    }
    return false;
}

} // namespace aif
