// AirFieldLayer: the T1 air field as slice, isosurface and streamlines. Checks the filters'
// outputs only, so no OpenGL context is needed.
#include "airfieldlayer.h"
#include "thermal/airfield.h"

#include <QElapsedTimer>
#include <QTest>

#include <vtkDataArray.h>
#include <vtkIdList.h>
#include <vtkImageData.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPolyData.h>
#include <vtkProp.h>
#include <vtkTriangle.h>

#include <cmath>
#include <stdexcept>

using namespace aif;
using scene3d::AirFieldDisplay;
using scene3d::AirFieldLayer;
using scene3d::SliceAxis;

namespace {

constexpr double kOriginX = 100.0, kOriginY = 50.0;
constexpr double kCellM = 0.5;
constexpr int kNx = 20, kNy = 10, kNz = 8;   // a 10 × 5 × 4 m hall
// The solid block: cells i 8–11, j 3–6, k 0–3, i.e. x 4–6 m, y 1.5–3.5 m, z 0–2 m.
constexpr int kI0 = 8, kI1 = 11, kJ0 = 3, kJ1 = 6, kK1 = 3;

bool inBlock(int i, int j, int k)
{
    return i >= kI0 && i <= kI1 && j >= kJ0 && j <= kJ1 && k <= kK1;
}

// T rises linearly with i from 20 °C (first column) to 40 °C (last), so T = 30 °C halfway
// between the centres of columns 9 and 10: x = 5 m. Uniform vx = 1 m/s in the air. The solid
// holds an absurd 500 °C that must never show.
std::shared_ptr<thermal::AirFieldResult> syntheticField(int nx = kNx, int ny = kNy, int nz = kNz)
{
    auto f = std::make_shared<thermal::AirFieldResult>();
    f->nx = nx;
    f->ny = ny;
    f->nz = nz;
    f->cellM = f->dx = f->dy = f->dz = kCellM;
    const size_t n = size_t(nx) * ny * nz;
    f->temperatureC.resize(n);
    f->vx.assign(n, 1.0f);
    f->vy.assign(n, 0.0f);
    f->vz.assign(n, 0.0f);
    f->solid.assign(n, 0);
    for (int k = 0; k < nz; ++k) {
        for (int j = 0; j < ny; ++j) {
            for (int i = 0; i < nx; ++i) {
                const size_t c = i + size_t(nx) * (j + size_t(ny) * k);
                f->temperatureC[c] = float(20.0 + 20.0 * i / (nx - 1));
                if (inBlock(i, j, k)) {
                    f->solid[c] = 1;
                    f->temperatureC[c] = 500.0f;
                    f->vx[c] = 0.0f;
                }
            }
        }
    }
    return f;
}

vtkDataArray *temperatures(vtkPolyData *poly)
{
    return poly->GetPointData()->GetArray("temperature_c");
}

// Of a polygonal surface (fans over each polygon).
double area(vtkPolyData *poly)
{
    double sum = 0.0;
    vtkNew<vtkIdList> ids;
    for (vtkIdType c = 0; c < poly->GetNumberOfCells(); ++c) {
        poly->GetCellPoints(c, ids);
        double p0[3], p1[3], p2[3];
        poly->GetPoint(ids->GetId(0), p0);
        for (vtkIdType k = 1; k + 1 < ids->GetNumberOfIds(); ++k) {
            poly->GetPoint(ids->GetId(k), p1);
            poly->GetPoint(ids->GetId(k + 1), p2);
            sum += vtkTriangle::TriangleArea(p0, p1, p2);
        }
    }
    return sum;
}

} // namespace

class TestAirFieldLayer : public QObject
{
    Q_OBJECT

private slots:
    void imageInSiteCoordinates();
    void temperatureRangeExcludesSolids();
    void zSliceAtHeight();
    void sliceHasHolesAtSolids();
    void xSlice();
    void slicePositionIsClamped();
    void isosurface();
    void isosurfaceOutsideRangeIsEmpty();
    void streamlines();
    void movingTheSliceRebuildsOnlyTheSlice();
    void noField();
    void mismatchedArraysThrow();
    void streamlinesOfALargeHallAreFast();
};

