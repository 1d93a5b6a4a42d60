#include "floorplanvents.h"

#include "document.h"
#include "floorplanplacement.h"
#include "project.h"

#include <QObject>

#include <algorithm>
#include <cmath>

namespace aif::floorPlanVents {

namespace {

constexpr double kEpsM = 1e-6;

// Positions are compared to the millimetre: centres come from the grid, or from a file.
bool samePlace(const QPointF &a, const QPointF &b)
{
    return std::abs(a.x() - b.x()) < 1e-3 && std::abs(a.y() - b.y()) < 1e-3;
}

bool taken(const Project &p, const std::string &hallId, bool ceiling, const QPointF &c)
{
    for (const Vent &v : p.vents)
        if (v.hall == hallId && isCeiling(v.type) == ceiling && samePlace(QPointF(v.xM, v.yM), c))
            return true;
    return false;
}

bool inside(const Hall &h, const QPointF &c)
{
    const double half = kTileM / 2;
    return c.x() - half >= -kEpsM && c.y() - half >= -kEpsM && c.x() + half <= h.widthM + kEpsM
           && c.y() + half <= h.depthM + kEpsM;
}

double gridCentre(double v)
{
    // Micrometre rounding so 0.3 + 5 · 0.6 is stored as 3.3, not 3.3000000000000003.
    return std::round(((std::floor(v / kTileM) + 0.5) * kTileM) * 1e6) / 1e6;
}

} // namespace

bool isCeiling(const std::string &type)
{
    return type == "ceiling-grille" || type == "return-duct";
}

Json defaults(const std::string &type)
{
    double open = 0.25;
    std::string name = QObject::tr("Tile").toStdString();
    if (type == "grate-tile") {
        open = 0.56;
        name = QObject::tr("Grate").toStdString();
    } else if (type == "ceiling-grille") {
        open = 0.5;
        name = QObject::tr("Return grille").toStdString();
    } else if (type == "return-duct") {
        open = 0.5;
        name = QObject::tr("Return duct").toStdString();
    }
    return Json{{"name", name + " 1"}, {"type", type}, {"widthM", kTileM}, {"depthM", kTileM},
                {"openArea", open}, {"damper", 1.0}};
}

QPointF tileCentre(const QPointF &hallPos)
{
    return {gridCentre(hallPos.x()), gridCentre(hallPos.y())};
}

std::vector<QPointF> tileRun(const QPointF &from, const QPointF &to)
{
    const QPointF a = tileCentre(from), b = tileCentre(to);
    const bool alongX = std::abs(to.x() - from.x()) >= std::abs(to.y() - from.y());
    const double span = alongX ? b.x() - a.x() : b.y() - a.y();
    const int n = int(std::lround(std::abs(span) / kTileM));
    const double step = span < 0 ? -kTileM : kTileM;
    std::vector<QPointF> out;
    out.reserve(size_t(n) + 1);
    for (int i = 0; i <= n; ++i) {
        const double t = std::round((alongX ? a.x() : a.y()) * 1e6 + i * step * 1e6) / 1e6;
        out.push_back(alongX ? QPointF(t, a.y()) : QPointF(a.x(), t));
    }
    return out;
}

std::vector<QPointF> freeTiles(const Project &p, const std::string &hallId, const std::string &type, int count)
{
    std::vector<QPointF> out;
    const Hall *h = p.get<Hall>(hallId);
    if (!h)
        return out;
    const bool ceiling = isCeiling(type);
    const int nx = int(std::floor(h->widthM / kTileM + kEpsM)), ny = int(std::floor(h->depthM / kTileM + kEpsM));
    for (int j = 0; j < ny && int(out.size()) < count; ++j)
        for (int i = 0; i < nx && int(out.size()) < count; ++i) {
            const QPointF c = tileCentre(QPointF((i + 0.5) * kTileM, (j + 0.5) * kTileM));
            if (!taken(p, hallId, ceiling, c))
                out.push_back(c);
        }
    return out;
}

QStringList place(Document *document, const std::string &hallId, const std::vector<QPointF> &centres,
                  const std::string &type)
{
    const Project &p = document->project();
    const Hall *hall = p.get<Hall>(hallId);
    if (!hall)
        return {};
    const bool ceiling = isCeiling(type);
    const Json base = defaults(type);
    std::set<std::string> names = placement::namesOf(p, EntityKind::Vent, hallId);
    std::vector<QPointF> free;
    for (const QPointF &c : centres) {
        const bool repeated = std::any_of(free.begin(), free.end(), [&](const QPointF &f) { return samePlace(f, c); });
        if (inside(*hall, c) && !repeated && !taken(p, hallId, ceiling, c))
            free.push_back(c);
    }
    if (free.empty())
        return {};
    const QString what = ceiling ? QObject::tr("return grille") : QObject::tr("floor tile");
    document->beginBatch(free.size() == 1 ? QObject::tr("Place %1").arg(what)
                                          : QObject::tr("Place %1 × %2").arg(free.size()).arg(what));
    QStringList ids;
    for (const QPointF &c : free) {
        Json e = base;
        e["hall"] = hallId;
        e["xM"] = c.x();
        e["yM"] = c.y();
        e["name"] = placement::uniqueName(names, base["name"].get<std::string>());
        names.insert(e["name"].get<std::string>());
        const std::string id = document->addEntity(EntityKind::Vent, e);
        if (!id.empty())
            ids << QString::fromStdString(id);
    }
    document->endBatch();
    return ids;
}

} // namespace aif::floorPlanVents
