// libFuzzer entry point (make fuzz, clang-16 where installed): coverage-guided fuzzing of the
// same fuzzOne() the mutation fuzzer runs. Built twice: fuzz-project (project files: parse,
// validate, save and reload, solve) and fuzz-catalog (AIF_FUZZ_CATALOG: user catalog files).
#include "fuzzrunner.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace aif::fuzz;

namespace {
FuzzSetup *g_setup = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    g_setup = new FuzzSetup;
    QString error;
    if (!g_setup->load(QStringLiteral(AIF_SOURCE_DIR), &error)) {
        std::fprintf(stderr, "fuzz: %s\n", qPrintable(error));
        std::exit(2);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
#ifdef AIF_FUZZ_CATALOG
    const InputKind kind = InputKind::CatalogFile;
#else
    const InputKind kind = InputKind::Project;
#endif
    if (const Finding f = fuzzOne(bytes, kind, g_setup->context)) {
        // Known-open findings are not worth stopping a long run for; anything else is.
        if (!g_setup->knownOpen.match(f.signature).empty())
            return 0;
        std::fprintf(stderr, "fuzz: %s\n  signature: %s\n", f.detail.c_str(), f.signature.c_str());
        std::abort();   // libFuzzer saves the input as crash-<sha1>
    }
    return 0;
}
