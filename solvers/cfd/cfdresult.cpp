// Reading a solved case back (docs/cfd.md "Import"). Only ASCII files, no OpenFOAM library.
#include "cfd/cfdresult.h"

#include "cfd/foamfile.h"
#include "jsonlimits.h"
#include "thermal/airfield.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>

namespace aif::cfd {
namespace {

bool readText(const QString &path, std::string *text, std::string *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path.toStdString() + ": cannot read";
        return false;
    }
    *text = f.readAll().toStdString();
    return true;
}

int locate(const std::vector<double> &edges, double x)
{
    const auto it = std::upper_bound(edges.begin(), edges.end(), x);
    return std::clamp(int(it - edges.begin()) - 1, 0, int(edges.size()) - 2);
}

} // namespace

std::string latestTime(const std::string &caseDir, bool *processorDirs)
{
    const QDir dir(QString::fromStdString(caseDir));
    double best = 0;
    QString bestName;
    bool processors = false;
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        processors = processors || name.startsWith("processor");
        bool ok = false;
        const double t = name.toDouble(&ok);
        if (ok && t > best && QFile::exists(dir.filePath(name + "/T"))) {
            best = t;
            bestName = name;
        }
    }
    if (processorDirs)
        *processorDirs = processors;
    return bestName.toStdString();
}

bool gridFromInfo(const Json &info, CfdGrid *grid, std::string *error)
{
    try {
        for (int a = 0; a < 3; ++a) {
            grid->lines[a] = info.at("lines").at(a).get<std::vector<double>>();
            grid->divisions[a] = info.at("divisions").at(a).get<std::vector<int>>();
            if (grid->lines[a].size() != grid->divisions[a].size() + 1)
                throw std::runtime_error("lines and divisions do not match");
        }
        grid->blocks.clear();
        for (const Json &b : info.at("blocks")) {
            std::array<int, 3> ijk{b.at(0).get<int>(), b.at(1).get<int>(), b.at(2).get<int>()};
            for (int a = 0; a < 3; ++a)
                if (ijk[a] < 0 || ijk[a] >= int(grid->divisions[a].size()))
                    throw std::runtime_error("block outside the grid");
            grid->blocks.push_back(ijk);
        }
    } catch (const std::exception &e) {
        *error = std::string("aif-case.json: ") + e.what();
        return false;
    }
    indexCells(*grid);
    return true;
}

std::vector<RackInlet> rackInlets(const Json &info, const CfdGrid &g, const std::vector<double> &t)
{
    std::vector<RackInlet> out;
    for (const Json &r : info.value("racks", Json::array())) {
        RackInlet in;
        in.id = r.value("id", "");
        in.fastT0InletC = r.value("fastT0InletC", 0.0);
        if (r.contains("intake")) {
            const Json &f = r["intake"];
            const int axis = f.value("axis", 0), into = f.value("intoFluid", 1);
            const double plane = f["lo"][axis].get<double>();
            // The cell layer touching the plane on the fluid side.
            const int edge = locate(g.edges[axis], plane + 1e-7);
            const int layer = into > 0 ? edge : edge - 1;
            const int u = (axis + 1) % 3, v = (axis + 2) % 3;
            double sum = 0, area = 0;
            for (int i = 0; layer >= 0 && layer < g.tensorCount(axis) && i < g.tensorCount(u); ++i) {
                const double cu = g.centre(u, i);
                if (cu < f["lo"][u].get<double>() || cu > f["hi"][u].get<double>())
                    continue;
                for (int j = 0; j < g.tensorCount(v); ++j) {
                    const double cv = g.centre(v, j);
                    if (cv < f["lo"][v].get<double>() || cv > f["hi"][v].get<double>())
                        continue;
                    int idx[3];
                    idx[axis] = layer;
                    idx[u] = i;
                    idx[v] = j;
                    const int cell = g.cellOfTensor[g.tensorIndex(idx[0], idx[1], idx[2])];
                    if (cell < 0 || cell >= int(t.size()))
                        continue;
                    const double a = (g.edges[u][i + 1] - g.edges[u][i]) * (g.edges[v][j + 1] - g.edges[v][j]);
                    sum += a * t[cell];
                    area += a;
                }
            }
            in.found = area > 0;
            in.inletC = in.found ? sum / area : 0.0;
        }
        out.push_back(in);
    }
    return out;
}

