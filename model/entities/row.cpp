#include "row.h"

#include <QtGlobal>

namespace aif {

const std::vector<Field<Row>> &Row::fields()
{
    using namespace fields;
    static const auto f = withBaseFields<Row>({
        ref<Row>(&Row::hall, "hall", QT_TRANSLATE_NOOP("aif::Field", "Hall"), {EntityKind::Hall},
                 true)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "The hall the row stands in.")),
    });
    return f;
}

} // namespace aif
