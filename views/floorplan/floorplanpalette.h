#pragma once

#include "entitykind.h"
#include "json.h"

#include <QListWidget>
#include <QPointF>

namespace aif {

class Catalog;
class Document;

// The equipment palette: racks of each catalog system, air units and CDUs from "cooling",
// PDUs, busways and UPSs from "power". Dragging an entry onto the FloorPlanView places it
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
    // Places the entry at a hall position as one undo step; returns the new id (empty on failure).
    static QString place(Document *document, const Catalog *catalog, const QString &key, const std::string &hallId,
                         const QPointF &hallPos);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
};

} // namespace aif
