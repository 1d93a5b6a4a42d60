// OpenFOAM ASCII dictionaries: the header we write and the internal fields we read back
// (OpenFOAM User Guide v1912, 4.2 "Basic input/output file format"; 4.2.7 lists).
#include "cfd/foamfile.h"

#include <cstdlib>
#include <cstring>
#include <sstream>

namespace aif::cfd {

std::string foamHeader(const std::string &cls, const std::string &object, const std::string &location)
{
    std::string h = "/*--------------------------------*- C++ -*----------------------------------*\\\n"
                    "  Written by AI Factory Studio (aif cfd export) for OpenFOAM v1912\n"
                    "\\*---------------------------------------------------------------------------*/\n"
                    "FoamFile\n{\n    version     2.0;\n    format      ascii;\n    class       "
                    + cls + ";\n";
    if (!location.empty())
        h += "    location    \"" + location + "\";\n";
    return h + "    object      " + object + ";\n}\n\n";
}

namespace {

// Finds "internalField" and returns the position after it, or npos.
size_t internalField(const std::string &text, std::string *error)
{
    if (text.find("format      binary") != std::string::npos || text.find("format binary") != std::string::npos) {
        *error = "binary field (write the case with writeFormat ascii)";
        return std::string::npos;
    }
    const size_t at = text.find("internalField");
    if (at == std::string::npos)
        *error = "no internalField";
    return at == std::string::npos ? at : at + 13;
}

// Parses `components` numbers per entry: "uniform v;" or "nonuniform List<T> N ( ... )".
bool readField(const std::string &text, int cells, int components, std::vector<double> *flat, std::string *error)
{
    size_t pos = internalField(text, error);
    if (pos == std::string::npos)
        return false;
    const char *s = text.c_str() + pos;
    while (*s == ' ' || *s == '\t')
        ++s;
    auto number = [&](double *v) {
        while (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r' || *s == '(' || *s == ')')
            ++s;
        char *end = nullptr;
        *v = std::strtod(s, &end);
        if (end == s)
            return false;
        s = end;
        return true;
    };
    flat->clear();
    if (std::string(s, 7) == "uniform") {
        s += 7;
        std::vector<double> one(components);
        for (double &v : one)
            if (!number(&v)) {
                *error = "unreadable uniform value";
                return false;
            }
        if (cells <= 0) {
            *error = "uniform field with unknown cell count";
            return false;
        }
        for (int c = 0; c < cells; ++c)
            flat->insert(flat->end(), one.begin(), one.end());
        return true;
    }
    if (std::string(s, 10) != "nonuniform") {
        *error = "internalField is neither uniform nor nonuniform";
        return false;
    }
    s = std::strchr(s, '>');
    if (!s) {
        *error = "no List<...> in nonuniform field";
        return false;
    }
    ++s;
    char *end = nullptr;
    const long n = std::strtol(s, &end, 10);
    if (end == s || n < 0) {
        *error = "no list size";
        return false;
    }
    s = end;
    if (cells > 0 && n != cells) {
        *error = "field has " + std::to_string(n) + " cells, the mesh " + std::to_string(cells);
        return false;
    }
    flat->resize(size_t(n) * components);
    for (double &v : *flat)
        if (!number(&v)) {
            *error = "list ends early";
            return false;
        }
    return true;
}

} // namespace

bool readScalarField(const std::string &text, int cells, std::vector<double> *values, std::string *error)
{
    return readField(text, cells, 1, values, error);
}

bool readVectorField(const std::string &text, int cells, std::vector<std::array<double, 3>> *values, std::string *error)
{
    std::vector<double> flat;
    if (!readField(text, cells, 3, &flat, error))
        return false;
    values->resize(flat.size() / 3);
    for (size_t i = 0; i < values->size(); ++i)
        (*values)[i] = {flat[3 * i], flat[3 * i + 1], flat[3 * i + 2]};
    return true;
}

} // namespace aif::cfd
