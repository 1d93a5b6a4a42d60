// The Scenarios panel over the 1 MW reference design (3 scenarios), driven with real mouse and
// keyboard events: every edit is one undo step that undo and redo restore exactly, refused
// values leave no step and say why, the solved scenario falls back to the base design when it
// goes away, and applyScenario sees what the table shows.
#include "catalog.h"
#include "document.h"
#include "projectio.h"
#include "scenarios/entitypicker.h"
#include "scenarios/overridetable.h"
#include "scenarios/scenariopanel.h"
#include "selectionmodel.h"
#include "solvejob.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyleOptionButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWheelEvent>

using namespace aif;

// QCOMPARE cannot print (or even pick an overload for) nlohmann values: compare and show both.
#define JSON_COMPARE(actual, expected)                                                             \
    QVERIFY2(                                                                                      \
        Json(actual) == Json(expected),                                                            \
        qPrintable(QString::fromStdString(Json(actual).dump() + " != " + Json(expected).dump())))

class TestScenarioPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsScenariosAfterBaseDesign();
    void newIsOneUndoStepWithUniqueName();
    void overrideFromSelectionInTwoClicks();
    void outOfRangeIsRefusedWithReason();
    void removeDuplicateDeleteAndFallBack();
    void renameAndDescribeInPlace();
    void everyStepUndoesAndRedoesExactly();
    void showsUserUnits();
    void largeProjectBuildsPickerListLazily();
    void screenshot();

private:
    template<class W = QWidget> W *find(const char *name) const
    {
        W *w = m_panel->findChild<W *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }
    void click(const char *button) const
    {
        QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton);
    }
    OverrideTable *table() const { return find<OverrideTable>("overrideTable"); }
    template<class W> W *cell(int row, int column) const
    {
        return qobject_cast<W *>(table()->cellWidget(row, column));
    }
    Json scenarioJson(const QString &id) const;
    Json overrides() const { return scenarioJson(m_panel->currentScenario())["overrides"]; }
    int steps() const { return m_doc->undoStack()->count(); }
    // Lets deferred refreshes run: a cell editor's edit rebuilds the table once it returns.
    static void settle() { QTest::qWait(20); }
    void clickCheck(QCheckBox *check) const;
    void typeValue(QAbstractSpinBox *box, const QString &text) const;
    QString newScenarioWithCrahOverride();

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<SelectionModel> m_selection;
    std::unique_ptr<ScenarioPanel> m_panel;
};

void TestScenarioPanel::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestScenarioPanel::init()
{
    m_doc = std::make_unique<Document>();
    Diagnostics d;
    QVERIFY(m_doc->load(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory"),
                        &d));
    m_selection = std::make_unique<SelectionModel>();
    m_panel = std::make_unique<ScenarioPanel>(m_doc.get(), m_selection.get(), m_catalog.get());
    m_panel->resize(1400, 420);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

void TestScenarioPanel::cleanup()
{
    m_panel.reset();
    m_selection.reset();
    m_doc.reset();
    units::setCurrentSystem(UnitSystem::SI);
}

Json TestScenarioPanel::scenarioJson(const QString &id) const
{
    const auto ref = m_doc->project().find(id.toStdString());
    return ref ? m_doc->project().toJson(*ref) : Json();
}

void TestScenarioPanel::clickCheck(QCheckBox *check) const
{
    QStyleOptionButton option;
    option.initFrom(check);
    const QRect box = check->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, check);
    QTest::mouseClick(check, Qt::LeftButton, {}, box.center());
    settle();
}

void TestScenarioPanel::typeValue(QAbstractSpinBox *box, const QString &text) const
{
    QTest::mouseClick(box, Qt::LeftButton);
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier); // the number, not the unit
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
    settle();
}

// New, then "Add selected item" with crah-1 selected: the scenario id.
QString TestScenarioPanel::newScenarioWithCrahOverride()
{
    click("newScenario");
    const QString id = m_panel->currentScenario();
    m_selection->setSelected({"crah-1"});
    click("addSelectedOverride");
    return id;
}

