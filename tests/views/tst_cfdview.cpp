// A solved OpenFOAM case in the studio's 3D tab (docs/cfd.md "Import"), with no OpenFOAM: the
// raised-floor validation hall is exported in-process as `aif cfd export` does, and a made-up but
// plausible temperature field (cold aisle, hot aisles, warmer with height) is written as OpenFOAM
// writes one. Analyze ▸ Open CFD result's slot opens it; the panel names the field it draws, the
// drawn field has the case's grid and temperature range, the comparison lists every rack, the
// fast field comes back, and bad directories get an error naming the path and what is missing.
// Screenshot: $AIF_SCREENSHOT_DIR/cfdview.png (default /tmp/aif/shots).
#include "airfieldlayer.h"
#include "catalog.h"
#include "cfd/cfdcase.h"
#include "document.h"
#include "hallscene.h"
#include "mainwindow.h"
#include "solvejob.h"
#include "thermal/airfield.h"
#include "thermal/thermalsolver.h"
#include "view3d/cfdcomparedialog.h"
#include "view3d/cfdfieldloader.h"
#include "view3d/view3dpanel.h"
#include "view3d/vtkopenglwidget.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <vtkPolyData.h>

#include <algorithm>
#include <cmath>

using namespace aif;

namespace {

const QString kHall
    = QStringLiteral(AIF_SOURCE_DIR "/tests/data/airpath/raised-floor-16.aifactory");
constexpr double kCellM = 0.3; // coarse: 36 x 32 x 12 cells, a fraction of a second to read

// The made-up field, °C: 18 °C supply in the cold aisle between the rows (y 4.2-5.4 m), up to
// 8 K more in the hot aisles, 3 K/m of stratification, clamped to 18-32 °C so both extremes are
// plateaus that any resampling hits exactly.
double syntheticC(double y, double z)
{
    const double hot = std::clamp((std::abs(y - 4.8) - 0.6) / 1.2, 0.0, 1.0);
    return std::clamp(16.0 + 8.0 * hot + 3.0 * z, 18.0, 32.0);
}

struct SyntheticCase
{
    int nx = 0, ny = 0,
        nz = 0; // the grid the view should draw: the hall in cells of the export's size
    double minC = 0, maxC = 0; // over the fluid cells written
    int racks = 0; // racks with an intake in the mesh
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray foamScalarField(const char *object, const QByteArray &internalField)
{
    return QByteArray("FoamFile\n{\n    format      ascii;\n    class       volScalarField;\n    "
                      "object      ")
        + object + ";\n}\ndimensions [0 0 0 1 0 0 0];\ninternalField   " + internalField
        + "\nboundaryField\n{\n}\n";
}

// aif-case.json as the export writes it, the last iteration's T (uniform: it must not be shown)
// and the iteration average TMean, which import prefers.
bool writeSyntheticCase(const Project &project, const Catalog &catalog, const QString &dir,
                        SyntheticCase *out)
{
    SolveOptions solve;
    solve.only = {"power", "thermal"};
    const SolveResult solved = runSolve(project, catalog, solve);
    cfd::CfdHall hall;
    cfd::CfdCase c;
    cfd::CfdCaseOptions options;
    options.cellM = kCellM;
    std::string error;
    if (!solved.thermal || !cfd::buildCfdHall(project, *solved.thermal, "", &hall, &error)
        || !cfd::buildCase(hall, options, &c, &error)) {
        qWarning("synthetic case: %s", error.c_str());
        return false;
    }
    const cfd::CfdGrid &g = c.grid;
    std::vector<double> t(size_t(g.cells), 0.0);
    out->minC = 1e9;
    out->maxC = -1e9;
    for (int k = 0; k < g.tensorCount(2); ++k)
        for (int j = 0; j < g.tensorCount(1); ++j)
            for (int i = 0; i < g.tensorCount(0); ++i)
                if (const int cell = g.cellOfTensor[g.tensorIndex(i, j, k)]; cell >= 0) {
                    t[size_t(cell)] = syntheticC(g.centre(1, j), g.centre(2, k));
                    out->minC = std::min(out->minC, t[size_t(cell)]);
                    out->maxC = std::max(out->maxC, t[size_t(cell)]);
                }
    QByteArray values = "nonuniform List<scalar> \n" + QByteArray::number(g.cells) + "\n(\n";
    for (double v : t)
        values += QByteArray::number(v + 273.15, 'g', 12) + "\n";
    values += ")\n;";
    out->nx = int(std::lround(hall.widthM / kCellM));
    out->ny = int(std::lround(hall.depthM / kCellM));
    out->nz = int(std::lround(hall.heightM / kCellM));
    out->racks
        = int(std::count_if(hall.patches.begin(), hall.patches.end(), [](const cfd::Patch &p) {
              return p.kind == cfd::PatchKind::RackIntake;
          }));
    return writeFile(dir + "/aif-case.json", QByteArray::fromStdString(cfd::caseInfo(c).dump(1)))
        && writeFile(dir + "/100/T", foamScalarField("T", "uniform 350;"))
        && writeFile(dir + "/100/TMean", foamScalarField("TMean", values));
}

QString screenshotPath(const QString &name)
{
    const QString dir
        = qEnvironmentVariable("AIF_SCREENSHOT_DIR", QStringLiteral("/tmp/aif/shots"));
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

} // namespace

class TestCfdView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void badDirectorySaysWhatIsMissing_data();
    void badDirectorySaysWhatIsMissing();
    void showsTheCaseFieldLikeTheFastOne();

private:
    // Opens the case through the menu's slot and waits for the panel's answer.
    QList<QVariant> open(const QString &dir);

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
    View3DPanel *m_panel = nullptr;
    QTemporaryDir m_dir;
    QString m_case;
    SyntheticCase m_expected;
};

void TestCfdView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("AIFactoryStudioTest");
    QCoreApplication::setApplicationName("tst_cfdview");
    QSettings().clear();
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_catalog.get());
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy solved(m_window.get(), &MainWindow::solveFinished);
    QVERIFY(m_window->openFile(kHall, false));
    QVERIFY(solved.wait(30000)); // the solve opening starts (T0: no air field)
    m_panel = m_window->findChild<View3DPanel *>("view3dPanel");
    QVERIFY(m_panel);

    m_case = m_dir.filePath("case");
    QVERIFY(writeSyntheticCase(m_window->document()->project(), *m_catalog, m_case, &m_expected));
    QCOMPARE(m_expected.racks, 16);
    QCOMPARE(m_expected.minC, 18.0);
    QCOMPARE(m_expected.maxC, 32.0);
}

