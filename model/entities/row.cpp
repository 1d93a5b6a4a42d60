#include "row.h"

namespace aif {

const std::vector<Field<Row>> &Row::fields()
{
    using namespace fields;
    static const auto f = withBaseFields<Row>({
        ref<Row>(&Row::hall, "hall", "Hall", {EntityKind::Hall}, true)
            .explain("The hall the row stands in."),
    });
    return f;
}

} // namespace aif
