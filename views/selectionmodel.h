#pragma once

#include <QObject>
#include <QStringList>

namespace aif {

// The selection every view shares (outline, inspector, floor plan, 3D view): entity ids.
class SelectionModel : public QObject
{
    Q_OBJECT

public:
    explicit SelectionModel(QObject *parent = nullptr) : QObject(parent) {}

    const QStringList &selected() const { return m_selected; }
    QString current() const { return m_selected.isEmpty() ? QString() : m_selected.first(); }
    void setSelected(const QStringList &ids)
    {
        if (ids == m_selected)
            return;
        m_selected = ids;
        emit selectionChanged(m_selected);
    }
    void clear() { setSelected({}); }

signals:
    void selectionChanged(const QStringList &ids);

private:
    QStringList m_selected;
};

} // namespace aif