void TestCfdView::cleanupTestCase()
{
    m_window.reset();
}

QList<QVariant> TestCfdView::open(const QString &dir)
{
    QSignalSpy finished(m_panel, &View3DPanel::cfdLoadFinished);
    m_window->openCfdResult(dir);
    if (!finished.wait(30000))
        return {};
    return finished.takeFirst();
}

void TestCfdView::badDirectorySaysWhatIsMissing_data()
{
    QTest::addColumn<QString>("make"); // what to put in the directory
    QTest::addColumn<QString>("said"); // what the message must say besides the path
    QTest::newRow("missing") << ""
                             << "no such directory";
    QTest::newRow("empty") << "mkdir"
                           << "aif-case.json";
    QTest::newRow("not run") << "info"
                             << "no solved time";
    QTest::newRow("bad json") << "garbage"
                              << "aif-case.json";
}

void TestCfdView::badDirectorySaysWhatIsMissing()
{
    QFETCH(QString, make);
    QFETCH(QString, said);
    const QString dir = m_dir.filePath("bad-" + QString(QTest::currentDataTag()).replace(' ', '-'));
    if (make == "mkdir")
        QVERIFY(QDir().mkpath(dir));
    else if (make == "info")
        QVERIFY(QDir().mkpath(dir)
                && QFile::copy(m_case + "/aif-case.json", dir + "/aif-case.json"));
    else if (make == "garbage")
        QVERIFY(writeFile(dir + "/aif-case.json", "{\"lines\": [1, 2"));
    const QList<QVariant> answer = open(dir);
    QCOMPARE(answer.size(), 2);
    QVERIFY(!answer[0].toBool());
    const QString message = answer[1].toString();
    QVERIFY2(message.contains(dir) && message.contains(said), qPrintable(message));
    QCOMPARE(m_panel->cfdMessage(), message); // in the panel, not a dialog
    QVERIFY(!m_panel->showingCfdField());
    QVERIFY(!m_panel->scene()->hasAirField()); // nothing drawn: the T0 solve has no field
}

