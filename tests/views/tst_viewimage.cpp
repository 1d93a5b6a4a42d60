// Images of a view's content (issue 20 "Exports"): the floor plan at 3840 x 2160 is that size and
// is the plan alone (no tool or view bar), SVG export is well-formed XML, a chart inside a panel
// is offered and drawn alone, and the export dialog writes the size chosen.
#include "catalog.h"
#include "common/exportimagedialog.h"
#include "common/viewimage.h"
#include "document.h"
#include "floorplan/floorplanview.h"
#include "floorplan/floorplanwidget.h"
#include "selectionmodel.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLineSeries>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QVBoxLayout>
#include <QXmlStreamReader>

using namespace aif;

class TestViewImage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void floorPlanAt4k();
    void floorPlanWithoutToolBars();
    void floorPlanSvg();
    void chartInPanel();
    void dialogWritesChosenSize();

private:
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Document> m_doc;
    SelectionModel m_selection;
    std::unique_ptr<FloorPlanWidget> m_plan;
    QTemporaryDir m_tmp;
};

namespace {

// Mean absolute difference per channel, 0-255.
double meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0.0;
    for (int j = 0; j < x.height(); ++j)
        for (int i = 0; i < x.width(); ++i) {
            const QRgb p = x.pixel(i, j), q = y.pixel(i, j);
            sum += qAbs(qRed(p) - qRed(q)) + qAbs(qGreen(p) - qGreen(q)) + qAbs(qBlue(p) - qBlue(q));
        }
    return sum / (3.0 * x.width() * x.height());
}

bool validSvg(const QString &path, QString *root, QString *width)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && root->isEmpty()) {
            *root = xml.name().toString();
            *width = xml.attributes().value("width").toString();
        }
    }
    return !xml.hasError();
}

} // namespace

void TestViewImage::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_doc = std::make_unique<Document>();
    Diagnostics d;
    QVERIFY(m_doc->load(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory", &d));
    m_plan = std::make_unique<FloorPlanWidget>(m_doc.get(), &m_selection, m_catalog.get());
    m_plan->resize(1000, 700);
    m_plan->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_plan.get()));
    m_plan->view()->fitToView();
}

void TestViewImage::floorPlanAt4k()
{
    QCOMPARE(viewimage::contentWidget(m_plan.get()), static_cast<QWidget *>(m_plan->view()));
    QString error;
    const QImage image = viewimage::renderImage(m_plan.get(), QSize(3840, 2160), &error);
    QVERIFY2(!image.isNull(), qPrintable(error));
    QCOMPARE(image.size(), QSize(3840, 2160));
    // Written to a file too (atomically), and read back at that size: the image looked at.
    const QString path = m_tmp.filePath("floorplan-4k.png");
    QVERIFY2(viewimage::writeImage(m_plan.get(), path, QSize(3840, 2160), &error), qPrintable(error));
    QCOMPARE(QImage(path).size(), QSize(3840, 2160));
    if (qEnvironmentVariableIsSet("AIF_KEEP_IMAGES"))
        QFile::copy(path, qEnvironmentVariable("AIF_KEEP_IMAGES") + "/floorplan-4k.png");
    // The plan is in it, not a blank page: racks, halls and the floor in many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 16)
        for (int x = 0; x < image.width(); x += 16)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 8);
}

