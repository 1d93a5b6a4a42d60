#include "units.h"

#include <atomic>

namespace aif::units {

namespace {
// Conversion factors: NIST SP 811 (2008), Appendix B.
constexpr double kFootPerMetre = 1.0 / 0.3048;
constexpr double kCfmPerM3s = 1.0 / 4.719474e-4;     // 1 ft³/min = 4.719474e-4 m³/s
constexpr double kGpmPerM3s = 1.0 / 6.309020e-5;     // 1 US gal/min = 6.309020e-5 m³/s
constexpr double kBtuhPerW = 3.412142;               // 1 W = 3.412142 Btu(IT)/h
constexpr double kTonsPerW = 1.0 / 3516.853;         // 1 ton of refrigeration = 3516.853 W
constexpr double kPsiPerPa = 1.0 / 6894.757;
constexpr double kPoundPerKg = 1.0 / 0.45359237;

std::atomic<UnitSystem> g_system{UnitSystem::SI};
} // namespace

DisplayUnit displayUnit(Quantity q, UnitSystem s)
{
    const bool us = s == UnitSystem::US;
    switch (q) {
    case Quantity::None: return {QString(), 1, 0, 3};
    case Quantity::Count: return {QString(), 1, 0, 0};
    case Quantity::Length: return us ? DisplayUnit{"ft", kFootPerMetre, 0, 2} : DisplayUnit{"m", 1, 0, 2};
    case Quantity::Area:
        return us ? DisplayUnit{"ft²", kFootPerMetre * kFootPerMetre, 0, 1} : DisplayUnit{"m²", 1, 0, 1};
    case Quantity::Angle: return {"°", 1, 0, 0};
    case Quantity::Power: return {"kW", 1e-3, 0, 2};
    case Quantity::HeatLoad: return us ? DisplayUnit{"BTU/h", kBtuhPerW, 0, 0} : DisplayUnit{"kW", 1e-3, 0, 2};
    case Quantity::CoolingCapacity:
        return us ? DisplayUnit{"tons", kTonsPerW, 0, 1} : DisplayUnit{"kW", 1e-3, 0, 1};
    case Quantity::Energy: return {"MWh", 1.0 / 3.6e9, 0, 1};
    case Quantity::Temperature: return us ? DisplayUnit{"°F", 1.8, 32, 1} : DisplayUnit{"°C", 1, 0, 1};
    case Quantity::TemperatureDelta: return us ? DisplayUnit{"°F", 1.8, 0, 1} : DisplayUnit{"K", 1, 0, 1};
    case Quantity::AirFlow: return us ? DisplayUnit{"CFM", kCfmPerM3s, 0, 0} : DisplayUnit{"m³/s", 1, 0, 3};
    case Quantity::LiquidFlow:
        return us ? DisplayUnit{"gpm", kGpmPerM3s, 0, 1} : DisplayUnit{"L/min", 60000.0, 0, 1};
    case Quantity::Pressure: return us ? DisplayUnit{"psi", kPsiPerPa, 0, 2} : DisplayUnit{"kPa", 1e-3, 0, 1};
    case Quantity::Fraction: return {"%", 100, 0, 1};
    case Quantity::Voltage: return {"V", 1, 0, 0};
    case Quantity::Money: return {"USD", 1, 0, 0};
    case Quantity::PricePerEnergy: return {"USD/kWh", 1, 0, 4};
    case Quantity::PricePerVolume:
        return us ? DisplayUnit{"USD/kgal", 3.785411784, 0, 2} : DisplayUnit{"USD/m³", 1, 0, 2};
    case Quantity::Years: return {"years", 1, 0, 1};
    case Quantity::Mass: return us ? DisplayUnit{"lb", kPoundPerKg, 0, 0} : DisplayUnit{"kg", 1, 0, 0};
    case Quantity::Velocity:
        return us ? DisplayUnit{"ft/min", kFootPerMetre * 60.0, 0, 0} : DisplayUnit{"m/s", 1, 0, 2};
    case Quantity::ThermalResistance: return us ? DisplayUnit{"°F/W", 1.8, 0, 4} : DisplayUnit{"K/W", 1, 0, 4};
    case Quantity::Time: return {"ms", 1000, 0, 1};
    case Quantity::DataRateGbps: return {"Gb/s", 1, 0, 0};
    case Quantity::DataRateGBps: return {"GB/s", 1, 0, 0};
    case Quantity::TokenRate: return {"tokens/s", 1, 0, 0};
    case Quantity::CarbonIntensity: return {"gCO₂/kWh", 1, 0, 0};
    }
    return {};
}

double toDisplay(double si, Quantity q, UnitSystem s)
{
    const DisplayUnit u = displayUnit(q, s);
    return si * u.scale + u.offset;
}

double fromDisplay(double shown, Quantity q, UnitSystem s)
{
    const DisplayUnit u = displayUnit(q, s);
    return (shown - u.offset) / u.scale;
}

QString format(double si, Quantity q, UnitSystem s)
{
    const DisplayUnit u = displayUnit(q, s);
    const QString number = QString::number(toDisplay(si, q, s), 'f', u.decimals);
    return u.symbol.isEmpty() ? number : number + QLatin1Char(' ') + u.symbol;
}

QString siSymbol(Quantity q)
{
    switch (q) {
    case Quantity::Length: return "m";
    case Quantity::Area: return "m²";
    case Quantity::Angle: return "°";
    case Quantity::Power:
    case Quantity::HeatLoad:
    case Quantity::CoolingCapacity: return "W";
    case Quantity::Energy: return "J";
    case Quantity::Temperature: return "°C";
    case Quantity::TemperatureDelta: return "K";
    case Quantity::AirFlow:
    case Quantity::LiquidFlow: return "m³/s";
    case Quantity::Pressure: return "Pa";
    case Quantity::Fraction: return "(fraction 0..1)";
    case Quantity::Voltage: return "V";
    case Quantity::Money: return "USD";
    case Quantity::PricePerEnergy: return "USD/kWh";
    case Quantity::PricePerVolume: return "USD/m³";
    case Quantity::Years: return "years";
    case Quantity::Mass: return "kg";
    case Quantity::Velocity: return "m/s";
    case Quantity::ThermalResistance: return "K/W";
    case Quantity::Time: return "s";
    case Quantity::DataRateGbps: return "Gb/s";
    case Quantity::DataRateGBps: return "GB/s";
    case Quantity::TokenRate: return "tokens/s";
    case Quantity::CarbonIntensity: return "gCO2/kWh";
    case Quantity::None:
    case Quantity::Count: break;
    }
    return {};
}

UnitSystem currentSystem()
{
    return g_system.load();
}

void setCurrentSystem(UnitSystem system)
{
    g_system.store(system);
}

} // namespace aif::units
