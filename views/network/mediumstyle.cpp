#include "mediumstyle.h"

#include <QObject>

#include <algorithm>

namespace aif::mediumStyle {

const std::vector<std::string> &order()
{
    static const std::vector<std::string> media {"dac", "acc", "aec", "aoc", "sr",
                                                 "dr",  "fr",  "lr",  "zr"};
    return media;
}

QColor color(const std::string &medium)
{
    if (medium == "dac")
        return QColor(40, 40, 40);
    if (medium == "acc")
        return QColor(110, 90, 70);
    if (medium == "aec")
        return QColor(70, 90, 140);
    if (medium == "aoc")
        return QColor(150, 60, 190);
    if (medium == "sr")
        return QColor(30, 110, 230); // blue: OM3/OM4 aqua would read as the plan's teal pipes
    if (medium == "dr")
        return QColor(215, 165, 0); // OS2 yellow, darkened
    if (medium == "fr")
        return QColor(230, 110, 0);
    if (medium == "lr")
        return QColor(140, 120, 0);
    if (medium == "zr")
        return QColor(200, 30, 40);
    if (medium == "zrplus")
        return QColor(130, 20, 30);
    return QColor(128, 128, 128);
}

QString label(const std::string &medium)
{
    if (medium == "dac")
        return QObject::tr("DAC (passive copper)");
    if (medium == "acc")
        return QObject::tr("ACC (active copper)");
    if (medium == "aec")
        return QObject::tr("AEC (retimed copper)");
    if (medium == "aoc")
        return QObject::tr("AOC (active optical)");
    if (medium == "sr")
        return QObject::tr("SR (multimode)");
    if (medium == "dr")
        return QObject::tr("DR (single-mode)");
    if (medium == "fr")
        return QObject::tr("FR (single-mode, CWDM)");
    if (medium == "lr")
        return QObject::tr("LR (single-mode, long reach)");
    if (medium == "zr")
        return QObject::tr("ZR (coherent)");
    if (medium == "zrplus")
        return QObject::tr("ZR+ (coherent, oFEC)");
    if (medium == "leased")
        return QObject::tr("leased wavelengths");
    return QString::fromStdString(medium.empty() ? std::string("?") : medium);
}

int rank(const std::string &medium)
{
    const std::vector<std::string> &o = order();
    return int(std::find(o.begin(), o.end(), medium) - o.begin());
}

} // namespace aif::mediumStyle
