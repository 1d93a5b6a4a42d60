#include "stagename.h"

#include "entities/powernode.h"
#include "schematic/choicelabel.h"

#include <QCoreApplication>

namespace aif {

QString powerStageName(const std::string &stage)
{
    if (stage == "psu")
        return QCoreApplication::translate("aif::PowerStage", "Server PSU");
    return choiceLabel<PowerNode>("type", stage);
}

} // namespace aif