bool readCfdResult(const std::string &caseDir, CfdResult *out, std::string *error)
{
    const QDir dir(QString::fromStdString(caseDir));
    std::string text;
    if (!readText(dir.filePath("aif-case.json"), &text, error)) {
        *error += " (not a case written by aif cfd export)";
        return false;
    }
    std::string why;
    const Json info = parseJsonLimited(QByteArray::fromStdString(text), kMaxProjectBytes, &why);
    if (!why.empty() || !info.is_object()) {
        *error = "aif-case.json: " + (why.empty() ? std::string("not an object") : why);
        return false;
    }
    CfdResult r;
    if (!gridFromInfo(info, &r.grid, error))
        return false;
    r.hall = info.value("hall", "");
    r.cellM = info.value("cellM", 0.2);
    const auto sizeIt = info.find("size");
    if (sizeIt == info.end() || !sizeIt->is_array() || sizeIt->size() != 3
        || !std::all_of(sizeIt->begin(), sizeIt->end(), [](const Json &v) { return v.is_number(); })) {
        *error = "aif-case.json: 'size' must be the hall's [width, depth, height] in metres";
        return false;
    }
    for (int a = 0; a < 3; ++a)
        r.size[a] = (*sizeIt)[a].get<double>();
    bool decomposed = false;
    r.time = latestTime(caseDir, &decomposed);
    if (r.time.empty()) {
        *error = caseDir + ": no solved time with a T field"
                 + std::string(decomposed ? " (decomposed: run reconstructPar first)" : " (run aif cfd run first)");
        return false;
    }
    std::vector<double> kelvin;
    const QString timeDir = dir.filePath(QString::fromStdString(r.time));
    // The iteration-averaged field (controlDict's fieldAverage) where the run wrote one.
    r.averaged = QFile::exists(timeDir + "/TMean");
    const QString tFile = timeDir + (r.averaged ? "/TMean" : "/T");
    if (!readText(tFile, &text, error))
        return false;
    if (!readScalarField(text, r.grid.cells, &kelvin, error)) {
        *error = tFile.toStdString() + ": " + *error;
        return false;
    }
    r.temperatureC.resize(kelvin.size());
    std::transform(kelvin.begin(), kelvin.end(), r.temperatureC.begin(), [](double k) { return k - 273.15; });
    r.cellsAtLimit = int(std::count_if(r.temperatureC.begin(), r.temperatureC.end(), [](double c) { return c < 0.5 || c > 99.5; }));
    const QString uFile = timeDir + (QFile::exists(timeDir + "/UMean") ? "/UMean" : "/U");
    if (QFile::exists(uFile) && readText(uFile, &text, error)) {
        std::string ignored;
        if (!readVectorField(text, r.grid.cells, &r.velocity, &ignored))
            r.velocity.clear();   // the temperature is what import needs; velocity is for the view
    }
    r.racks = rackInlets(info, r.grid, r.temperatureC);
    *out = std::move(r);
    return true;
}

thermal::AirFieldResult toAirField(const CfdResult &r, double cellM)
{
    thermal::AirFieldResult f;
    f.cellM = cellM;
    f.nx = std::max(1, int(std::lround(r.size[0] / cellM)));
    f.ny = std::max(1, int(std::lround(r.size[1] / cellM)));
    f.nz = std::max(1, int(std::lround(r.size[2] / cellM)));
    f.dx = r.size[0] / f.nx;
    f.dy = r.size[1] / f.ny;
    f.dz = r.size[2] / f.nz;
    const size_t n = size_t(f.nx) * f.ny * f.nz;
    f.temperatureC.assign(n, 0.f);
    f.vx.assign(n, 0.f);
    f.vy.assign(n, 0.f);
    f.vz.assign(n, 0.f);
    f.solid.assign(n, 0);
    double mean = 0;
    for (double t : r.temperatureC)
        mean += t / double(std::max<size_t>(1, r.temperatureC.size()));
    const CfdGrid &g = r.grid;
    for (int k = 0; k < f.nz; ++k)
        for (int j = 0; j < f.ny; ++j)
            for (int i = 0; i < f.nx; ++i) {
                const size_t c = size_t(i) + size_t(f.nx) * (j + size_t(f.ny) * k);
                const int cell = g.cellOfTensor[g.tensorIndex(locate(g.edges[0], (i + 0.5) * f.dx),
                                                              locate(g.edges[1], (j + 0.5) * f.dy),
                                                              locate(g.edges[2], (k + 0.5) * f.dz))];
                if (cell < 0 || cell >= int(r.temperatureC.size())) {
                    f.solid[c] = 1;
                    f.temperatureC[c] = float(mean);   // inside racks and units: no air, a neutral colour
                    continue;
                }
                f.temperatureC[c] = float(r.temperatureC[cell]);
                if (cell < int(r.velocity.size())) {
                    f.vx[c] = float(r.velocity[cell][0]);
                    f.vy[c] = float(r.velocity[cell][1]);
                    f.vz[c] = float(r.velocity[cell][2]);
                }
            }
    f.converged = true;
    return f;
}

} // namespace aif::cfd
