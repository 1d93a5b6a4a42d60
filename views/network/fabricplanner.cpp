#include "fabricplanner.h"

#include "document.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

namespace aif {

FabricPlanner::FabricPlanner(QObject *parent)
    : QObject(parent)
    , m_debounce(new QTimer(this))
{
    qRegisterMetaType<std::shared_ptr<const aif::FabricPlan>>();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(100); // a burst of edits (a row moved rack by rack) plans once
    connect(m_debounce, &QTimer::timeout, this, &FabricPlanner::replan);
}

FabricPlanner::~FabricPlanner()
{
    // The worker reads the catalog, which may go right after this object (a test, the studio's
    // end).
    if (m_watcher)
        m_watcher->waitForFinished();
}

void FabricPlanner::setDocument(Document *document, const Catalog *catalog)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_catalog = catalog;
    m_plan.reset();
    if (m_document)
        connect(m_document, &Document::changed, this, &FabricPlanner::onDocumentChanged);
    replan();
}

void FabricPlanner::onDocumentChanged(const ChangeEvent &event)
{
    m_debounce->start(event.type == ChangeEvent::Type::Reset ? 0 : 100);
}

void FabricPlanner::replan()
{
    m_debounce->stop();
    if (!m_document || !m_catalog)
        return;
    if (m_watcher) {
        m_again = true;
        return;
    }
    const Project snapshot = m_document->project();
    const Catalog *catalog = m_catalog;
    const quint64 revision = m_document->revision();
    m_watcher = new QFutureWatcher<FabricPlan>(this);
    connect(m_watcher, &QFutureWatcher<FabricPlan>::finished, this, &FabricPlanner::finished);
    m_watcher->setFuture(QtConcurrent::run([snapshot, catalog, revision] {
        // An exception would come back out of result() on the GUI thread and end the studio.
        try {
            return makeFabricPlan(snapshot, *catalog, revision);
        } catch (const std::exception &e) {
            FabricPlan failed;
            failed.revision = revision;
            failed.findings.push_back({fabricFigures::Finding::Severity::Error,
                                       {},
                                       std::string("the fabric planner stopped: ") + e.what()});
            return failed;
        }
    }));
}

void FabricPlanner::finished()
{
    auto plan = std::make_shared<const FabricPlan>(m_watcher->result());
    m_watcher->deleteLater();
    m_watcher = nullptr;
    if (m_again || !m_document || plan->revision != m_document->revision()) {
        m_again = false;
        replan();
        return;
    }
    m_plan = plan;
    emit planned(m_plan);
}

} // namespace aif
