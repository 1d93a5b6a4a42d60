#include "csvtable.h"

#include <cmath>

namespace aif::csvexport {

namespace {

struct UnitInfo
{
    const char *si;          // header suffix in SI
    const char *us;          // in US units
    Quantity quantity;       // how model/units converts it (None: not converted)
    double toSi;             // JSON value × toSi = the quantity's SI value (kW → W)
};

UnitInfo info(ColumnUnit unit)
{
    switch (unit) {
    case ColumnUnit::None: return {"", "", Quantity::None, 1.0};
    case ColumnUnit::Kw: return {"_kw", "_kw", Quantity::None, 1.0};
    case ColumnUnit::HeatKw: return {"_kw", "_btu_per_h", Quantity::HeatLoad, 1e3};
    case ColumnUnit::Celsius: return {"_c", "_f", Quantity::Temperature, 1.0};
    case ColumnUnit::Kelvin: return {"_k", "_delta_f", Quantity::TemperatureDelta, 1.0};
    case ColumnUnit::Metre: return {"_m", "_ft", Quantity::Length, 1.0};
    case ColumnUnit::M3s: return {"_m3s", "_cfm", Quantity::AirFlow, 1.0};
    case ColumnUnit::W: return {"_w", "_w", Quantity::None, 1.0};
    case ColumnUnit::Usd: return {"_usd", "_usd", Quantity::None, 1.0};
    case ColumnUnit::Ms: return {"_ms", "_ms", Quantity::None, 1.0};
    }
    return {"", "", Quantity::None, 1.0};
}

std::string cellText(const Json &cell, ColumnUnit unit, UnitSystem system)
{
    if (cell.is_null())
        return {};
    if (cell.is_string())
        return quoteField(cell.get<std::string>());
    if (cell.is_boolean())
        return cell.get<bool>() ? "true" : "false";
    if (!cell.is_number())
        return quoteField(cell.dump());
    if (cell.is_number_float() && !std::isfinite(cell.get<double>()))
        return {};
    const UnitInfo u = info(unit);
    if (system == UnitSystem::SI || u.quantity == Quantity::None)
        return cell.dump();   // the JSON's own shortest round-trip text: equal to the solve's number
    const double shown = units::toDisplay(cell.get<double>() * u.toSi, u.quantity, system);
    return std::isfinite(shown) ? Json(shown).dump() : std::string();
}

} // namespace

std::string columnName(const CsvColumn &column, UnitSystem system)
{
    const UnitInfo u = info(column.unit);
    return column.key + (system == UnitSystem::US ? u.us : u.si);
}

std::string quoteField(const std::string &field)
{
    if (field.find_first_of(",\"\r\n") == std::string::npos)
        return field;
    std::string out = "\"";
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

CsvTable::CsvTable(std::vector<CsvColumn> columns)
    : m_columns(std::move(columns))
{}

void CsvTable::addRow(std::vector<Json> cells)
{
    cells.resize(m_columns.size());
    m_rows.push_back(std::move(cells));
}

QByteArray CsvTable::toCsv(UnitSystem system) const
{
    std::string out;
    for (size_t c = 0; c < m_columns.size(); ++c)
        out += (c ? "," : "") + quoteField(columnName(m_columns[c], system));
    out += "\r\n";
    for (const std::vector<Json> &row : m_rows) {
        for (size_t c = 0; c < m_columns.size(); ++c)
            out += (c ? "," : "") + cellText(row[c], m_columns[c].unit, system);
        out += "\r\n";
    }
    return QByteArray::fromStdString(out);
}

} // namespace aif::csvexport
