// "Explain this number" in the studio (issue 19). The consistency walk: every dashboard figure
// with a pointer is the result JSON's number there (and `aif explain`'s), and its tile and row
// show exactly that number, with and without the coupled twin. Real clicks on the dashboard's
// headline tiles and key-figure rows open the explain panel with the figure's own text, its
// definition and its inputs; an explained input's link navigates and Back returns; an entity link
// asks for the entity; temperatures follow the unit system; every explained figure of the result
// renders.
#include "catalog.h"
#include "dashboard/dashboardpanel.h"
#include "dashboard/headlinestrip.h"
#include "dashboard/keyfigurestable.h"
#include "document.h"
#include "explain/explain.h"
#include "explain/explainhtml.h"
#include "explain/explainpanel.h"
#include "solvejob.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUrl>

using namespace aif;

class TestExplainPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void consistencyWalk();
    void consistencyWalkDesignPoint();
    void clickHeadlineTileExplains();
    void inputLinkNavigatesAndBack();
    void entityLinkRequestsEntity();
    void clickTableRowExplains();
    void enterOnFocusedTileExplains();
    void temperaturesFollowUnitSystem();
    void staleMarksPanel();
    void everyExplainedFigureRenders();
    void screenshot();

private:
    void walk(const std::vector<KeyFigure> &figures, const SolveResult &result);
    ExplainPanel *openFromTile(const QString &key);
    QString tableText(const QString &key) const; // the key-figure table's value cell
    static void clickAnchor(QTextBrowser *browser, const QString &href);

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<DashboardPanel> m_panel;
    std::shared_ptr<const SolveResult> m_result;
};

void TestExplainPanel::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_doc = std::make_unique<Document>();
    Diagnostics d;
    QVERIFY(m_doc->load(
        QStringLiteral(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory"), &d));
    m_result = std::make_shared<SolveResult>(runSolve(m_doc->project(), *m_catalog, {}));
    QVERIFY(m_result->twin && m_result->annual && m_result->tco);
    m_panel = std::make_unique<DashboardPanel>(m_doc.get(), m_catalog.get());
    m_panel->resize(1300, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->setResult(m_result);
}

// Each figure with a pointer against the JSON number there, converted to the figure's SI base
// (the JSON has kW where figures hold W); explained ones also against `aif explain`'s value, by
// its unit.
void TestExplainPanel::walk(const std::vector<KeyFigure> &figures, const SolveResult &result)
{
    const Json &json = result.json;
    for (const KeyFigure &f : figures) {
        if (f.pointer.empty() || !f.valid())
            continue;
        const QString what = f.key + " " + QString::fromStdString(f.pointer);
        const Json::json_pointer p(f.pointer);
        QVERIFY2(json.contains(p) && json.at(p).is_number(), qPrintable(what));
        const std::string &ptr = f.pointer;
        const bool kw = ptr.size() > 3 && ptr.compare(ptr.size() - 3, 3, "_kw") == 0;
        const double si = json.at(p).get<double>() * (kw ? 1e3 : 1.0);
        QVERIFY2(std::abs(f.value - si) <= 1e-6 * std::max(1.0, std::abs(si)),
                 qPrintable(what + QStringLiteral(": %1 vs %2").arg(f.value).arg(si)));
        if (!f.explainable)
            continue;
        const explain::Explanation e = explain::explain(json, m_doc->project(), *m_catalog, ptr);
        QVERIFY2(e.ok, qPrintable(what));
        const double unit = e.unit == "kW" ? 1e3 : e.unit == "MW" ? 1e6 : 1.0;
        QVERIFY2(std::abs(f.value - e.value * unit) <= 1e-6 * std::max(1.0, std::abs(si)),
                 qPrintable(what));
    }
}

void TestExplainPanel::consistencyWalk()
{
    m_panel->setResult(m_result);
    const std::vector<KeyFigure> &figures = m_panel->figures();
    walk(figures, *m_result);
    // The pointers are those of the figures the labels name.
    const std::pair<const char *, const char *> named[]
        = {{"pue", "/annual/annual_pue"},
           {"pueOperating", "/twin/coupled/pue"},
           {"facility", "/twin/coupled/facility_kw"},
           {"it", "/twin/coupled/it_kw"},
           {"tokensPerS", "/twin/coupled/tokens_per_s"},
           {"tokensPerJoule", "/twin/coupled/tokens_per_joule_facility"},
           {"usdPerMtok", "/tco/usd_per_million_tokens"},
           {"capex", "/tco/capex_usd"},
           {"energy", "/annual/annual_energy_mwh"},
           {"water", "/annual/water_m3"},
           {"maxJunction", "/twin/coupled/max_junction_c"},
           {"maxInlet", "/thermal/max_inlet_c"}};
    const auto pointer = [&](const char *key) {
        return findFigure(figures, key)->pointer;
    };
    for (const auto &[key, expected] : named)
        QCOMPARE(pointer(key), std::string(expected));
    QVERIFY(pointer("losses").empty()); // the twin's result has no loss split
    int explainable = 0;
    for (const KeyFigure &f : figures)
        explainable += f.explainable ? 1 : 0;
    // 13, and ERE, reused heat, Scope 2, carbon and water per Mtok of the energy section.
    QCOMPARE(explainable, 18);
    // What the tiles and rows show is the JSON's number in the figure's format.
    const QStringList bad = m_panel->inconsistencies();
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join('\n')));
    // The walk sees a disagreement: a tile edited behind the dashboard's back.
    auto *tile = m_panel->headline()->findChild<QLabel *>("headline_pue");
    tile->setProperty("plainText", "9.999");
    QCOMPARE(m_panel->inconsistencies().size(), 1);
    m_panel->setResult(m_result);
}

void TestExplainPanel::consistencyWalkDesignPoint()
{
    // Without the twin the figures are the design point's, read at /power and /throughput.
    SolveOptions options;
    options.only = {"power", "thermal", "throughput"};
    const auto r = std::make_shared<SolveResult>(runSolve(m_doc->project(), *m_catalog, options));
    QVERIFY(!r->twin && r->power);
    m_panel->setResult(r);
    const std::vector<KeyFigure> &figures = m_panel->figures();
    walk(figures, *r);
    QCOMPARE(findFigure(figures, "pueOperating")->pointer, std::string("/power/pue"));
    QCOMPARE(findFigure(figures, "facility")->pointer, std::string("/power/facility_kw"));
    QCOMPARE(findFigure(figures, "losses")->pointer, std::string("/power/chain_loss_kw"));
    QCOMPARE(findFigure(figures, "tokensPerJoule")->pointer,
             std::string("/throughput/tokens_per_joule_facility"));
    QVERIFY(findFigure(figures, "facility")->valid() && findFigure(figures, "losses")->valid());
    const QStringList bad = m_panel->inconsistencies();
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join('\n')));
    m_panel->setResult(m_result);
}

