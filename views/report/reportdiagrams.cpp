// The report's two plan drawings, vector with QPainter: the floor plan coloured by rack inlet
// temperature (the thermal solve's /thermal/racks) and the power single-line diagram, one box
// per stage type aggregated from /power/feeds. Coordinates are points; fonts use pixel sizes so
// the PDF (scaled painter) and the SVG show the same drawing.
#include "reportsections.h"

#include "plangeometry.h"
#include "project.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <map>

namespace aif::report {

namespace {

// Blue (cool) → green → yellow → red (hot), the studio's inlet overlay order.
QColor heatColor(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    const QColor stops[]
        = {QColor(49, 99, 206), QColor(46, 170, 96), QColor(238, 200, 50), QColor(214, 48, 39)};
    const double x = t * 3.0;
    const int i = std::min(2, int(x));
    const double u = x - i;
    const QColor &a = stops[i], &b = stops[i + 1];
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * u,
                            a.greenF() + (b.greenF() - a.greenF()) * u,
                            a.blueF() + (b.blueF() - a.blueF()) * u);
}

struct Stage
{
    QString label;
    int count = 0;
    double loadKw = 0, lossKw = 0, installedKw = 0;
};

// Chain order of the power node types (model/entities/powernode.cpp), utility first.
const char *kStageOrder[]
    = {"utility", "generator", "transformer", "switchgear", "sst",       "ups",
       "battery", "rectifier", "pdu",         "busway",     "powershelf"};

QString power(double kw)
{
    return std::abs(kw) >= 1000 ? QString::number(kw / 1000.0, 'f', 2) + " MW"
                                : QString::number(kw, 'f', 0) + " kW";
}

} // namespace

ReportFigure floorPlanFigure(const ReportContext &c)
{
    const Project &p = c.project;
    std::map<std::string, double> inlet;
    if (const Json *racks = c.fmt.node("/thermal/racks"))
        for (const Json &r : *racks)
            if (r.contains("inlet_c") && r["inlet_c"].is_number())
                inlet[r.value("id", std::string())] = r["inlet_c"].get<double>();
    double lo = 18.0, hi = 32.0; // ASHRAE TC9.9 (2021) A1: recommended from 18, allowable to 32 °C
    for (const auto &[id, t] : inlet) {
        lo = std::min(lo, std::floor(t));
        hi = std::max(hi, std::ceil(t));
    }
    QRectF site;
    for (const Hall &h : p.halls)
        site |= QRectF(h.originXM, h.originYM, h.widthM, h.depthM);

    ReportFigure fig;
    fig.id = "floorplan";
    fig.caption = QStringLiteral("Floor plan: racks coloured by inlet temperature (thermal solve, "
                                 "design point); grey: no result.");
    fig.sizePt = QSizeF(500, 330);
    const UnitSystem system = c.fmt.system();
    fig.draw = [p, inlet, lo, hi, site, system](QPainter &g, const QRectF &r) {
        g.setRenderHint(QPainter::Antialiasing);
        const QRectF plan(r.left() + 4, r.top() + 4, r.width() - 88, r.height() - 8);
        if (site.isEmpty())
            return;
        const double s = std::min(plan.width() / site.width(), plan.height() / site.height());
        // Hall y runs north: flip so north is up, as the studio's plan shows it.
        auto map = [&](double x, double y) {
            return QPointF(plan.left() + (x - site.left()) * s,
                           plan.top() + (site.bottom() - y) * s);
        };
        for (const Hall &h : p.halls) {
            const QRectF hr = QRectF(map(h.originXM, h.originYM + h.depthM),
                                     map(h.originXM + h.widthM, h.originYM))
                                  .normalized();
            g.setPen(QPen(QColor(60, 60, 60), 0.8));
            g.setBrush(QColor(246, 246, 242));
            g.drawRect(hr);
            g.setFont(reportFont(std::clamp(hr.height() * 0.06, 5.0, 9.0), true));
            g.setPen(QColor(80, 80, 80));
            g.drawText(hr.adjusted(2, 1, -2, -1), Qt::AlignLeft | Qt::AlignTop,
                       QString::fromStdString(h.name.empty() ? h.id : h.name));
        }
        std::map<std::string, const Hall *> halls;
        for (const Hall &h : p.halls)
            halls[h.id] = &h;
        // Small racks (a campus on one page) get no outline: it would hide their colour.
        g.setPen(s * 0.6 < 4.0 ? QPen(Qt::NoPen) : QPen(QColor(40, 40, 40), 0.25));
        for (const Rack &k : p.racks) {
            const auto h = halls.find(k.hall);
            if (h == halls.end())
                continue;
            const plan::Footprint fp
                = plan::footprint(k.xM, k.yM, k.widthM, k.depthM, k.rotationDeg);
            const double ox = h->second->originXM, oy = h->second->originYM;
            const QRectF rr
                = QRectF(map(ox + fp.x0, oy + fp.y1), map(ox + fp.x1, oy + fp.y0)).normalized();
            const auto t = inlet.find(k.id);
            g.setBrush(t == inlet.end() ? QColor(190, 190, 190)
                                        : heatColor((t->second - lo) / (hi - lo)));
            g.drawRect(rr);
        }
        // Legend: a vertical gradient with the range in the report's units.
        const QRectF bar(r.right() - 70, r.top() + 20, 14, r.height() - 50);
        QLinearGradient grad(bar.bottomLeft(), bar.topLeft());
        for (int i = 0; i <= 10; ++i)
            grad.setColorAt(i / 10.0, heatColor(i / 10.0));
        g.setPen(QPen(QColor(60, 60, 60), 0.5));
        g.setBrush(grad);
        g.drawRect(bar);
        g.setFont(reportFont(8));
        g.setPen(Qt::black);
        const QString unit = units::displayUnit(Quantity::Temperature, system).symbol;
        g.drawText(QPointF(bar.left() - 6, bar.top() - 8), "Inlet " + unit);
        for (int i = 0; i <= 4; ++i) {
            const double t = lo + (hi - lo) * i / 4.0;
            const double y = bar.bottom() - bar.height() * i / 4.0;
            g.drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 3, y));
            g.drawText(QPointF(bar.right() + 5, y + 3),
                       QString::number(units::toDisplay(t, Quantity::Temperature, system), 'f', 0));
        }
    };
    return fig;
}

