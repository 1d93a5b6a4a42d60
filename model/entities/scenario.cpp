#include "scenario.h"

#include <QtGlobal>

namespace aif {

namespace {
Field<Scenario> overridesField()
{
    PropertyInfo info = fields::makeInfo("overrides", QT_TRANSLATE_NOOP("aif::Field", "Overrides"),
                                         PropType::OverrideList);
    info.help = QT_TRANSLATE_NOOP("aif::Field",
                                  "Changes the scenario makes to the design: item, field, value "
                                  "(edit them in the Scenarios panel).");
    auto get = [](const Scenario &s) {
        Json list = Json::array();
        for (const Override &o : s.overrides)
            list.push_back(
                Json {{"entity", o.entity}, {"property", o.property}, {"value", o.value}});
        return list;
    };
    auto set = [](Scenario &s, const Json &v) {
        s.overrides.clear();
        for (const Json &o : v)
            s.overrides.push_back({o.at("entity").get<std::string>(),
                                   o.at("property").get<std::string>(), o.at("value")});
    };
    return {info, get, set};
}
} // namespace

const std::vector<Field<Scenario>> &Scenario::fields()
{
    using namespace fields;
    static const auto f = withBaseFields<Scenario>({
        text<Scenario>(&Scenario::description, "description",
                       QT_TRANSLATE_NOOP("aif::Field", "Description"))
            .explain(QT_TRANSLATE_NOOP("aif::Field", "What the scenario tests, in words.")),
        overridesField(),
    });
    return f;
}

} // namespace aif
