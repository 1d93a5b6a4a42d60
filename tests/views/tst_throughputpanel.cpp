// The studio's Throughput tab over the 1 MW reference design: deployments listed, edits in
// the deployment editor are one undo step each and move the live results, the Pareto chart
// has a front, the waterfall starts at its baseline, low confidence shows a banner.
#include "catalog.h"
#include "document.h"
#include "selectionmodel.h"
#include "solvejob.h"
#include "throughput/chartexport.h"
#include "throughput/deploymenteditor.h"
#include "throughput/deploymentevaluation.h"
#include "throughput/paretochart.h"
#include "throughput/throughputpanel.h"
#include "throughput/waterfallchart.h"
#include "throughput/whybreakdown.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

using namespace aif;

class TestThroughputPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsDeployments();
    void editIsOneUndoStepAndUpdatesResults();
    void precisionChangesThroughput();
    void mtpAndBatchAreInTheForm();
    void memoryShareIsTypedInTheForm();
    void paretoHasFront();
    void waterfallStartsAtBaseline();
    void whyExplainsTimePerToken();
    void selectionFollowsOutline();
    void lowConfidenceIsVisible();
    void fitCaveatFollowsTheCell();
    void showsSolvedProjectTotals();
    void exportsPng();
    void emptyProjectShowsHint();
    void newDuplicateDeleteDeployments();

private:
    double tokensPerS() const;
    template<class W> W *editorField(const char *key) const
    {
        return m_panel->editor()->findChild<W *>(QStringLiteral("edit_%1").arg(key));
    }

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<SelectionModel> m_selection;
    std::unique_ptr<ThroughputPanel> m_panel;
};

void TestThroughputPanel::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestThroughputPanel::init()
{
    m_doc = std::make_unique<Document>();
    Diagnostics d;
    QVERIFY(m_doc->load(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory"),
                        &d));
    m_selection = std::make_unique<SelectionModel>();
    m_panel = std::make_unique<ThroughputPanel>(m_doc.get(), m_selection.get(), m_catalog.get());
    m_panel->resize(1200, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QVERIFY(m_panel->evaluation());
}

void TestThroughputPanel::cleanup()
{
    m_panel.reset();
    m_selection.reset();
    m_doc.reset();
}

double TestThroughputPanel::tokensPerS() const
{
    const DeploymentEvaluation *e = m_panel->evaluation();
    return e && e->ok() ? e->op.tokensPerS : -1.0;
}

void TestThroughputPanel::listsDeployments()
{
    const auto *table = m_panel->findChild<QTableWidget *>("deploymentTable");
    QVERIFY(table);
    QCOMPARE(table->rowCount(), int(m_doc->project().deployments.size()));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("dep-llama31-70b"));
    // Before any solve the GPU column names the racks' GPU (it was blank).
    for (int row = 0; row < table->rowCount(); ++row)
        QCOMPARE(table->item(row, 2)->text(), QStringLiteral("h100-sxm"));
    // The first deployment is current, evaluated live before any solve.
    QCOMPARE(m_panel->currentDeployment(), QStringLiteral("dep-llama31-70b"));
    QCOMPARE(m_panel->editor()->deployment(), QStringLiteral("dep-llama31-70b"));
    const DeploymentEvaluation *e = m_panel->evaluation();
    QVERIFY2(e->ok(), e->error.c_str());
    QVERIFY2(e->op.feasible, e->op.why.c_str());
    QVERIFY(e->op.tokensPerS > 0);
    QVERIFY(m_panel->findChild<QLabel *>("operatingPoint")->text().contains("Llama 3.1 70B"));
}

void TestThroughputPanel::editIsOneUndoStepAndUpdatesResults()
{
    auto *output = editorField<QSpinBox>("outputTokens");
    QVERIFY(output);
    QCOMPARE(output->value(), 256);
    const double before = tokensPerS();
    const int steps = m_doc->undoStack()->count();
    output->setValue(2048);
    emit output->editingFinished(); // what leaving the field does; must not add a second step
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->project().deployments[0].outputTokens, 2048);
    QTRY_VERIFY(tokensPerS() > 0 && std::abs(tokensPerS() - before) > 1e-6 * before);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().deployments[0].outputTokens, 256);
    QTRY_COMPARE(tokensPerS(), before);
    // The form follows undo (it is rebuilt, so look the field up again).
    QTRY_COMPARE(editorField<QSpinBox>("outputTokens")->value(), 256);
}

