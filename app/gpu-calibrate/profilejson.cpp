#include "profilejson.h"

#include "catalogschema.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace aif::gpucal {

namespace {

std::string formatNumber(double v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}

// A measured rate, power or size must be a positive finite number: zero or less means the
// timing or the sampler went wrong, and writing it would poison every solve that uses it.
std::string checkPositive(double v, const std::string &pointer)
{
    if (std::isfinite(v) && v > 0.0)
        return {};
    return pointer + ": " + formatNumber(v) + " is not a positive finite number";
}

std::string checkPositive(const std::optional<double> &v, const std::string &pointer)
{
    return v ? checkPositive(*v, pointer) : std::string();
}

bool isDate(const std::string &d)
{
    if (d.size() != 10 || d[4] != '-' || d[7] != '-')
        return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!std::isdigit(static_cast<unsigned char>(d[i])))
            return false;
    }
    return true;
}

bool isKnownPrecision(const std::string &p)
{
    return p == "bf16" || p == "fp16" || p == "fp8";
}

// Catalog figures carry the digits a reader can use; more would be below the spread between
// two runs of the same benchmark (calibration keeps the finer per-shape figures).
double rounded(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

// Whole watts, written as integers like the shipped entries: NVML reports milliwatts, but
// board power moves by several watts from one second to the next.
long watts(double w)
{
    return std::lround(w);
}

std::string howText(const GpuMeasurements &m)
{
    std::string precisions;
    std::string shapes;
    for (const GemmPrecisionResult &g : m.gemm) {
        precisions += (precisions.empty() ? "" : ", ") + g.precision;
        if (shapes.empty()) {
            for (const GemmShapeResult &s : g.shapes) {
                shapes += (shapes.empty() ? "" : ", ") + std::to_string(s.shape.m) + "x"
                          + std::to_string(s.shape.n) + "x" + std::to_string(s.shape.k);
            }
        }
    }
    std::string how;
    if (!m.gemm.empty()) {
        how = "cuBLASLt GEMM (" + precisions + "; fp32 accumulate), best of shapes MxNxK " + shapes
              + ", median of timed batches after a CPU-checked 128^3 run; ";
    }
    how += "device-to-device cudaMemcpy of " + formatNumber(rounded(m.hbmBufferGB, 2))
           + " GB counting bytes read + written; read-only reduction kernel";
    if (m.p2pGBps)
        how += "; cudaMemcpyPeerAsync, best GPU pair, one direction";
    return how;
}

Json deviceJson(const GpuMeasurements &m)
{
    Json d{{"name", m.deviceName},
           {"uuid", m.uuid},
           {"computeCapability", m.computeCapability},
           {"smCount", m.smCount},
           {"memoryGB", rounded(m.memoryGB, 2)}};
    if (m.hbmPeakTBps)
        d["hbmPeakTBps"] = rounded(*m.hbmPeakTBps, 3);
    d["driverVersion"] = m.driverVersion;
    d["cudaDriverVersion"] = m.cudaDriverVersion;
    d["cudaRuntimeVersion"] = m.cudaRuntimeVersion;
    d["cublasVersion"] = m.cublasVersion;
    return d;
}

// Everything behind the summary figures, so a reader can judge them: the device, the check
// errors and every timed shape.
Json calibrationJson(const GpuMeasurements &m)
{
    Json gemm = Json::object();
    for (const GemmPrecisionResult &g : m.gemm) {
        Json shapes = Json::array();
        for (const GemmShapeResult &s : g.shapes) {
            shapes.push_back({{"m", s.shape.m},
                              {"n", s.shape.n},
                              {"k", s.shape.k},
                              {"tflops", rounded(s.tflops, 1)},
                              {"medianMs", rounded(s.medianMs, 4)}});
        }
        gemm[g.precision] = {
            {"maxError", g.maxError}, {"tolerance", g.tolerance}, {"shapes", shapes}};
    }
    Json c{{"tool", std::string("gpu-calibrate ") + AIF_VERSION_STRING},
           {"date", m.date},
           {"quick", m.quick},
           {"device", deviceJson(m)},
           {"gemm", gemm},
           {"hbm",
            {{"bufferGB", rounded(m.hbmBufferGB, 3)},
             {"copyTBps", rounded(m.hbmCopyTBps, 3)},
             {"readTBps", rounded(m.hbmReadTBps, 3)}}}};
    if (!m.p2pPairs.empty()) {
        Json pairs = Json::array();
        for (const P2pPairResult &p : m.p2pPairs)
            pairs.push_back(
                {{"from", p.from}, {"to", p.to}, {"bandwidthGBps", rounded(p.gbps, 1)}});
        c["p2p"] = pairs;
    }
    return c;
}

} // namespace

