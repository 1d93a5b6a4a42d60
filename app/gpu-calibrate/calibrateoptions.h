#pragma once

// gpu-calibrate's command line, parsed without CUDA so the tests can check it.
#include <string>
#include <vector>

namespace aif::gpucal {

struct CalibrateOptions
{
    std::string outPath = "gpu-profile.json";
    std::string id;            // empty: derived from the device name
    std::string baseId;        // --base: catalog entry whose datasheet fields the profile keeps
    std::string catalogPath;   // --catalog: a catalog JSON file to find --base in
    int device = 0;            // CUDA device index
    bool quick = false;        // fewer shapes, repeats and shorter power windows
    bool help = false;
};

extern const char *const kCalibrateUsage;

// Parses the arguments after the program name. Empty when fine, else what is wrong.
std::string parseCalibrateOptions(const std::vector<std::string> &args, CalibrateOptions *out);

} // namespace aif::gpucal
