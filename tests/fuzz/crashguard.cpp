#include "crashguard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <thread>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define AIF_FUZZ_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AIF_FUZZ_SANITIZER 1
#endif
#endif
#ifdef AIF_FUZZ_SANITIZER
#include <sanitizer/common_interface_defs.h>
#endif

namespace aif::fuzz::crashguard {

namespace {

struct Slot
{
    std::atomic<bool> busy{false};
    std::atomic<qint64> startedMs{0};
    uint64_t index = 0;
    char input[256] = {};
    char extension[16] = {};
    const char *data = nullptr;
    size_t size = 0;
};

Slot g_slots[kMaxSlots];
uint64_t g_seed = 0;
char g_saveDir[4096] = ".";
QElapsedTimer g_clock;
std::atomic<bool> g_watching{false};
std::thread g_watchdog;

// Only write(2), open(2) and snprintf into stack buffers: this runs in a signal handler.
void say(const char *text)
{
    [[maybe_unused]] const ssize_t n = ::write(2, text, std::strlen(text));
}

void reportRunning(const char *what)
{
    char line[9000];
    for (Slot &s : g_slots) {
        if (!s.busy.load())
            continue;
        char path[4400];
        if (s.index == kNoIndex)
            std::snprintf(path, sizeof path, "%s/%s-replay.%s", g_saveDir, what, s.extension);
        else
            std::snprintf(path, sizeof path, "%s/%s-seed%llu-case%llu.%s", g_saveDir, what,
                          static_cast<unsigned long long>(g_seed), static_cast<unsigned long long>(s.index),
                          s.extension);
        const int fd = ::open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            [[maybe_unused]] const ssize_t n = ::write(fd, s.data, s.size);
            ::close(fd);
        }
        if (s.index == kNoIndex)
            std::snprintf(line, sizeof line, "aif-fuzz: %s while replaying %s; input saved as %s\n", what, s.input,
                          path);
        else
            std::snprintf(line, sizeof line,
                          "aif-fuzz: %s in case %llu (seed %llu, from %s); input saved as %s\n"
                          "  reproduce: aif-fuzz --seed %llu --case %llu\n",
                          what, static_cast<unsigned long long>(s.index), static_cast<unsigned long long>(g_seed),
                          s.input, path, static_cast<unsigned long long>(g_seed),
                          static_cast<unsigned long long>(s.index));
        say(line);
    }
}

// Installed only without the sanitizers (they own the fatal signals).
[[maybe_unused]] void onSignal(int sig)
{
    char line[64];
    std::snprintf(line, sizeof line, "aif-fuzz: fatal signal %d\n", sig);
    say(line);
    reportRunning("crash");
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

#ifdef AIF_FUZZ_SANITIZER
void onSanitizerDeath()
{
    reportRunning("crash");
}
#endif

void watch(double timeoutSeconds)
{
    while (g_watching.load()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        const qint64 now = g_clock.elapsed();
        for (Slot &s : g_slots) {
            if (s.busy.load() && now - s.startedMs.load() > qint64(timeoutSeconds * 1000)) {
                char line[128];
                std::snprintf(line, sizeof line, "aif-fuzz: a case ran longer than %.0f s (a hang)\n", timeoutSeconds);
                say(line);
                reportRunning("hang");
                std::_Exit(3);
            }
        }
    }
}

} // namespace

void install(uint64_t seed, const QString &saveDir)
{
    g_seed = seed;
    g_clock.start();
    QDir().mkpath(saveDir);
    std::snprintf(g_saveDir, sizeof g_saveDir, "%s", QDir(saveDir).absolutePath().toLocal8Bit().constData());
#ifdef AIF_FUZZ_SANITIZER
    // The sanitizers own SIGSEGV and print the stack; they call this before exiting.
    __sanitizer_set_death_callback(onSanitizerDeath);
#else
    for (const int sig : {SIGSEGV, SIGABRT, SIGFPE, SIGBUS, SIGILL})
        std::signal(sig, onSignal);
#endif
}

void begin(int slot, uint64_t index, const QString &inputName, const QByteArray &bytes)
{
    Slot &s = g_slots[slot % kMaxSlots];
    s.index = index;
    std::snprintf(s.input, sizeof s.input, "%s", inputName.toLocal8Bit().constData());
    std::snprintf(s.extension, sizeof s.extension, "%s",
                  inputName.endsWith(QLatin1String(".json")) ? "json" : "aifactory");
    s.data = bytes.constData();
    s.size = size_t(bytes.size());
    s.startedMs.store(g_clock.isValid() ? g_clock.elapsed() : 0);
    s.busy.store(true);
}

void end(int slot)
{
    g_slots[slot % kMaxSlots].busy.store(false);
}

void startWatchdog(double timeoutSeconds)
{
    if (g_watching.exchange(true))
        return;
    if (!g_clock.isValid())
        g_clock.start();
    g_watchdog = std::thread(watch, timeoutSeconds);
}

void stopWatchdog()
{
    if (g_watching.exchange(false) && g_watchdog.joinable())
        g_watchdog.join();
}

QString save(const QString &dir, const char *type, const QByteArray &bytes, const QString &inputName)
{
    QDir().mkpath(dir);
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(8));
    const QString ext = inputName.endsWith(QLatin1String(".json")) ? QStringLiteral("json") : QStringLiteral("aifactory");
    const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.%3").arg(QLatin1String(type), hash, ext));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
    return path;
}

} // namespace aif::fuzz::crashguard
