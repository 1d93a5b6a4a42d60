// The studio's views over a document: inspector edits go through undo commands in the user's
// units, outline and inspector share the selection, the issues panel selects on double-click.
#include "catalog.h"
#include "document.h"
#include "inspector/inspector.h"
#include "inspector/propertyeditor.h"
#include "outline/projectoutline.h"
#include "panels/issuespanel.h"
#include "selectionmodel.h"
#include "validation.h"
#include "solvejob.h"
#include "projectio.h"

#include "../app/authoringdriver.h"

#include <QLabel>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace aif;

class TestInspector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void editsGoThroughUndo();
    void showsUserUnits();
    void refusesOutOfRange();
    void multiSelectionEditsAllInOneStep();
    void outlineSharesSelection();
    void issueDoubleClickSelects();
    void showsSolvedValues();
    void everyFieldExplainsItself();
    void outOfRangeRefusedAtEntry();
    void addSiteAndMoveHallToIt();

private:
    static Project sample();
    std::unique_ptr<Catalog> m_catalog;
};

Project TestInspector::sample()
{
    Project p;
    p.halls.push_back(Hall{{"hall-1", "Hall 1"}});
    for (int i = 0; i < 3; ++i) {
        Rack r;
        r.id = "rack-" + std::to_string(i + 1);
        r.hall = "hall-1";
        r.xM = 2.0 + i * 0.6;
        r.yM = 5.0;
        p.racks.push_back(r);
    }
    p.rebuildIndex();
    return p;
}

void TestInspector::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestInspector::cleanup()
{
    units::setCurrentSystem(UnitSystem::SI);
}

void TestInspector::editsGoThroughUndo()
{
    Document doc;
    doc.reset(sample());
    SelectionModel selection;
    Inspector inspector(&doc, &selection, m_catalog.get());
    selection.setSelected({"rack-1"});
    auto *x = inspector.findChild<QDoubleSpinBox *>("edit_xM");
    QVERIFY(x);
    QCOMPARE(x->value(), 2.0);
    x->setValue(7.5);
    emit x->editingFinished();
    QCOMPARE(doc.project().get<Rack>("rack-1")->xM, 7.5);
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.project().get<Rack>("rack-1")->xM, 2.0);
}

void TestInspector::showsUserUnits()
{
    Document doc;
    Project p = sample();
    p.airUnits.push_back(AirUnit{});
    p.airUnits.back().id = "crah-1";
    p.airUnits.back().hall = "hall-1";
    p.airUnits.back().supplyTempC = 25.0;
    p.rebuildIndex();
    doc.reset(p);
    units::setCurrentSystem(UnitSystem::US);
    SelectionModel selection;
    Inspector inspector(&doc, &selection, m_catalog.get());
    selection.setSelected({"crah-1"});
    auto *t = inspector.findChild<QDoubleSpinBox *>("edit_supplyTempC");
    QVERIFY(t);
    QCOMPARE(t->suffix(), QString(" °F"));
    QCOMPARE(t->value(), 77.0);   // 25 °C
    t->setValue(68.0);            // typed in °F ...
    emit t->editingFinished();
    QVERIFY(std::abs(doc.project().get<AirUnit>("crah-1")->supplyTempC - 20.0) < 1e-9);   // ... stored in °C
}

void TestInspector::refusesOutOfRange()
{
    Document doc;
    doc.reset(sample());
    SelectionModel selection;
    Inspector inspector(&doc, &selection, m_catalog.get());
    QSignalSpy refused(&inspector, &Inspector::editRefused);
    // The document refuses what the spin box range would also stop: check the document path.
    QVERIFY(!doc.editProperty("rack-1", "widthM", Json(-1.0)).empty());
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(refused.count(), 0);
}

void TestInspector::multiSelectionEditsAllInOneStep()
{
    Document doc;
    doc.reset(sample());
    SelectionModel selection;
    Inspector inspector(&doc, &selection, m_catalog.get());
    selection.setSelected({"rack-1", "rack-2", "rack-3"});
    auto *y = inspector.findChild<QDoubleSpinBox *>("edit_yM");
    QVERIFY(y);
    y->setValue(9.0);
    emit y->editingFinished();
    for (const Rack &r : doc.project().racks)
        QCOMPARE(r.yM, 9.0);
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    for (const Rack &r : doc.project().racks)
        QCOMPARE(r.yM, 5.0);
}

void TestInspector::outlineSharesSelection()
{
    Document doc;
    doc.reset(sample());
    SelectionModel selection;
    ProjectOutline outline(&doc, &selection);
    selection.setSelected({"rack-2"});
    QCOMPARE(outline.selectedItems().size(), 1);
    QVERIFY(outline.selectedItems().first()->text(0).contains("rack-2"));
    outline.clearSelection();
    QVERIFY(selection.selected().isEmpty());
}

void TestInspector::issueDoubleClickSelects()
{
    Project p = sample();
    p.racks[1].powerFeedA = "pdu-missing";
    SelectionModel selection;
    IssuesPanel issues(&selection);
    issues.setDiagnostics(validateProject(p, m_catalog.get()));
    QVERIFY(issues.errorCount() >= 1);
    QTreeWidgetItem *item = nullptr;
    for (QTreeWidgetItemIterator it(&issues); *it; ++it) {   // issues sit under their group rows
        if ((*it)->text(1) == "rack-2")
            item = *it;
    }
    QVERIFY(item);
    emit issues.itemActivated(item, 0);   // a double click or Enter (tst_issuespanel clicks)
    QCOMPARE(selection.selected(), QStringList{"rack-2"});
}

