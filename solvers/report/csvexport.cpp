#include "csvexport.h"
#include "csvtables.h"

#include "atomicfile.h"
#include "catalog.h"
#include "solvejob.h"
#include "thermal/airproperties.h"

#include <QDir>

namespace aif::csvexport {

namespace {

using U = ColumnUnit;

Json orNull(bool present, Json value)
{
    return present ? std::move(value) : Json();
}

Json textOrNull(const std::string &s)
{
    return s.empty() ? Json() : Json(s);
}

} // namespace

ResultIndex::ResultIndex(const Json &result, const char *section, const char *list)
{
    const auto s = result.find(section);
    if (s == result.end() || !s->is_object())
        return;
    const auto l = s->find(list);
    if (l == s->end() || !l->is_array())
        return;
    for (const Json &e : *l)
        if (e.is_object() && e.contains("id") && e["id"].is_string())
            m_byId.emplace(e["id"].get<std::string>(), &e);
}

const Json *ResultIndex::find(const std::string &id) const
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : it->second;
}

Json valueOf(const Json *object, const char *key)
{
    if (!object || !object->is_object())
        return {};
    const auto it = object->find(key);
    return it == object->end() ? Json() : *it;
}

CsvTable racksTable(const ExportContext &c)
{
    CsvTable t({{"id"}, {"name"}, {"hall"}, {"row"}, {"x", U::Metre}, {"y", U::Metre}, {"rotation_deg"},
                {"rack_type"}, {"system"}, {"system_count"}, {"gpu_model"}, {"gpus"},
                {"design_power", U::Kw}, {"nameplate", U::Kw}, {"cooling_type"}, {"liquid_fraction"},
                {"feed_a"}, {"feed_b"}, {"cooling_loop"}, {"it", U::Kw}});
    const ResultIndex power(c.result, "power", "racks");
    for (const Rack &r : c.project.racks) {
        const CatalogEntry *sys = r.system.empty() ? nullptr : c.catalog.find("systems", r.system);
        const Json *solved = power.find(r.id);
        Json gpus = valueOf(solved, "gpus");
        if (gpus.is_null() && sys)
            gpus = r.systemCount * sys->data.value("gpuCount", 0);
        t.addRow({r.id, r.name, r.hall, textOrNull(r.row), r.xM, r.yM, r.rotationDeg, textOrNull(r.rackType),
                  textOrNull(r.system), r.systemCount, sys ? textOrNull(sys->data.value("gpu", "")) : Json(), gpus,
                  orNull(r.powerBudgetW > 0.0, r.powerBudgetW / 1e3),
                  sys ? Json(r.systemCount * sys->data.value("maxPowerW", 0.0) / 1e3) : Json(),
                  sys ? textOrNull(sys->data.value("cooling", "")) : Json(), valueOf(solved, "liquid_fraction"),
                  textOrNull(r.powerFeedA), textOrNull(r.powerFeedB), textOrNull(r.coolingLoop),
                  valueOf(solved, "it_kw")});
    }
    return t;
}

CsvTable powerTable(const ExportContext &c)
{
    CsvTable t({{"id"}, {"name"}, {"kind"}, {"model"}, {"parent"}, {"hall"}, {"side"}, {"rating", U::Kw},
                {"modules"}, {"redundant_modules"}, {"output_voltage_v"}, {"installed", U::Kw},
                {"capacity", U::Kw}, {"load", U::Kw}, {"losses", U::Kw}, {"input", U::Kw}, {"utilization"},
                {"efficiency"}, {"alive"}, {"failed"}});
    const ResultIndex feeds(c.result, "power", "feeds");
    for (const PowerNode &n : c.project.powerNodes) {
        const Json *s = feeds.find(n.id);
        t.addRow({n.id, n.name, n.type, textOrNull(n.model), textOrNull(n.upstream), textOrNull(n.hall), n.side,
                  n.ratedW / 1e3, n.modules, n.redundantModules, n.outputVoltageV, valueOf(s, "installed_kw"),
                  valueOf(s, "capacity_kw"), valueOf(s, "load_kw"), valueOf(s, "loss_kw"), valueOf(s, "input_kw"),
                  valueOf(s, "utilization"), valueOf(s, "efficiency"), valueOf(s, "alive"), n.failed});
    }
    return t;
}

