#pragma once

#include "gpumeasurements.h"

#include <cstddef>

namespace aif::gpucal {

struct DeviceDescription
{
    int major = 0;               // compute capability
    int minor = 0;
    size_t memoryBytes = 0;
};

// Fills the device fields of *m (name, UUID, versions, SMs, memory, HBM peak) from the CUDA
// runtime and cuBLASLt, for the given device.
DeviceDescription describeDevice(int device, GpuMeasurements *m);

} // namespace aif::gpucal
