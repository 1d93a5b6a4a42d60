#pragma once

#include <QFrame>
#include <QStringList>
#include <QWidget>

#include <vector>

class QLabel;

namespace aif {

struct KeyFigure;

// Type sized for a room, not a desk: every label of the presentation carries a scale factor
// and takes a pixel size of factor × the window's base size (its height / 40), re-applied
// when the window is resized (a projector at 1280×720 and a 4K screen read the same).
void setTypeScale(QWidget *widget, double factor, bool bold = false);
void applyTypeScale(QWidget *root, int basePx);

// Colours of the presentation: a light drawing (the plan and charts are drawn for light
// backgrounds) with one accent for the numbers the presenter talks about.
QColor presentationAccent();
QColor presentationMuted();

// One named figure: caption, big value with its unit, and a small note (source or reason).
class FigureTile : public QFrame
{
    Q_OBJECT

public:
    FigureTile(const QString &key, double valueScale = 2.0, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    void setFigure(const KeyFigure *figure);   // null: "—"
    // A value that is not a key figure (network draw, a deployment): text, unit and caption.
    void setText(const QString &caption, const QString &value, const QString &unit,
                 const QString &note = {});
    QString valueText() const;

private:
    QString m_key;
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_note;
};

// The five steps in a slim bar across the top; the current one is filled. A click jumps.
class StepBar : public QWidget
{
    Q_OBJECT

public:
    explicit StepBar(const QStringList &steps, QWidget *parent = nullptr);
    void setCurrent(int index);
    int current() const { return m_current; }
    QSize sizeHint() const override;

signals:
    void stepClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QStringList m_steps;
    int m_current = 0;
};

// A cost split as one horizontal stacked bar with its parts named below it, each with its
// value in the same unit ($/Mtok): the parts add up to the total drawn beside it.
class SplitBar : public QWidget
{
    Q_OBJECT

public:
    struct Part
    {
        QString name;
        double value = 0.0;
    };
    explicit SplitBar(QWidget *parent = nullptr);
    void setParts(const std::vector<Part> &parts, const QString &unit, int decimals);
    const std::vector<Part> &parts() const { return m_parts; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<Part> m_parts;
    QString m_unit;
    int m_decimals = 3;
};

} // namespace aif
