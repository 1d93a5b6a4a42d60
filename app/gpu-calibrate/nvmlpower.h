#pragma once

// Board power from NVML, loaded at run time with dlopen so gpu-calibrate links and runs where
// the driver's libnvidia-ml.so.1 is missing (it then measures without power). No nvml.h: the
// few functions used are declared in nvmlpower.cpp with their documented signatures.
#include <memory>
#include <optional>
#include <string>

namespace aif::gpucal {

class NvmlPower
{
public:
    NvmlPower();
    ~NvmlPower();
    NvmlPower(const NvmlPower &) = delete;
    NvmlPower &operator=(const NvmlPower &) = delete;

    // Loads NVML and finds the GPU by its UUID ("GPU-..."): CUDA and NVML number devices
    // differently (CUDA_VISIBLE_DEVICES, fastest-first order), the UUID is the same in both.
    // False with *error when NVML or the GPU cannot be had.
    bool open(const std::string &uuid, std::string *error);
    bool isOpen() const { return m_device != nullptr; }

    std::optional<double> powerW() const;        // board power now (averaged by the driver)
    std::optional<double> powerLimitW() const;   // enforced board power limit
    std::string driverVersion() const;           // "580.65.06"; empty when unknown

private:
    struct Api;
    std::unique_ptr<Api> m_api;
    void *m_library = nullptr;
    void *m_device = nullptr;   // nvmlDevice_t
    bool m_initialised = false;
};

} // namespace aif::gpucal
