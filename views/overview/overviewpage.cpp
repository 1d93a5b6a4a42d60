#include "overviewpage.h"

#include "../selectionmodel.h"
#include "catalog.h"
#include "common/summary.h"
#include "document.h"
#include "plangeometry.h"

#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace aif {

namespace {
constexpr double kHeaderHeight = 84.0;
constexpr double kMargin = 16.0;

QRectF footprint(double x, double y, double w, double d, double rotationDeg)
{
    const plan::Footprint f = plan::footprint(x, y, w, d, rotationDeg);
    return {f.x0, f.y0, f.x1 - f.x0, f.y1 - f.y0};
}
} // namespace

OverviewPage::OverviewPage(Document *document, SelectionModel *selection, const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_catalog(catalog)
{
    setObjectName("overviewPage");
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(250, 250, 248));
    setPalette(pal);
    connect(document, &Document::changed, this, qOverload<>(&QWidget::update));
    connect(selection, &SelectionModel::selectionChanged, this, qOverload<>(&QWidget::update));
}

std::vector<OverviewPage::HallView> OverviewPage::layoutHalls() const
{
    const Project &p = m_document->project();
    std::vector<HallView> views;
    const int n = int(p.halls.size());
    if (n == 0)
        return views;
    const int cols = n <= 1 ? 1 : n <= 4 ? 2 : 3;
    const int rows = (n + cols - 1) / cols;
    const QRectF area(kMargin, kHeaderHeight + kMargin, width() - 2 * kMargin, height() - kHeaderHeight - 2 * kMargin);
    const double cellW = area.width() / cols, cellH = area.height() / rows;
    for (int i = 0; i < n; ++i) {
        const Hall &h = p.halls[size_t(i)];
        const QRectF cell(area.left() + (i % cols) * cellW, area.top() + (i / cols) * cellH, cellW, cellH);
        const QRectF inner = cell.adjusted(8, 24, -8, -8);   // room for the hall's title
        const double scale = std::min(inner.width() / h.widthM, inner.height() / h.depthM);
        const QSizeF size(h.widthM * scale, h.depthM * scale);
        const QRectF hallRect(inner.center().x() - size.width() / 2, inner.center().y() - size.height() / 2,
                              size.width(), size.height());
        views.push_back({i, hallRect, scale, cell});
    }
    return views;
}

void OverviewPage::paintHeader(QPainter &p, const QRectF &r) const
{
    const Project &proj = m_document->project();
    p.fillRect(r, QColor(32, 44, 60));
    p.setPen(Qt::white);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    p.setFont(f);
    const QString title = QString::fromStdString(proj.site().name.empty() ? "Untitled design" : proj.site().name);
    p.drawText(r.adjusted(kMargin, 8, -kMargin, -r.height() / 2), Qt::AlignLeft | Qt::AlignVCenter, title);
    f.setBold(false);
    f.setPointSizeF(font().pointSizeF() * 1.05);
    p.setFont(f);
    QString line = QString::fromStdString(proj.site().location);
    if (m_catalog) {
        const DesignSummary s = summarize(proj, *m_catalog);
        const double mw = s.nameplateItW / 1e6;
        const QString nameplate = mw >= 1.0 ? QStringLiteral("%1 MW").arg(mw, 0, 'f', 2)
                                            : units::format(s.nameplateItW, Quantity::Power, units::currentSystem());
        line += QStringLiteral("  ·  %1 halls  ·  %2 racks  ·  %3 systems  ·  %4 GPUs  ·  nameplate IT %5")
                    .arg(s.halls)
                    .arg(s.racks)
                    .arg(s.systems)
                    .arg(s.gpus)
                    .arg(nameplate);
    }
    p.setPen(QColor(200, 214, 230));
    const QRectF lineRect = r.adjusted(kMargin, r.height() / 2, -kMargin, -6);
    p.drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(line, Qt::ElideRight, int(lineRect.width())));
}

