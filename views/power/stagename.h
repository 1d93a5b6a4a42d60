#pragma once

#include <QString>

#include <string>

namespace aif {

// A power-chain stage ("transformer", "ups", "psu" …, as the power solver keys its losses) in the
// studio's language: the power-equipment type's words from the field table, plus the servers' PSUs,
// which are part of the racks rather than nodes of the chain. Used by the Power tab and
// the dashboard's power breakdown so both name a stage alike.
QString powerStageName(const std::string &stage);

} // namespace aif