CsvTable rackResultsTable(const ExportContext &c)
{
    CsvTable t({{"id"}, {"hall"}, {"inlet", U::Celsius}, {"outlet", U::Celsius}, {"gpu_junction", U::Celsius},
                {"throttled"}, {"clock_factor"}, {"it", U::Kw}, {"heat_to_air", U::HeatKw},
                {"heat_to_liquid", U::HeatKw}, {"door_heat", U::HeatKw}, {"airflow", U::M3s},
                {"coolant_supply", U::Celsius}, {"coolant_return", U::Celsius}, {"ashrae_class"},
                {"ashrae_recommended_max", U::Celsius}, {"ashrae_allowable_max", U::Celsius},
                {"ashrae_recommended_margin", U::Kelvin}, {"ashrae_allowable_margin", U::Kelvin}});
    const ResultIndex thermal(c.result, "thermal", "racks");
    const ResultIndex power(c.result, "power", "racks");
    for (const Rack &r : c.project.racks) {
        const Json *s = thermal.find(r.id);
        const Hall *hall = c.project.get<Hall>(r.hall);
        const Json inlet = valueOf(s, "inlet_c");
        Json cls, recMax, allowMax, recMargin, allowMargin;
        if (hall) {
            // ASHRAE TC9.9 (2021) envelope of the hall's air class (solvers/thermal/airproperties.h);
            // a positive margin is headroom below the limit.
            const thermal::AirClassLimits lim = thermal::airClassLimits(hall->ashraeClass);
            cls = hall->ashraeClass;
            recMax = lim.recommendedMax;
            allowMax = lim.allowableMax;
            if (inlet.is_number()) {
                recMargin = lim.recommendedMax - inlet.get<double>();
                allowMargin = lim.allowableMax - inlet.get<double>();
            }
        }
        t.addRow({r.id, r.hall, inlet, valueOf(s, "outlet_c"), valueOf(s, "gpu_junction_c"), valueOf(s, "throttled"),
                  valueOf(s, "clock_factor"), valueOf(power.find(r.id), "it_kw"), valueOf(s, "air_heat_kw"),
                  valueOf(s, "liquid_heat_kw"), valueOf(s, "door_heat_kw"), valueOf(s, "airflow_m3s"),
                  valueOf(s, "coolant_supply_c"), valueOf(s, "coolant_return_c"), cls, recMax, allowMax, recMargin,
                  allowMargin});
    }
    return t;
}

const std::vector<Table> &allTables()
{
    static const std::vector<Table> tables {Table::Racks, Table::Power, Table::Deployments, Table::Bom,
                                            Table::RackResults};
    return tables;
}

std::string tableName(Table table)
{
    switch (table) {
    case Table::Racks: return "racks";
    case Table::Power: return "power";
    case Table::Deployments: return "deployments";
    case Table::Bom: return "bom";
    case Table::RackResults: return "rack-results";
    }
    return {};
}

bool tableFromName(const std::string &name, Table *table)
{
    for (Table t : allTables())
        if (tableName(t) == name) {
            *table = t;
            return true;
        }
    return false;
}

QString fileName(Table table)
{
    return QString::fromStdString(tableName(table)) + ".csv";
}

QByteArray tableCsv(Table table, const Project &project, const Catalog &catalog, const SolveResult &result,
                    UnitSystem system)
{
    ExportContext c {project, catalog, result.json};
    // The rows are the design as solved: the result's scenario (an id the solve already applied,
    // so it applies again here; a failure leaves the design as it is).
    const std::string scenario = result.json.value("scenario", std::string());
    if (!scenario.empty())
        applyScenario(c.project, scenario, nullptr);
    switch (table) {
    case Table::Racks: return racksTable(c).toCsv(system);
    case Table::Power: return powerTable(c).toCsv(system);
    case Table::Deployments: return deploymentsTable(c).toCsv(system);
    case Table::Bom: return bomTable(c).toCsv(system);
    case Table::RackResults: return rackResultsTable(c).toCsv(system);
    }
    return {};
}

bool writeCsv(const QString &path, Table table, const Project &project, const Catalog &catalog,
              const SolveResult &result, UnitSystem system, QString *error)
{
    return writeFileAtomically(path, tableCsv(table, project, catalog, result, system), error);
}

bool writeAllCsv(const QString &folder, const Project &project, const Catalog &catalog, const SolveResult &result,
                 UnitSystem system, QString *error)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder").arg(folder);
        return false;
    }
    for (Table t : allTables())
        if (!writeCsv(QDir(folder).filePath(fileName(t)), t, project, catalog, result, system, error))
            return false;
    return true;
}

bool writeResultJson(const QString &path, const SolveResult &result, QString *error)
{
    // Exactly what `aif solve --json OUT` writes.
    return writeFileAtomically(path, QByteArray::fromStdString(result.json.dump(2) + "\n"), error);
}

} // namespace aif::csvexport
