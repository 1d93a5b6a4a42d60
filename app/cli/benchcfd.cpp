// The air path against OpenFOAM for `aif bench`: the recorded CFD runs of the validation halls
// (tests/data/airpath/cfd-reference.json) next to the fast models solving the same halls now,
// the speed-up and the per-rack error. Printed as numbers, never asserted (tst_airpath checks the
// accuracy; timings vary with the machine).
#include "cli.h"

#include "catalog.h"
#include "cfd/cfdcompare.h"
#include "cfd/cfdreference.h"
#include "projectio.h"

#include <QDir>

#include <cmath>

namespace aif::cli {

void benchCfd(const Catalog &catalog)
{
    const QString dir = QStringLiteral(AIF_SOURCE_DIR "/tests/data/airpath");
    std::vector<cfd::ReferenceCase> cases;
    std::string error;
    if (!cfd::readReference(QDir(dir).filePath("cfd-reference.json").toStdString(), &cases, &error)) {
        printError("aif bench: " + QString::fromStdString(error));
        return;
    }
    printOut(QStringLiteral("\nair path vs OpenFOAM v1912 (recorded runs, tests/data/airpath/cfd-reference.json):\n"
                            "%1  %2  %3  %4  %5  %6  %7  %8\n")
                 .arg("case", -40)
                 .arg("role", -11)
                 .arg("CFD s", 8)
                 .arg("T0 s", 9)
                 .arg("T0 x", 10)
                 .arg("T0 RMS/max-in K", 16)
                 .arg("T1 s", 7)
                 .arg("T1 x  T1 RMS/max-in K"));
    for (const cfd::ReferenceCase &c : cases) {
        LoadResult r = loadProject(QDir(dir).filePath(QString::fromStdString(c.project)));
        if (!r.ok)
            continue;
        std::vector<std::string> ids;
        std::vector<double> cfdC;
        for (const cfd::RackInlet &in : c.inlets) {
            ids.push_back(in.id);
            cfdC.push_back(in.inletC);
        }
        // Best of three: the first solve pays for cold caches.
        double t0s = 1e9, t1s = 1e9, s = 0;
        std::vector<double> t0, t1;
        for (int i = 0; i < 3; ++i) {
            t0 = cfd::fastInlets(r.project, catalog, ids, false, &s);
            t0s = std::min(t0s, s);
        }
        t1 = cfd::fastInlets(r.project, catalog, ids, true, &t1s);
        const cfd::ModelError e0 = cfd::modelError(cfdC, t0), e1 = cfd::modelError(cfdC, t1);
        printOut(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                     .arg(QString::fromStdString(c.project), -40)
                     .arg(QString::fromStdString(c.role), -11)
                     .arg(c.cfdSeconds, 8, 'f', 0)
                     .arg(t0s, 9, 'f', 4)
                     .arg(QString::number(c.cfdSeconds / std::max(t0s, 1e-9), 'f', 0), 10)
                     .arg(QStringLiteral("%1/%2").arg(e0.rmsK, 0, 'f', 2).arg(e0.maxInletK, 0, 'f', 2), 16)
                     .arg(t1s, 7, 'f', 3)
                     .arg(QString::number(c.cfdSeconds / std::max(t1s, 1e-9), 'f', 0), 5)
                     .arg(QStringLiteral("%1/%2").arg(e1.rmsK, 0, 'f', 2).arg(e1.maxInletK, 0, 'f', 2)));
    }
}

} // namespace aif::cli
