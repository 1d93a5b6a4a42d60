#pragma once

#include "property.h"

#include <QString>

namespace aif {

// A field's label, tooltip and choice words in the studio's language. The tables in
// model/entities mark them QT_TRANSLATE_NOOP("aif::Field", ...); the file keys, choice values
// and CLI messages stay English.
QString fieldLabel(const PropertyInfo &info);
// The help text, or the label where a field has none.
QString fieldHelp(const PropertyInfo &info);
// The words shown for choice i (the raw value where the table gives none).
QString choiceText(const PropertyInfo &info, size_t i);

} // namespace aif
