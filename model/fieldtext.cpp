#include "fieldtext.h"

#include <QCoreApplication>

namespace aif {

namespace {
QString fieldText(const std::string &english)
{
    return english.empty() ? QString() : QCoreApplication::translate("aif::Field", english.c_str());
}
} // namespace

QString fieldLabel(const PropertyInfo &info)
{
    return fieldText(info.label);
}

QString fieldHelp(const PropertyInfo &info)
{
    return fieldText(info.help.empty() ? info.label : info.help);
}

QString choiceText(const PropertyInfo &info, size_t i)
{
    if (i < info.choiceLabels.size())
        return fieldText(info.choiceLabels[i]);
    return i < info.choices.size() ? QString::fromStdString(info.choices[i]) : QString();
}

} // namespace aif
