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

QColor failureColour()
{
    return QColor(176, 106, 0);
}

const std::vector<int> &KeyFiguresTable::verdicts(int side) const
{
    static const std::vector<int> kNone;
    return side >= 0 && side < int(m_verdicts.size()) ? m_verdicts[size_t(side)] : kNone;
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

void KeyFiguresTable::setComparison(const CompareResult &r, Normalisation shown)
{
    clear();
    const int sides = int(r.labels.size());
    m_verdicts.assign(size_t(sides), std::vector<int>(size_t(r.figureCount()), 0));
    QStringList headers {tr("Figure")};
    for (int i = 0; i < sides; ++i) {
        const QString letter(QChar('A' + i));
        const SideVerdict &v = r.verdicts[size_t(i)];
        const QString kind = v.kind == SideKind::Failure ? tr(" (failure)") : QString();
        headers << QStringLiteral("%1: %2%3").arg(letter, r.labels[size_t(i)], kind);
        if (i > 0)
            headers << QStringLiteral("%1 − %2").arg(letter, QChar('A' + v.reference));
    }
    if (sides == 2)
        headers << tr("Better");
    setColumnCount(int(headers.size()));
    setHorizontalHeaderLabels(headers);
    for (int c = 1; c < columnCount(); ++c)
        horizontalHeaderItem(c)->setToolTip(headers[c]);
    setRowCount(r.figureCount());
    QFont bold = font();
    bold.setBold(true);
    for (int row = 0; row < r.figureCount(); ++row) {
        const KeyFigure first = normalisedFigure(r.values[0][size_t(row)], shown);
        setItem(row, 0,
                cell(first.unit.isEmpty() ? first.label
                                          : QStringLiteral("%1 (%2)").arg(first.label, first.unit)));
        item(row, 0)->setData(kKeyRole, first.key);
        for (int i = 0; i < sides; ++i) {
            const SideVerdict &v = r.verdicts[size_t(i)];
            const KeyFigure f = normalisedFigure(r.values[size_t(i)][size_t(row)], shown);
            QTableWidgetItem *value = cell(f.text(), Qt::AlignRight | Qt::AlignVCenter);
            value->setToolTip(f.valid() ? f.source : f.reason);
            setItem(row, valueColumn(i), value);
            if (i == 0)
                continue;
            // Colours are the library's verdicts, in the basis it compared on.
            const int verdict = v.figures[size_t(row)];
            m_verdicts[size_t(i)][size_t(row)] = verdict;
            const KeyFigure ref
                = normalisedFigure(r.values[size_t(v.reference)][size_t(row)], shown);
            QTableWidgetItem *diff = cell(differenceText(ref, f), Qt::AlignRight | Qt::AlignVCenter);
            setItem(row, differenceColumn(i), diff);
            std::vector<QTableWidgetItem *> coloured {diff, value};
            if (sides == 2) {
                const bool neutral = first.better == KeyFigure::Better::Neither;
                QTableWidgetItem *which = cell(verdict > 0 ? tr("B better")
                                                   : verdict < 0 ? tr("A better")
                                                   : neutral     ? QString()
                                                                 : tr("same"));
                if (v.kind == SideKind::Failure && verdict == 0 && comparison(ref, f) != 0)
                    which->setText(tr("failure case"));
                setItem(row, 3 + 1, which);
                coloured.push_back(which);
            }
            for (QTableWidgetItem *c : coloured) {
                if (verdict != 0) {
                    c->setForeground(verdict > 0 ? betterColour() : worseColour());
                    c->setFont(bold);
                }
            }
        }
    }
    resizeColumnsToContents();
    // Tall enough for every row, so the power chart below gets the rest of the height.
    int h = frameWidth() * 2 + horizontalHeader()->height() + 2;
    for (int r = 0; r < rowCount(); ++r)
        h += rowHeight(r);
    setFixedHeight(h);
}

} // namespace aif
