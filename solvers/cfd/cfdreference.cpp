// Reading the recorded CFD results of the validation halls (cfdreference.h).
#include "cfd/cfdreference.h"

#include "jsonlimits.h"

#include <QFile>

namespace aif::cfd {

bool readReference(const std::string &path, std::vector<ReferenceCase> *out, std::string *error)
{
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + ": cannot read (" + f.errorString().toStdString() + ")";
        return false;
    }
    std::string why;
    const Json doc = parseJsonLimited(f.readAll(), kMaxProjectBytes, &why);
    if (!why.empty() || !doc.is_object() || !doc.contains("cases") || !doc["cases"].is_array()) {
        *error = path + ": " + (why.empty() ? std::string("no 'cases' array") : why);
        return false;
    }
    out->clear();
    for (size_t i = 0; i < doc["cases"].size(); ++i) {
        const Json &c = doc["cases"][i];
        const std::string where = path + ": cases[" + std::to_string(i) + "]";
        if (!c.is_object() || !c.contains("project") || !c["project"].is_string() || !c.contains("inletsC")
            || !c["inletsC"].is_object()) {
            *error = where + ": needs 'project' (file name) and 'inletsC' (rack id -> degC)";
            return false;
        }
        ReferenceCase r;
        r.project = c["project"].get<std::string>();
        r.role = c.value("role", "");
        r.description = c.value("description", "");
        r.cells = c.value("cells", 0);
        r.cellM = c.value("cellM", 0.0);
        r.iterations = c.value("iterations", 0);
        r.cfdSeconds = c.value("cfdSeconds", 0.0);
        r.processors = c.value("processors", 1);
        if (r.role != "calibration" && r.role != "checking") {
            *error = where + ".role: '" + r.role + "' (calibration or checking)";
            return false;
        }
        for (auto it = c["inletsC"].begin(); it != c["inletsC"].end(); ++it) {
            if (!it.value().is_number()) {
                *error = where + ".inletsC." + it.key() + ": not a number";
                return false;
            }
            RackInlet in;
            in.id = it.key();
            in.inletC = it.value().get<double>();
            in.found = true;
            r.inlets.push_back(in);
        }
        out->push_back(std::move(r));
    }
    return true;
}

} // namespace aif::cfd
