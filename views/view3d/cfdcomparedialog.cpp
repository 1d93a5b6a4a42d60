#include "view3d/cfdcomparedialog.h"

#include "cfd/cfdcompare.h"
#include "units.h"
#include "view3d/cfdfieldloader.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace aif {
namespace {

enum Column { ColRack, ColCfd, ColT0, ColT0Diff, ColT1, ColT1Diff, ColCount };

QString shown(double si, Quantity q, bool sign = false)
{
    if (!std::isfinite(si))
        return QStringLiteral("—"); // the fast model does not list this rack
    const UnitSystem system = units::currentSystem();
    const double v = units::toDisplay(si, q, system);
    return (sign && v > 0 ? QStringLiteral("+") : QString()) + QString::number(v, 'f', 2);
}

QString errorLine(const QString &model, const cfd::ModelError &e, double seconds)
{
    return QObject::tr(
               "%1: RMS %2, largest %3, max-inlet error %4; hottest rack %5, hottest quarter %6 %; "
               "solve %7 s")
        .arg(model, units::format(e.rmsK, Quantity::TemperatureDelta, units::currentSystem()),
             units::format(e.maxAbsK, Quantity::TemperatureDelta, units::currentSystem()),
             shown(e.maxInletK, Quantity::TemperatureDelta, true) + ' '
                 + units::displayUnit(Quantity::TemperatureDelta, units::currentSystem()).symbol,
             e.hottestAgree ? QObject::tr("agrees") : QObject::tr("differs"))
        .arg(100.0 * e.topQuarterOverlap, 0, 'f', 0)
        .arg(seconds, 0, 'f', 3);
}

} // namespace

CfdCompareDialog::CfdCompareDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_table(new QTableWidget(0, ColCount, this))
    , m_summary(new QLabel(this))
    , m_t1Button(new QPushButton(tr("Add T1 (solves the 3D air field)"), this))
    , m_t1Watcher(new QFutureWatcher<cfd::Comparison>(this))
{
    setObjectName("cfdCompareDialog");
    setWindowTitle(tr("CFD vs fast air model"));
    m_title->setWordWrap(true);
    m_table->setObjectName("cfdCompareTable");
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ColRack, QHeaderView::ResizeToContents);
    m_table->setToolTip(
        tr("Inlet: area-weighted mean air temperature over the rack's intake. "
           "Difference: fast model minus CFD (negative: the fast model is cooler than the CFD)."));
    m_summary->setObjectName("cfdCompareSummary");
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_t1Button->setToolTip(
        tr("Solves the design with the fast model's 3D air field (thermal T1) at the air model's "
           "grid and adds its inlets; seconds on a hall"));
    connect(m_t1Button, &QPushButton::clicked, this, &CfdCompareDialog::addT1);
    connect(m_t1Watcher, &QFutureWatcher<cfd::Comparison>::finished, this, [this] {
        m_t1 = std::make_shared<const cfd::Comparison>(m_t1Watcher->result());
        fill();
        emit t1Finished();
    });
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (const QTableWidgetItem *item = m_table->item(row, ColRack))
            emit rackActivated(item->data(Qt::UserRole).toString());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_t1Button, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(760, 600);
}

CfdCompareDialog::~CfdCompareDialog()
{
    m_t1Watcher->waitForFinished(); // the job reads the catalog
}

void CfdCompareDialog::setField(std::shared_ptr<const CfdField> field, const Project &project,
                                const Catalog *catalog)
{
    m_t1Watcher->waitForFinished(); // a T1 solve of the previous case would land on this one
    m_field = std::move(field);
    m_t1.reset();
    m_project = project;
    m_catalog = catalog;
    fill();
}

void CfdCompareDialog::refreshUnits()
{
    fill();
}