void TestThroughputPanel::precisionChangesThroughput()
{
    auto *precision = editorField<QComboBox>("precision");
    QVERIFY(precision);
    QCOMPARE(precision->currentData().toString(), QStringLiteral("fp8"));
    const double fp8 = tokensPerS();
    const int steps = m_doc->undoStack()->count();
    const int bf16 = precision->findData(QStringLiteral("bf16"));
    QVERIFY(bf16 >= 0);
    precision->setCurrentIndex(bf16);
    emit precision->activated(bf16);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->project().deployments[0].precision, std::string("bf16"));
    // bf16 moves twice the weight bytes of fp8 per token: fewer tokens/s on H100.
    QTRY_VERIFY(tokensPerS() > 0 && tokensPerS() < fp8);
}

// Issue 21: multi-token prediction and a pinned decode batch are set from the form, each one
// undo step, and MTP with a good acceptance rate speeds decoding up.
void TestThroughputPanel::mtpAndBatchAreInTheForm()
{
    QVERIFY(editorField<QSpinBox>("batch"));
    auto *mtp = editorField<QSpinBox>("mtpTokens");
    QVERIFY(mtp);
    QVERIFY(editorField<QWidget>("mtpAcceptance"));
    const double before = tokensPerS();
    const int steps = m_doc->undoStack()->count();
    auto *acceptance = editorField<QDoubleSpinBox>("mtpAcceptance");
    QVERIFY(acceptance);
    acceptance->setValue(acceptance->maximum() > 1.5 ? 80 : 0.8);   // shown in % or as a fraction
    emit acceptance->editingFinished();
    QTRY_VERIFY(m_doc->project().deployments[0].mtpAcceptance > 0.5);
    mtp = editorField<QSpinBox>("mtpTokens");
    mtp->setValue(2);
    emit mtp->editingFinished();
    QTRY_COMPARE(m_doc->project().deployments[0].mtpTokens, 2);
    QCOMPARE(m_doc->undoStack()->count(), steps + 2);
    QTRY_VERIFY(tokensPerS() > 0 && std::abs(tokensPerS() - before) > 1e-6 * before);
}

// The engine's memory share (vLLM gpu-memory-utilization, TensorRT-LLM's KV fraction) is typed
// into the form with the keyboard: one undo step, and the deployment carries it.
void TestThroughputPanel::memoryShareIsTypedInTheForm()
{
    auto *share = editorField<QDoubleSpinBox>("memoryFraction");
    QVERIFY(share);
    QVERIFY(!share->specialValueText().isEmpty());   // 0 reads as the engine's default, not 0 %
    QCOMPARE(share->text(), share->specialValueText());
    const int steps = m_doc->undoStack()->count();
    const bool percent = share->maximum() > 1.5;
    share->setFocus();
    share->selectAll();
    QTest::keyClicks(share, percent ? "95" : "0.95");
    QTest::keyClick(share, Qt::Key_Return);
    QTRY_VERIFY(std::abs(m_doc->project().deployments[0].memoryFraction - 0.95) < 1e-9);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QTest::qWait(50);
    const QString shots = qEnvironmentVariable("AIF_SCREENSHOT_DIR", "/tmp/aif/shots");
    QDir().mkpath(shots);
    m_panel->grab().save(shots + "/throughput-memory-share.png");
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().deployments[0].memoryFraction, 0.0);
}

void TestThroughputPanel::paretoHasFront()
{
    const ParetoChart *chart = m_panel->paretoChart();
    QVERIFY(chart->pointCount() > 0);
    QVERIFY(chart->frontCount() > 0);
    QVERIFY(chart->frontCount() <= chart->pointCount());
    QVERIFY(!m_panel->evaluation()->pareto.empty());
}

void TestThroughputPanel::waterfallStartsAtBaseline()
{
    const auto &steps = m_panel->waterfallChart()->steps();
    QVERIFY(steps.size() >= 6);
    QCOMPARE(steps.front().technique, std::string("baseline"));
    QVERIFY(steps.front().feasible);
    QVERIFY(steps.back().tokensPerSPerGpu > steps.front().tokensPerSPerGpu);
}

