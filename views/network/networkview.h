#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace aif {

class Catalog;
class Document;
class FabricPlanner;
class LengthHistogramChart;
class LinkFailuresTable;
class TopologyDiagram;
struct FabricPlan;

// The Network tab (issue 18): the fabric the planner (network::planProjectFabric) builds from
// the design, kept in step with every edit. A headline with the totals; the topology of one
// scale-out domain (chosen above it); the cable-length histogram by medium; power and cost by
// medium with the switches; pluggable, LPO and CPO optics side by side; and the planner's
// warnings with the view's own checks (ports exhausted, oversubscription above target); and the
// design's own links, to trip and restore as what-ifs (issue 22).
class NetworkView : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkView(QWidget *parent = nullptr);
    NetworkView(Document *document, const Catalog *catalog, QWidget *parent = nullptr);

    // Plans the document now and again after each burst of edits; nullptr shows nothing.
    void setDocument(Document *document, const Catalog *catalog);

    std::shared_ptr<const FabricPlan> plan() const { return m_plan; }
    FabricPlanner *planner() const { return m_planner; }
    TopologyDiagram *topology() const { return m_topology; }
    LengthHistogramChart *histogram() const { return m_histogram; }
    QTableWidget *mediaTable() const { return m_media; }
    QTableWidget *opticsTable() const { return m_optics; }
    QListWidget *findingsList() const { return m_findings; }
    LinkFailuresTable *linkFailures() const { return m_links; }
    QComboBox *domainBox() const { return m_domainBox; }
    QString headlineText() const;

signals:
    void planShown(); // the view shows a new plan (tests wait for it)

private:
    void build();
    void showPlan(std::shared_ptr<const FabricPlan> plan);
    void fillHeadline();
    void fillMedia();
    void fillOptics();
    void fillFindings();

    FabricPlanner *m_planner;
    std::shared_ptr<const FabricPlan> m_plan;
    QLabel *m_headline = nullptr;
    QComboBox *m_domainBox = nullptr;
    TopologyDiagram *m_topology = nullptr;
    LengthHistogramChart *m_histogram = nullptr;
    QTableWidget *m_media = nullptr;
    QTableWidget *m_optics = nullptr;
    QLabel *m_opticsNote = nullptr;
    QListWidget *m_findings = nullptr;
    LinkFailuresTable *m_links = nullptr;
};

} // namespace aif
