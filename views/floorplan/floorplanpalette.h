#pragma once

#include "entitykind.h"
#include "json.h"

#include <QListWidget>
#include <QPointF>

namespace aif {

class Catalog;
class Document;

// The equipment palette: racks of each catalog system (a multi-rack supernode as one unit),
// empty racks, air units and CDUs from "cooling", floor-standing power equipment. Dragging an entry onto the FloorPlanView places it
// (mime application/x-aifactory-catalog = "category/id").
class FloorPlanPalette : public QListWidget
{
    Q_OBJECT

public:
    explicit FloorPlanPalette(const Catalog *catalog, QWidget *parent = nullptr);

    static QString mimeType() { return QStringLiteral("application/x-aifactory-catalog"); }

    // The entity a catalog entry places, with its rated values copied from the entry (the
    // instance keeps them even if the catalog changes later). False for entries that are not
    // placeable on the plan.
    static bool entityFor(const Catalog *catalog, const QString &key, EntityKind *kind, Json *entity);
    // Places the entry at a hall position as one undo step; returns the new ids (a supernode
    // places its row and all its racks; empty on failure).
    static QStringList place(Document *document, const Catalog *catalog, const QString &key, const std::string &hallId,
                             const QPointF &hallPos);
    static QStringList placeSupernode(Document *document, const Catalog *catalog, const std::string &system,
                                      const std::string &hallId, const QPointF &firstCentre);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
};

} // namespace aif