void OverviewPage::paintHall(QPainter &p, const HallView &v) const
{
    const Project &proj = m_document->project();
    const Hall &hall = proj.halls[size_t(v.hall)];
    const QStringList &sel = m_selection->selected();
    // Hall coordinates: y grows north (up on screen).
    auto map = [&](const QRectF &m) {
        return QRectF(v.area.left() + m.left() * v.scale, v.area.bottom() - m.bottom() * v.scale,
                      m.width() * v.scale, m.height() * v.scale);
    };
    p.setPen(QColor(60, 60, 60));
    const QString title = QStringLiteral("%1  —  %2 × %3")
                              .arg(QString::fromStdString(hall.name),
                                   units::format(hall.widthM, Quantity::Length, units::currentSystem()),
                                   units::format(hall.depthM, Quantity::Length, units::currentSystem()));
    // Titles use the hall's whole grid cell: narrow halls would cut them off.
    const QRectF titleRect(v.cell.left() + 8, v.area.top() - 22, v.cell.width() - 16, 20);
    p.drawText(titleRect, Qt::AlignHCenter | Qt::AlignBottom,
               p.fontMetrics().elidedText(title, Qt::ElideRight, int(titleRect.width())));
    p.setPen(QPen(QColor(70, 70, 70), 2));
    p.setBrush(Qt::white);
    p.drawRect(v.area);

    p.setPen(Qt::NoPen);
    for (const Containment &c : proj.containments) {
        if (c.hall != hall.id)
            continue;
        p.setBrush(c.type == "hot-aisle" ? QColor(255, 120, 80, 60) : QColor(80, 150, 255, 60));
        p.drawRect(map(footprint(c.xM, c.yM, c.widthM, c.depthM, 0)));
    }
    const bool detailed = v.scale > 6.0;   // rack front edges only where they are visible
    for (const Rack &r : proj.racks) {
        if (r.hall != hall.id)
            continue;
        const QRectF box = map(footprint(r.xM, r.yM, r.widthM, r.depthM, r.rotationDeg));
        const bool liquid = !r.coolingLoop.empty();
        const bool selected = sel.contains(QString::fromStdString(r.id));
        p.setBrush(selected ? QColor(255, 196, 0) : liquid ? QColor(38, 140, 150) : QColor(70, 110, 170));
        p.setPen(detailed ? QPen(QColor(30, 30, 30), 0.8) : Qt::NoPen);
        p.drawRect(box);
        if (detailed) {
            // Front (intake) edge in white: rotation 0 faces -y (down on screen).
            const int q = plan::quarterTurns(r.rotationDeg);
            QLineF front = q == 0 ? QLineF(box.bottomLeft(), box.bottomRight())
                         : q == 1 ? QLineF(box.topRight(), box.bottomRight())
                         : q == 2 ? QLineF(box.topLeft(), box.topRight())
                                  : QLineF(box.topLeft(), box.bottomLeft());
            p.setPen(QPen(Qt::white, 2));
            p.drawLine(front);
        }
    }
    p.setPen(QPen(QColor(20, 60, 120), 1));
    for (const AirUnit &a : proj.airUnits) {
        if (a.hall != hall.id)
            continue;
        p.setBrush(a.failed ? QColor(200, 200, 200) : QColor(150, 200, 255));
        p.drawRect(map(footprint(a.xM, a.yM, a.widthM, a.depthM, a.rotationDeg)));
    }
    for (const Cdu &c : proj.cdus) {
        if (c.hall != hall.id)
            continue;
        p.setBrush(c.failed ? QColor(200, 200, 200) : QColor(90, 200, 190));
        p.drawRect(map(footprint(c.xM, c.yM, c.widthM, c.depthM, c.rotationDeg)));
    }
    p.setPen(QPen(QColor(150, 90, 0), 1));
    for (const PowerNode &n : proj.powerNodes) {
        // Power shelves sit inside their racks: drawing them would hide the racks.
        if (n.hall != hall.id || n.type == "powershelf")
            continue;
        p.setBrush(QColor(250, 200, 90));
        const bool run = n.type == "busway" && n.lengthM > 0;
        const QRectF m = run ? footprint(n.xM, n.yM, n.lengthM, 0.1, n.rotationDeg)
                             : footprint(n.xM, n.yM, 0.8, 0.8, n.rotationDeg);
        p.drawRect(map(m));
    }
}

void OverviewPage::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    paintHeader(p, QRectF(0, 0, width(), kHeaderHeight));
    const auto halls = layoutHalls();
    if (halls.empty()) {
        p.setPen(QColor(90, 90, 90));
        p.drawText(rect().adjusted(0, int(kHeaderHeight), 0, 0), Qt::AlignCenter,
                   tr("No halls yet. Open a sample project (File ▸ Open) or add a hall."));
        return;
    }
    for (const HallView &v : halls)
        paintHall(p, v);
    // Legend.
    const QList<QPair<QColor, QString>> legend{{QColor(70, 110, 170), tr("air-cooled rack")},
                                               {QColor(38, 140, 150), tr("liquid-cooled rack")},
                                               {QColor(150, 200, 255), tr("air unit")},
                                               {QColor(90, 200, 190), tr("CDU")},
                                               {QColor(250, 200, 90), tr("power")},
                                               {QColor(255, 120, 80, 90), tr("hot aisle")}};
    double x = kMargin;
    const double y = height() - 20;
    for (const auto &[color, label] : legend) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRect(QRectF(x, y, 12, 12));
        p.setPen(QColor(60, 60, 60));
        const double w = fontMetrics().horizontalAdvance(label);
        p.drawText(QPointF(x + 16, y + 11), label);
        x += w + 36;
    }
}

void OverviewPage::mousePressEvent(QMouseEvent *event)
{
    const Project &proj = m_document->project();
    for (const HallView &v : layoutHalls()) {
        if (!v.area.contains(event->position()))
            continue;
        const double xm = (event->position().x() - v.area.left()) / v.scale;
        const double ym = (v.area.bottom() - event->position().y()) / v.scale;
        const std::string &hallId = proj.halls[size_t(v.hall)].id;
        for (const Rack &r : proj.racks) {
            if (r.hall == hallId && footprint(r.xM, r.yM, r.widthM, r.depthM, r.rotationDeg).contains(QPointF(xm, ym))) {
                m_selection->setSelected({QString::fromStdString(r.id)});
                return;
            }
        }
    }
    m_selection->clear();
}

} // namespace aif