void TestInspector::showsSolvedValues()
{
    Document doc;
    LoadResult loaded = loadProject(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory");
    QVERIFY(loaded.ok);
    doc.reset(loaded.project);
    SelectionModel selection;
    Inspector inspector(&doc, &selection, m_catalog.get());
    inspector.setResults(std::make_shared<SolveResult>(runSolve(doc.project(), *m_catalog, {})));
    selection.setSelected({"rack-A01"});
    auto *solved = inspector.findChild<QLabel *>("solvedValues");
    QVERIFY(solved);
    QVERIFY2(solved->text().contains("IT power") && solved->text().contains("GPU junction"), qPrintable(solved->text()));
    QVERIFY(!solved->text().contains("stale"));
    QCOMPARE(doc.editProperty("rack-A01", "xM", Json(7.0)), std::string());
    QTRY_VERIFY(solved->text().contains("stale"));   // edited since the solve
}

void TestInspector::everyFieldExplainsItself()
{
    // Every field of every kind: a human label, a tooltip that says what it means (never the raw
    // JSON key), the valid range for numbers, and words for choices.
    const Project p;
    for (EntityKind kind : allKinds()) {
        for (const PropertyInfo &info : p.properties(kind)) {
            const QString where = QString::fromUtf8(kindNames(kind).fileKey) + "." + QString::fromStdString(info.key);
            QVERIFY2(!info.help.empty(), qPrintable(where + " has no help text"));
            QVERIFY2(info.label != info.key || info.key == "id", qPrintable(where + " shows its key"));
            const QString tip = PropertyEditor::toolTip(info, UnitSystem::SI);
            QVERIFY2(!tip.startsWith(QString::fromStdString(info.key) + ":"), qPrintable(where));
            if ((info.type == PropType::Number || info.type == PropType::Integer) && std::isfinite(info.min))
                QVERIFY2(tip.contains("Valid range"), qPrintable(where));
            if (info.type == PropType::Choice)
                QVERIFY2(info.choiceLabels.empty() || info.choiceLabels.size() == info.choices.size(), qPrintable(where));
        }
    }
    // In the inspector: the label's tooltip is the help, a choice combo shows words.
    Document doc;
    Project withNode = sample();
    QVERIFY(withNode.insert(EntityKind::PowerNode, Json{{"id", "rect-1"}, {"type", "rectifier"}}, -1).empty());
    doc.reset(withNode);
    SelectionModel selection;
    Inspector inspector(&doc, &selection, m_catalog.get());
    selection.setSelected({"rect-1"});
    QTest::qWait(10);
    auto *type = inspector.findChild<QComboBox *>("edit_type");
    QVERIFY(type);
    QCOMPARE(type->currentText(), QStringLiteral("800 VDC rectifier"));
    QCOMPARE(type->currentData().toString(), QStringLiteral("rectifier"));
    QVERIFY(!type->toolTip().contains("powerNodes") && type->toolTip().contains("rectifier"));
}

void TestInspector::outOfRangeRefusedAtEntry()
{
    // A width typed below the rack's 0.3 m minimum: refused with the reason in the user's units,
    // the value that stands shown again, no undo step.
    Document doc;
    doc.reset(sample());
    SelectionModel selection;
    Inspector inspector(&doc, &selection, m_catalog.get());
    QSignalSpy refused(&inspector, &Inspector::editRefused);
    selection.setSelected({"rack-1"});
    QTest::qWait(10);
    auto *width = inspector.findChild<QDoubleSpinBox *>("edit_widthM");
    QVERIFY(width);
    width->setFocus();
    QTest::keyClick(width, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(width, "0.1");
    QTest::keyClick(width, Qt::Key_Return);
    QCOMPARE(refused.count(), 1);
    const QString why = refused.first().first().toString();
    QVERIFY2(why.contains("Width") && why.contains("0.30") && why.contains("m"), qPrintable(why));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.project().racks.front().widthM, 0.6);
    QCOMPARE(width->value(), 0.6);
}

void TestInspector::addSiteAndMoveHallToIt()
{
    // Outline ▸ Sites ▸ Add site (a right click, as a user does), then the hall's Site field in
    // the inspector (keyboard) puts the hall on it: two undo steps, the hall's site is the new one.
    Document doc;
    doc.reset(sample());
    SelectionModel selection;
    ProjectOutline outline(&doc, &selection);
    Inspector inspector(&doc, &selection, m_catalog.get());
    outline.show();
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&outline));
    QTreeWidgetItem *sites = nullptr;
    for (int i = 0; i < outline.topLevelItemCount(); ++i)
        if (outline.topLevelItem(i)->text(0).startsWith("Sites ("))
            sites = outline.topLevelItem(i);
    QVERIFY(sites);
    authoring::whenMenu({"Add site"});
    authoring::rightClick(outline.viewport(), outline.visualItemRect(sites).center());
    QTRY_COMPARE(doc.project().sites.size(), size_t(2));
    const std::string added = doc.project().sites.back().id;
    QCOMPARE(selection.current().toStdString(), added);
    QCOMPARE(doc.project().sites.back().name, std::string("Site 2"));

    selection.setSelected({"hall-1"});
    QTest::qWait(10);
    auto *site = inspector.findChild<QComboBox *>("edit_site");
    QVERIFY(site);
    QCOMPARE(site->currentText(), QStringLiteral("(none)"));   // the first site
    site->setFocus();
    QTest::keyClick(site, Qt::Key_End);   // the last entry: the new site
    QTRY_COMPARE(doc.project().halls.front().site, added);
    QCOMPARE(doc.project().siteOf(doc.project().halls.front()).id, added);
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QCOMPARE(doc.project().siteOf(doc.project().halls.front()).id, std::string("site"));
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
