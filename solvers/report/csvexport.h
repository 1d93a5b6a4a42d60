#pragma once

#include "units.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

namespace aif {

class Catalog;
struct Project;
struct SolveResult;

namespace csvexport {

// The tables `aif export --csv` and File ▸ Export write (docs/cli.md "aif export"): each a
// table of the design with the numbers of one solve, read from its `aif solve --json` document.
enum class Table { Racks, Power, Deployments, Bom, RackResults };

const std::vector<Table> &allTables();
std::string tableName(Table table);              // "racks", "power", "deployments", "bom", "rack-results"
bool tableFromName(const std::string &name, Table *table);
QString fileName(Table table);                   // "racks.csv"

// The table as CSV. `project` is the design as the user has it: the result's scenario (its
// JSON "scenario") is applied to a copy first, so the rows are what was solved. The catalog gives
// system and equipment data and unit prices.
QByteArray tableCsv(Table table, const Project &project, const Catalog &catalog, const SolveResult &result,
                    UnitSystem system = UnitSystem::SI);

// Writes one table atomically (model/atomicfile.h); false with the reason in *error.
bool writeCsv(const QString &path, Table table, const Project &project, const Catalog &catalog,
              const SolveResult &result, UnitSystem system, QString *error);
// Every table into `folder` (created when missing), one file each named by fileName().
bool writeAllCsv(const QString &folder, const Project &project, const Catalog &catalog,
                 const SolveResult &result, UnitSystem system, QString *error);
// The full result: the `aif solve --json` document, byte for byte.
bool writeResultJson(const QString &path, const SolveResult &result, QString *error);

} // namespace csvexport
} // namespace aif
