// The document's edit commands: undo/redo, merging, batches, change events and clean state.
#include "document.h"

#include "projectio.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace aif;

// QCOMPARE cannot take nlohmann values (its overloads drag in qfloat16 conversions).
#define QCOMPARE_JSON(actual, expected)                                                              \
    QVERIFY2((actual) == (expected), ((actual).dump() + " != " + (expected).dump()).c_str())

namespace {

Project sampleProject()
{
    Project p;
    const auto add = [&p](EntityKind kind, const Json &j) {
        const std::string e = p.insert(kind, j, -1);
        QVERIFY2(e.empty(), e.c_str());
    };
    add(EntityKind::Hall, {{"id", "hall-1"}});
    add(EntityKind::PowerNode, {{"id", "util-1"}, {"type", "utility"}});
    add(EntityKind::PowerNode, {{"id", "pdu-1"}, {"type", "pdu"}, {"upstream", "util-1"}});
    add(EntityKind::PowerNode, {{"id", "pdu-2"}, {"type", "pdu"}, {"upstream", "util-1"}});
    add(EntityKind::Rack, {{"id", "rack-1"}, {"hall", "hall-1"}, {"xM", 1.0}, {"powerFeedA", "pdu-1"}});
    add(EntityKind::Rack, {{"id", "rack-2"}, {"hall", "hall-1"}, {"xM", 2.0}, {"powerFeedA", "pdu-1"},
                           {"powerFeedB", "pdu-2"}});
    add(EntityKind::NetworkDomain, {{"id", "net-1"}, {"racks", Json::array({"rack-1", "rack-2"})}});
    return p;
}

// Records every change event (ChangeEvent is not a registered metatype, so no QSignalSpy).
struct Recorder
{
    explicit Recorder(Document *d)
    {
        QObject::connect(d, &Document::changed, d, [this](const ChangeEvent &e) { events.push_back(e); });
    }
    std::vector<ChangeEvent> events;
    int count(ChangeEvent::Type t) const
    {
        int n = 0;
        for (const ChangeEvent &e : events)
            n += e.type == t ? 1 : 0;
        return n;
    }
};

Json valueOf(const Document &d, const std::string &id, const std::string &key)
{
    const auto ref = d.project().find(id);
    return ref ? d.project().value(*ref, key) : Json();
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void editPropertyUndoRedo();
    void consecutiveEditsMerge();
    void refusedEditPushesNothing_data();
    void refusedEditPushesNothing();
    void addEntityAssignsFreshIds();
    void removePduClearsAndRestoresRefs();
    void batchIsOneStepAndOneSignal();
    void cleanStateFollowsSave();
    void changeIdAndUndo();
    void singletonIdIsFixed();
    void removeTargetOfRequiredRef();
    void scenarioOverridesFollowTheirEntities();

private:
    std::unique_ptr<Document> m_doc;
};

void TestDocument::init()
{
    m_doc = std::make_unique<Document>();
    m_doc->reset(sampleProject());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(!m_doc->isModified());
}

void TestDocument::editPropertyUndoRedo()
{
    Recorder rec(m_doc.get());
    const quint64 rev = m_doc->revision();
    QCOMPARE(m_doc->editProperty("rack-1", "xM", 4.5), std::string());
    QCOMPARE_JSON(valueOf(*m_doc, "rack-1", "xM"), Json(4.5));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_doc->isModified());
    QVERIFY(m_doc->revision() > rev);
    QCOMPARE(rec.events.size(), size_t(1));
    QCOMPARE(rec.events[0].type, ChangeEvent::Type::PropertyChanged);
    QCOMPARE(rec.events[0].kind, EntityKind::Rack);
    QCOMPARE(rec.events[0].ids, std::vector<std::string>{"rack-1"});
    QCOMPARE(rec.events[0].property, std::string("xM"));

    m_doc->undoStack()->undo();
    QCOMPARE_JSON(valueOf(*m_doc, "rack-1", "xM"), Json(1.0));
    QVERIFY(!m_doc->isModified());
    m_doc->undoStack()->redo();
    QCOMPARE_JSON(valueOf(*m_doc, "rack-1", "xM"), Json(4.5));
    QCOMPARE(rec.events.size(), size_t(3));

    // Setting the value it already has is not an edit.
    QCOMPARE(m_doc->editProperty("rack-1", "xM", 4.5), std::string());
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(rec.events.size(), size_t(3));
}

