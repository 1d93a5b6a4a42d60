#pragma once

#include <QString>

namespace aif {

class MainWindow;

// ai-factory-studio --bench-open FILE: how long the studio takes to show a project as a user
// sees it (window shown, file loaded, every view filled, solved, painted), with peak memory.
// Printed as numbers for `make bench` (docs/testing.md); never a pass/fail test.
int benchOpen(MainWindow &window, const QString &file);

} // namespace aif
