#pragma once

#include <QString>

namespace aif {

// What a number measures. Values are SI inside the program; only the UI converts (one place: here).
enum class Quantity {
    None,
    Count,
    Length,          // m
    Area,            // m²
    Angle,           // degrees (the one non-SI inside: rotations are 0/90/180/270)
    Power,           // W (electrical)
    HeatLoad,        // W (heat flow; shown in BTU/h in US units)
    CoolingCapacity, // W (shown in tons of refrigeration in US units)
    Energy,          // J
    Temperature,     // °C (named explicitly in keys as ...C)
    TemperatureDelta,// K
    AirFlow,         // m³/s (CFM in US units)
    LiquidFlow,      // m³/s (L/min SI display, gpm in US units)
    Pressure,        // Pa
    Fraction,        // 0..1, shown as %
    Voltage,         // V
    Money,           // USD
    PricePerEnergy,  // USD/kWh (tariffs are universally quoted per kWh)
    PricePerVolume,  // USD/m³
    Years,           // a
    Mass,            // kg
    Velocity,        // m/s
    ThermalResistance, // K/W
    Time,            // s (shown in ms)
    DataRateGbps,    // Gb/s: network people quote link speeds so; the unit is in the key name
    DataRateGBps,    // GB/s: memory and scale-up bandwidths, likewise
    TokenRate,       // tokens/s (LLM output tokens)
    CarbonIntensity, // gCO2/kWh: grid intensities are universally quoted so; the unit is in the key name
};

enum class UnitSystem { SI, US };

struct DisplayUnit
{
    QString symbol;
    double scale = 1.0;  // display = si * scale + offset
    double offset = 0.0;
    int decimals = 2;
};

namespace units {

DisplayUnit displayUnit(Quantity q, UnitSystem system);
double toDisplay(double si, Quantity q, UnitSystem system);
double fromDisplay(double shown, Quantity q, UnitSystem system);
QString format(double si, Quantity q, UnitSystem system);
QString siSymbol(Quantity q);   // symbol of the stored SI value, for error messages and docs

// The preference the studio shows values in; the CLI always prints SI.
UnitSystem currentSystem();
void setCurrentSystem(UnitSystem system);

} // namespace units
} // namespace aif
