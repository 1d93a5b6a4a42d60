#pragma once

// A floor-plan widget on a fresh document, shown and exposed, for the GUI tests that drive the
// plan with the mouse (tst_floorplantools, tst_vents). Test classes derive from it after QObject.
#include "catalog.h"
#include "document.h"
#include "floorplan/floorplanview.h"
#include "floorplan/floorplanwidget.h"
#include "selectionmodel.h"

#include <QDir>
#include <QTest>

#include <memory>

class FloorPlanFixture
{
protected:
    // initTestCase(): the catalog once, and the folder the screenshots go to.
    bool openCatalog(QString *error)
    {
        m_catalog = aif::Catalog::open(error);
        QDir().mkpath("screenshots");
        return m_catalog != nullptr;
    }

    // init(): a new document in a shown 1000 x 800 plan.
    bool showPlan()
    {
        m_doc = std::make_unique<aif::Document>();
        m_selection = std::make_unique<aif::SelectionModel>();
        m_widget = std::make_unique<aif::FloorPlanWidget>(m_doc.get(), m_selection.get(), m_catalog.get());
        m_view = m_widget->view();
        m_widget->resize(1000, 800);
        m_widget->show();
        return QTest::qWaitForWindowExposed(m_widget.get());
    }

    // cleanup(): widget first, it listens to the document.
    void closePlan()
    {
        m_widget.reset();
        m_selection.reset();
        m_doc.reset();
    }

    // A left-button drag in six mouse moves, as a hand would.
    void drag(QPoint from, QPoint to)
    {
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, from);
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(m_view->viewport(), from + (to - from) * i / 6);
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, to);
    }

    std::unique_ptr<aif::Catalog> m_catalog;
    std::unique_ptr<aif::Document> m_doc;
    std::unique_ptr<aif::SelectionModel> m_selection;
    std::unique_ptr<aif::FloorPlanWidget> m_widget;
    aif::FloorPlanView *m_view = nullptr;
};
