#pragma once

#include "fabricplan.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;
template<typename T> class QFutureWatcher;

namespace aif {

class Catalog;
class Document;
struct ChangeEvent;

// Plans the document's fabric again after each burst of edits, on a worker thread with a
// snapshot of the project (the 100 MW campus takes tens of ms with the figures; a drag must not
// stutter). One plan at a time: edits during a plan ask for one more when it ends, and a plan
// for an older revision is dropped.
class FabricPlanner : public QObject
{
    Q_OBJECT

public:
    explicit FabricPlanner(QObject *parent = nullptr);
    ~FabricPlanner() override;

    void setDocument(Document *document, const Catalog *catalog);
    bool hasDocument() const { return !m_document.isNull(); }
    std::shared_ptr<const FabricPlan> plan() const { return m_plan; }
    bool isPlanning() const { return m_watcher != nullptr; }
    // Plans now (edits call it 100 ms after the last one).
    void replan();

signals:
    void planned(std::shared_ptr<const aif::FabricPlan> plan);

private:
    void onDocumentChanged(const ChangeEvent &event);
    void finished();

    QPointer<Document> m_document;
    const Catalog *m_catalog = nullptr;
    QTimer *m_debounce;
    QFutureWatcher<FabricPlan> *m_watcher = nullptr;
    bool m_again = false;
    std::shared_ptr<const FabricPlan> m_plan;
};

} // namespace aif
