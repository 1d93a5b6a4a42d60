#pragma once

// Every bump of the project file's "formatVersion", one line each, newest last.
// A bump needs: a migration step in migrations.cpp, a file under tests/data/formats/,
// and a line in docs/file-format.md.
//
//   1  2026-11  first release: site, halls, rows, racks, air units, containment, liquid loops,
//               CDUs, heat rejection, power nodes, network, deployments, economics, scenarios.
//   2  2026-12  several sites: the "site" object becomes the "sites" list (halls name theirs).

namespace aif {
inline constexpr int kFormatVersion = 2;
inline constexpr int kOldestFormatVersion = 1;
} // namespace aif
