#pragma once

#include "random.h"

#include <QByteArray>

#include <string>

namespace aif::fuzz {

// One byte-level mutation of `bytes` in place (truncate, bit flips, interesting bytes, insert,
// delete, duplicate a range, splice with `other`, JSON tokens dropped in), and what it did
// ("truncate at 1234"). Knows nothing about JSON beyond a few tokens worth inserting.
std::string mutateBytes(QByteArray &bytes, const QByteArray &other, Random &rng);

} // namespace aif::fuzz
