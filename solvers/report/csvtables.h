#pragma once

// The tables of csvexport.h, one builder each (csvexport.cpp, csvbom.cpp); not for other callers.

#include "csvtable.h"
#include "json.h"
#include "project.h"

#include <unordered_map>

namespace aif {

class Catalog;

namespace csvexport {

// What every table reads: the design as solved (the result's scenario applied), the catalog and
// the result's JSON (`aif solve --json`).
struct ExportContext
{
    Project project;
    const Catalog &catalog;
    const Json &result;
};

// The elements of result[section][list] by their "id" (empty when the solver did not run).
class ResultIndex
{
public:
    ResultIndex(const Json &result, const char *section, const char *list);
    const Json *find(const std::string &id) const;   // null when absent

private:
    std::unordered_map<std::string, const Json *> m_byId;
};
// object[key] when it is there, else null (an empty cell).
Json valueOf(const Json *object, const char *key);

CsvTable racksTable(const ExportContext &c);
CsvTable powerTable(const ExportContext &c);
CsvTable deploymentsTable(const ExportContext &c);
CsvTable rackResultsTable(const ExportContext &c);
CsvTable bomTable(const ExportContext &c);

} // namespace csvexport
} // namespace aif