ExplainPanel *TestExplainPanel::openFromTile(const QString &key)
{
    QWidget *tile = m_panel->headline()->tile(key);
    if (!tile)
        return nullptr;
    // A real mouse click on the tile (on its number, which lets the mouse through).
    QTest::mouseClick(tile, Qt::LeftButton, {}, tile->rect().center());
    ExplainPanel *p = m_panel->explainPanel();
    if (p && !QTest::qWaitForWindowExposed(p))
        return nullptr;
    return p;
}

QString TestExplainPanel::tableText(const QString &key) const
{
    const KeyFiguresTable *t = m_panel->figuresTable();
    for (int i = 0; i < t->rowCount(); ++i) {
        if (t->keyAt(i) == key)
            return t->item(i, 1)->text();
    }
    return {};
}

// Clicks the link with this href in the browser as a user would: scrolls it into view and
// presses the mouse on its text.
void TestExplainPanel::clickAnchor(QTextBrowser *browser, const QString &href)
{
    QTextDocument *doc = browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.charFormat().isAnchor() || f.charFormat().anchorHref() != href)
                continue;
            QTextCursor c(doc);
            c.setPosition(f.position() + f.length() / 2);
            browser->setTextCursor(c);
            browser->ensureCursorVisible();
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {},
                              browser->cursorRect(c).center());
            return;
        }
    }
    QFAIL(qPrintable("no link " + href));
}

