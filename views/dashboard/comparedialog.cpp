#include "comparedialog.h"

#include "projectio.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace aif {

namespace {
constexpr int kBrowse = -1; // item data of "Other project file…"
}

std::vector<CompareSide> CompareDialog::projectSides(const Project &project)
{
    std::vector<CompareSide> sides;
    sides.push_back({QObject::tr("Base design"), project, {}});
    for (const Scenario &s : project.scenarios)
        sides.push_back({QObject::tr("Scenario: %1")
                             .arg(QString::fromStdString(s.name.empty() ? s.id : s.name)),
                         project, s.id});
    return sides;
}

CompareDialog::CompareDialog(const Project &project, const QString &projectName, QWidget *parent)
    : QDialog(parent)
    , m_sides(projectSides(project))
    , m_a(new QComboBox(this))
    , m_b(new QComboBox(this))
{
    setWindowTitle(tr("Compare designs"));
    for (QComboBox *box : {m_a, m_b}) {
        for (int i = 0; i < int(m_sides.size()); ++i)
            box->addItem(QStringLiteral("%1 — %2").arg(projectName, m_sides[size_t(i)].label), i);
        box->insertSeparator(box->count());
        box->addItem(tr("Other project file…"), kBrowse);
        box->setMinimumContentsLength(40);
        connect(box, &QComboBox::activated, this, [this, box](int index) { choose(box, index); });
    }
    // The usual question first: the design against its first what-if.
    m_a->setCurrentIndex(0);
    m_b->setCurrentIndex(m_sides.size() > 1 ? 1 : 0);
    auto *form = new QFormLayout(this);
    auto *hint = new QLabel(
        tr("Both are solved as the studio solves (power, thermal, throughput, coupled twin, "
           "annual energy, TCO). Differences are B − A; green where B is better."),
        this);
    hint->setWordWrap(true);
    form->addRow(hint);
    form->addRow(tr("A:"), m_a);
    form->addRow(tr("B:"), m_b);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void CompareDialog::choose(QComboBox *box, int index)
{
    if (box->itemData(index).toInt() != kBrowse)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with project"), QString(),
                                                      tr("AI Factory projects (*.aifactory)"));
    box->setCurrentIndex(0);
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
    // Offer the file's base design and its scenarios, in both boxes.
    const QString name = QFileInfo(path).fileName();
    const int first = int(m_sides.size());
    for (CompareSide s : projectSides(loaded.project)) {
        s.label = QStringLiteral("%1 — %2").arg(name, s.label);
        m_sides.push_back(std::move(s));
        const int data = int(m_sides.size()) - 1;
        for (QComboBox *b : {m_a, m_b})
            b->insertItem(b->count() - 2, m_sides.back().label, data);
    }
    box->setCurrentIndex(box->findData(first));
}

CompareSide CompareDialog::side(QComboBox *box) const
{
    const int i = box->currentData().toInt();
    return i >= 0 && i < int(m_sides.size()) ? m_sides[size_t(i)] : m_sides.front();
}

CompareSide CompareDialog::sideA() const
{
    return side(m_a);
}

CompareSide CompareDialog::sideB() const
{
    return side(m_b);
}

} // namespace aif
