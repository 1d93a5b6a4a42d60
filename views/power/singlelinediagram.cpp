#include "singlelinediagram.h"

#include "../selectionmodel.h"
#include "document.h"
#include "power/powersolver.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QWheelEvent>

#include <functional>

namespace aif {

namespace {
constexpr double kBoxW = 168, kBoxH = 58, kGapX = 18, kGapY = 46;
constexpr int kIdRole = 1;

QString kw(double w)
{
    return w >= 1e6 ? QStringLiteral("%1 MW").arg(w / 1e6, 0, 'f', 2) : QStringLiteral("%1 kW").arg(w / 1e3, 0, 'f', 1);
}
} // namespace

SingleLineDiagram::SingleLineDiagram(Document *document, SelectionModel *selection, QWidget *parent)
    : QGraphicsView(parent)
    , m_document(document)
    , m_selection(selection)
{
    setObjectName("singleLineDiagram");
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setBackgroundBrush(QColor(252, 252, 250));
    connect(selection, &SelectionModel::selectionChanged, this, &SingleLineDiagram::highlightSelection);
}

void SingleLineDiagram::setResult(std::shared_ptr<const power::PowerResult> result)
{
    m_result = std::move(result);
    m_stale = false;
    rebuild();
}

void SingleLineDiagram::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    rebuild();
}

void SingleLineDiagram::rebuild()
{
    scene()->clear();
    m_boxes.clear();
    const Project &p = m_document->project();
    const int n = int(p.powerNodes.size());
    std::unordered_map<std::string, int> index;
    for (int i = 0; i < n; ++i)
        index.emplace(p.powerNodes[size_t(i)].id, i);
    std::vector<std::vector<int>> children(static_cast<size_t>(n));
    std::vector<int> shelves(size_t(n), 0);
    std::vector<double> shelfLoad(size_t(n), 0.0);
    std::vector<int> roots;
    const bool haveResult = m_result && int(m_result->nodes.size()) == n;
    for (int i = 0; i < n; ++i) {
        const PowerNode &node = p.powerNodes[size_t(i)];
        const auto up = index.find(node.upstream);
        if (up == index.end()) {
            roots.push_back(i);
            continue;
        }
        if (node.type == "powershelf") {   // summarised under the parent
            ++shelves[size_t(up->second)];
            if (haveResult)
                shelfLoad[size_t(up->second)] += m_result->nodes[size_t(i)].loadW;
            continue;
        }
        children[size_t(up->second)].push_back(i);
    }

    // Tidy tree: leaves left to right, parents centred over their children.
    double nextX = 0;
    std::vector<QPointF> pos(static_cast<size_t>(n));
    std::vector<bool> placed(size_t(n), false);
    std::function<double(int, int)> place = [&](int i, int depth) -> double {
        placed[size_t(i)] = true;
        double x;
        if (children[size_t(i)].empty() || depth > 32) {
            x = nextX;
            nextX += kBoxW + kGapX;
        } else {
            double sum = 0;
            for (int c : children[size_t(i)])
                sum += place(c, depth + 1);
            x = sum / double(children[size_t(i)].size());
        }
        pos[size_t(i)] = QPointF(x, depth * (kBoxH + kGapY));
        return x;
    };
    for (int r : roots)
        place(r, 0);
    m_firstRootX = roots.empty() ? -1e10 : pos[size_t(roots.front())].x() + kBoxW / 2;

    const QColor ok(225, 240, 225), warn(255, 228, 170), bad(255, 190, 190), dead(215, 215, 215), none(236, 238, 242);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (int i = 0; i < n; ++i) {
        if (!placed[size_t(i)])
            continue;
        const PowerNode &node = p.powerNodes[size_t(i)];
        for (int c : children[size_t(i)]) {
            if (!placed[size_t(c)])
                continue;
            const QPointF a = pos[size_t(i)] + QPointF(kBoxW / 2, kBoxH), b = pos[size_t(c)] + QPointF(kBoxW / 2, 0);
            const double midY = (a.y() + b.y()) / 2;
            QPainterPath path(a);
            path.lineTo(a.x(), midY);
            path.lineTo(b.x(), midY);
            path.lineTo(b);
            scene()->addPath(path, QPen(QColor(90, 90, 90), 1.2));
        }
        QColor fill = none;
        QString line2 = node.redundantModules > 0 ? QStringLiteral("%1 × %2 (N+%3)").arg(node.modules).arg(kw(node.ratedW)).arg(node.redundantModules)
                                                  : QStringLiteral("%1 × %2").arg(node.modules).arg(kw(node.ratedW));
        QString line3;
        if (haveResult) {
            const power::NodeResult &r = m_result->nodes[size_t(i)];
            fill = !r.alive ? dead : r.loadW > r.physicalW ? bad : r.loadW > r.capacityW ? warn : ok;
            line2 += QStringLiteral("  ·  η %1 %").arg(r.efficiency * 100, 0, 'f', 1);
            line3 = QStringLiteral("%1 of %2  (%3 %)").arg(kw(r.loadW), kw(r.capacityW)).arg(r.utilization * 100, 0, 'f', 0);
        }
        if (m_stale)   // results of an older design: washed out until the next solve
            fill = QColor::fromHsv(fill.hsvHue(), fill.hsvSaturation() / 4, std::min(255, fill.value() + 8));
        auto *box = scene()->addRect(QRectF(pos[size_t(i)], QSizeF(kBoxW, kBoxH)), QPen(QColor(60, 60, 60)), fill);
        box->setData(kIdRole, QString::fromStdString(node.id));
        box->setToolTip(QString::fromStdString(node.name));
        m_boxes.insert(QString::fromStdString(node.id), box);
        auto *title = scene()->addSimpleText(QStringLiteral("%1  %2").arg(QString::fromStdString(node.type).toUpper(),
                                                                        QString::fromStdString(node.id)));
        QFont bold = font();
        bold.setBold(true);
        title->setFont(bold);
        title->setParentItem(box);
        title->setPos(pos[size_t(i)] + QPointF(6, 3));
        auto *t2 = scene()->addSimpleText(line2 + (node.failed ? tr("  FAILED") : QString()));
        t2->setFont(small);
        t2->setParentItem(box);
        t2->setPos(pos[size_t(i)] + QPointF(6, 22));
        if (!line3.isEmpty()) {
            auto *t3 = scene()->addSimpleText(line3);
            t3->setFont(small);
            t3->setParentItem(box);
            t3->setPos(pos[size_t(i)] + QPointF(6, 38));
        }
        if (shelves[size_t(i)] > 0) {
            auto *s = scene()->addSimpleText(tr("↓ %1 power shelves%2")
                                                 .arg(shelves[size_t(i)])
                                                 .arg(haveResult ? QStringLiteral(", %1").arg(kw(shelfLoad[size_t(i)])) : QString()));
            s->setFont(small);
            s->setPos(pos[size_t(i)] + QPointF(6, kBoxH + 2));
        }
    }
    setSceneRect(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20));
    highlightSelection();
    if (!m_userZoomed)
        fitHeight();
}