void TestExplainPanel::clickHeadlineTileExplains()
{
    QVERIFY(m_panel->headline()->tile("pue")->toolTip().contains("Click to explain this number"));
    ExplainPanel *p = openFromTile("pue");
    QVERIFY(p && p->isVisible() && !p->isModal());
    QCOMPARE(p->pointer(), QStringLiteral("/annual/annual_pue"));
    // The panel leads with the very text the tile shows.
    QCOMPARE(p->valueText(), m_panel->headline()->valueText("pue"));
    QVERIFY(p->windowTitle().contains("PUE"));
    const explain::Explanation &e = p->explanation();
    QVERIFY(e.ok && !e.definition.empty() && !e.formula.empty() && !e.inputs.empty());
    const QString body = p->body()->toPlainText();
    QVERIFY(body.contains(QString::fromStdString(e.definition)));
    QVERIFY(body.contains(QString::fromStdString(e.inputs.front().name)));
    QVERIFY(body.contains("The Green Grid"));
}

void TestExplainPanel::inputLinkNavigatesAndBack()
{
    ExplainPanel *p = openFromTile("pue");
    QVERIFY(p);
    QVERIFY(!p->canGoBack());
    const QStringList links = p->inputLinks();
    QVERIFY2(links.contains("/annual/annual_energy_mwh"), qPrintable(links.join(", ")));
    clickAnchor(p->body(), "explain:/annual/annual_energy_mwh");
    QCOMPARE(p->pointer(), QStringLiteral("/annual/annual_energy_mwh"));
    QVERIFY(p->explanation().ok && p->canGoBack() && p->backButton()->isEnabled());
    QCOMPARE(p->body()->verticalScrollBar()->value(), 0); // a new figure starts at its top
    // The dashboard shows this figure too ("Annual energy"): the same text leads.
    QCOMPARE(p->valueText(), tableText("energy"));
    QTest::mouseClick(p->backButton(), Qt::LeftButton);
    QCOMPARE(p->pointer(), QStringLiteral("/annual/annual_pue"));
    QVERIFY(!p->canGoBack());
    // A sibling figure named in the definition is a link too: the design-point PUE.
    clickAnchor(p->body(), "explain:/power/pue");
    QCOMPARE(p->pointer(), QStringLiteral("/power/pue"));
    p->back();
}

void TestExplainPanel::entityLinkRequestsEntity()
{
    ExplainPanel *p = openFromTile("pue");
    QVERIFY(p);
    const QStringList entities = p->entityLinks();
    QVERIFY(!entities.isEmpty());
    QVERIFY(m_doc->project().find(entities.front().toStdString()));
    QSignalSpy spy(m_panel.get(), &DashboardPanel::entityRequested);
    clickAnchor(p->body(),
                "entity:" + QString::fromLatin1(QUrl::toPercentEncoding(entities.front())));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.front().front().toString(), entities.front());
    QCOMPARE(p->pointer(), QStringLiteral("/annual/annual_pue")); // an entity link stays put
}

void TestExplainPanel::clickTableRowExplains()
{
    KeyFiguresTable *t = m_panel->figuresTable();
    int row = -1;
    for (int i = 0; i < t->rowCount(); ++i)
        row = t->keyAt(i) == "capex" ? i : row;
    QVERIFY(row >= 0);
    QVERIFY(t->item(row, 1)->toolTip().contains("Click to explain this number"));
    t->scrollToItem(t->item(row, 1));
    QTest::mouseClick(t->viewport(), Qt::LeftButton, {},
                      t->visualItemRect(t->item(row, 1)).center());
    ExplainPanel *p = m_panel->explainPanel();
    QVERIFY(p);
    QCOMPARE(p->pointer(), QStringLiteral("/tco/capex_usd"));
    QCOMPARE(p->valueText(), tableText("capex"));
    QVERIFY(p->explanation().inputs.size() >= 6); // the capex categories
    // A row without an explainer (throttled racks) opens nothing.
    for (int i = 0; i < t->rowCount(); ++i)
        row = t->keyAt(i) == "throttledRacks" ? i : row;
    QVERIFY(!m_panel->explainFigure("throttledRacks"));
    QVERIFY(t->item(row, 1)->toolTip().isEmpty());
}

void TestExplainPanel::enterOnFocusedTileExplains()
{
    m_panel->explainPanel()->hide();
    QWidget *tile = m_panel->headline()->tile("facility");
    m_panel->activateWindow();
    tile->setFocus();
    QTest::keyClick(tile, Qt::Key_Return);
    ExplainPanel *p = m_panel->explainPanel();
    QVERIFY(p->isVisible());
    QCOMPARE(p->pointer(), QStringLiteral("/twin/coupled/facility_kw"));
    // "7.56 MW" leads; the result's kW follow in the note.
    QCOMPARE(p->valueText(), m_panel->headline()->valueText("facility") + " MW");
    QVERIFY(p->findChild<QLabel *>("explainNote")->text().contains(" kW"));
}

