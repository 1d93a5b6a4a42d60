#pragma once

#include <QWidget>

#include <memory>
#include <vector>

namespace aif {

struct FabricPlan;

// One scale-out domain as a layered diagram, top to bottom: core, spine and leaf switches, the
// scalable units of GPU systems, a line per scale-up domain type below and one per scale-across
// (DCI) link to another domain. Each box is a
// switch (or an SU); leaves stand over their SU (rail-optimised: one leaf per rail per SU), and
// lines join what the planner cables together. The gap between two layers names the cables,
// their port and link rates and the media they use. Up to 48 boxes per layer; beyond, the last
// box stands for the rest ("+ N").
class TopologyDiagram : public QWidget
{
    Q_OBJECT

public:
    struct Layer
    {
        QString key; // core, spine, leaf, su
        QString title, detail;
        long long count = 0; // switches (or scalable units)
        int groups = 1; // pods (spines), SUs (leaves, SUs)
    };
    struct Edge
    {
        QString tier; // the planner's tier: spine_core, leaf_spine, node_leaf
        QString text;
        long long cables = 0;
        std::vector<std::pair<std::string, long long>> media;
    };

    explicit TopologyDiagram(QWidget *parent = nullptr);

    void setDomain(std::shared_ptr<const FabricPlan> plan, int domain);
    int domain() const { return m_domain; }
    const std::vector<Layer> &layers() const { return m_layers; } // top (core) to bottom (SUs)
    const std::vector<Edge> &edges() const { return m_edges; } // edges[i] joins layers i and i+1
    QString headerText() const { return m_header; }
    QStringList scaleUpLines() const { return m_scaleUp; }
    QStringList scaleAcrossLines() const { return m_scaleAcross; } // DCI links of this domain

    QSize minimumSizeHint() const override { return {560, 420}; }
    QSize sizeHint() const override { return {900, 640}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void build();
    std::vector<QRectF> boxes(const Layer &layer, double x0, double x1, double y, double h) const;
    void paintEdgeLabel(QPainter &p, const Edge &e, const QPointF &centre) const;

    std::shared_ptr<const FabricPlan> m_plan;
    int m_domain = -1;
    std::vector<Layer> m_layers;
    std::vector<Edge> m_edges;
    QString m_header, m_subHeader;
    QStringList m_scaleUp;
    QStringList m_scaleAcross;
};

} // namespace aif
