#include "calibrateoptions.h"

#include "profilejson.h"

#include <charconv>

namespace aif::gpucal {

const char *const kCalibrateUsage = R"(usage:
  gpu-calibrate [--out FILE] [--id ID] [--device N] [--quick] [--base ID [--catalog FILE]]

Measures GEMM rate per precision, HBM bandwidth, peer-to-peer bandwidth and board power on
one CUDA GPU and writes a "gpus" catalog profile; add it with `aif catalog import FILE`.

  --out FILE      where to write the profile (default gpu-profile.json)
  --id ID         catalog id of the profile (default: from the device name, "...-measured")
  --base ID       keep the datasheet fields (peakTflops, scaleUp, ...) of this catalog entry
  --catalog FILE  look --base up in this catalog file instead of the installed catalog
  --device N      CUDA device index (default 0)
  --quick         fewer shapes and repeats, shorter power windows

Exit codes: 0 ok, 1 no GPU or a failed check, 2 usage error.
)";

namespace {

bool parseInt(const std::string &text, int *out)
{
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, *out);
    return ec == std::errc() && ptr == end;
}

} // namespace

std::string parseCalibrateOptions(const std::vector<std::string> &args, CalibrateOptions *out)
{
    CalibrateOptions o;
    for (size_t i = 0; i < args.size(); ++i) {
        std::string name = args[i];
        std::string value;
        bool hasValue = false;
        if (const size_t eq = name.find('='); name.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
            hasValue = true;
        }
        if (name == "--help" || name == "-h") {
            o.help = true;
            continue;
        }
        if (name == "--quick") {
            o.quick = true;
            continue;
        }
        std::string *target = name == "--out"       ? &o.outPath
                              : name == "--id"      ? &o.id
                              : name == "--base"    ? &o.baseId
                              : name == "--catalog" ? &o.catalogPath
                                                    : nullptr;
        if (!target && name != "--device")
            return "unknown argument '" + args[i] + "'";
        if (!hasValue) {
            if (i + 1 >= args.size())
                return name + ": a value is missing";
            value = args[++i];
        }
        if (value.empty())
            return name + ": the value is empty";
        if (target) {
            *target = value;
        } else if (!parseInt(value, &o.device) || o.device < 0) {
            return "--device: '" + value + "' is not a device index (0, 1, ...)";
        }
    }
    if (!o.id.empty()) {
        if (std::string why = checkProfileId(o.id); !why.empty())
            return "--id: " + why;
    }
    if (!o.catalogPath.empty() && o.baseId.empty())
        return "--catalog: only used with --base";
    *out = o;
    return {};
}

} // namespace aif::gpucal
