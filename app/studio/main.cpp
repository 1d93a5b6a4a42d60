// ai-factory-studio [FILE] [--screenshot PNG [--view NAME] [--size WxH]] [--bench-open]
#include "benchopen.h"
#include "catalog.h"
#include "mainwindow.h"
#include "preferences.h"
#include "studiotranslator.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSurfaceFormat>
#include <QTimer>

#include <cstdio>

using namespace aif;

namespace {

// Qt is not exception-safe: an exception leaving an event handler would abort. Whatever still
// throws (a bug; input is checked where it is read) is caught here, logged, and the studio goes
// on with the user's work intact (autosave keeps a copy).
class StudioApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        try {
            return QApplication::notify(receiver, event);
        } catch (const std::bad_alloc &) {
            qCritical("out of memory while handling an event: the last action was abandoned");
        } catch (const std::exception &e) {
            qCritical("internal error while handling an event: %s (the last action was abandoned)", e.what());
        } catch (...) {
            qCritical("internal error while handling an event (the last action was abandoned)");
        }
        return false;
    }
};

int takeScreenshot(MainWindow &window, const QString &file, const QString &png, const QString &view, QSize size,
                   const QString &overlay, bool airField)
{
    window.resize(size);
    if (!overlay.isEmpty() && !window.setOverlayMetric(overlay)) {
        std::fprintf(stderr, "ai-factory-studio: unknown overlay '%s'\n", qPrintable(overlay));
        return 2;
    }
    window.show();
    if (!file.isEmpty() && !window.openFile(file, false)) {
        std::fprintf(stderr, "ai-factory-studio: cannot open %s\n", qPrintable(file));
        return 1;
    }
    if (!window.showView(view)) {
        std::fprintf(stderr, "ai-factory-studio: unknown view '%s' (welcome, floorplan, overview, power, cooling, thermal, throughput, dashboard, network, 3d, whatif, sweep, catalog, issues)\n", qPrintable(view));
        return 2;
    }
    // Wait for the solve that opening the file started, so result views are filled.
    if (!file.isEmpty()) {
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::solveFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        window.solve(airField);
        loop.exec();
    }
    window.fitViews();
    // Let layouts, validation (150 ms debounce) and painting settle before grabbing.
    for (int i = 0; i < 10; ++i) {
        QEventLoop loop;
        QTimer::singleShot(40, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const QImage image = window.grab().toImage();
    if (image.isNull() || !image.save(png)) {
        std::fprintf(stderr, "ai-factory-studio: cannot write %s\n", qPrintable(png));
        return 1;
    }
    std::printf("%s: %dx%d\n", qPrintable(png), image.width(), image.height());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // VTK's OpenGL needs a 3.2 core context, and it must be the default before QApplication.
    QSurfaceFormat format;
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(8);
    QSurfaceFormat::setDefaultFormat(format);

    StudioApplication app(argc, argv);
    QApplication::setOrganizationName("AIFactoryStudio");
    QApplication::setApplicationName("ai-factory-studio");
    QApplication::setApplicationDisplayName("AI Factory Studio");
    QApplication::setApplicationVersion(AIF_VERSION_STRING);

    QCommandLineParser parser;
    parser.setApplicationDescription("AI Factory Studio: design studio and digital twin for AI data centers");
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("file", "Project (*.aifactory) to open");
    QCommandLineOption screenshot("screenshot", "Render the window to PNG and exit", "png");
    QCommandLineOption view("view", "View to show with --screenshot: welcome, floorplan, overview, power, cooling, thermal, throughput, dashboard, network, 3d, whatif, sweep, catalog, issues", "name", "floorplan");
    QCommandLineOption size("size", "Window size for --screenshot, WxH", "size", "1600x1000");
    QCommandLineOption overlay("overlay", "Floor-plan overlay for --screenshot: power, inlet, junction, utilization",
                               "metric");
    QCommandLineOption airField("air-field", "With --screenshot: solve the 3D air field (thermal tier T1) first");
    QCommandLineOption benchOpenOption("bench-open", "Open the file, solve it, print how long each step took and exit (make bench)");
    QCommandLineOption themeOption("theme", "Theme for this run (not remembered): light or dark", "name");
    parser.addOptions({screenshot, view, size, overlay, airField, benchOpenOption, themeOption});
    parser.process(app);
    const QString file = parser.positionalArguments().value(0);

    // Edit ▸ Preferences: the language (else the system's) and the user catalog folder (the
    // AIF_USER_CATALOG_DIR environment variable still wins, as tests and scripts set it).
    const Preferences preferences = Preferences::stored();
    StudioTranslator translator;
    const QLocale language(preferences.language.isEmpty() ? QLocale::system().name() : preferences.language);
    QTranslator qtTranslator;
    if (translator.loadFor(language)) {
        QCoreApplication::installTranslator(&translator);
        if (loadQtTranslations(&qtTranslator, language))
            QCoreApplication::installTranslator(&qtTranslator);
    }
    const QString catalogDir = qEnvironmentVariableIsSet("AIF_USER_CATALOG_DIR") ? QString() : preferences.catalogDir;

    QString error;
    std::unique_ptr<Catalog> catalog = Catalog::open(&error, {}, catalogDir);
    if (!catalog) {
        std::fprintf(stderr, "ai-factory-studio: %s\n", qPrintable(error));
        if (!parser.isSet(screenshot))
            QMessageBox::critical(nullptr, "AI Factory Studio", error);
        return 1;
    }

    // View ▸ Theme, as last chosen; --theme overrides it for this run (screenshots of both).
    if (parser.isSet(themeOption))
        applyTheme(parser.value(themeOption) == "dark" ? Theme::Dark : Theme::Light);
    else
        applyTheme(storedTheme());
    MainWindow window(catalog.get());
    for (const QString &w : catalog->warnings())   // after the window: its log panel shows them
        qWarning("user catalog: %s", qPrintable(w));
    if (parser.isSet(benchOpenOption))
        return benchOpen(window, file);
    if (parser.isSet(screenshot)) {
        const QStringList wh = parser.value(size).split('x');
        const QSize s(wh.value(0).toInt(), wh.value(1).toInt());
        if (wh.size() != 2 || s.width() < 200 || s.height() < 200) {
            std::fprintf(stderr, "ai-factory-studio: --size must be WxH, at least 200x200\n");
            return 2;
        }
        return takeScreenshot(window, file, parser.value(screenshot), parser.value(view), s, parser.value(overlay),
                              parser.isSet(airField));
    }
    window.show();
    if (!file.isEmpty()) {
        window.openFile(file);
    } else {
        window.newProject();
        window.showWelcome();   // New, Open, Recent and the gallery of templates and samples
        // Work that a crashed or killed session left unsaved is offered before anything else.
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    }
    return app.exec();
}
