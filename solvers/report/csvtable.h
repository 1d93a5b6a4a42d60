#pragma once

#include "json.h"
#include "units.h"

#include <QByteArray>

#include <string>
#include <vector>

namespace aif::csvexport {

// The unit a CSV column's numbers are in. Cells hold the value as the solve JSON has it (kW, °C,
// m), so an SI file repeats the JSON's numbers exactly; US files convert through model/units
// (the one place that converts). Power, money and times keep their units in both systems, as US
// data-center practice does for electrical power.
enum class ColumnUnit { None, Kw, HeatKw, Celsius, Kelvin, Metre, M3s, W, Usd, Ms };

struct CsvColumn
{
    std::string key;   // "inlet": the header is the key and the unit's suffix, "inlet_c" / "inlet_f"
    ColumnUnit unit = ColumnUnit::None;
};

// The header of a column in a unit system: key + "_c", "_kw", "_btu_per_h", ...
std::string columnName(const CsvColumn &column, UnitSystem system);

// One table: fixed columns, rows of cells (string, number, bool or null = empty cell), written as
// RFC 4180 CSV: CRLF line ends, fields with a comma, quote, CR or LF in double quotes, quotes
// doubled.
class CsvTable
{
public:
    explicit CsvTable(std::vector<CsvColumn> columns);

    const std::vector<CsvColumn> &columns() const { return m_columns; }
    int rowCount() const { return int(m_rows.size()); }
    // A row with one cell per column (fewer cells: the rest are empty).
    void addRow(std::vector<Json> cells);
    QByteArray toCsv(UnitSystem system) const;

private:
    std::vector<CsvColumn> m_columns;
    std::vector<std::vector<Json>> m_rows;
};

// A field quoted as RFC 4180 requires (as is when it needs no quotes).
std::string quoteField(const std::string &field);

} // namespace aif::csvexport