void TestThroughputPanel::whyExplainsTimePerToken()
{
    const throughput::OperatingPoint &op = m_panel->evaluation()->op;
    const double split
        = op.perTokenComputeS + op.perTokenMemoryS + op.perTokenCommS + op.perTokenOverheadS;
    QVERIFY(split > 0);
    const QString bound = m_panel->whyBreakdown()->boundText();
    QVERIFY2(bound.startsWith("Bound by"), qPrintable(bound));
}

void TestThroughputPanel::selectionFollowsOutline()
{
    m_selection->setSelected({"dep-llama2-70b"});
    QCOMPARE(m_panel->currentDeployment(), QStringLiteral("dep-llama2-70b"));
    QCOMPARE(m_panel->editor()->deployment(), QStringLiteral("dep-llama2-70b"));
    QCOMPARE(m_panel->evaluation()->id, std::string("dep-llama2-70b"));
    // Selecting something else (a rack) keeps the deployment shown.
    m_selection->setSelected({"rack-A01"});
    QCOMPARE(m_panel->currentDeployment(), QStringLiteral("dep-llama2-70b"));
    // A row click in the panel selects the deployment for every view.
    auto *table = m_panel->findChild<QTableWidget *>("deploymentTable");
    table->selectRow(0);
    QCOMPARE(m_selection->selected(), QStringList {"dep-llama31-70b"});
    QCOMPARE(m_panel->currentDeployment(), QStringLiteral("dep-llama31-70b"));
}

void TestThroughputPanel::lowConfidenceIsVisible()
{
    auto *banner = m_panel->findChild<QLabel *>("confidenceBanner");
    QVERIFY(banner);
    QVERIFY(!banner->isVisible()); // H100 + TensorRT-LLM: calibrated
    auto *engine = editorField<QComboBox>("engine");
    QVERIFY(engine);
    // vLLM has a Hopper cell of its own (Krai's MLPerf runs): calibrated on this H100.
    const int vllm = engine->findData(QStringLiteral("vllm"));
    QVERIFY(vllm >= 0);
    QVERIFY2(engine->itemText(vllm).contains("calibrated on hopper"), qPrintable(engine->itemText(vllm)));
    engine->setCurrentIndex(vllm);
    emit engine->activated(vllm);
    QCOMPARE(m_doc->project().deployments[0].engine, std::string("vllm"));
    QTest::qWait(50);
    QVERIFY(!banner->isVisible());
    m_doc->undoStack()->undo();
    // DeepSeek's inference engine has no point anywhere: borrowed, low confidence.
    engine = editorField<QComboBox>("engine");   // the editor may have rebuilt its fields
    QVERIFY(engine);
    const int deepseek = engine->findData(QStringLiteral("deepseek-inference"));
    QVERIFY(deepseek >= 0);
    QVERIFY(engine->itemText(deepseek).contains("uncalibrated"));
    engine->setCurrentIndex(deepseek);
    emit engine->activated(deepseek);
    QCOMPARE(m_doc->project().deployments[0].engine, std::string("deepseek-inference"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains("Low confidence"));
    m_doc->undoStack()->undo();
    QTRY_VERIFY(!banner->isVisible());
}

// The headline carries the cell bound's caveat exactly when the solver flags the cell the
// deployment resolves to (whatever the shipped fit is), in the studio's words.
void TestThroughputPanel::fitCaveatFollowsTheCell()
{
    throughput::GpuProfile gpu;
    gpu.id = "test-gpu";
    gpu.computeFraction = 0.8;
    gpu.memoryFraction = 0.9;
    throughput::EngineProfile weak;
    weak.computeEfficiency = 0.9;
    weak.memoryEfficiency = 0.3;
    QVERIFY(fitCaveat(gpu, weak, throughput::Precision::Bf16).contains("27 % of the HBM peak"));
    weak.memoryEfficiency = 0.85;
    QVERIFY(fitCaveat(gpu, weak, throughput::Precision::Bf16).isEmpty());

    auto *headline = m_panel->findChild<QLabel *>("operatingPoint");
    QVERIFY(headline);
    for (const char *id : {"tensorrt-llm", "vllm", "sglang"}) {
        auto *engine = editorField<QComboBox>("engine");
        QVERIFY(engine);
        const int index = engine->findData(QString::fromLatin1(id));
        QVERIFY2(index >= 0, id);
        // As a user would: focus the combo and walk to the engine with the arrow keys.
        engine->setFocus();
        QTest::keyClick(engine, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(engine, Qt::Key_Down);
        QTRY_COMPARE(QString::fromStdString(m_doc->project().deployments[0].engine), QString::fromLatin1(id));
        QTest::qWait(50);
        const DeploymentEvaluation *e = m_panel->evaluation();
        QVERIFY(e && e->ok());
        const QString expected = fitCaveat(*e->config()->gpu, *e->config()->engine, e->config()->precision);
        QCOMPARE(e->fitCaveat, expected);
        QCOMPARE(headline->text().contains("Fit caveat"), !expected.isEmpty());
        if (!expected.isEmpty()) {
            const QString shots = qEnvironmentVariable("AIF_SCREENSHOT_DIR", "/tmp/aif/shots");
            QDir().mkpath(shots);
            m_panel->grab().save(shots + "/throughput-fit-caveat.png");
        }
    }
}

void TestThroughputPanel::showsSolvedProjectTotals()
{
    SolveOptions options;
    options.only = {"throughput"};
    const SolveResult r = runSolve(m_doc->project(), *m_catalog, options);
    QVERIFY(r.throughput);
    m_panel->setResult(r.throughput);
    auto *table = m_panel->findChild<QTableWidget *>("deploymentTable");
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString tokens = table->item(row, 6)->text();
        QVERIFY2(!tokens.isEmpty() && tokens != "—", qPrintable(tokens));
        QCOMPARE(table->item(row, 10)->text(), QStringLiteral("high"));
    }
    // The live evaluation and the solve agree at design conditions.
    const double solved = r.throughput->deployments[0].op.tokensPerS;
    QVERIFY(std::abs(tokensPerS() - solved) <= 1e-6 * solved);
}

void TestThroughputPanel::exportsPng()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("pareto.png");
    QVERIFY(exportPng(m_panel->paretoChart(), path));
    QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100);
}

