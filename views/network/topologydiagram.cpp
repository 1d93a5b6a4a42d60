#include "topologydiagram.h"

#include "fabricplan.h"
#include "mediumstyle.h"
#include "networkformat.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace aif {

namespace {

constexpr int kMaxBoxes = 48; // per layer: more would be slivers at 1600 px

QString num(long long v)
{
    return networkFormat::count(v);
}

QColor layerColor(const QString &key)
{
    if (key == "core")
        return QColor(110, 80, 160);
    if (key == "spine")
        return QColor(40, 105, 170);
    if (key == "leaf")
        return QColor(60, 150, 205);
    return QColor(85, 160, 85); // scalable units of GPU systems
}

// The group a drawn box belongs to (its SU or pod); one group when the layer is cut short.
int groupOf(const TopologyDiagram::Layer &l, int box)
{
    if (l.groups <= 1 || l.count > kMaxBoxes)
        return 0;
    return int(box / (l.count / l.groups));
}

// Whether the planner cables a box of the upper layer to one of the layer below: leaves to the
// spines of their pod, an SU's systems to that SU's leaves, everything else all to all.
bool related(const TopologyDiagram::Layer &up, int gu, const TopologyDiagram::Layer &low, int gl)
{
    const int nu = up.count > kMaxBoxes ? 1 : up.groups,
              nl = low.count > kMaxBoxes ? 1 : low.groups;
    if (nu <= 1 || nl <= 1)
        return true;
    return nl >= nu ? gl * nu / nl == gu : gu * nl / nu == gl;
}

} // namespace

