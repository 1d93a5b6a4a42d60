#include "nvmlpower.h"

#include <dlfcn.h>

namespace aif::gpucal {

namespace {

// From nvml.h (NVML API reference, r580): nvmlReturn_t is an enum whose success value is 0,
// nvmlDevice_t an opaque pointer; powers are in milliwatts.
using NvmlReturn = int;
using NvmlDevice = void *;
constexpr NvmlReturn kNvmlSuccess = 0;
constexpr unsigned kDriverVersionBufferSize = 80;   // NVML_SYSTEM_DRIVER_VERSION_BUFFER_SIZE

template<typename F>
bool resolve(void *library, const char *name, F *out)
{
    *out = reinterpret_cast<F>(dlsym(library, name));
    return *out != nullptr;
}

} // namespace

struct NvmlPower::Api
{
    NvmlReturn (*init)() = nullptr;                                     // nvmlInit_v2
    NvmlReturn (*shutdown)() = nullptr;                                 // nvmlShutdown
    const char *(*errorString)(NvmlReturn) = nullptr;                   // nvmlErrorString
    NvmlReturn (*handleByUuid)(const char *, NvmlDevice *) = nullptr;   // ...GetHandleByUUID
    NvmlReturn (*powerUsage)(NvmlDevice, unsigned *) = nullptr;         // ...GetPowerUsage
    NvmlReturn (*enforcedLimit)(NvmlDevice, unsigned *) = nullptr;      // ...GetEnforcedPowerLimit
    NvmlReturn (*driverVersion)(char *, unsigned) = nullptr;            // ...GetDriverVersion
};

NvmlPower::NvmlPower()
    : m_api(std::make_unique<Api>())
{}

NvmlPower::~NvmlPower()
{
    if (m_initialised)
        m_api->shutdown();
    if (m_library)
        dlclose(m_library);
}

bool NvmlPower::open(const std::string &uuid, std::string *error)
{
    // The driver installs only the versioned name; libnvidia-ml.so comes with the toolkit's stubs.
    m_library = dlopen("libnvidia-ml.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!m_library) {
        const char *why = dlerror();
        *error = std::string("libnvidia-ml.so.1: ") + (why ? why : "cannot be loaded");
        return false;
    }
    Api &a = *m_api;
    const bool resolved = resolve(m_library, "nvmlInit_v2", &a.init)
                          && resolve(m_library, "nvmlShutdown", &a.shutdown)
                          && resolve(m_library, "nvmlErrorString", &a.errorString)
                          && resolve(m_library, "nvmlDeviceGetHandleByUUID", &a.handleByUuid)
                          && resolve(m_library, "nvmlDeviceGetPowerUsage", &a.powerUsage)
                          && resolve(m_library, "nvmlDeviceGetEnforcedPowerLimit", &a.enforcedLimit)
                          && resolve(m_library, "nvmlSystemGetDriverVersion", &a.driverVersion);
    if (!resolved) {
        *error = "libnvidia-ml.so.1: a required NVML function is missing (driver too old?)";
        return false;
    }
    if (const NvmlReturn r = a.init(); r != kNvmlSuccess) {
        *error = std::string("nvmlInit_v2: ") + a.errorString(r);
        return false;
    }
    m_initialised = true;
    NvmlDevice device = nullptr;
    if (const NvmlReturn r = a.handleByUuid(uuid.c_str(), &device); r != kNvmlSuccess) {
        *error = "nvmlDeviceGetHandleByUUID(" + uuid + "): " + a.errorString(r);
        return false;
    }
    m_device = device;
    return true;
}

std::optional<double> NvmlPower::powerW() const
{
    unsigned milliwatts = 0;
    if (!m_device || m_api->powerUsage(m_device, &milliwatts) != kNvmlSuccess)
        return std::nullopt;
    return milliwatts / 1000.0;
}

std::optional<double> NvmlPower::powerLimitW() const
{
    unsigned milliwatts = 0;
    if (!m_device || m_api->enforcedLimit(m_device, &milliwatts) != kNvmlSuccess)
        return std::nullopt;
    return milliwatts / 1000.0;
}

std::string NvmlPower::driverVersion() const
{
    char text[kDriverVersionBufferSize] = {};
    if (!m_initialised || m_api->driverVersion(text, kDriverVersionBufferSize) != kNvmlSuccess)
        return {};
    return text;
}

} // namespace aif::gpucal
