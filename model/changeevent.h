#pragma once

#include "entitykind.h"

#include <string>
#include <vector>

namespace aif {

// What changed in the document; views switch on `type` (Tiled's changeevents.h pattern).
struct ChangeEvent
{
    enum class Type {
        Reset,            // whole project replaced (new, open, revert)
        EntitiesAdded,
        EntitiesRemoved,
        PropertyChanged,  // one property of the listed entities
        Batch,            // several changes at once (a batch edit, or undo/redo of one)
    };
    Type type = Type::Reset;
    EntityKind kind = EntityKind::Site;
    std::vector<std::string> ids;
    std::string property;
};

} // namespace aif