void TestAirFieldLayer::imageInSiteCoordinates()
{
    AirFieldLayer layer;
    layer.setField(syntheticField(), kOriginX, kOriginY);
    QVERIFY(layer.hasField());
    vtkImageData *image = layer.image();
    QCOMPARE(image->GetNumberOfPoints(), vtkIdType(kNx * kNy * kNz));
    double b[6];
    image->GetBounds(b);
    const double h = 0.5 * kCellM;
    const double expected[6] = {kOriginX + h, kOriginX + kNx * kCellM - h,
                                kOriginY + h, kOriginY + kNy * kCellM - h,
                                h,            kNz * kCellM - h};
    for (int a = 0; a < 6; ++a)
        QVERIFY2(std::abs(b[a] - expected[a]) < 1e-9, qPrintable(QString::number(a)));
    QVERIFY(image->GetPointData()->GetArray("temperature_c"));
    QCOMPARE(image->GetPointData()->GetArray("velocity_m_s")->GetNumberOfComponents(), 3);
    // Solid cells hold the surrounding air's temperature, not the solver's 500 °C.
    double range[2];
    image->GetPointData()->GetArray("temperature_c")->GetRange(range);
    QVERIFY(range[0] >= 20.0 - 1e-6 && range[1] <= 40.0 + 1e-6);
}

void TestAirFieldLayer::temperatureRangeExcludesSolids()
{
    AirFieldLayer layer;
    layer.setField(syntheticField(), kOriginX, kOriginY);
    QCOMPARE(layer.minTemperatureC(), 20.0);
    QCOMPARE(layer.maxTemperatureC(), 40.0);
}

void TestAirFieldLayer::zSliceAtHeight()
{
    AirFieldLayer layer;
    layer.setField(syntheticField(), kOriginX, kOriginY);
    layer.setDisplay({});   // default: Z slice at 1.2 m
    vtkPolyData *slice = layer.sliceOutput();
    QVERIFY(slice->GetNumberOfPoints() > 0);
    QVERIFY(slice->GetNumberOfCells() > 0);
    for (vtkIdType p = 0; p < slice->GetNumberOfPoints(); ++p)
        QVERIFY(std::abs(slice->GetPoint(p)[2] - 1.2) < 1e-6);
    vtkDataArray *t = temperatures(slice);
    QVERIFY(t);
    for (vtkIdType p = 0; p < t->GetNumberOfTuples(); ++p) {
        const double value = t->GetTuple1(p);
        QVERIFY2(value >= 20.0 - 1e-4 && value <= 40.0 + 1e-4, qPrintable(QString::number(value)));
    }
    QVERIFY(layer.props().front()->GetVisibility());
}

void TestAirFieldLayer::sliceHasHolesAtSolids()
{
    AirFieldLayer layer;
    layer.setField(syntheticField(), kOriginX, kOriginY);
    vtkPolyData *slice = layer.sliceOutput();   // z = 1.2 m crosses the block (z 0–2 m)
    // The hole follows the block's faces, with corners chamfered within one half cell.
    const double m = 0.5 * kCellM + 1e-6;
    for (vtkIdType p = 0; p < slice->GetNumberOfPoints(); ++p) {
        const double *x = slice->GetPoint(p);
        const bool inside = x[0] > kOriginX + 4.0 + m && x[0] < kOriginX + 6.0 - m
                            && x[1] > kOriginY + 1.5 + m && x[1] < kOriginY + 3.5 - m;
        QVERIFY2(!inside, qPrintable(QString("%1 %2").arg(x[0]).arg(x[1])));
    }
    // The hole is there: the slice spans the centres (9.5 × 4.5 m) less the block's 2 × 2 m,
    // give or take the chamfered corners; above the block it is whole.
    const double holed = area(slice);
    QVERIFY2(std::abs(holed - (9.5 * 4.5 - 4.0)) < 0.2, qPrintable(QString::number(holed)));
    AirFieldDisplay high;
    high.slicePositionM = 3.2;
    layer.setDisplay(high);
    QVERIFY(std::abs(area(layer.sliceOutput()) - 9.5 * 4.5) < 1e-6);
}