void TestDocument::consecutiveEditsMerge()
{
    for (double x : {1.5, 2.5, 3.5})
        QCOMPARE(m_doc->editProperty("rack-1", "xM", x), std::string());
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE_JSON(valueOf(*m_doc, "rack-1", "xM"), Json(3.5));
    // A different property (or entity) starts a new step.
    QCOMPARE(m_doc->editProperty("rack-1", "yM", 2.0), std::string());
    QCOMPARE(m_doc->editProperty("rack-2", "yM", 2.0), std::string());
    QCOMPARE(m_doc->undoStack()->count(), 3);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE_JSON(valueOf(*m_doc, "rack-1", "xM"), Json(1.0));
    QCOMPARE_JSON(valueOf(*m_doc, "rack-1", "yM"), Json(0.0));
    QVERIFY(!m_doc->isModified());

    // Renames and switches never merge: two renames are two steps, and a toggle on and off
    // again is two steps, not one that does nothing.
    QCOMPARE(m_doc->editProperty("rack-1", "name", "first"), std::string());
    QCOMPARE(m_doc->editProperty("rack-1", "name", "second"), std::string());
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE_JSON(valueOf(*m_doc, "rack-1", "name"), Json("first"));
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->isModified());
}

void TestDocument::refusedEditPushesNothing_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("value");   // JSON text
    QTest::addColumn<QString>("reason");     // the refusal must say this
    QTest::newRow("out of range") << "rack-1" << "widthM" << QByteArray("100") << "out of range";
    QTest::newRow("negative airflow") << "pdu-1" << "ratedW" << QByteArray("0") << "out of range";
    QTest::newRow("wrong type") << "rack-1" << "xM" << QByteArray("\"ten\"") << "number";
    QTest::newRow("not a choice") << "pdu-1" << "type" << QByteArray("\"toaster\"") << "not one of";
    QTest::newRow("unknown property") << "rack-1" << "colour" << QByteArray("\"red\"") << "colour";
    QTest::newRow("unknown entity") << "rack-9" << "xM" << QByteArray("1") << "rack-9";
    QTest::newRow("id taken") << "rack-1" << "id" << QByteArray("\"rack-2\"") << "already used";
    QTest::newRow("empty id") << "rack-1" << "id" << QByteArray("\"\"") << "required";
    QTest::newRow("infinite") << "rack-1" << "xM" << QByteArray("1e308") << "out of range";
}

void TestDocument::refusedEditPushesNothing()
{
    QFETCH(QString, id);
    QFETCH(QString, key);
    QFETCH(QByteArray, value);
    QFETCH(QString, reason);
    Recorder rec(m_doc.get());
    const QByteArray before = serializeProject(m_doc->project());
    const std::string why = m_doc->editProperty(id.toStdString(), key.toStdString(), Json::parse(value.toStdString()));
    QVERIFY(!why.empty());
    QVERIFY2(QString::fromStdString(why).contains(reason), why.c_str());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(rec.events.empty());
    QCOMPARE(serializeProject(m_doc->project()), before);
}

void TestDocument::addEntityAssignsFreshIds()
{
    Recorder rec(m_doc.get());
    std::string error;
    const std::string a = m_doc->addEntity(EntityKind::Rack, Json{{"hall", "hall-1"}, {"xM", 5.0}}, &error);
    QVERIFY2(!a.empty(), error.c_str());
    QVERIFY(a != "rack-1" && a != "rack-2");
    const std::string b = m_doc->addEntity(EntityKind::Rack, Json{{"id", "rack-1"}, {"hall", "hall-1"}}, &error);
    QVERIFY(!b.empty());
    QVERIFY(b != "rack-1" && b != a);
    const std::string c = m_doc->addEntity(EntityKind::Rack, Json{{"id", "rack-new"}}, &error);
    QCOMPARE(c, std::string("rack-new"));
    QCOMPARE(m_doc->project().racks.size(), size_t(5));
    QCOMPARE(m_doc->undoStack()->count(), 3);
    QCOMPARE(rec.count(ChangeEvent::Type::EntitiesAdded), 3);
    QCOMPARE_JSON(valueOf(*m_doc, a, "xM"), Json(5.0));

    // Refused: wrong field type, singleton.
    QVERIFY(m_doc->addEntity(EntityKind::Rack, Json{{"xM", "far"}}, &error).empty());
    QVERIFY(QString::fromStdString(error).contains("xM"));
    QVERIFY(m_doc->addEntity(EntityKind::Economics, Json::object(), &error).empty());
    QCOMPARE(m_doc->undoStack()->count(), 3);

    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().racks.size(), size_t(2));
    QVERIFY(!m_doc->project().find(a));
    QCOMPARE(rec.count(ChangeEvent::Type::EntitiesRemoved), 3);
    m_doc->undoStack()->redo();
    QVERIFY(m_doc->project().get<Rack>(a));
}

