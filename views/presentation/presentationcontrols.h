#pragma once

#include "whatif.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QSlider;

namespace aif {

// The bar under every slide: the live levers (electricity price, utilisation, GPU system, PUE
// target), the $/Mtok they give, whether a solve is running and how long the last one took,
// and the reminder that none of it is saved. Sliders step with the mouse or Up/Down (Left and
// Right step the slides).
class PresentationControls : public QFrame
{
    Q_OBJECT

public:
    PresentationControls(const Project &project, const Catalog &catalog, QWidget *parent = nullptr);

    WhatIf whatIf() const;
    QSlider *tariffSlider() const { return m_tariff; }
    QSlider *utilizationSlider() const { return m_utilization; }
    QSlider *pueSlider() const { return m_pue; }
    QComboBox *systemCombo() const { return m_system; }

    void setPueTarget(double pue); // without emitting changed()
    bool pueTargetSet() const { return m_pueSet; }
    void setSolving(bool solving);
    void setSolved(double ms, const QString &costText, const QString &error);
    QString statusText() const;
    QString costText() const;

signals:
    void changed();

private:
    QSlider *addSlider(const QString &name, const QString &caption, int min, int max, int value);
    void updateLabels();

    QSlider *m_tariff;
    QSlider *m_utilization;
    QSlider *m_pue;
    QComboBox *m_system;
    QLabel *m_tariffValue;
    QLabel *m_utilizationValue;
    QLabel *m_pueValue;
    QLabel *m_cost;
    QLabel *m_status;
    QString m_lastSolve;
    bool m_utilizationMoved = false;
    bool m_pueSet = false;
    double m_designUtilization = 0.0;
};

} // namespace aif
