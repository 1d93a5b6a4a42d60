#include "comparedialog.h"

#include "projectio.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace aif {

std::vector<CompareSide> CompareDialog::projectSides(const Project &project)
{
    std::vector<CompareSide> sides;
    sides.push_back({QObject::tr("Base design"), project, {}, nullptr});
    for (const Scenario &s : project.scenarios)
        sides.push_back({QObject::tr("Scenario: %1")
                             .arg(QString::fromStdString(s.name.empty() ? s.id : s.name)),
                         project, s.id, nullptr});
    return sides;
}

CompareDialog::CompareDialog(const Project &project, const QString &projectName, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Compare designs"));
    m_list->setObjectName("compareSides");
    auto *hint = new QLabel(
        tr("Check two or more designs or scenarios. Each is solved as the studio solves (power, "
           "thermal, throughput, coupled twin, annual energy, TCO) and compared with the first "
           "one checked; a failure scenario is compared with its base design and is never "
           "better."),
        this);
    hint->setWordWrap(true);
    auto *add = new QPushButton(tr("Add project file…"), this);
    add->setObjectName("compareAddFile");
    connect(add, &QPushButton::clicked, this, &CompareDialog::addFile);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Compare"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &CompareDialog::updateOk);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(add, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    // The usual question first: the design against its first scenario.
    setWindowTitle(tr("Compare designs — %1").arg(projectName));
    addSides(projectSides(project), QString(), 2);
    resize(560, 380);
}

void CompareDialog::addSides(const std::vector<CompareSide> &sides, const QString &prefix,
                             int checked)
{
    for (CompareSide s : sides) {
        if (!prefix.isEmpty()) // other files name themselves; the open project's sides need not
            s.label = QStringLiteral("%1 — %2").arg(prefix, s.label);
        m_sides.push_back(std::move(s));
        auto *item = new QListWidgetItem(m_sides.back().label, m_list);
        item->setData(Qt::UserRole, int(m_sides.size()) - 1);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked-- > 0 ? Qt::Checked : Qt::Unchecked);
    }
    updateOk();
}

void CompareDialog::updateOk()
{
    if (m_ok)
        m_ok->setEnabled(sides().size() >= 2);
}

void CompareDialog::addFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with project"), QString(),
                                                      tr("AI Factory projects (*.aifactory)"));
    if (path.isEmpty())
        return;
    LoadResult loaded = loadProject(path);
    if (!loaded.ok) {
        QStringList lines;
        for (const Diagnostic &d : loaded.diagnostics)
            lines << QString::fromStdString(d.format(QFileInfo(path).fileName().toStdString()));
        QMessageBox::warning(this, tr("Compare with project"),
                             tr("Cannot open %1:\n%2").arg(path, lines.mid(0, 8).join('\n')));
        return;
    }
    // The file's base design checked, its scenarios offered.
    addSides(projectSides(loaded.project), QFileInfo(path).fileName(), 1);
}

std::vector<CompareSide> CompareDialog::sides() const
{
    std::vector<CompareSide> out;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        const int i = item->data(Qt::UserRole).toInt();
        if (item->checkState() == Qt::Checked && i >= 0 && i < int(m_sides.size()))
            out.push_back(m_sides[size_t(i)]);
    }
    return out;
}

CompareSide CompareDialog::sideA() const
{
    const std::vector<CompareSide> s = sides();
    return s.empty() ? m_sides.front() : s[0];
}

CompareSide CompareDialog::sideB() const
{
    const std::vector<CompareSide> s = sides();
    return s.size() > 1 ? s[1] : sideA();
}

} // namespace aif
