#pragma once

#include "entitykind.h"

#include <QString>

namespace aif {

// A kind's label and plural in the studio's language (QT_TRANSLATE_NOOP'd in entitykind.cpp,
// context "aif::EntityKind"); the file keys and id prefixes are never translated.
QString kindLabel(EntityKind kind);
QString kindPlural(EntityKind kind);

} // namespace aif