void TestScenarioPanel::listsScenariosAfterBaseDesign()
{
    auto *list = find<QTreeWidget>("scenarioList");
    QCOMPARE(list->topLevelItemCount(), 4);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Base design"));
    QCOMPARE(list->topLevelItem(2)->text(1), QStringLiteral("CRAH-1 failed"));
    QCOMPARE(list->topLevelItem(2)->text(3), QStringLiteral("1"));
    auto *solve = find<QComboBox>("activeScenario");
    QCOMPARE(solve->count(), 4);
    QCOMPARE(m_panel->activeScenario(), QString());
    QVERIFY(list->findChild<QRadioButton *>("solve_base")->isChecked());

    // Picking a scenario in the list shows its overrides with labels, not keys.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->topLevelItem(2)).center());
    QCOMPARE(m_panel->currentScenario(), QStringLiteral("scn-crah-1-failed"));
    QCOMPARE(table()->rowCount(), 1);
    QVERIFY(cell<QLineEdit>(0, OverrideTable::ItemColumn)->text().contains("crah-1"));
    QCOMPARE(cell<QComboBox>(0, OverrideTable::FieldColumn)->currentText(),
             QStringLiteral("Failed (what-if)"));
    QVERIFY(cell<QCheckBox>(0, OverrideTable::ValueColumn)->isChecked());

    // Turning the wheel over a field the user is not in scrolls; it never changes the field.
    auto *field = cell<QComboBox>(0, OverrideTable::FieldColumn);
    const QPointF at(field->rect().center());
    QWheelEvent wheel(at, field->mapToGlobal(at), {}, {0, -120}, Qt::NoButton, {},
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(field, &wheel);
    QCOMPARE(field->currentText(), QStringLiteral("Failed (what-if)"));
    QCOMPARE(steps(), 0);
}

void TestScenarioPanel::newIsOneUndoStepWithUniqueName()
{
    const int before = steps();
    click("newScenario");
    QCOMPARE(steps(), before + 1);
    QCOMPARE(m_doc->project().scenarios.size(), size_t(4));
    const Scenario &s = m_doc->project().scenarios.back();
    QCOMPARE(QString::fromStdString(s.name), QStringLiteral("Scenario 4"));
    QVERIFY(s.overrides.empty());
    QCOMPARE(m_panel->currentScenario(), QString::fromStdString(s.id));
    click("newScenario");
    QCOMPARE(QString::fromStdString(m_doc->project().scenarios.back().name),
             QStringLiteral("Scenario 5"));
    QVERIFY(m_doc->project().scenarios.back().id != s.id);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().scenarios.size(), size_t(4));
}

void TestScenarioPanel::overrideFromSelectionInTwoClicks()
{
    const QString id = newScenarioWithCrahOverride();
    const int before = steps();
    // Click one was "Add selected item": a row for crah-1 on "failed", at its current value.
    QCOMPARE(overrides().size(), size_t(1));
    JSON_COMPARE(overrides()[0],
                 (Json {{"entity", "crah-1"}, {"property", "failed"}, {"value", false}}));
    auto *check = cell<QCheckBox>(0, OverrideTable::ValueColumn);
    QVERIFY(check);
    clickCheck(check); // click two
    JSON_COMPARE(overrides()[0]["value"], Json(true));
    QCOMPARE(steps(), before + 1);

    // Change the field with the keyboard, then the value: each one step.
    QTRY_VERIFY(cell<QComboBox>(0, OverrideTable::FieldColumn));
    auto *field = cell<QComboBox>(0, OverrideTable::FieldColumn);
    field->setFocus();
    QTest::keyClicks(field, "Supply air");
    settle();
    JSON_COMPARE(overrides()[0]["property"], Json("supplyTempC"));
    JSON_COMPARE(overrides()[0]["value"],
                 Json(m_doc->project().get<AirUnit>("crah-1")->supplyTempC));
    QCOMPARE(steps(), before + 2);
    QTRY_VERIFY(cell<QDoubleSpinBox>(0, OverrideTable::ValueColumn));
    typeValue(cell<QDoubleSpinBox>(0, OverrideTable::ValueColumn), "21");
    JSON_COMPARE(overrides()[0]["value"], Json(21.0));
    QCOMPARE(steps(), before + 3);

    // The solve sees it; the design itself is untouched.
    Project solved = m_doc->project();
    Diagnostics d;
    QVERIFY(applyScenario(solved, id.toStdString(), &d));
    QCOMPARE(solved.get<AirUnit>("crah-1")->supplyTempC, 21.0);
    QVERIFY(m_doc->project().get<AirUnit>("crah-1")->supplyTempC != 21.0);
}

