#include "keyfigurestable.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace aif {

QColor betterColour()
{
    return QColor(30, 140, 60);
}

QColor worseColour()
{
    return QColor(200, 40, 40);
}

KeyFiguresTable::KeyFiguresTable(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName("keyFiguresTable");
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(true);
    setWordWrap(false);
    connect(this, &QTableWidget::cellClicked, this, [this](int row, int) { activate(row); });
}

namespace {

constexpr int kKeyRole = Qt::UserRole;
constexpr int kExplainableRole = Qt::UserRole + 1;

} // namespace

void KeyFiguresTable::setExplainEnabled(bool enabled)
{
    m_explain = enabled;
}

QString KeyFiguresTable::keyAt(int row) const
{
    const QTableWidgetItem *label = item(row, 0);
    return label ? label->data(kKeyRole).toString() : QString();
}

void KeyFiguresTable::activate(int row)
{
    const QTableWidgetItem *label = item(row, 0);
    if (m_explain && label && label->data(kExplainableRole).toBool())
        emit figureActivated(label->data(kKeyRole).toString());
}

void KeyFiguresTable::keyPressEvent(QKeyEvent *event)
{
    const int k = event->key();
    if (m_explain && currentRow() >= 0
        && (k == Qt::Key_Return || k == Qt::Key_Enter || k == Qt::Key_Space)) {
        activate(currentRow());
        event->accept();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

QString withUnit(const KeyFigure &f)
{
    return f.valid() && !f.unit.isEmpty() ? f.text() + " " + f.unit : f.text();
}

} // namespace

void KeyFiguresTable::setFigures(const std::vector<KeyFigure> &figures)
{
    m_verdicts.clear();
    clear();
    setMinimumHeight(0);
    setMaximumHeight(QWIDGETSIZE_MAX); // after a comparison fixed it
    setColumnCount(3);
    setHorizontalHeaderLabels({tr("Figure"), tr("Value"), tr("Source")});
    setRowCount(int(figures.size()));
    for (int i = 0; i < int(figures.size()); ++i) {
        const KeyFigure &f = figures[size_t(i)];
        QTableWidgetItem *label = cell(f.label);
        label->setData(kKeyRole, f.key);
        label->setData(kExplainableRole, f.valid() && f.explainable);
        QTableWidgetItem *value = cell(withUnit(f), Qt::AlignRight | Qt::AlignVCenter);
        QTableWidgetItem *source = cell(f.valid() ? f.source : f.reason);
        source->setToolTip(source->text());
        if (!f.valid())
            source->setForeground(palette().color(QPalette::PlaceholderText));
        if (f.valid() && f.explainable) {
            const QString hint = tr("Click to explain this number");
            label->setToolTip(hint);
            value->setToolTip(hint);
            source->setToolTip(source->text() + "\n" + hint);
        }
        setItem(i, 0, label);
        setItem(i, 1, value);
        setItem(i, 2, source);
    }
    resizeColumnsToContents();
}

void KeyFiguresTable::setComparison(const std::vector<KeyFigure> &a,
                                    const std::vector<KeyFigure> &b, const QString &labelA,
                                    const QString &labelB)
{
    clear();
    m_verdicts.assign(a.size(), 0);
    setColumnCount(5);
    setHorizontalHeaderLabels({tr("Figure"), labelA, labelB, tr("B − A"), tr("Better")});
    setRowCount(int(a.size()));
    for (int i = 0; i < int(a.size()); ++i) {
        const KeyFigure &fa = a[size_t(i)];
        const KeyFigure *fb = findFigure(b, fa.key);
        if (!fb)
            continue;
        setItem(
            i, 0,
            cell(fa.unit.isEmpty() ? fa.label : QStringLiteral("%1 (%2)").arg(fa.label, fa.unit)));
        QTableWidgetItem *va = cell(fa.text(), Qt::AlignRight | Qt::AlignVCenter);
        QTableWidgetItem *vb = cell(fb->text(), Qt::AlignRight | Qt::AlignVCenter);
        va->setToolTip(fa.valid() ? fa.source : fa.reason);
        vb->setToolTip(fb->valid() ? fb->source : fb->reason);
        setItem(i, 1, va);
        setItem(i, 2, vb);
        const int verdict = comparison(fa, *fb);
        m_verdicts[size_t(i)] = verdict;
        QTableWidgetItem *diff = cell(differenceText(fa, *fb), Qt::AlignRight | Qt::AlignVCenter);
        QTableWidgetItem *which = cell(verdict > 0       ? tr("B better")
                                           : verdict < 0 ? tr("A better")
                                           : fa.better == KeyFigure::Better::Neither ? QString()
                                                                                     : tr("same"));
        for (QTableWidgetItem *item : {diff, which, vb}) {
            if (verdict != 0) {
                item->setForeground(verdict > 0 ? betterColour() : worseColour());
                QFont bold = font();
                bold.setBold(true);
                item->setFont(bold);
            }
        }
        setItem(i, 3, diff);
        setItem(i, 4, which);
    }
    resizeColumnsToContents();
    // Tall enough for every row, so the power chart below gets the rest of the height.
    int h = frameWidth() * 2 + horizontalHeader()->height() + 2;
    for (int r = 0; r < rowCount(); ++r)
        h += rowHeight(r);
    setFixedHeight(h);
}

} // namespace aif