void TestAirFieldLayer::xSlice()
{
    AirFieldLayer layer;
    layer.setField(syntheticField(), kOriginX, kOriginY);
    AirFieldDisplay display;
    display.sliceAxis = SliceAxis::X;
    display.slicePositionM = 5.0;
    layer.setDisplay(display);
    vtkPolyData *slice = layer.sliceOutput();
    QVERIFY(slice->GetNumberOfPoints() > 0);
    for (vtkIdType p = 0; p < slice->GetNumberOfPoints(); ++p)
        QVERIFY(std::abs(slice->GetPoint(p)[0] - (kOriginX + 5.0)) < 1e-6);
}

void TestAirFieldLayer::slicePositionIsClamped()
{
    AirFieldLayer layer;
    layer.setField(syntheticField(), kOriginX, kOriginY);
    AirFieldDisplay display;
    display.slicePositionM = -3.0;   // below the floor: the lowest layer of centres
    layer.setDisplay(display);
    vtkPolyData *slice = layer.sliceOutput();
    QVERIFY(slice->GetNumberOfPoints() > 0);
    QVERIFY(std::abs(slice->GetPoint(0)[2] - 0.5 * kCellM) < 0.01 * kCellM);
    display.slicePositionM = 100.0;
    layer.setDisplay(display);
    slice = layer.sliceOutput();
    QVERIFY(slice->GetNumberOfPoints() > 0);
    QVERIFY(std::abs(slice->GetPoint(0)[2] - (kNz - 0.5) * kCellM) < 0.01 * kCellM);
}

void TestAirFieldLayer::isosurface()
{
    AirFieldLayer layer;
    layer.setField(syntheticField(), kOriginX, kOriginY);
    AirFieldDisplay display;
    display.isosurface = true;
    display.isoTemperatureC = 30.0;
    layer.setDisplay(display);
    vtkPolyData *iso = layer.isosurfaceOutput();
    QVERIFY(iso->GetNumberOfPoints() > 0);
    QVERIFY(iso->GetNumberOfCells() > 0);
    // T = 30 °C at x = 5 m. No surface wraps the 500 °C block (x 4–6 m), and the part of the
    // plane inside the block is cut away (give or take half a cell at its edges).
    const double m = 0.5 * kCellM + 1e-6;
    for (vtkIdType p = 0; p < iso->GetNumberOfPoints(); ++p) {
        const double *x = iso->GetPoint(p);
        QVERIFY2(std::abs(x[0] - (kOriginX + 5.0)) <= kCellM, qPrintable(QString::number(x[0])));
        const bool inside = x[1] > kOriginY + 1.5 + m && x[1] < kOriginY + 3.5 - m
                            && x[2] < 2.0 - m;
        QVERIFY2(!inside, qPrintable(QString("%1 %2").arg(x[1]).arg(x[2])));
    }
    QVERIFY(layer.props().at(1)->GetVisibility());
}

void TestAirFieldLayer::isosurfaceOutsideRangeIsEmpty()
{
    AirFieldLayer layer;
    layer.setField(syntheticField(), kOriginX, kOriginY);
    AirFieldDisplay display;
    display.isosurface = true;
    display.isoTemperatureC = 99.0;
    layer.setDisplay(display);
    QCOMPARE(layer.isosurfaceOutput()->GetNumberOfPoints(), vtkIdType(0));
    QVERIFY(!layer.props().at(1)->GetVisibility());
}

void TestAirFieldLayer::streamlines()
{
    AirFieldLayer layer;
    layer.setField(syntheticField(), kOriginX, kOriginY);
    QCOMPARE(layer.streamlineOutput()->GetNumberOfPoints(), vtkIdType(0));   // off by default
    QVERIFY(!layer.props().at(2)->GetVisibility());

    AirFieldDisplay display;
    display.streamlines = true;
    layer.setDisplay(display);
    vtkPolyData *lines = layer.streamlineOutput();
    QVERIFY(lines->GetNumberOfPoints() > 0);
    QVERIFY(lines->GetNumberOfLines() > 0);
    QVERIFY(temperatures(lines));   // coloured by air temperature
    QVERIFY(layer.props().at(2)->GetVisibility());
    // vx = 1 m/s everywhere in the air: the lines run along x at constant y and z.
    double b[6];
    lines->GetBounds(b);
    QVERIFY(b[1] - b[0] > 5.0);
    QVERIFY(std::abs(b[5] - b[4]) < 1e-6);

    display.streamlines = false;
    layer.setDisplay(display);
    QCOMPARE(layer.streamlineOutput()->GetNumberOfPoints(), vtkIdType(0));
    QVERIFY(!layer.props().at(2)->GetVisibility());
}