void CfdCompareDialog::addT1()
{
    if (!m_field || !m_catalog || m_t1Watcher->isRunning())
        return;
    m_t1Button->setEnabled(false);
    m_summary->setText(m_summary->text() + "\n" + tr("Solving the fast model's 3D air field…"));
    const Project project = m_project;
    const Catalog *catalog = m_catalog;
    const std::vector<cfd::RackInlet> racks = m_field->racks;
    m_t1Watcher->setFuture(QtConcurrent::run([project, catalog, racks] {
        try {
            return cfd::compare(project, *catalog, racks, true);
        } catch (const std::exception &) {
            return cfd::Comparison(); // no T1 columns; the T0 ones stay
        }
    }));
}

void CfdCompareDialog::fill()
{
    m_table->setRowCount(0);
    if (!m_field) {
        m_title->setText(tr("No CFD case loaded: 3D tab ▸ Air field ▸ Open CFD case…"));
        m_summary->clear();
        m_t1Button->setEnabled(false);
        return;
    }
    const CfdField &f = *m_field;
    m_title->setText(tr("%1, hall %2, %3 cells")
                         .arg(cfdFieldTitle(f), QString::fromStdString(f.hall))
                         .arg(f.cells));
    m_title->setToolTip(f.caseDir);
    const bool t1 = m_t1 && m_t1->t1Solved;
    const cfd::Comparison &c = t1 ? *m_t1 : f.comparison;
    const UnitSystem system = units::currentSystem();
    const QString deg = units::displayUnit(Quantity::Temperature, system).symbol;
    const QString delta = units::displayUnit(Quantity::TemperatureDelta, system).symbol;
    m_table->setHorizontalHeaderLabels(
        {tr("Rack"), tr("CFD inlet (%1)").arg(deg), tr("T0 inlet (%1)").arg(deg),
         tr("T0 − CFD (%1)").arg(delta), tr("T1 inlet (%1)").arg(deg),
         tr("T1 − CFD (%1)").arg(delta)});
    m_table->setColumnHidden(ColT1, !t1);
    m_table->setColumnHidden(ColT1Diff, !t1);
    m_table->setRowCount(int(c.rows.size()));
    for (int row = 0; row < int(c.rows.size()); ++row) {
        const cfd::InletRow &r = c.rows[size_t(row)];
        const auto rack = std::find_if(m_project.racks.begin(), m_project.racks.end(),
                                       [&](const Rack &k) { return k.id == r.id; });
        const QString id = QString::fromStdString(r.id);
        auto *name = new QTableWidgetItem(rack != m_project.racks.end() && !rack->name.empty()
                                              ? QString::fromStdString(rack->name)
                                              : id);
        name->setData(Qt::UserRole, id);
        name->setToolTip(id);
        m_table->setItem(row, ColRack, name);
        const QString cells[]
            = {shown(r.cfdC, Quantity::Temperature), shown(r.t0C, Quantity::Temperature),
               shown(r.t0C - r.cfdC, Quantity::TemperatureDelta, true),
               shown(r.t1C, Quantity::Temperature),
               shown(r.t1C - r.cfdC, Quantity::TemperatureDelta, true)};
        for (int col = ColCfd; col < ColCount; ++col) {
            auto *item = new QTableWidgetItem(cells[col - ColCfd]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, col, item);
        }
    }
    QStringList lines;
    const int missing = int(std::count_if(f.racks.begin(), f.racks.end(),
                                          [](const cfd::RackInlet &r) { return !r.found; }));
    if (!f.compared)
        lines << tr("No fast-model comparison: the catalog is not available here.");
    else if (c.rows.empty())
        lines << tr("No rack of the case has an intake in the CFD mesh.");
    else
        lines << errorLine(tr("T0"), c.t0, c.t0Seconds);
    if (t1)
        lines << errorLine(tr("T1"), c.t1, c.t1Seconds);
    else if (m_t1)
        lines << tr("T1: the 3D air field did not solve for this design.");
    if (missing > 0)
        lines << tr("%1 racks of the case have no intake in the mesh (blocked or no airflow): left "
                    "out.")
                     .arg(missing);
    m_summary->setText(lines.join('\n'));
    m_t1Button->setEnabled(f.compared && m_catalog && !t1 && !m_t1Watcher->isRunning());
}

} // namespace aif