void TestExplainPanel::temperaturesFollowUnitSystem()
{
    units::setCurrentSystem(UnitSystem::US);
    m_panel->setResult(m_result); // the figures are made in the current unit system
    QVERIFY(m_panel->explainFigure("maxJunction"));
    ExplainPanel *p = m_panel->explainPanel();
    const double c = m_result->json["twin"]["coupled"]["max_junction_c"].get<double>();
    QVERIFY2(p->valueText().endsWith("°F"), qPrintable(p->valueText()));
    QVERIFY(std::abs(p->valueText().split(' ').front().toDouble() - (c * 1.8 + 32)) < 0.051);
    // The SI value is said too, and the inputs' temperatures are converted with theirs beside.
    QVERIFY2(p->findChild<QLabel *>("explainNote")->text().contains("°C"),
             qPrintable(p->findChild<QLabel *>("explainNote")->text()));
    QVERIFY(p->body()->toPlainText().contains("°F"));
    QCOMPARE(explainValueText(20.0, "°C", UnitSystem::US), QStringLiteral("68.0 °F (20 °C)"));
    QCOMPARE(explainValueText(1.1225, "ratio", UnitSystem::US), QStringLiteral("1.1225"));
    units::setCurrentSystem(UnitSystem::SI);
    m_panel->setResult(m_result);
    QCOMPARE(p->valueText(), tableText("maxJunction"));
    QVERIFY(p->valueText().endsWith("°C"));
}

void TestExplainPanel::staleMarksPanel()
{
    QVERIFY(m_panel->explainFigure("usdPerMtok"));
    const QLabel *note = m_panel->explainPanel()->findChild<QLabel *>("explainNote");
    m_panel->setStale(true);
    QVERIFY(note->text().startsWith("Stale"));
    m_panel->setResult(m_result); // the next solve lands
    QVERIFY(!note->text().contains("Stale"));
    QCOMPARE(m_panel->explainPanel()->pointer(), QStringLiteral("/tco/usd_per_million_tokens"));
}

void TestExplainPanel::everyExplainedFigureRenders()
{
    ExplainPanel panel(m_catalog.get());
    panel.setResult(m_result, m_doc->project());
    int n = 0;
    for (const std::string &pointer : explain::explainedPointers(m_result->json)) {
        const QString p = QString::fromStdString(pointer);
        QVERIFY2(panel.showFigure(p), qPrintable(p));
        QVERIFY2(!panel.body()->toPlainText().isEmpty() && panel.valueText() != "—", qPrintable(p));
        for (const QString &link : panel.inputLinks())
            QVERIFY2(link != p, qPrintable(p)); // never a link to itself
        ++n;
    }
    QVERIFY(n > 40);
    QVERIFY(!panel.showFigure("/no/such/figure"));
    QVERIFY(panel.body()->toPlainText().contains("not an explained figure"));
}

void TestExplainPanel::screenshot()
{
    ExplainPanel *p = openFromTile("pue");
    QVERIFY(p);
    clickAnchor(p->body(), "explain:/annual/annual_energy_mwh");
    QTest::qWait(50);
    QDir().mkpath(QDir::currentPath() + "/screenshots");
    QVERIFY(p->grab().save(QDir::currentPath() + "/screenshots/explain-panel.png"));
    m_panel->explainFigure("tokensPerS");
    QTest::qWait(50);
    QVERIFY(p->grab().save(QDir::currentPath() + "/screenshots/explain-panel-tokens.png"));
    units::setCurrentSystem(UnitSystem::US);
    m_panel->setResult(m_result);
    m_panel->explainFigure("maxJunction");
    QTest::qWait(50);
    QVERIFY(p->grab().save(QDir::currentPath() + "/screenshots/explain-panel-junction-us.png"));
    units::setCurrentSystem(UnitSystem::SI);
    m_panel->setResult(m_result);
    QVERIFY(m_panel->explainFigure("pue"));
    QTest::qWait(50);
    QVERIFY(p->grab().save(QDir::currentPath() + "/screenshots/explain-panel-annual-pue.png"));
}

QTEST_MAIN(TestExplainPanel)
#include "tst_explainpanel.moc"