void TestDocument::removePduClearsAndRestoresRefs()
{
    Recorder rec(m_doc.get());
    const QByteArray before = serializeProject(m_doc->project());
    m_doc->removeEntities({"pdu-1"});
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(!m_doc->project().find("pdu-1"));
    QCOMPARE(m_doc->project().powerNodes.size(), size_t(2));
    QCOMPARE(m_doc->project().get<Rack>("rack-1")->powerFeedA, std::string());
    QCOMPARE(m_doc->project().get<Rack>("rack-2")->powerFeedA, std::string());
    QCOMPARE(m_doc->project().get<Rack>("rack-2")->powerFeedB, std::string("pdu-2"));
    QCOMPARE(rec.events.size(), size_t(1));   // one notification for the whole removal

    m_doc->undoStack()->undo();
    QCOMPARE(serializeProject(m_doc->project()), before);   // same index, same refs
    QCOMPARE(m_doc->project().find("pdu-1")->index, 1);

    // Removing a rack also drops it from reference lists; several ids at once is one step.
    m_doc->removeEntities({"rack-1", "pdu-2", "no-such-id"});
    QCOMPARE(m_doc->project().get<NetworkDomain>("net-1")->racks, std::vector<std::string>{"rack-2"});
    QCOMPARE(m_doc->project().get<Rack>("rack-2")->powerFeedB, std::string());
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(serializeProject(m_doc->project()), before);
    m_doc->undoStack()->redo();
    QVERIFY(!m_doc->project().find("rack-1"));

    // Singletons cannot be removed, nor the last site (a project always stands somewhere).
    m_doc->removeEntities({"site", "economics"});
    QVERIFY(m_doc->project().find("site"));
    QVERIFY(m_doc->project().find("economics"));
    // A second site can be added and removed again; then the first is the last and stays.
    std::string why;
    const std::string second = m_doc->addEntity(EntityKind::Site, Json{{"name", "Inland"}}, &why);
    QVERIFY2(!second.empty(), why.c_str());
    QCOMPARE(m_doc->project().sites.size(), size_t(2));
    m_doc->removeEntities({second, "site"});
    QCOMPARE(m_doc->project().sites.size(), size_t(1));
    QCOMPARE(m_doc->project().site().id, std::string("site"));
}

void TestDocument::batchIsOneStepAndOneSignal()
{
    Recorder rec(m_doc.get());
    const QByteArray before = serializeProject(m_doc->project());
    m_doc->beginBatch("Move and add");
    QCOMPARE(m_doc->editProperty("rack-1", "xM", 7.0), std::string());
    QCOMPARE(m_doc->editProperty("rack-2", "xM", 8.0), std::string());
    const std::string added = m_doc->addEntity(EntityKind::Rack, Json{{"hall", "hall-1"}});
    m_doc->beginBatch("nested");   // nesting joins the outer batch
    m_doc->removeEntities({"pdu-2"});
    m_doc->endBatch();
    QVERIFY(rec.events.empty());   // nothing heard until the batch ends
    m_doc->endBatch();

    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QString("Move and add"));
    QCOMPARE(rec.events.size(), size_t(1));
    QCOMPARE(rec.events[0].type, ChangeEvent::Type::Batch);
    QVERIFY(std::ranges::find(rec.events[0].ids, added) != rec.events[0].ids.end());
    const QByteArray after = serializeProject(m_doc->project());

    rec.events.clear();
    m_doc->undoStack()->undo();
    QCOMPARE(rec.events.size(), size_t(1));
    QCOMPARE(rec.events[0].type, ChangeEvent::Type::Batch);
    QCOMPARE(serializeProject(m_doc->project()), before);

    rec.events.clear();
    m_doc->undoStack()->redo();
    QCOMPARE(rec.events.size(), size_t(1));
    QCOMPARE(rec.events[0].type, ChangeEvent::Type::Batch);
    QCOMPARE(serializeProject(m_doc->project()), after);

    // An empty batch leaves no trace.
    rec.events.clear();
    m_doc->beginBatch("nothing");
    m_doc->endBatch();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(rec.events.empty());
}

void TestDocument::cleanStateFollowsSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("doc.aifactory");
    bool lastModified = false;
    connect(m_doc.get(), &Document::modifiedChanged, this, [&](bool m) { lastModified = m; });
    QCOMPARE(m_doc->editProperty("rack-1", "xM", 3.0), std::string());
    QVERIFY(m_doc->isModified());
    QVERIFY(lastModified);
    QString error;
    QVERIFY2(m_doc->save(path, &error), qPrintable(error));
    QVERIFY(!m_doc->isModified());
    QVERIFY(!lastModified);
    QCOMPARE(m_doc->filePath(), path);
    // An edit after save does not merge into the saved step: undo returns to the saved state.
    QCOMPARE(m_doc->editProperty("rack-1", "xM", 4.0), std::string());
    QVERIFY(m_doc->isModified());
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->isModified());
    QCOMPARE_JSON(valueOf(*m_doc, "rack-1", "xM"), Json(3.0));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->isModified());   // before the save is modified relative to the file

    Document reopened;
    Diagnostics d;
    QVERIFY(reopened.load(path, &d));
    QVERIFY(!reopened.isModified());
    QCOMPARE_JSON(valueOf(reopened, "rack-1", "xM"), Json(3.0));
}