void TestViewImage::floorPlanWithoutToolBars()
{
    // At the current size the image is the plan's viewport as the screen shows it: the tool and
    // view bars above it (and the scroll bars) are not in it.
    const QSize viewport = m_plan->view()->viewport()->size();
    QCOMPARE(viewimage::currentSize(m_plan.get()), viewport);
    QVERIFY(m_plan->height() > viewport.height() + m_plan->toolBar()->height() / 2);
    const QImage image = viewimage::renderImage(m_plan.get(), QSize());
    QCOMPARE(image.size(), viewport);
    const QImage screen = m_plan->view()->viewport()->grab().toImage().scaled(viewport);
    if (qEnvironmentVariableIsSet("AIF_KEEP_IMAGES")) {
        image.save(qEnvironmentVariable("AIF_KEEP_IMAGES") + "/floorplan-current.png");
        screen.save(qEnvironmentVariable("AIF_KEEP_IMAGES") + "/floorplan-screen.png");
    }
    QVERIFY2(meanDifference(image, screen) < 3.0, qPrintable(QString::number(meanDifference(image, screen))));
    // The widget grabbed whole (with its tool bars) is something else.
    const QImage whole = m_plan->grab().toImage().scaled(viewport);
    QVERIFY(meanDifference(image, whole) > meanDifference(image, screen));
}

void TestViewImage::floorPlanSvg()
{
    const QString path = m_tmp.filePath("floorplan.svg");
    QString error, root, width;
    QVERIFY(viewimage::canWriteSvg(m_plan.get()));
    QVERIFY2(viewimage::writeSvg(m_plan.get(), path, QSize(3840, 2160), &error), qPrintable(error));
    QVERIFY(validSvg(path, &root, &width));
    QCOMPARE(root, QStringLiteral("svg"));
    QVERIFY(!width.isEmpty());   // QSvgGenerator gives the display size in mm
    QVERIFY(QFileInfo(path).size() > 10000);   // the racks are drawn as vectors
}

void TestViewImage::chartInPanel()
{
    // A panel in a scroll area with a titled chart, as the studio's tabs are built.
    QScrollArea area;
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    auto *chart = new QChartView;
    auto *series = new QLineSeries;
    series->append({{0, 1}, {1, 3}, {2, 2}});
    chart->chart()->addSeries(series);
    chart->chart()->createDefaultAxes();
    chart->chart()->setTitle("Monthly PUE");
    layout->addWidget(chart);
    area.setWidget(panel);
    area.setWidgetResizable(true);
    area.resize(640, 400);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    const auto parts = viewimage::exportableParts("Dashboard", &area);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts[1].first, QStringLiteral("Dashboard ▸ Monthly PUE"));
    QCOMPARE(viewimage::contentWidget(&area), panel);
    const QSize before = chart->size();
    const QImage image = viewimage::renderImage(parts[1].second, QSize(1920, 1080));
    QCOMPARE(image.size(), QSize(1920, 1080));
    QCOMPARE(chart->size(), before);   // laid out for the image, then given its size back
    QString error, root, width;
    const QString path = m_tmp.filePath("chart.svg");
    QVERIFY2(viewimage::writeSvg(parts[1].second, path, QSize(), &error), qPrintable(error));
    QVERIFY(validSvg(path, &root, &width));
    QCOMPARE(root, QStringLiteral("svg"));
    QCOMPARE(viewimage::renderScaled(&area, 2.0).size(), panel->size() * 2);
}

void TestViewImage::dialogWritesChosenSize()
{
    ExportImageDialog dialog({{"Floor plan", m_plan.get()}});
    QCOMPARE(dialog.viewNames(), QStringList {"Floor plan"});
    dialog.setCustomSize(QSize(800, 600));
    dialog.setPath(m_tmp.filePath("dialog.png"));
    QCOMPARE(dialog.pixelSize(), QSize(800, 600));
    QString error;
    QVERIFY2(dialog.exportImage(&error), qPrintable(error));
    QCOMPARE(QImage(m_tmp.filePath("dialog.png")).size(), QSize(800, 600));
    dialog.setSizeMode(ExportImageDialog::SizeMode::Uhd4k);
    QCOMPARE(dialog.pixelSize(), QSize(3840, 2160));
    dialog.setScale(1.5);
    QCOMPARE(dialog.pixelSize(), m_plan->view()->viewport()->size() * 1.5);
    dialog.setSvg(true);
    QVERIFY(dialog.path().endsWith(".svg"));
}

QTEST_MAIN(TestViewImage)
#include "tst_viewimage.moc"