void TestScenarioPanel::outOfRangeIsRefusedWithReason()
{
    newScenarioWithCrahOverride();
    auto *field = cell<QComboBox>(0, OverrideTable::FieldColumn);
    field->setFocus();
    QTest::keyClicks(field, "Supply air");
    settle();
    QTRY_VERIFY(cell<QDoubleSpinBox>(0, OverrideTable::ValueColumn));
    const Json stands = overrides();
    const int before = steps();
    QSignalSpy refused(m_panel.get(), &ScenarioPanel::editRefused);
    typeValue(cell<QDoubleSpinBox>(0, OverrideTable::ValueColumn), "-5");
    QCOMPARE(refused.count(), 1);
    QVERIFY2(
        refused.first().first().toString().contains("outside the valid range 5.0 – 40.0 °C"),
        qPrintable(refused.first().first().toString()));
    QCOMPARE(steps(), before);
    JSON_COMPARE(overrides(), stands);
    auto *status = find<QLabel>("scenarioStatus");
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains("Supply air setpoint"));
    // The table goes back to the value that stands.
    const double shown
        = units::toDisplay(stands[0]["value"].get<double>(), Quantity::Temperature, UnitSystem::SI);
    QTRY_COMPARE(cell<QDoubleSpinBox>(0, OverrideTable::ValueColumn)->value(), shown);

    // An item that does not exist: refused, nothing written.
    auto *picker = cell<QLineEdit>(0, OverrideTable::ItemColumn);
    QTest::mouseClick(picker, Qt::LeftButton);
    picker->selectAll();
    QTest::keyClicks(picker, "no-such-thing");
    QTest::keyClick(picker, Qt::Key_Return);
    QCOMPARE(refused.count(), 2);
    QCOMPARE(steps(), before);
}

