#pragma once

#include "changeevent.h"
#include "diagnostic.h"
#include "floorplanlegend.h"
#include "units.h"

#include "whatifmarks.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QStringList>

class QTimer;

namespace aif {

class CableOverlayItem;
class Catalog;
class Document;
class FloorPlanConnectionsItem;
class FloorPlanHallItem;
class FloorPlanItem;
struct Hall;
struct Project;

// The plan of every hall on the campus as graphics items, kept in step with the Document
// through its ChangeEvents. Scene units are metres with y flipped (north up). The scene only
// reads the document; edits are made by the view and the tools through the Document API.
class FloorPlanScene : public QGraphicsScene
{
    Q_OBJECT

public:
    FloorPlanScene(Document *document, const Catalog *catalog, QObject *parent = nullptr);

    Document *document() const { return m_document; }
    const Catalog *catalog() const { return m_catalog; }

    FloorPlanItem *item(const QString &id) const { return m_items.value(id); }
    const QHash<QString, FloorPlanItem *> &entityItems() const { return m_items; }
    int hallItemCount() const { return int(m_halls.size()); }
    FloorPlanConnectionsItem *connections() const { return m_connections; }

    // The hall under a scene point (nullptr outside every hall), and an entity's hall.
    const Hall *hallAt(const QPointF &scenePos) const;
    const Hall *hallOf(const QString &id) const;
    // An entity's position in its hall's coordinates (xM, yM).
    bool hallPosition(const QString &id, QPointF *pos) const;
    // Puts an item at a hall position without touching the document (live drag feedback).
    void previewPosition(const QString &id, const QPointF &hallPos);
    // Puts every item back where the document says (after a cancelled drag).
    void resetPositions();
    // Bounding rectangle of all halls (fit-to-view).
    QRectF plansRect() const;

    void setHighlighted(const QStringList &ids);
    // What-if marks of the scenario the studio solves (an N−1 case shown, a what-if), from
    // whatIfMarks() of the design with the scenario applied: they take the place of the design's
    // own marks (a `failed` flag, failed pumps or modules), though the design is unchanged.
    void setScenarioMarks(const QHash<QString, WhatIfMark> &marks);
    void clearScenarioMarks();   // no scenario: the design's own marks
    void setShowConnections(bool show);
    bool showConnections() const;
    // The network fabric's cable routes (network/cableoverlayitem.h); it plans the document itself.
    void setShowCables(bool show);
    bool showCables() const { return m_cables != nullptr; }
    CableOverlayItem *cableOverlay() const { return m_cables; }

    // --- Result overlays (solver output drawn on the racks) -------------------------------
    void setOverlay(const QString &metric, Quantity quantity, const QHash<QString, double> &rackValues,
                    double min, double max);
    void clearOverlay();
    void setBadges(const QHash<QString, QStringList> &badgesByRack);
    void setOverlayStale(bool stale);
    const FloorPlanLegend &legend() const { return m_legend; }

    // --- Layout checks (red outlines) -------------------------------------------------------
    const Diagnostics &layoutIssues() const { return m_issues; }
    void recheck();   // runs checkLayout now (it also runs 150 ms after a burst of edits)

    void rebuild();

signals:
    void overlayChanged();
    void layoutChecked(const aif::Diagnostics &issues);

private:
    void onDocumentChanged(const ChangeEvent &event);
    void sync();
    void refreshMarks();   // m_marks from the design (or the scenario) onto every item
    void updateItems(const std::vector<std::string> &ids);
    bool updateItem(const Project &project, const std::string &id);
    void updateHalls();
    void rebuildConnections();
    void applyOverlay(FloorPlanItem *item) const;

    Document *m_document;
    const Catalog *m_catalog;
    QHash<QString, FloorPlanItem *> m_items;
    QHash<QString, FloorPlanHallItem *> m_halls;
    FloorPlanConnectionsItem *m_connections = nullptr;
    CableOverlayItem *m_cables = nullptr;
    QSet<QString> m_highlighted;
    QHash<QString, double> m_overlayValues;
    QHash<QString, QStringList> m_badges;
    FloorPlanLegend m_legend;
    Diagnostics m_issues;
    QSet<QString> m_issueIds;
    QHash<QString, WhatIfMark> m_scenarioMarks;
    bool m_hasScenarioMarks = false;
    QHash<QString, WhatIfMark> m_marks;   // what each item shows: the scenario's, else the design's
    QTimer *m_checkTimer;
};

} // namespace aif
