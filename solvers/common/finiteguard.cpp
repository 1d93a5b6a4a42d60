#include "finiteguard.h"

#include <cmath>
#include <vector>

namespace aif {

namespace {

std::string escaped(const std::string &key)   // RFC 6901: ~ -> ~0, / -> ~1
{
    std::string out;
    for (const char c : key)
        out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    return out;
}

// The path is kept as parts and joined only for a finding: a campus result has millions of
// numbers and building a pointer string for each would cost more than the check.
struct Walker
{
    std::vector<std::string> path;
    int found = 0;
    Diagnostics *out = nullptr;

    std::string pointer() const
    {
        std::string p;
        for (const std::string &part : path)
            p += "/" + part;
        return p;
    }

    void walk(Json &j)
    {
        if (j.is_number_float()) {
            if (!std::isfinite(j.get<double>())) {
                if (++found <= 10 && out) {   // the first few name the places; the count says the rest
                    const std::string where = pointer();
                    out->push_back({Diagnostic::Severity::Error, where, {}, "solver.non-finite",
                                    where + ": the solvers produced no finite value here (a bug; please report the "
                                            "project)"});
                }
                j = nullptr;
            }
            return;
        }
        if (j.is_object()) {
            for (auto it = j.begin(); it != j.end(); ++it) {
                path.push_back(escaped(it.key()));
                walk(it.value());
                path.pop_back();
            }
        } else if (j.is_array()) {
            for (size_t i = 0; i < j.size(); ++i) {
                if (j[i].is_primitive() && !j[i].is_number_float())
                    continue;
                path.push_back(std::to_string(i));
                walk(j[i]);
                path.pop_back();
            }
        }
    }
};

} // namespace

int guardFinite(Json &doc, Diagnostics *violations, const std::string &root)
{
    Walker w;
    w.out = violations;
    if (!root.empty())
        w.path.push_back(root.front() == '/' ? root.substr(1) : root);
    w.walk(doc);
    const int found = w.found;
    if (found > 10 && violations)
        violations->push_back({Diagnostic::Severity::Error, root, {}, "solver.non-finite",
                               std::to_string(found - 10) + " more non-finite values"});
    return found;
}

} // namespace aif
