#include "coolingpanel.h"

#include "coolingschematic.h"
#include "thermal/thermalsolver.h"

#include <QVBoxLayout>

namespace aif {

CoolingPanel::CoolingPanel(Document *document, SelectionModel *selection, const Catalog *catalog,
                           QWidget *parent)
    : QWidget(parent)
    , m_schematic(new CoolingSchematic(document, selection, catalog, this))
{
    setObjectName("coolingPanel");
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_schematic->createToolBar(this));
    layout->addWidget(m_schematic);
    connect(m_schematic, &CoolingSchematic::editRefused, this, &CoolingPanel::editRefused);
}

void CoolingPanel::setResult(std::shared_ptr<const thermal::ThermalResult> result)
{
    m_schematic->setResult(std::move(result));
}

void CoolingPanel::setStale(bool stale)
{
    m_schematic->setStale(stale);
}

} // namespace aif