std::string checkGpuMeasurements(const GpuMeasurements &m)
{
    if (m.deviceName.empty())
        return "/name: the device name is empty";
    if (!isDate(m.date))
        return "/asOf: date '" + m.date + "' is not YYYY-MM-DD";
    std::string why = checkPositive(m.memoryGB, "/hbmGB");
    for (size_t i = 0; why.empty() && i < m.gemm.size(); ++i) {
        const GemmPrecisionResult &g = m.gemm[i];
        if (!isKnownPrecision(g.precision))
            return "/measured: unknown GEMM precision '" + g.precision + "' (bf16, fp16 or fp8)";
        why = checkPositive(g.bestTflops, "/measured/" + g.precision + "GemmTflops");
        for (size_t s = 0; why.empty() && s < g.shapes.size(); ++s) {
            why = checkPositive(g.shapes[s].tflops, "/calibration/gemm/" + g.precision + "/shapes/"
                                                        + std::to_string(s) + "/tflops");
        }
    }
    for (const std::string &next :
         {checkPositive(m.hbmCopyTBps, "/measured/hbmCopyTBps"),
          checkPositive(m.hbmReadTBps, "/measured/hbmReadTBps"),
          checkPositive(m.hbmPeakTBps, "/hbmTBps"), checkPositive(m.p2pGBps, "/measured/p2pGBps"),
          checkPositive(m.idleW, "/power/idleW"), checkPositive(m.gemmW, "/power/gemmW"),
          checkPositive(m.copyW, "/power/copyW"), checkPositive(m.powerLimitW, "/tdpW")}) {
        if (why.empty())
            why = next;
    }
    return why;
}

std::string checkProfileId(const std::string &id)
{
    if (id.empty())
        return "the id is empty";
    for (char c : id) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (!(std::islower(u) || std::isdigit(u) || c == '-' || c == '.'))
            return "id '" + id + "': only lowercase letters, digits, '-' and '.' are allowed";
    }
    if (id.front() == '-' || id.front() == '.')
        return "id '" + id + "' must start with a letter or digit";
    return {};
}

std::string profileIdFromDeviceName(const std::string &deviceName)
{
    std::string name = deviceName;
    // The vendor is in "vendor"; shipped ids leave it out too ("h100-sxm").
    for (const char *vendor : {"NVIDIA ", "nvidia "}) {
        if (name.rfind(vendor, 0) == 0)
            name = name.substr(std::string(vendor).size());
    }
    std::string id;
    for (char c : name) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u))
            id += char(std::tolower(u));
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    return (id.empty() ? std::string("gpu") : id) + "-measured";
}

