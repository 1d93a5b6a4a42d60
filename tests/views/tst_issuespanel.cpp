// The Issues panel (issue 19) on the 1 MW reference design with two racks made to overlap and a
// broken power reference: one row per distinct issue (the lists it is given overlap), grouped by
// severity (errors first) and kind with counts, and a real mouse click on a row selects the entity
// and zooms the floor plan to it. Writes issues-panel.png.
#include "catalog.h"
#include "designissues.h"
#include "document.h"
#include "floorplan/floorplanitem.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/floorplanwidget.h"
#include "panels/issuespanel.h"
#include "selectionmodel.h"
#include "validation.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace aif;

class TestIssuesPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groupsWithoutRepeats();
    void clickSelectsAndZooms();
    void screenshot();

private:
    // What the studio's runValidation hands the panel: validation, the floor plan's layout
    // findings, and the last solve's findings.
    Diagnostics studioList() const;
    QTreeWidgetItem *row(const QString &code, const QString &entity) const;

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Document> m_doc;
    SelectionModel m_selection;
    std::unique_ptr<FloorPlanWidget> m_plan;
    std::unique_ptr<IssuesPanel> m_panel;
};

void TestIssuesPanel::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_doc = std::make_unique<Document>();
    Diagnostics ld;
    QVERIFY(m_doc->load(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory", &ld));
    // rack-A02 0.2 m from rack-A01 (0.8 m wide): they overlap; rack-A03 feeds from nowhere.
    QVERIFY(m_doc->editProperty("rack-A02", "xM", 4.8).empty());
    QVERIFY(m_doc->editProperty("rack-A03", "powerFeedA", "pdu-missing").empty());
    m_plan = std::make_unique<FloorPlanWidget>(m_doc.get(), &m_selection, m_catalog.get());
    m_plan->resize(900, 600);
    m_plan->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_plan.get()));
    m_plan->scene()->recheck();
    m_plan->view()->fitToView();
    m_panel = std::make_unique<IssuesPanel>(&m_selection);
    m_panel->setFloorPlanView(m_plan->view());
    m_panel->resize(900, 320);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

Diagnostics TestIssuesPanel::studioList() const
{
    Diagnostics d = validateProject(m_doc->project(), m_catalog.get());
    const Diagnostics &layout = m_plan->scene()->layoutIssues();
    d.insert(d.end(), layout.begin(), layout.end());
    d.insert(d.end(), layout.begin(), layout.end());   // a repeat the panel must not show twice
    // A solver finding as the throughput solver words one (no file pointer, an entity id).
    d.push_back({Diagnostic::Severity::Warning, {}, "rack-A05", "throughput.slo", "rack-A05: example finding"});
    return d;
}

QTreeWidgetItem *TestIssuesPanel::row(const QString &code, const QString &entity) const
{
    for (QTreeWidgetItemIterator it(m_panel.get()); *it; ++it) {
        if ((*it)->parent() && (*it)->text(2) == code && (*it)->text(1) == entity)
            return *it;
    }
    return nullptr;
}

void TestIssuesPanel::groupsWithoutRepeats()
{
    m_panel->setDiagnostics(studioList());
    // One row per distinct issue: the panel's list is designIssues() (what `aif validate` prints)
    // plus the solver's finding.
    const Diagnostics expected = designIssues(m_doc->project(), m_catalog.get());
    QCOMPARE(m_panel->issueCount(), int(expected.size()) + 1);
    QStringList titles;
    int rows = 0;
    static const QRegularExpression count(QStringLiteral("\\((\\d+)\\)$"));
    for (int i = 0; i < m_panel->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_panel->topLevelItem(i);
        titles << group->text(0);
        const QRegularExpressionMatch m = count.match(group->text(0));
        QVERIFY2(m.hasMatch(), qPrintable(group->text(0)));
        QCOMPARE(m.captured(1).toInt(), group->childCount());
        QVERIFY(group->isExpanded());
        rows += group->childCount();
    }
    qInfo().noquote() << "groups:" << titles.join(" | ");
    QCOMPARE(rows, m_panel->issueCount());
    // Errors first; then kinds in order: validation, layout, solver.
    QVERIFY2(titles.first().startsWith("Validation errors"), qPrintable(titles.join(" | ")));
    QCOMPARE(titles.size(), 3);
    QVERIFY(titles.at(1).startsWith("Layout warnings"));
    QCOMPARE(titles.at(2), QStringLiteral("Solver warnings (1)"));
    QVERIFY(row("ref.missing", "rack-A03"));
    QVERIFY(row("layout.overlap", "rack-A01") && row("layout.overlap", "rack-A02"));
    QCOMPARE(m_panel->errorCount(), 1);
}

void TestIssuesPanel::clickSelectsAndZooms()
{
    m_panel->setDiagnostics(studioList());
    m_selection.clear();
    QTreeWidgetItem *item = row("layout.overlap", "rack-A02");
    QVERIFY(item);
    m_panel->scrollToItem(item);
    const QRect rect = m_panel->visualItemRect(item);
    QVERIFY(!rect.isEmpty());
    const QRectF before = m_plan->view()->mapToScene(m_plan->view()->viewport()->rect()).boundingRect();
    QSignalSpy activated(m_panel.get(), &IssuesPanel::entityActivated);
    QTest::mouseClick(m_panel->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_selection.selected(), QStringList{"rack-A02"});
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(1).toBool(), true);
    // Zoomed in on the rack: it is in view, and the view shows much less than the whole hall.
    const QRectF after = m_plan->view()->mapToScene(m_plan->view()->viewport()->rect()).boundingRect();
    const QRectF rack = m_plan->scene()->item("rack-A02")->sceneBoundingRect();
    QVERIFY(after.contains(rack));
    QVERIFY2(after.width() < 0.5 * before.width(), qPrintable(QStringLiteral("%1 m -> %2 m").arg(before.width()).arg(after.width())));
    // A group row selects nothing.
    m_selection.clear();
    QTest::mouseClick(m_panel->viewport(), Qt::LeftButton, {}, m_panel->visualItemRect(item->parent()).center());
    QVERIFY(m_selection.selected().isEmpty());
}

void TestIssuesPanel::screenshot()
{
    m_panel->setDiagnostics(studioList());
    QTest::qWait(20);
    QVERIFY(m_panel->grab().save("issues-panel.png"));
    qInfo().noquote() << "wrote" << QFileInfo("issues-panel.png").absoluteFilePath();
}

QTEST_MAIN(TestIssuesPanel)
#include "tst_issuespanel.moc"