void TestScenarioPanel::removeDuplicateDeleteAndFallBack()
{
    const QString id = newScenarioWithCrahOverride();
    m_selection->setSelected({"ups-A"});
    click("addSelectedOverride");
    QCOMPARE(overrides().size(), size_t(2));

    // Remove: the row the user clicks into.
    int before = steps();
    QTest::mouseClick(cell<QLineEdit>(0, OverrideTable::ItemColumn), Qt::LeftButton);
    click("removeOverride");
    QCOMPARE(steps(), before + 1);
    QCOMPARE(overrides().size(), size_t(1));
    JSON_COMPARE(overrides()[0]["entity"], Json("ups-A"));
    QCOMPARE(table()->rowCount(), 1);

    // Duplicate: a copy with its overrides.
    before = steps();
    click("duplicateScenario");
    QCOMPARE(steps(), before + 1);
    const QString copy = m_panel->currentScenario();
    QVERIFY(copy != id);
    JSON_COMPARE(scenarioJson(copy)["name"], Json("Scenario 4 (copy)"));
    JSON_COMPARE(scenarioJson(copy)["overrides"], scenarioJson(id)["overrides"]);

    // Solve the copy (its radio), then delete it: back to the base design.
    QSignalSpy active(m_panel.get(), &ScenarioPanel::activeScenarioChanged);
    QTest::mouseClick(find<QTreeWidget>("scenarioList")->findChild<QRadioButton *>("solve_" + copy),
                      Qt::LeftButton);
    QCOMPARE(active.count(), 1);
    QCOMPARE(active.last().first().toString(), copy);
    QCOMPARE(find<QComboBox>("activeScenario")->currentText(), QStringLiteral("Scenario 4 (copy)"));
    click("deleteScenario");
    QVERIFY(!m_doc->project().get<Scenario>(copy.toStdString()));
    QCOMPARE(active.count(), 2);
    QCOMPARE(active.last().first().toString(), QString());
    QCOMPARE(m_panel->activeScenario(), QString());
    QVERIFY(
        find<QTreeWidget>("scenarioList")->findChild<QRadioButton *>("solve_base")->isChecked());

    // The combo picks too; a new project falls back as well.
    auto *combo = find<QComboBox>("activeScenario");
    combo->setFocus();
    QTest::keyClicks(combo, "UPS");
    QCOMPARE(m_panel->activeScenario(), QStringLiteral("scn-ups-a-failed"));
    // Its id renamed (the inspector can): the panel follows it, and so does undo.
    QVERIFY(m_doc->editProperty("scn-ups-a-failed", "id", Json("scn-ups-a-down")).empty());
    QCOMPARE(m_panel->activeScenario(), QStringLiteral("scn-ups-a-down"));
    QCOMPARE(active.last().first().toString(), QStringLiteral("scn-ups-a-down"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_panel->activeScenario(), QStringLiteral("scn-ups-a-failed"));
    m_doc->reset(m_doc->project());
    QCOMPARE(m_panel->activeScenario(), QString());
    QCOMPARE(active.last().first().toString(), QString());
}

void TestScenarioPanel::renameAndDescribeInPlace()
{
    click("newScenario");
    const QString id = m_panel->currentScenario();
    const int before = steps();
    click("renameScenario");
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClicks(editor, "Chiller trip");
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(scenarioJson(id)["name"] == Json("Chiller trip"));
    QCOMPARE(steps(), before + 1);

    auto *description = find<QLineEdit>("scenarioDescription");
    QTest::mouseClick(description, Qt::LeftButton);
    QTest::keyClicks(description, "Chiller plant trips at peak load.");
    QTest::keyClick(description, Qt::Key_Return);
    JSON_COMPARE(scenarioJson(id)["description"], Json("Chiller plant trips at peak load."));
    QCOMPARE(steps(), before + 2);

    // An empty name is refused: the name stands, no step.
    QSignalSpy refused(m_panel.get(), &ScenarioPanel::editRefused);
    settle();
    click("renameScenario");
    editor = QApplication::focusWidget();
    QVERIFY2(qobject_cast<QLineEdit *>(editor),
             editor ? editor->metaObject()->className() : "no focus");
    QCOMPARE(qobject_cast<QLineEdit *>(editor)->text(), QStringLiteral("Chiller trip"));
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(refused.count(), 1); // the item delegate commits on the next event loop pass
    QTRY_COMPARE(find<QTreeWidget>("scenarioList")->currentItem()->text(1),
                 QStringLiteral("Chiller trip"));
    JSON_COMPARE(scenarioJson(id)["name"], Json("Chiller trip"));
    QCOMPARE(steps(), before + 2);
}

void TestScenarioPanel::everyStepUndoesAndRedoesExactly()
{
    std::vector<Json> states {projectToJson(m_doc->project())};
    auto record = [&] {
        settle();
        states.push_back(projectToJson(m_doc->project()));
    };
    click("newScenario");
    const QString id = m_panel->currentScenario();
    record();
    m_selection->setSelected({"crah-1"});
    click("addSelectedOverride");
    record();
    clickCheck(cell<QCheckBox>(0, OverrideTable::ValueColumn));
    record();
    click("addOverride"); // another field of crah-1, at its current value
    record();
    QCOMPARE(overrides().size(), size_t(2));
    JSON_COMPARE(overrides()[1]["entity"], Json("crah-1"));
    JSON_COMPARE(overrides()[1]["property"], Json("capacityW"));
    QTest::mouseClick(cell<QLineEdit>(1, OverrideTable::ItemColumn), Qt::LeftButton);
    click("removeOverride");
    record();
    click("duplicateScenario");
    record();
    click("deleteScenario");
    record();
    QCOMPARE(steps(), int(states.size()) - 1);
    for (int i = int(states.size()) - 2; i >= 0; --i) {
        m_doc->undoStack()->undo();
        JSON_COMPARE(projectToJson(m_doc->project()), states[size_t(i)]);
    }
    for (size_t i = 1; i < states.size(); ++i) {
        m_doc->undoStack()->redo();
        JSON_COMPARE(projectToJson(m_doc->project()), states[i]);
    }
    // The panel followed: the scenario shows its one override again.
    m_panel->setCurrentScenario(id);
    QTRY_COMPARE(table()->rowCount(), 1);
    QVERIFY(cell<QCheckBox>(0, OverrideTable::ValueColumn)->isChecked());
}

void TestScenarioPanel::showsUserUnits()
{
    units::setCurrentSystem(UnitSystem::US);
    m_panel->refresh();
    newScenarioWithCrahOverride();
    auto *field = cell<QComboBox>(0, OverrideTable::FieldColumn);
    field->setFocus();
    QTest::keyClicks(field, "Supply air");
    settle();
    QTRY_VERIFY(cell<QDoubleSpinBox>(0, OverrideTable::ValueColumn));
    auto *box = cell<QDoubleSpinBox>(0, OverrideTable::ValueColumn);
    QCOMPARE(box->suffix(), QStringLiteral(" °F"));
    typeValue(box, "68"); // °F ...
    QVERIFY(std::abs(overrides()[0]["value"].get<double>() - 20.0) < 1e-9); // ... stored in °C
}

void TestScenarioPanel::largeProjectBuildsPickerListLazily()
{
    Diagnostics d;
    QElapsedTimer t;
    t.start();
    QVERIFY(m_doc->load(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-100mw-campus.aifactory"),
                        &d));
    qInfo("campus loaded and panel refreshed in %lld ms", t.elapsed());
    auto *entities = m_panel->findChild<EntityListModel *>();
    QVERIFY(entities);
    QCOMPARE(entities->rowCount(), 0); // nothing built until a picker needs it
    click("newScenario");
    m_selection->setSelected({QString::fromStdString(m_doc->project().racks.front().id)});
    click("addSelectedOverride");
    QCOMPARE(entities->rowCount(), 0);
    auto *picker = cell<QLineEdit>(0, OverrideTable::ItemColumn);
    t.restart();
    QTest::mouseClick(picker, Qt::LeftButton);
    qInfo("picker list of %d items built in %lld ms", entities->rowCount(), t.elapsed());
    QVERIFY(entities->rowCount() > 8000);
    // Typing searches the list: an exact id picks the item.
    const std::string cdu = m_doc->project().cdus.front().id;
    picker->selectAll();
    QTest::keyClicks(picker, QString::fromStdString(cdu));
    QTest::keyClick(picker, Qt::Key_Return);
    JSON_COMPARE(overrides()[0]["entity"], Json(cdu));
    JSON_COMPARE(overrides()[0]["property"], Json("failed"));
}

void TestScenarioPanel::screenshot()
{
    newScenarioWithCrahOverride();
    QTRY_VERIFY(cell<QCheckBox>(0, OverrideTable::ValueColumn));
    clickCheck(cell<QCheckBox>(0, OverrideTable::ValueColumn));
    m_selection->setSelected({"ups-A"});
    click("addSelectedOverride");
    click("addOverride"); // the selected item's next field
    m_selection->clear();
    QTest::mouseClick(find<QLineEdit>("scenarioDescription"), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>("scenarioDescription"), "CRAH-1 and UPS A down at once.");
    QTest::keyClick(find<QLineEdit>("scenarioDescription"), Qt::Key_Return);
    // A hand-written bad row, as a file could hold: the panel says what is wrong with it.
    Json list = overrides();
    list.push_back(Json {{"entity", "crah-99"}, {"property", "failed"}, {"value", true}});
    // (The Document refuses it at entry; a file read from disk can still carry one.)
    QVERIFY(!m_doc->editProperty(m_panel->currentScenario().toStdString(), "overrides", list).empty());
    Project fromFile = m_doc->project();
    QVERIFY(fromFile.setValue(*fromFile.find(m_panel->currentScenario().toStdString()), "overrides", list).empty());
    m_doc->replaceProject(fromFile, "a file with a dangling override");
    QTRY_VERIFY(table()->item(3, OverrideTable::ProblemColumn)
                && table()->item(3, OverrideTable::ProblemColumn)->text().contains("crah-99"));
    QTest::mouseClick(find<QTreeWidget>("scenarioList")
                          ->findChild<QRadioButton *>("solve_" + m_panel->currentScenario()),
                      Qt::LeftButton);
    QCOMPARE(m_panel->activeScenario(), m_panel->currentScenario());
    QTest::qWait(200);
    QVERIFY(m_panel->grab().save("scenario-panel.png"));
}

QTEST_MAIN(TestScenarioPanel)
#include "tst_scenariopanel.moc"