void SingleLineDiagram::fitHeight()
{
    // Chains are a few levels deep but can be hundreds of boxes wide: fit the depth (never
    // below a readable 60 % nor above 1:1), start at the left, scroll sideways for the rest.
    const QRectF r = sceneRect();
    if (r.isEmpty() || viewport()->height() < 50)
        return;
    const double s = std::clamp(viewport()->height() / r.height(), 0.6, 1.0);
    setTransform(QTransform::fromScale(s, s));
    // Start on the first source (its subtree is what a designer reads first).
    centerOn(QPointF(m_firstRootX > -1e9 ? m_firstRootX : r.center().x(), r.center().y()));
}

void SingleLineDiagram::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_userZoomed)
        fitHeight();
}

void SingleLineDiagram::highlightSelection()
{
    const QStringList &sel = m_selection->selected();
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it)
        it.value()->setPen(sel.contains(it.key()) ? QPen(QColor(0, 90, 200), 3) : QPen(QColor(60, 60, 60)));
}

void SingleLineDiagram::mousePressEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->pos())) {
        while (item->parentItem())
            item = item->parentItem();
        const QString id = item->data(kIdRole).toString();
        if (!id.isEmpty()) {
            m_selection->setSelected({id});
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void SingleLineDiagram::wheelEvent(QWheelEvent *event)
{
    m_userZoomed = true;
    const double factor = event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15;
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    scale(factor, factor);
}

} // namespace aif