TopologyDiagram::TopologyDiagram(QWidget *parent)
    : QWidget(parent)
{
    setObjectName("networkTopology");
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void TopologyDiagram::setDomain(std::shared_ptr<const FabricPlan> plan, int domain)
{
    m_plan = std::move(plan);
    m_domain = domain;
    build();
    update();
}

void TopologyDiagram::build()
{
    m_layers.clear();
    m_edges.clear();
    m_scaleUp.clear();
    m_scaleAcross.clear();
    m_header.clear();
    m_subHeader.clear();
    if (!m_plan || m_domain < 0 || m_domain >= int(m_plan->fabric.domains.size()))
        return;
    const network::DomainFabric &d = m_plan->fabric.domains[size_t(m_domain)];
    const fabricFigures::DomainSummary &s = m_plan->domains[size_t(m_domain)];
    const network::FatTreeResult &t = d.tree;
    m_header
        = tr("%1 — %2").arg(QString::fromStdString(s.name), QString::fromStdString(d.technology));
    const int gpusPerNode = t.systems > 0 ? d.gpus / t.systems : 0;
    m_subHeader = tr("%1 GPUs in %2 racks, %3 nodes of %4 GPUs · %5 tiers of %6 (radix %7 at %8G) "
                     "· leaf %9 down / %10 up · "
                     "bisection %11 Tb/s · up to %12 hops, %13 ns")
                      .arg(num(d.gpus), num(s.gpuRacks), num(t.systems))
                      .arg(gpusPerNode)
                      .arg(t.tiers)
                      .arg(QString::fromStdString(t.switchName))
                      .arg(t.radix)
                      .arg(t.linkGbps)
                      .arg(t.downPerLeaf)
                      .arg(t.upPerLeaf)
                      .arg(num(std::llround(t.bisectionTbps)))
                      .arg(t.hopsMax)
                      .arg(t.latencyNs, 0, 'f', 0);
    // Leaves stand over their SU when every SU has the same number (rail-optimised trees do).
    const int sus = t.scalableUnits;
    const bool bySu = sus > 1 && t.leaves % sus == 0 && t.leaves <= kMaxBoxes && sus <= kMaxBoxes;
    if (t.cores > 0)
        m_layers.push_back({"core", tr("Core"), tr("%1 switches").arg(num(t.cores)), t.cores, 1});
    const int pods = t.tiers == 3 && t.pods > 1 && t.spines % t.pods == 0 ? int(t.pods) : 1;
    m_layers.push_back({"spine", tr("Spine"),
                        pods > 1 ? tr("%1 switches in %2 pods").arg(num(t.spines)).arg(pods)
                                 : tr("%1 switches").arg(num(t.spines)),
                        t.spines, pods});
    m_layers.push_back({"leaf", tr("Leaf"),
                        tr("%1 switches, %2 rails").arg(num(t.leaves)).arg(t.rails), t.leaves,
                        bySu ? sus : 1});
    m_layers.push_back({"su", tr("Scalable units"), tr("%1 × %2 nodes").arg(sus).arg(t.suSystems),
                        sus, bySu ? sus : 1});
    for (size_t i = 0; i + 1 < m_layers.size(); ++i) {
        Edge e;
        const QString upper = m_layers[i].key;
        e.tier = upper == "core" ? "spine_core" : upper == "spine" ? "leaf_spine" : "node_leaf";
        e.cables = e.tier == "spine_core" ? t.cablesSpineCore
            : e.tier == "leaf_spine"      ? t.cablesLeafSpine
                                          : t.cablesNodeLeaf;
        e.text = tr("%1 cables × %2G ports").arg(num(e.cables)).arg(t.physicalGbps);
        if (t.splitFactor > 1)
            e.text += tr(" (each %1 × %2G links)").arg(t.splitFactor).arg(t.linkGbps);
        const auto it = s.cablesByTierMedium.find(e.tier.toStdString());
        if (it != s.cablesByTierMedium.end())
            e.media.assign(it->second.begin(), it->second.end());
        std::sort(e.media.begin(), e.media.end(), [](const auto &a, const auto &b) {
            return mediumStyle::rank(a.first) < mediumStyle::rank(b.first);
        });
        m_edges.push_back(e);
    }
    for (const auto &[index, racks] : s.scaleUp) {
        const network::ScaleUpResult &su = m_plan->fabric.scaleUp[size_t(index)];
        m_scaleUp << tr("%1 × %2: %3 switch trays (%4 switch chips) each, %5 TB/s per GPU, %6 TB/s "
                        "per domain, %7 kW each")
                         .arg(QString::fromStdString(su.name), num(racks))
                         .arg(su.switchTrays)
                         .arg(su.switchChips)
                         .arg(su.perGpuTBps, 0, 'f', 1)
                         .arg(su.aggregateTBps, 0, 'f', 1)
                         .arg(su.powerW / 1000.0, 0, 'f', 1);
    }
    if (m_scaleUp.isEmpty())
        m_scaleUp << tr("No scale-up domain in the catalog for these systems: GPUs of a node talk "
                        "over the node's own links");
    // Scale-across: this domain's DCI links to the other domains its deployments span.
    for (const network::DciLink &l : m_plan->fabric.dci) {
        const bool a = l.domainA == d.domainId;
        if (!a && l.domainB != d.domainId)
            continue;
        const std::string &peer = a ? l.domainB : l.domainA;
        QString peerName = QString::fromStdString(peer);
        for (size_t i = 0; i < m_plan->fabric.domains.size(); ++i)
            if (m_plan->fabric.domains[i].domainId == peer && i < m_plan->domains.size())
                peerName = QString::fromStdString(m_plan->domains[i].name);
        m_scaleAcross << tr("to %1: %2 × %3G %4 over %5 m, %6 Tb/s (%7 Gb/s per GPU), %8 transceivers, "
                            "%9 fibre pairs, %10 kW, %11 µs")
                             .arg(peerName, num(l.plan.wavelengths))
                             .arg(l.plan.speedGbps)
                             .arg(mediumStyle::label(l.plan.medium))
                             .arg(l.routeM, 0, 'f', 0)
                             .arg(l.plan.wavelengths * l.plan.speedGbps / 1000.0, 0, 'f', 1)
                             .arg(l.perGpuGbps, 0, 'f', 1)
                             .arg(num(l.plan.transceivers), num(l.plan.fibrePairs))
                             .arg(l.plan.powerW / 1000.0, 0, 'f', 1)
                             .arg(l.plan.latencyMs * 1000.0, 0, 'f', 1);
    }
}

std::vector<QRectF> TopologyDiagram::boxes(const Layer &l, double x0, double x1, double y,
                                           double h) const
{
    std::vector<QRectF> out;
    const int drawn = int(std::min<long long>(l.count, kMaxBoxes));
    if (drawn <= 0)
        return out;
    // A layer cut short ends in a box wide enough to say how many more it stands for.
    if (l.count > kMaxBoxes) {
        const double tailW
            = QFontMetricsF(font()).horizontalAdvance(tr("+%1").arg(num(l.count))) + 10;
        Layer head = l;
        head.count = kMaxBoxes - 1;
        head.groups = 1;
        out = boxes(head, x0, x1 - tailW - 5, y, h);
        out.emplace_back(x1 - tailW, y, tailW, h);
        return out;
    }
    const int groups = std::max(1, l.groups);
    const int perGroup = (drawn + groups - 1) / groups;
    const double width = x1 - x0;
    const double groupGap = groups > 1 ? std::min(16.0, 0.2 * width / (groups - 1)) : 0;
    const double groupW = (width - groupGap * (groups - 1)) / groups;
    const double boxGap = perGroup > 1 ? std::min(5.0, 0.25 * groupW / (perGroup - 1)) : 0;
    // A switch box wider than 70 px says nothing more; an SU spans its leaves.
    const double boxW
        = std::min(l.key == "su" ? groupW : 70.0, (groupW - boxGap * (perGroup - 1)) / perGroup);
    for (int g = 0; g < groups; ++g) {
        const int n = std::min(perGroup, drawn - g * perGroup);
        const double used = n * boxW + (n - 1) * boxGap;
        const double left = x0 + g * (groupW + groupGap) + (groupW - used) / 2;
        for (int i = 0; i < n; ++i)
            out.emplace_back(left + i * (boxW + boxGap), y, boxW, h);
    }
    return out;
}

void TopologyDiagram::paintEdgeLabel(QPainter &p, const Edge &e, const QPointF &centre) const
{
    const QFontMetricsF fm(p.font());
    QStringList chips;
    double chipsW = 0;
    for (const auto &[medium, n] : e.media) {
        chips << QString::fromStdString(medium).toUpper() + " " + num(n);
        chipsW += 14 + fm.horizontalAdvance(chips.back()) + 12;
    }
    const double w = std::max(fm.horizontalAdvance(e.text), chipsW) + 20;
    const double h = (chips.isEmpty() ? 1 : 2) * fm.lineSpacing() + 10;
    const QRectF box(centre.x() - w / 2, centre.y() - h / 2, w, h);
    p.setPen(QPen(QColor(170, 170, 170), 1));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(box, 4, 4);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(box.left(), box.top() + 4, w, fm.lineSpacing()), Qt::AlignCenter, e.text);
    double x = centre.x() - chipsW / 2;
    const double y = box.top() + 5 + fm.lineSpacing();
    for (int i = 0; i < chips.size(); ++i) {
        p.fillRect(QRectF(x, y + (fm.lineSpacing() - 10) / 2, 10, 10),
                   mediumStyle::color(e.media[size_t(i)].first));
        p.drawText(QRectF(x + 14, y, fm.horizontalAdvance(chips[i]) + 2, fm.lineSpacing()),
                   Qt::AlignLeft | Qt::AlignVCenter, chips[i]);
        x += 14 + fm.horizontalAdvance(chips[i]) + 12;
    }
}

void TopologyDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_layers.empty()) {
        p.drawText(rect(), Qt::AlignCenter,
                   m_plan ? tr("No scale-out domain in this design") : tr("Planning the fabric…"));
        return;
    }
    const QRectF area = QRectF(rect()).adjusted(14, 10, -14, -10);
    const QFont base = font();
    QFont bold = base;
    bold.setBold(true);
    p.setFont(bold);
    const QFontMetricsF fb(bold);
    p.drawText(QRectF(area.left(), area.top(), area.width(), fb.lineSpacing()), Qt::AlignLeft,
               fb.elidedText(m_header, Qt::ElideRight, area.width()));
    p.setFont(base);
    const QFontMetricsF fm(base);
    const QRectF sub
        = p.boundingRect(QRectF(area.left(), area.top() + fb.lineSpacing() + 2, area.width(), 200),
                         Qt::TextWordWrap, m_subHeader);
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(sub, Qt::TextWordWrap, m_subHeader);
    p.setPen(palette().color(QPalette::Text));

    // Scale-up lines wrap (a campus names long catalog entries) rather than lose their figures.
    const double titleW = 150, textW = area.width() - titleW;
    std::vector<QRectF> upRects;
    double footerH = 10;
    // The footer: scale-up lines, then scale-across (DCI) lines, each behind its tag.
    std::vector<std::pair<bool, QString>> footer; // across?, text
    for (const QString &line : m_scaleUp)
        footer.emplace_back(false, line);
    for (const QString &line : m_scaleAcross)
        footer.emplace_back(true, line);
    for (const auto &[across, line] : footer) {
        upRects.push_back(p.boundingRect(QRectF(0, 0, textW, 400), Qt::TextWordWrap, line));
        footerH += std::max(upRects.back().height(), fm.lineSpacing() + 2) + 6;
    }
    const double top = sub.bottom() + 14, bottom = area.bottom() - footerH;
    const double x0 = area.left() + titleW, x1 = area.right();
    const int n = int(m_layers.size());
    const double layerH = std::clamp((bottom - top) / (n + (n - 1) * 1.6), 22.0, 44.0);
    const double gap = n > 1 ? (bottom - top - n * layerH) / (n - 1) : 0;
    std::vector<std::vector<QRectF>> rects;
    for (int i = 0; i < n; ++i)
        rects.push_back(boxes(m_layers[size_t(i)], x0, x1, top + i * (layerH + gap), layerH));

    // Links first, under the boxes; fainter the more there are, so a mesh reads as a mesh.
    for (int i = 0; i + 1 < n; ++i) {
        const Layer &up = m_layers[size_t(i)], &low = m_layers[size_t(i + 1)];
        const double lines = double(rects[size_t(i)].size()) * rects[size_t(i + 1)].size();
        p.setPen(QPen(
            QColor(90, 100, 120, int(std::clamp(4000.0 / std::max(1.0, lines), 30.0, 170.0))), 1));
        for (int a = 0; a < int(rects[size_t(i)].size()); ++a)
            for (int b = 0; b < int(rects[size_t(i + 1)].size()); ++b)
                if (related(up, groupOf(up, a), low, groupOf(low, b)))
                    p.drawLine(QPointF(rects[size_t(i)][size_t(a)].center().x(),
                                       rects[size_t(i)][size_t(a)].bottom()),
                               QPointF(rects[size_t(i + 1)][size_t(b)].center().x(),
                                       rects[size_t(i + 1)][size_t(b)].top()));
    }
    for (int i = 0; i < n; ++i) {
        const Layer &l = m_layers[size_t(i)];
        const QColor c = layerColor(l.key);
        p.setPen(QPen(c.darker(140), 1));
        p.setBrush(c.lighter(l.key == "su" ? 150 : 125));
        const std::vector<QRectF> &r = rects[size_t(i)];
        for (int b = 0; b < int(r.size()); ++b) {
            p.drawRoundedRect(r[size_t(b)], 3, 3);
            QString text;
            if (l.count > kMaxBoxes && b + 1 == int(r.size()))
                text = tr("+%1").arg(
                    num(l.count - kMaxBoxes + 1)); // the tail box, itself one of them
            else if (l.key == "su")
                text = r[size_t(b)].width() > fm.horizontalAdvance("SU 88") + 6
                    ? tr("SU %1").arg(b + 1)
                    : QString::number(b + 1);
            if (!text.isEmpty() && fm.horizontalAdvance(text) < r[size_t(b)].width() + 2)
                p.drawText(r[size_t(b)], Qt::AlignCenter, text);
        }
        const double y = top + i * (layerH + gap);
        p.setFont(bold);
        p.drawText(QRectF(area.left(), y - 2, titleW - 10, fb.lineSpacing()), Qt::AlignLeft,
                   l.title);
        p.setFont(base);
        p.drawText(QRectF(area.left(), y + fb.lineSpacing() - 2, titleW - 10, 2 * fm.lineSpacing()),
                   Qt::AlignLeft | Qt::TextWordWrap, l.detail);
    }
    for (int i = 0; i + 1 < n; ++i)
        paintEdgeLabel(p, m_edges[size_t(i)],
                       QPointF((x0 + x1) / 2, top + i * (layerH + gap) + layerH + gap / 2));

    double y = bottom + 10;
    for (size_t i = 0; i < footer.size(); ++i) {
        const QRectF tag(area.left(), y, titleW - 14, fm.lineSpacing() + 2);
        p.setPen(Qt::NoPen);
        p.setBrush(footer[i].first ? QColor(250, 228, 214) : QColor(235, 225, 245));
        p.drawRoundedRect(tag, 3, 3);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(tag, Qt::AlignCenter, footer[i].first ? tr("Scale-across") : tr("Scale-up"));
        p.drawText(QRectF(x0, y + 1, textW, upRects[i].height()), Qt::TextWordWrap,
                   footer[i].second);
        y += std::max(upRects[i].height(), fm.lineSpacing() + 2) + 6;
    }
}

} // namespace aif