void TestCfdView::showsTheCaseFieldLikeTheFastOne()
{
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    QVERIFY(std::any_of(actions.begin(), actions.end(), [](const QAction *a) {
        return a->text() == QStringLiteral("Open CFD &result…");
    }));
    const QList<QVariant> answer = open(m_case);
    QCOMPARE(answer.size(), 2);
    QVERIFY2(answer[0].toBool(), qPrintable(answer[1].toString()));
    QVERIFY(m_panel->isVisible()); // the slot brought the 3D tab forward
    QVERIFY(m_panel->showingCfdField());
    QVERIFY2(
        m_panel->airFieldSource().startsWith("Air field: OpenFOAM (TMean, time 100, case case)"),
        qPrintable(m_panel->airFieldSource()));
    QVERIFY2(m_panel->cfdMessage().isEmpty(), qPrintable(m_panel->cfdMessage()));

    // Drawn by the T1 field's layers, on the case's grid, with the case's temperature range.
    const std::shared_ptr<const CfdField> cfd = m_panel->cfdField();
    QVERIFY(cfd && cfd->field);
    QCOMPARE(cfd->field->nx, m_expected.nx);
    QCOMPARE(cfd->field->ny, m_expected.ny);
    QCOMPARE(cfd->field->nz, m_expected.nz);
    QCOMPARE(int(m_panel->scene()->airLayers().size()), 1);
    const scene3d::AirFieldLayer &layer = *m_panel->scene()->airLayers().front();
    QVERIFY(std::abs(layer.minTemperatureC() - m_expected.minC) < 1e-4);
    QVERIFY(std::abs(layer.maxTemperatureC() - m_expected.maxC) < 1e-4);
    QVERIFY(layer.sliceOutput()->GetNumberOfPoints() > 0); // the default horizontal slice

    // Rack by rack: every rack's CFD inlet lies in the field's range, the T0 model gave one too.
    QVERIFY(cfd->compared);
    QCOMPARE(int(cfd->comparison.rows.size()), m_expected.racks);
    for (const cfd::InletRow &r : cfd->comparison.rows) {
        QVERIFY2(r.cfdC >= m_expected.minC && r.cfdC <= m_expected.maxC, r.id.c_str());
        QVERIFY2(std::isfinite(r.t0C) && r.t0C > 10 && r.t0C < 60, r.id.c_str());
    }
    CfdCompareDialog *table = m_panel->showCfdComparison();
    QVERIFY(QTest::qWaitForWindowExposed(table));
    QCOMPARE(table->table()->rowCount(), m_expected.racks);
    QVERIFY2(table->summary()->text().startsWith("T0: RMS"), qPrintable(table->summary()->text()));
    QVERIFY(table->table()->isColumnHidden(4)); // T1 only on request: it solves the 3D field
    QSignalSpy t1(table, &CfdCompareDialog::t1Finished);
    table->addT1();
    QVERIFY(t1.wait(30000));
    QVERIFY(!table->table()->isColumnHidden(4));
    QVERIFY2(table->summary()->text().contains("\nT1: RMS"), qPrintable(table->summary()->text()));
    QVERIFY(table->table()->item(0, 4)->text() != QStringLiteral("—"));
    QVERIFY(table->grab().save(screenshotPath("cfdcompare.png")));
    table->close();

    // The studio window as the user sees it (3D tab, CFD field, label).
    QTest::qWait(200);
    QVERIFY(m_window->grab().save(screenshotPath("cfdview.png")));

    // Back to the fast field (none: the studio's solve is T0), and to the case again.
    m_panel->showFastField();
    QVERIFY(!m_panel->showingCfdField());
    QVERIFY(!m_panel->scene()->hasAirField());
    QVERIFY(m_panel->airFieldSource().startsWith("No air field yet"));
    m_panel->showCfdField();
    QVERIFY(m_panel->scene()->hasAirField());

    // A quick solve (after an edit, F5) keeps the case's field on screen; one with the air field
    // (Shift+F5) shows the fast model's, and the case is one choice away to compare by eye.
    QSignalSpy solved(m_window.get(), &MainWindow::solveFinished);
    m_window->solve();
    QVERIFY(solved.wait(30000));
    QVERIFY(m_panel->showingCfdField());
    QCOMPARE(int(m_panel->scene()->airLayers().size()), 1);
    m_window->solve(true);
    QVERIFY(solved.wait(30000));
    QVERIFY(!m_panel->showingCfdField());
    QVERIFY(m_panel->scene()->hasAirField());
    QVERIFY2(m_panel->airFieldSource().startsWith("Air field: fast model"),
             qPrintable(m_panel->airFieldSource()));
    QTest::qWait(200);
    QVERIFY(m_window->grab().save(screenshotPath("cfdview-fast.png")));
    m_panel->showCfdField();
    QVERIFY(m_panel->showingCfdField());
    QVERIFY(std::abs(m_panel->scene()->airLayers().front()->maxTemperatureC() - m_expected.maxC)
            < 1e-4);

    // Another design: the case is dropped (its hall id may well exist there too).
    m_window->newProject();
    QVERIFY(!m_panel->cfdField());
    QVERIFY(!m_panel->showingCfdField());
}

int main(int argc, char **argv)
{
    QSurfaceFormat::setDefaultFormat(VtkOpenGLWidget::defaultFormat());
    QApplication app(argc, argv);
    TestCfdView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cfdview.moc"
