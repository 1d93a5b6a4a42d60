#include "scenestyle.h"

#include <vtkActor.h>
#include <vtkGlyph3DMapper.h>
#include <vtkLight.h>
#include <vtkLookupTable.h>
#include <vtkPolyData.h>
#include <vtkPolyDataAlgorithm.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkProperty2D.h>
#include <vtkRenderer.h>
#include <vtkScalarBarActor.h>
#include <vtkTextProperty.h>

#include <cmath>

namespace aif::scene3d {

namespace {

void ramp(vtkLookupTable *lut, const std::array<std::array<double, 3>, 5> &stops)
{
    const int n = 256;
    lut->SetNumberOfTableValues(n);
    for (int i = 0; i < n; ++i) {
        const double f = double(i) / (n - 1) * 4.0;
        const int k = std::min(int(f), 3);
        const double u = f - k;
        lut->SetTableValue(i, stops[k][0] + (stops[k + 1][0] - stops[k][0]) * u,
                           stops[k][1] + (stops[k + 1][1] - stops[k][1]) * u,
                           stops[k][2] + (stops[k + 1][2] - stops[k][2]) * u, 1.0);
    }
    lut->SetNanColor(0.62, 0.64, 0.68, 1.0);
    lut->SetTableRange(0, 1);
    lut->Build();
}

} // namespace

void styleRenderer(vtkRenderer *renderer)
{
    renderer->GradientBackgroundOn();
    renderer->SetBackground(0.80, 0.84, 0.89);    // bottom
    renderer->SetBackground2(0.33, 0.38, 0.46);   // top
    renderer->SetUseFXAA(false);   // llvmpipe: FXAA costs more than it gives for boxes
    renderer->SetTwoSidedLighting(true);
}

void makeViridis(vtkLookupTable *lut)
{
    // Matplotlib's viridis at 0, .25, .5, .75, 1 (van der Walt & Smith, 2015), as on the floor plan.
    ramp(lut, {{{0x44 / 255.0, 0x01 / 255.0, 0x54 / 255.0},
                {0x3b / 255.0, 0x52 / 255.0, 0x8b / 255.0},
                {0x21 / 255.0, 0x91 / 255.0, 0x8c / 255.0},
                {0x5e / 255.0, 0xc9 / 255.0, 0x62 / 255.0},
                {0xfd / 255.0, 0xe7 / 255.0, 0x25 / 255.0}}});
}

void makeCoolWarm(vtkLookupTable *lut)
{
    // Moreland's "cool to warm" diverging map (2009) at five stops.
    ramp(lut, {{{0.230, 0.299, 0.754}, {0.552, 0.690, 0.996}, {0.865, 0.865, 0.865}, {0.958, 0.604, 0.482},
                {0.706, 0.016, 0.150}}});
}

void styleScalarBar(vtkScalarBarActor *bar, vtkLookupTable *lut, ScalarBarSide side)
{
    // Horizontal along the bottom: long titles with units fit, and the bars never cover racks
    // at the right edge of a wide hall. Racks' metric on the right, air temperature on the left.
    bar->SetLookupTable(lut);
    bar->SetOrientationToHorizontal();
    bar->SetTextPositionToPrecedeScalarBar();   // labels under the bar, the title above it
    bar->SetNumberOfLabels(5);
    bar->SetLabelFormat("%.3g");
    bar->SetBarRatio(0.3);
    bar->SetPosition(side == ScalarBarSide::Right ? 0.56 : 0.04, 0.015);
    bar->SetWidth(0.40);
    bar->SetHeight(0.10);
    bar->SetMaximumHeightInPixels(72);
    bar->UnconstrainedFontSizeOn();
    bar->SetTextPad(2);
    for (vtkTextProperty *t : {bar->GetTitleTextProperty(), bar->GetLabelTextProperty()}) {
        t->SetColor(0.08, 0.08, 0.1);
        t->ShadowOff();
        t->ItalicOff();
        t->SetFontFamilyToArial();
    }
    bar->GetTitleTextProperty()->SetFontSize(13);
    bar->GetTitleTextProperty()->BoldOn();
    bar->GetLabelTextProperty()->SetFontSize(12);
    bar->GetLabelTextProperty()->BoldOff();
    bar->DrawBackgroundOn();
    bar->GetBackgroundProperty()->SetColor(1, 1, 1);
    bar->GetBackgroundProperty()->SetOpacity(0.75);
}

void setBarTitle(vtkScalarBarActor *bar, const std::string &title, const std::string &unit, bool stale)
{
    std::string t = title;
    if (!unit.empty())
        t += " (" + unit + ")";
    if (stale)
        t += " - stale, solve again";
    bar->SetTitle(t.c_str());
}

void styleStaticActors(vtkActor *floors, vtkActor *walls, vtkActor *fronts, vtkActor *equipment, vtkActor *panels,
                       vtkActor *pipes)
{
    floors->GetProperty()->SetAmbient(0.3);
    walls->GetProperty()->SetOpacity(0.18);   // see into the hall from any side
    fronts->GetProperty()->SetColor(0.12, 0.13, 0.15);   // perforated front doors: dark
    fronts->GetProperty()->SetSpecular(0.2);
    equipment->GetProperty()->SetSpecular(0.2);
    panels->GetProperty()->SetOpacity(0.30);
    pipes->GetProperty()->SetColor(0.0, 0.59, 0.59);   // teal: liquid, as on the plan and P&ID drawings
    pipes->GetProperty()->SetLineWidth(2.0);
    pipes->GetProperty()->SetLighting(false);
}

void styleOutline(vtkActor *actor, const std::array<double, 3> &rgb, double lineWidth)
{
    actor->GetProperty()->SetColor(rgb[0], rgb[1], rgb[2]);
    actor->GetProperty()->SetLineWidth(float(lineWidth));
    actor->GetProperty()->SetLighting(false);
}

void styleAirPathActors(vtkActor *airPath, vtkActor *ceilings, vtkActor *tileHoles)
{
    airPath->GetProperty()->SetAmbient(0.25);
    ceilings->GetProperty()->SetColor(0.78, 0.42, 0.30);
    ceilings->GetProperty()->SetLineWidth(1.5f);
    ceilings->GetProperty()->SetLighting(false);
    ceilings->GetProperty()->SetOpacity(0.7);
    tileHoles->GetProperty()->SetColor(0.18, 0.27, 0.41);
    tileHoles->GetProperty()->SetPointSize(3.0f);
    tileHoles->GetProperty()->SetLighting(false);
}

void setPoints(vtkActor *actor, vtkPolyData *points)
{
    auto *mapper = vtkPolyDataMapper::SafeDownCast(actor->GetMapper());
    if (!mapper) {
        auto m = vtkSmartPointer<vtkPolyDataMapper>::New();
        actor->SetMapper(m);
        mapper = m;
    }
    mapper->SetInputData(points);
    mapper->ScalarVisibilityOff();
}

void setGlyphs(vtkActor *actor, vtkPolyData *points, const vtkSmartPointer<vtkPolyDataAlgorithm> &source,
               bool directColours)
{
    auto *mapper = vtkGlyph3DMapper::SafeDownCast(actor->GetMapper());
    if (!mapper) {
        auto m = vtkSmartPointer<vtkGlyph3DMapper>::New();
        actor->SetMapper(m);
        mapper = m;
    }
    mapper->SetInputData(points);
    mapper->SetSourceConnection(source->GetOutputPort());
    mapper->SetScaleArray("scale");
    mapper->SetScaleModeToScaleByVectorComponents();
    mapper->OrientOff();
    if (directColours) {
        mapper->SetScalarModeToUsePointFieldData();
        mapper->SelectColorArray("colour");
        mapper->SetColorModeToDirectScalars();
        mapper->ScalarVisibilityOn();
    } else {
        mapper->ScalarVisibilityOff();
    }
}

} // namespace aif::scene3d
