// A solved OpenFOAM case read for the 3D view, off the GUI thread (cfdfieldloader.h).
#include "view3d/cfdfieldloader.h"

#include "catalog.h"
#include "cfd/cfdresult.h"
#include "project.h"
#include "thermal/airfield.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <limits>

namespace aif {
namespace {

// The hall sizes the field is drawn over; a case exported before the hall was resized would be
// drawn misaligned. 5 cm: below any cell size an export allows (0.05 m at the finest).
constexpr double kSizeToleranceM = 0.05;

CfdFieldLoad fail(const QString &message)
{
    CfdFieldLoad load;
    load.error = message;
    return load;
}

CfdFieldLoad load(const QString &caseDir, const Project &project, const Catalog *catalog,
                  bool withT1)
{
    if (caseDir.trimmed().isEmpty())
        return fail(QObject::tr(
            "No case directory given: choose the directory `aif cfd export --out` wrote"));
    const QFileInfo info(caseDir);
    const QString dir = info.absoluteFilePath();
    if (!info.exists())
        return fail(QObject::tr("%1: no such directory").arg(dir));
    if (!info.isDir())
        return fail(
            QObject::tr(
                "%1: not a directory (choose the case directory, which holds aif-case.json)")
                .arg(dir));

    cfd::CfdResult result;
    std::string error;
    if (!cfd::readCfdResult(dir.toStdString(), &result, &error)) {
        // Some of its messages name only the file inside the case ("aif-case.json: ...").
        const QString why = QString::fromStdString(error);
        return fail(why.contains(dir) ? why : dir + ": " + why);
    }
    const auto hall = std::find_if(project.halls.begin(), project.halls.end(),
                                   [&](const Hall &h) { return h.id == result.hall; });
    if (hall == project.halls.end())
        return fail(QObject::tr("%1: the case is of hall '%2', which the open design does not have "
                                "(open the project the case was exported from)")
                        .arg(dir, QString::fromStdString(result.hall)));

    auto f = std::make_shared<CfdField>();
    f->caseDir = dir;
    f->hall = result.hall;
    f->time = result.time;
    f->averaged = result.averaged;
    f->cells = result.grid.cells;
    f->cellsAtLimit = result.cellsAtLimit;
    f->cellM = result.cellM;
    f->racks = result.racks;
    // The export's own cell size, as `aif cfd import` writes its .vti: finer adds no information
    // (nearest-cell resampling), coarser would drop the CFD's detail.
    auto field = std::make_shared<thermal::AirFieldResult>(cfd::toAirField(result, result.cellM));
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (size_t c = 0; c < field->temperatureC.size(); ++c) {
        if (field->solid[c])
            continue;
        lo = std::min(lo, double(field->temperatureC[c]));
        hi = std::max(hi, double(field->temperatureC[c]));
    }
    f->minC = lo <= hi ? lo : 0.0;
    f->maxC = lo <= hi ? hi : 0.0;
    f->field = std::move(field);

    if (result.cellsAtLimit > 0)
        f->notes
            << QObject::tr(
                   "%1 cells at the 0/100 °C temperature guard: the run diverged there; do not "
                   "trust this field (finer cells, more iterations)")
                   .arg(result.cellsAtLimit);
    const double designed[3] = {hall->widthM, hall->depthM, hall->heightM};
    for (int a = 0; a < 3; ++a) {
        if (std::abs(designed[a] - result.size[a]) > kSizeToleranceM) {
            f->notes
                << QObject::tr(
                       "The case is %1 × %2 × %3 m but hall '%4' is now %5 × %6 × %7 m: the field "
                       "does not line up with the design (export the case again)")
                       .arg(result.size[0])
                       .arg(result.size[1])
                       .arg(result.size[2])
                       .arg(QString::fromStdString(result.hall))
                       .arg(hall->widthM)
                       .arg(hall->depthM)
                       .arg(hall->heightM);
            break;
        }
    }
    if (catalog) {
        f->comparison = cfd::compare(project, *catalog, result.racks, withT1);
        f->compared = true;
    }
    CfdFieldLoad out;
    out.field = std::move(f);
    return out;
}

} // namespace

CfdFieldLoad loadCfdField(const QString &caseDir, const Project &project, const Catalog *catalog,
                          bool withT1)
{
    // A malformed aif-case.json can throw from the JSON library; on a worker thread that would
    // come back out of QFuture::result() on the GUI thread and end the studio.
    try {
        return load(caseDir, project, catalog, withT1);
    } catch (const std::exception &e) {
        return fail(QObject::tr("%1: cannot read the case: %2")
                        .arg(QFileInfo(caseDir).absoluteFilePath(), e.what()));
    }
}

QString cfdFieldTitle(const CfdField &field)
{
    return QObject::tr("OpenFOAM (%1, time %2, case %3)")
        .arg(field.averaged ? QStringLiteral("TMean") : QStringLiteral("T"),
             QString::fromStdString(field.time), QFileInfo(field.caseDir).fileName());
}

} // namespace aif
