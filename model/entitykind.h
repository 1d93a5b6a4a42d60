#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace aif {

// Every kind of thing a project holds. The order is the order of the file's sections.
enum class EntityKind {
    Site,
    Hall,
    Row,
    Rack,
    AirUnit,
    Containment,
    Vent,
    LiquidLoop,
    Cdu,
    HeatRejection,
    PowerNode,
    NetworkDomain,
    Switch,
    Link,
    Deployment,
    Economics,
    AirModel,
    Scenario,
};

inline constexpr int kEntityKindCount = int(EntityKind::Scenario) + 1;

struct KindNames
{
    EntityKind kind;
    const char *fileKey;   // key of the section in the project file ("racks")
    const char *idPrefix;  // prefix of generated ids ("rack")
    const char *label;     // singular, for the UI ("Rack")
    const char *plural;    // for the UI ("Racks")
    bool singleton;        // one per project (economics, air model)
};

const KindNames &kindNames(EntityKind kind);
const std::vector<EntityKind> &allKinds();
bool kindFromFileKey(std::string_view key, EntityKind *kind);

} // namespace aif
