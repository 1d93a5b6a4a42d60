#pragma once

#include <array>
#include <string>
#include <vector>

namespace aif::cfd {

// The FoamFile header every OpenFOAM dictionary starts with (ASCII format).
std::string foamHeader(const std::string &cls, const std::string &object, const std::string &location = {});

// The internal field of an ASCII OpenFOAM field file (volScalarField / volVectorField):
// "internalField uniform X;" (expanded to `cells` values when cells > 0) or
// "internalField nonuniform List<scalar> N ( ... );". Binary or compressed files are refused.
// Returns false with *error saying why.
bool readScalarField(const std::string &text, int cells, std::vector<double> *values, std::string *error);
bool readVectorField(const std::string &text, int cells, std::vector<std::array<double, 3>> *values,
                     std::string *error);

} // namespace aif::cfd