void TestDocument::changeIdAndUndo()
{
    Recorder rec(m_doc.get());
    QCOMPARE(m_doc->editProperty("rack-1", "id", "rack-A01"), std::string());
    QVERIFY(!m_doc->project().find("rack-1"));
    QVERIFY(m_doc->project().get<Rack>("rack-A01"));
    // The rename and its reference updates arrive as one Batch notification naming the new id.
    const auto &ids = rec.events.back().ids;
    QVERIFY(std::find(ids.begin(), ids.end(), "rack-A01") != ids.end());
    // A second rename is its own step (id edits never merge), and edits by the new id work.
    QCOMPARE(m_doc->editProperty("rack-A01", "id", "rack-B01"), std::string());
    QCOMPARE(m_doc->editProperty("rack-B01", "xM", 9.0), std::string());
    QCOMPARE(m_doc->undoStack()->count(), 3);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->project().get<Rack>("rack-A01"));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->project().get<Rack>("rack-1"));
    QVERIFY(!m_doc->project().find("rack-A01"));
    m_doc->undoStack()->redo();
    m_doc->undoStack()->redo();
    m_doc->undoStack()->redo();
    QCOMPARE_JSON(valueOf(*m_doc, "rack-B01", "xM"), Json(9.0));

    // References follow a renamed entity; otherwise a rename silently breaks the design.
    QCOMPARE(m_doc->editProperty("pdu-1", "id", "pdu-A"), std::string());
    QCOMPARE(m_doc->project().get<Rack>("rack-2")->powerFeedA, std::string("pdu-A"));
}

void TestDocument::singletonIdIsFixed()
{
    // Economics keeps its well-known id (the loader resets it), and "id" is declared readOnly in
    // the field table: an edit that the next save/load silently undoes is a lie.
    const std::string why = m_doc->editProperty("economics", "id", "my-economics");
    QVERIFY(!why.empty());
    m_doc->undoStack()->clear();
}

void TestDocument::removeTargetOfRequiredRef()
{
    // rack.hall is a required reference: removing the hall cannot clear it to "" (setValue refuses
    // an empty required ref), so the command must remove the racks too, or refuse; leaving them
    // pointing at a hall that no longer exists breaks the design silently.
    const QByteArray before = serializeProject(m_doc->project());
    m_doc->removeEntities({"hall-1"});
    QVERIFY(!m_doc->project().find("hall-1"));
    bool dangling = false;
    for (const Rack &r : m_doc->project().racks)
        dangling = dangling || (!r.hall.empty() && !m_doc->project().find(r.hall));
    QVERIFY(!dangling);
    QVERIFY(m_doc->project().racks.empty());   // the hall's racks went with it, as one step
    m_doc->undoStack()->undo();
    QCOMPARE(serializeProject(m_doc->project()), before);
}

void TestDocument::scenarioOverridesFollowTheirEntities()
{
    // A scenario's overrides name entities by id: a rename carries them along, a deletion drops
    // them (undo restores both), and an override that could never apply is refused at entry.
    const std::string scn = m_doc->addEntity(EntityKind::Scenario,
                                             Json{{"name", "PDU 1 failed"},
                                                  {"overrides", Json::array({Json{{"entity", "pdu-1"}, {"property", "failed"}, {"value", true}},
                                                                             Json{{"entity", "pdu-2"}, {"property", "failed"}, {"value", true}}})}});
    QVERIFY(!scn.empty());
    QCOMPARE(m_doc->editProperty("pdu-1", "id", "pdu-A"), std::string());
    QCOMPARE(m_doc->project().get<Scenario>(scn)->overrides.front().entity, std::string("pdu-A"));
    m_doc->removeEntities({"pdu-2"});
    QCOMPARE(m_doc->project().get<Scenario>(scn)->overrides.size(), size_t(1));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().get<Scenario>(scn)->overrides.size(), size_t(2));
    const int steps = m_doc->undoStack()->count();
    for (const Json &bad : {Json{{"entity", "nope"}, {"property", "failed"}, {"value", true}},
                            Json{{"entity", "rack-1"}, {"property", "widthM"}, {"value", -1.0}},
                            Json{{"entity", "rack-1"}, {"property", "id"}, {"value", "x"}}})
        QVERIFY(!m_doc->editProperty(scn, "overrides", Json::array({bad})).empty());
    QCOMPARE(m_doc->undoStack()->count(), steps);
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