ReportFigure singleLineFigure(const ReportContext &c)
{
    std::map<std::string, Stage> stages;
    if (const Json *feeds = c.fmt.node("/power/feeds"))
        for (const Json &n : *feeds) {
            Stage &s = stages[n.value("type", std::string())];
            ++s.count;
            s.loadKw += n.value("load_kw", 0.0);
            s.lossKw += n.value("loss_kw", 0.0);
            s.installedKw += n.value("installed_kw", 0.0);
        }
    std::vector<std::pair<std::string, Stage>> chain;
    for (const char *t : kStageOrder)
        if (stages.count(t))
            chain.emplace_back(t, stages[t]);
    const double itKw = c.fmt.at("/power/it_kw");
    const double facilityKw = c.fmt.at("/power/facility_kw");
    const double coolingKw = c.fmt.at("/power/cooling_kw");

    ReportFigure fig;
    fig.id = "singleline";
    fig.caption = QStringLiteral("Single-line diagram: each power stage type with its count, the "
                                 "load it carries (both sides together) and its losses.");
    fig.sizePt = QSizeF(500, 190);
    fig.draw = [chain, itKw, facilityKw, coolingKw](QPainter &g, const QRectF &r) {
        g.setRenderHint(QPainter::Antialiasing);
        const int n = int(chain.size()) + 1; // + the racks
        const double gap = 14, w = (r.width() - gap * (n - 1)) / n, h = 78;
        const double y = r.top() + 46;
        g.setFont(reportFont(8.5));
        g.setPen(Qt::black);
        g.drawText(QRectF(r.left(), r.top(), r.width(), 16), Qt::AlignLeft,
                   QStringLiteral("Facility %1 = IT %2 + chain losses + cooling %3")
                       .arg(power(facilityKw), power(itKw), power(coolingKw)));
        for (int i = 0; i < n; ++i) {
            const QRectF box(r.left() + i * (w + gap), y, w, h);
            const bool racks = i == n - 1;
            g.setPen(QPen(QColor(50, 50, 50), 0.8));
            g.setBrush(racks ? QColor(226, 238, 250) : QColor(250, 246, 232));
            g.drawRoundedRect(box, 4, 4);
            if (i > 0) {
                const double ax = box.left() - gap, ay = y + h / 2;
                g.drawLine(QPointF(ax + 1, ay), QPointF(box.left() - 1, ay));
                QPainterPath head;
                head.moveTo(box.left() - 1, ay);
                head.lineTo(box.left() - 5, ay - 3);
                head.lineTo(box.left() - 5, ay + 3);
                head.closeSubpath();
                g.fillPath(head, QColor(50, 50, 50));
            }
            QStringList lines;
            if (racks) {
                lines << "Racks (IT)" << power(itKw);
            } else {
                const Stage &s = chain[i].second;
                lines << QString::fromStdString(chain[i].first)
                      << QStringLiteral("× %1").arg(s.count) << "load " + power(s.loadKw)
                      << "loss " + power(s.lossKw);
                if (s.installedKw > 0)
                    lines << "rated " + power(s.installedKw);
            }
            g.setPen(Qt::black);
            g.setFont(reportFont(std::min(9.0, w / 7.5), true));
            g.drawText(box.adjusted(2, 4, -2, 0), Qt::AlignHCenter | Qt::AlignTop, lines.first());
            g.setFont(reportFont(std::min(8.0, w / 8.0)));
            g.drawText(box.adjusted(2, 18, -2, -2), Qt::AlignHCenter | Qt::AlignTop,
                       lines.mid(1).join('\n'));
        }
        g.setFont(reportFont(7.5));
        g.setPen(QColor(90, 90, 90));
        g.drawText(QRectF(r.left(), y + h + 10, r.width(), 40), Qt::AlignLeft | Qt::TextWordWrap,
                   QStringLiteral("Read from the power solve at the design point (/power/feeds): "
                                  "loads and losses are summed over every node of a type, A and B "
                                  "sides together; the racks' IT load includes the network."));
    };
    return fig;
}

} // namespace aif::report
