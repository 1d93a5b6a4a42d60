#pragma once

#include "airfieldlayer.h"
#include "common/rackmetrics.h"
#include "scenemodel.h"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

class vtkRenderer;
class vtkPolyData;
class vtkLookupTable;
class vtkScalarBarActor;
class vtkActor;

namespace aif {
struct Project;
struct SolveResult;
} // namespace aif

namespace aif::scene3d {

enum class CameraPreset { Isometric, Top, Front, Side };

// The hall in 3D as a VTK renderer's content (no window, no Qt widgets): floors and walls, racks
// drawn with glyph instancing (one cube glyph per rack, scaled per rack, coloured by a solved
// metric through a lookup table with a scalar bar in display units), rack front doors, air units,
// CDUs, floor power cabinets, busways, overhead pipes, containment panels, bottleneck and
// selection outlines, and the air field layers of the thermal solver's T1 field. The studio's 3D
// tab shows it in a QOpenGLWidget; `aif render` draws it offscreen; both build the same scene.
class HallScene
{
public:
    HallScene();
    ~HallScene();
    HallScene(const HallScene &) = delete;
    HallScene &operator=(const HallScene &) = delete;

    // Rebuilds the geometry from the design. Keeps metric, selection and display choices.
    void setProject(const Project &project);
    // Solve results (metric values, bottlenecks, air fields); null clears them.
    void setResult(std::shared_ptr<const SolveResult> result);
    void setStale(bool stale);   // results no longer match the design: the scalar bar titles say so
    bool isStale() const { return m_stale; }
    // Re-applies the result in the studio's current unit system (keeps the stale flag).
    void refreshUnits();
    // "inlet", "outlet", "junction", "power", "utilization", "tokens", "activity", or "" for none.
    void setMetric(const std::string &key);
    void setSelection(const std::vector<std::string> &ids);
    void setAirFieldDisplay(const AirFieldDisplay &display);
    void setShowAirField(bool show);
    bool showAirField() const { return m_showAirField; }
    bool showEquipment() const;
    void setShowEquipment(bool show);   // air units, CDUs, power, pipes, containment

    // Frames the whole site from the preset's direction for a viewport of this width / height.
    void setCamera(CameraPreset preset, double aspect = 16.0 / 9.0);
    void resetCamera(double aspect = 16.0 / 9.0);

    vtkRenderer *renderer() const;
    const SceneModel &model() const { return m_model; }
    const RackMetric &metric() const { return m_metric; }
    const std::unordered_map<std::string, std::vector<std::string>> &bottlenecks() const { return m_bottlenecks; }
    bool hasAirField() const;
    const AirFieldDisplay &airFieldDisplay() const { return m_airDisplay; }
    const std::vector<std::unique_ptr<AirFieldLayer>> &airLayers() const { return m_airLayers; }

    // The rack or equipment under a point of a viewport of this size (VTK display coordinates:
    // pixels, origin bottom-left, continuous: pixel i spans [i, i + 1)). Pure camera math: no
    // render window needed.
    // Hidden equipment is not pickable.
    std::optional<RayHit> pick(double displayX, double displayY, int width, int height) const;
    // What a hover label says about an item: name, metric value with units, bottleneck reasons.
    std::string describe(const std::string &id) const;

    // For tests and export.
    vtkPolyData *rackPoints() const;   // one point per rack: "scale" (3), "metric" (display units, NaN: none)
    vtkLookupTable *rackLookupTable() const;
    vtkScalarBarActor *scalarBar() const;
    vtkScalarBarActor *airScalarBar() const;
    int bottleneckCount() const;
    int failedCount() const;   // what-if failed units (dark red, outlined with the bottlenecks)
    int labelCount() const;   // hall name labels
    int selectedCount() const;
    std::vector<vtkActor *> actors() const;   // every scene actor, visible or not
    // Actors by part name ("floors", "racks", ...; air-field layers' actors included), for export.
    std::vector<std::pair<std::string, vtkActor *>> namedActors() const;
    // Rack colour as drawn (RGB 0..1): through the lookup table, or the neutral colour.
    std::array<double, 3> rackColour(const std::string &id) const;

private:
    void updateRackColours();
    void updateOutlines();
    void updateAirLayers();
    void updateScalarBars();
    void updateHallLabels();

    struct Private;
    std::unique_ptr<Private> d;
    SceneModel m_model;
    std::shared_ptr<const SolveResult> m_result;
    std::string m_metricKey;
    RackMetric m_metric;
    std::unordered_map<std::string, std::vector<std::string>> m_bottlenecks;
    std::vector<std::string> m_selection;
    AirFieldDisplay m_airDisplay;
    bool m_showAirField = true;
    bool m_stale = false;
    std::vector<std::unique_ptr<AirFieldLayer>> m_airLayers;
};

} // namespace aif::scene3d