void TestAirFieldLayer::movingTheSliceRebuildsOnlyTheSlice()
{
    AirFieldLayer layer;
    layer.setField(syntheticField(), kOriginX, kOriginY);
    AirFieldDisplay display;
    display.isosurface = true;
    display.isoTemperatureC = 30.0;
    display.streamlines = true;
    layer.setDisplay(display);
    const vtkMTimeType slice0 = layer.sliceOutput()->GetMTime();
    const vtkMTimeType iso0 = layer.isosurfaceOutput()->GetMTime();
    const vtkMTimeType lines0 = layer.streamlineOutput()->GetMTime();

    display.slicePositionM = 2.2;
    layer.setDisplay(display);
    QVERIFY(layer.sliceOutput()->GetMTime() > slice0);
    QCOMPARE(layer.isosurfaceOutput()->GetMTime(), iso0);
    QCOMPARE(layer.streamlineOutput()->GetMTime(), lines0);
}

void TestAirFieldLayer::noField()
{
    AirFieldLayer layer;
    AirFieldDisplay all;
    all.isosurface = all.streamlines = true;
    all.isoTemperatureC = 30.0;
    layer.setDisplay(all);
    auto check = [&] {
        QVERIFY(!layer.hasField());
        QCOMPARE(layer.image()->GetNumberOfPoints(), vtkIdType(0));
        QCOMPARE(layer.sliceOutput()->GetNumberOfPoints(), vtkIdType(0));
        QCOMPARE(layer.isosurfaceOutput()->GetNumberOfPoints(), vtkIdType(0));
        QCOMPARE(layer.streamlineOutput()->GetNumberOfPoints(), vtkIdType(0));
        QCOMPARE(layer.props().size(), size_t(3));
        for (vtkProp *prop : layer.props())
            QVERIFY(!prop->GetVisibility());
        QVERIFY(std::isnan(layer.minTemperatureC()) && std::isnan(layer.maxTemperatureC()));
    };
    check();
    layer.setField(syntheticField(), kOriginX, kOriginY);
    for (vtkProp *prop : layer.props())
        QVERIFY(prop->GetVisibility());
    layer.setField(nullptr, 0.0, 0.0);
    check();
}

void TestAirFieldLayer::mismatchedArraysThrow()
{
    AirFieldLayer layer;
    auto f = syntheticField();
    f->solid.pop_back();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, layer.setField(f, 0.0, 0.0));
    QVERIFY(!layer.hasField());
}

// A 10 MW hall is ~50k cells (e.g. 60 × 40 × 20); the streamlines must build well under a second.
void TestAirFieldLayer::streamlinesOfALargeHallAreFast()
{
    auto f = syntheticField(60, 40, 20);
    // A swirl around the hall's middle, so lines curve instead of leaving straight away.
    for (int k = 0; k < f->nz; ++k) {
        for (int j = 0; j < f->ny; ++j) {
            for (int i = 0; i < f->nx; ++i) {
                const size_t c = i + size_t(f->nx) * (j + size_t(f->ny) * k);
                if (f->solid[c])
                    continue;
                f->vx[c] = float(-(j - f->ny / 2.0) * 0.05);
                f->vy[c] = float((i - f->nx / 2.0) * 0.05);
            }
        }
    }
    AirFieldLayer layer;
    layer.setField(f, kOriginX, kOriginY);
    AirFieldDisplay display;
    display.streamlines = true;
    layer.setDisplay(display);
    QElapsedTimer timer;
    timer.start();
    const vtkIdType points = layer.streamlineOutput()->GetNumberOfPoints();
    const qint64 ms = timer.elapsed();
    qInfo("streamlines of a 48k-cell field: %lld points in %lld ms", qlonglong(points), ms);
    QVERIFY(points > 0);
    QVERIFY2(ms < 5000, "a gross guard only (sanitizer builds are slow); expect ~0.1 s");
}

QTEST_GUILESS_MAIN(TestAirFieldLayer)
#include "tst_airfieldlayer.moc"