void TestThroughputPanel::emptyProjectShowsHint()
{
    m_doc->reset(Project {});
    QCOMPARE(m_panel->currentDeployment(), QString());
    QTRY_VERIFY(!m_panel->evaluation());
    QVERIFY(m_panel->findChild<QLabel *>("operatingPoint")->text().startsWith("No deployments"));
    QCOMPARE(m_panel->paretoChart()->pointCount(), 0);
    QVERIFY(m_panel->waterfallChart()->steps().empty());
    QCOMPARE(m_panel->findChild<QTableWidget *>("deploymentTable")->rowCount(), 0);
}

void TestThroughputPanel::newDuplicateDeleteDeployments()
{
    auto *bar = m_panel->findChild<QToolBar *>("deploymentToolBar");
    QVERIFY(bar);
    auto button = [bar](const QString &text) {
        for (QAction *a : bar->actions())
            if (a->text() == text)
                return bar->widgetForAction(a);
        return static_cast<QWidget *>(nullptr);
    };
    // New: on the racks selected on the plan (two racks of row A: 48 GPUs), one undo step.
    m_selection->setSelected({"rack-A01", "rack-A02"});
    const int steps = m_doc->undoStack()->count();
    QTest::mouseClick(button("New deployment"), Qt::LeftButton);
    QCOMPARE(m_doc->project().deployments.size(), size_t(3));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    const Deployment made = m_doc->project().deployments.back();
    QCOMPARE(made.racks, (std::vector<std::string>{"rack-A01", "rack-A02"}));
    QTRY_COMPARE(m_panel->currentDeployment(), QString::fromStdString(made.id));
    QTRY_VERIFY(tokensPerS() > 0);   // evaluated at once
    // Duplicate, Show GPU pool, Delete.
    QTest::mouseClick(button("Duplicate"), Qt::LeftButton);
    QCOMPARE(m_doc->project().deployments.size(), size_t(4));
    QTest::mouseClick(button("Show GPU pool"), Qt::LeftButton);
    QCOMPARE(m_selection->selected(), (QStringList{"rack-A01", "rack-A02"}));
    m_panel->setCurrentDeployment(QString::fromStdString(made.id));
    QTest::mouseClick(button("Delete"), Qt::LeftButton);
    QVERIFY(!m_doc->project().get<Deployment>(made.id));
    QCOMPARE(m_doc->project().deployments.size(), size_t(3));
}

QTEST_MAIN(TestThroughputPanel)
#include "tst_throughputpanel.moc"