Json buildGpuProfile(const GpuMeasurements &m, const std::string &id)
{
    if (std::string why = checkProfileId(id); !why.empty())
        throw std::invalid_argument("/id: " + why);
    if (std::string why = checkGpuMeasurements(m); !why.empty())
        throw std::invalid_argument(why);

    const std::string month = m.date.substr(0, 7);
    const std::string source =
        "AI Factory Studio gpu-calibrate on " + m.deviceName + " (" + m.date + ")";
    Json e{{"id", id},
           {"name", m.deviceName},
           {"vendor", "NVIDIA"},
           {"hbmGB", rounded(m.memoryGB * 1e9 / kBytesPerGiB, 1)}};   // binary, as the catalog counts it
    if (m.hbmPeakTBps)
        e["hbmTBps"] = rounded(*m.hbmPeakTBps, 2);
    if (m.powerLimitW)
        e["tdpW"] = watts(*m.powerLimitW);
    if (m.idleW)
        e["idleW"] = watts(*m.idleW);

    Json measured = Json::object();
    for (const GemmPrecisionResult &g : m.gemm)
        measured[g.precision + "GemmTflops"] = rounded(g.bestTflops, 1);
    measured["hbmCopyTBps"] = rounded(m.hbmCopyTBps, 3);
    measured["hbmReadTBps"] = rounded(m.hbmReadTBps, 3);
    if (m.p2pGBps)
        measured["p2pGBps"] = rounded(*m.p2pGBps, 1);
    measured["when"] = month;
    measured["how"] = howText(m);
    measured["source"] = source;
    e["measured"] = measured;

    if (m.idleW || m.gemmW || m.copyW) {
        Json power = Json::object();
        if (m.idleW)
            power["idleW"] = watts(*m.idleW);
        if (m.gemmW)
            power["gemmW"] = watts(*m.gemmW);
        if (m.copyW)
            power["copyW"] = watts(*m.copyW);
        power["source"] = "NVML board power (nvmlDeviceGetPowerUsage) averaged while idle, during "
                          "the bf16 8192^3 GEMM and during the HBM copy; "
                          + source;
        e["power"] = power;
    }
    e["confidence"] = "measured";
    e["source"] = source;
    e["asOf"] = month;
    std::string notes = "hbmGB is the memory the CUDA runtime reports, in GiB (2^30 bytes) as the "
                        "catalog and the marketed figures count it.";
    if (m.hbmPeakTBps)
        notes += " hbmTBps = memory clock x 2 (DDR) x bus width, as the device reports them.";
    if (m.powerLimitW)
        notes += " tdpW is the enforced board power limit NVML reported.";
    notes += " No datasheet peaks: import with --base to add them (docs/gpu-calibrate.md).";
    e["notes"] = notes;
    e["calibration"] = calibrationJson(m);
    return e;
}

Json overlayOnBase(const Json &measuredEntry, const Json &base)
{
    // Where the base has a datasheet figure it wins over what the device reports about itself:
    // the catalog quotes capacity and bandwidth as vendors do, and every solver compares parts
    // on that footing. The device's own figures stay under calibration.device.
    static const char *const kDatasheetKeys[] = {"vendor", "hbmGB", "hbmTBps"};
    Json e = base;
    std::vector<std::string> replaced;
    for (const auto &[key, value] : measuredEntry.items()) {
        bool datasheet = key == "notes";
        for (const char *k : kDatasheetKeys)
            datasheet = datasheet || (key == k && base.contains(key));
        if (!datasheet) {
            e[key] = value;
            replaced.push_back(key);
        }
    }
    // Assumptions named on the base that a measurement now replaces are assumptions no more.
    if (base.contains("assumptions") && base["assumptions"].is_array()) {
        Json kept = Json::array();
        for (const Json &a : base["assumptions"]) {
            const std::string path = a.is_string() ? a.get<std::string>() : std::string();
            const std::string top = path.substr(0, path.find('.'));
            if (std::find(replaced.begin(), replaced.end(), top) == replaced.end())
                kept.push_back(a);
        }
        e["assumptions"] = kept;
    }
    const std::string baseId = base.value("id", std::string());
    e["basedOn"] = {{"id", baseId},
                    {"source", base.value("source", std::string())},
                    {"asOf", base.value("asOf", std::string())}};
    e["notes"] = "Measured values from gpu-calibrate; the datasheet fields (peakTflops, hbmGB, "
                 "hbmTBps, scaleUp, scaleOutGbps, thermal) are those of catalog entry '"
                 + baseId + "' (basedOn). " + base.value("notes", std::string());
    return e;
}

Json gpuCatalogFile(const Json &entry)
{
    return Json{{"category", "gpus"}, {"schemaVersion", 1}, {"entries", Json::array({entry})}};
}

const Json *findCatalogEntry(const Json &catalogFile, const std::string &id)
{
    const bool hasEntries = catalogFile.is_object() && catalogFile.contains("entries")
                            && catalogFile["entries"].is_array();
    if (!hasEntries)
        return nullptr;
    for (const Json &e : catalogFile["entries"]) {
        if (e.is_object() && e.value("id", std::string()) == id)
            return &e;
    }
    return nullptr;
}

} // namespace aif::gpucal
