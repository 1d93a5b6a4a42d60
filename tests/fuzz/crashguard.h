#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace aif::fuzz {

// Names and saves the case that brought the fuzzer down, so a crash or a hang is a finding with
// a seed, a case number and a file, not a bare CTest failure: a fatal signal (or, in a sanitizer
// build, the sanitizer's report) prints the cases running at that moment and writes their bytes
// to the save folder; a watchdog thread does the same for a case that runs longer than the limit,
// then exits with status 3.
namespace crashguard {

inline constexpr int kMaxSlots = 64;   // one per worker thread
inline constexpr uint64_t kNoIndex = ~uint64_t(0);   // a replayed file, not a generated case

void install(uint64_t seed, const QString &saveDir);
// The case a worker starts and ends; `bytes` must stay alive until end().
void begin(int slot, uint64_t index, const QString &inputName, const QByteArray &bytes);
void end(int slot);
void startWatchdog(double timeoutSeconds);
void stopWatchdog();

// Writes a finding's input as DIR/TYPE-HASH.EXT (8 hex digits of its SHA-1); returns the path.
QString save(const QString &dir, const char *type, const QByteArray &bytes, const QString &inputName);

} // namespace crashguard
} // namespace aif::fuzz
