#include "rowtooldialog.h"

#include "catalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace aif {

namespace {

QDoubleSpinBox *metres(double value, double min, double max, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(3);
    box->setSingleStep(0.05);
    box->setSuffix(QStringLiteral(" m"));
    box->setValue(value);
    return box;
}

} // namespace

RowToolDialog::RowToolDialog(const Catalog *catalog, const RowOptions &o, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_base(o)
{
    setWindowTitle(tr("Row tool"));
    auto *form = new QFormLayout(this);
    m_count = new QSpinBox(this);
    m_count->setRange(1, 200);
    m_count->setValue(o.count);
    m_count->setObjectName(QStringLiteral("count"));
    form->addRow(tr("Racks per row"), m_count);
    m_pitch = metres(o.pitchM, 0.0, 5.0, this);
    m_pitch->setSpecialValueText(tr("rack width"));   // 0: racks side by side
    m_pitch->setObjectName(QStringLiteral("pitch"));
    form->addRow(tr("Pitch"), m_pitch);
    m_rotation = new QComboBox(this);
    m_rotation->setObjectName(QStringLiteral("rotation"));
    const std::pair<QString, int> turns[] = {{tr("Fronts south (0°)"), 0}, {tr("Fronts west (90°)"), 90},
                                             {tr("Fronts north (180°)"), 180}, {tr("Fronts east (270°)"), 270}};
    for (const auto &[label, deg] : turns)
        m_rotation->addItem(label, deg);
    m_rotation->setCurrentIndex(std::max(0, m_rotation->findData(int(o.rotationDeg))));
    form->addRow(tr("Orientation"), m_rotation);

    m_system = new QComboBox(this);
    m_system->setObjectName(QStringLiteral("system"));
    m_system->addItem(tr("(empty racks)"), QString());
    if (catalog) {
        for (const CatalogEntry *e : catalog->entries("systems"))
            m_system->addItem(QString::fromStdString(e->name), QString::fromStdString(e->id));
    }
    m_system->setCurrentIndex(std::max(0, m_system->findData(o.system)));
    form->addRow(tr("System"), m_system);
    m_systemCount = new QSpinBox(this);
    m_systemCount->setRange(0, 16);
    m_systemCount->setValue(o.systemCount);
    m_systemCount->setObjectName(QStringLiteral("systemCount"));
    form->addRow(tr("Systems per rack"), m_systemCount);
    m_width = metres(o.rackWidthM, 0.3, 3.0, this);
    m_width->setObjectName(QStringLiteral("width"));
    form->addRow(tr("Rack width"), m_width);
    m_depth = metres(o.rackDepthM, 0.5, 3.0, this);
    m_depth->setObjectName(QStringLiteral("depth"));
    form->addRow(tr("Rack depth"), m_depth);
    m_prefix = new QLineEdit(o.namePrefix, this);
    m_prefix->setObjectName(QStringLiteral("prefix"));
    m_prefix->setPlaceholderText(tr("(the row's letters: C01, C02 …)"));
    form->addRow(tr("Name prefix"), m_prefix);
    m_hotAisle = metres(o.hotAisleWidthM, 0.6, 4.0, this);
    m_hotAisle->setObjectName(QStringLiteral("hotAisle"));
    form->addRow(tr("Hot aisle (aisle pair)"), m_hotAisle);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_system, &QComboBox::currentIndexChanged, this, &RowToolDialog::systemChanged);
}

void RowToolDialog::systemChanged()
{
    const QString id = m_system->currentData().toString();
    const Json *sys = m_catalog && !id.isEmpty() ? m_catalog->entry("systems", id.toStdString()) : nullptr;
    if (!sys)
        return;
    // Rack-scale systems (NVL72, a CloudMatrix rack) are one per rack and carry their own
    // footprint; servers go several to a rack of the catalog's rack type.
    const bool rackScale = sys->contains("widthM");
    const Json *rackType = nullptr;
    if (sys->contains("rackType") && (*sys)["rackType"].is_string())
        rackType = m_catalog->entry("racks", (*sys)["rackType"].get<std::string>());
    const Json *footprint = rackScale ? sys : rackType;
    if (footprint) {
        m_width->setValue(footprint->value("widthM", m_width->value()));
        m_depth->setValue(footprint->value("depthM", m_depth->value()));
    }
    if (rackScale)
        m_systemCount->setValue(1);
    else if (m_systemCount->value() == 0)  // 8U servers: four fit a 42U rack beside its switches
        m_systemCount->setValue(sys->value("heightU", 8) <= 8 ? 4 : 2);
}

RowOptions RowToolDialog::options() const
{
    RowOptions o = m_base;
    o.count = m_count->value();
    o.pitchM = m_pitch->value();
    o.rotationDeg = m_rotation->currentData().toInt();
    o.system = m_system->currentData().toString();
    o.systemCount = o.system.isEmpty() ? 0 : m_systemCount->value();
    o.rackWidthM = m_width->value();
    o.rackDepthM = m_depth->value();
    o.namePrefix = m_prefix->text().trimmed();   // empty: named after the row's letters
    o.hotAisleWidthM = m_hotAisle->value();
    return o;
}

} // namespace aif
