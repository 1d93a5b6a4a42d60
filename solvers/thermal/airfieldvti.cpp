// VTK XML ImageData writer (hand-written, ASCII; the solvers never link VTK). Format reference:
// "VTK File Formats", XML ImageData: WholeExtent counts points, so n cells span 0..n.
#include "thermal/airfield.h"

#include <charconv>
#include <cstdio>
#include <fstream>

namespace aif::thermal {
namespace {

void writeFloats(std::ofstream &out, const std::vector<float> &values)
{
    char buf[32];
    int column = 0;
    for (float v : values) {
        const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
        out.write(buf, ec == std::errc() ? end - buf : 0);
        out.put(++column % 12 == 0 ? '\n' : ' ');
    }
    out.put('\n');
}

} // namespace

bool writeVti(const AirFieldResult &r, const std::string &path, std::string *error)
{
    auto fail = [&](const std::string &why) {
        if (error)
            *error = path + ": " + why;
        return false;
    };
    const size_t n = size_t(r.nx) * r.ny * r.nz;
    if (n == 0 || r.temperatureC.size() != n || r.vx.size() != n || r.vy.size() != n
        || r.vz.size() != n)
        return fail("air-field result has no field to write");
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        return fail("cannot open for writing");

    const double dx = r.dx > 0.0 ? r.dx : r.cellM, dy = r.dy > 0.0 ? r.dy : r.cellM,
                 dz = r.dz > 0.0 ? r.dz : r.cellM;
    char head[512];
    std::snprintf(head, sizeof head,
                  "<?xml version=\"1.0\"?>\n"
                  "<VTKFile type=\"ImageData\" version=\"0.1\" byte_order=\"LittleEndian\">\n"
                  "  <ImageData WholeExtent=\"0 %d 0 %d 0 %d\" Origin=\"0 0 0\" "
                  "Spacing=\"%.9g %.9g %.9g\">\n"
                  "    <Piece Extent=\"0 %d 0 %d 0 %d\">\n"
                  "      <CellData Scalars=\"temperature_c\" Vectors=\"velocity_m_s\">\n",
                  r.nx, r.ny, r.nz, dx, dy, dz, r.nx, r.ny, r.nz);
    out << head;
    out << "        <DataArray type=\"Float32\" Name=\"temperature_c\" format=\"ascii\">\n";
    writeFloats(out, r.temperatureC);
    out << "        </DataArray>\n";
    out << "        <DataArray type=\"Float32\" Name=\"velocity_m_s\" NumberOfComponents=\"3\" "
           "format=\"ascii\">\n";
    std::vector<float> v(3 * n);
    for (size_t c = 0; c < n; ++c) {
        v[3 * c] = r.vx[c];
        v[3 * c + 1] = r.vy[c];
        v[3 * c + 2] = r.vz[c];
    }
    writeFloats(out, v);
    out << "        </DataArray>\n";
    if (r.solid.size() == n) {
        out << "        <DataArray type=\"UInt8\" Name=\"solid\" format=\"ascii\">\n";
        for (size_t c = 0; c < n; ++c)
            out.put(r.solid[c] ? '1' : '0').put((c + 1) % 40 == 0 ? '\n' : ' ');
        out << "\n        </DataArray>\n";
    }
    out << "      </CellData>\n    </Piece>\n  </ImageData>\n</VTKFile>\n";
    out.flush();
    if (!out)
        return fail("write failed");
    return true;
}

} // namespace aif::thermal
