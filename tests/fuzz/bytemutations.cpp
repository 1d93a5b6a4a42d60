#include "bytemutations.h"

namespace aif::fuzz {

namespace {

// Bytes and tokens that sit on the parser's decision points: structure, escapes, number syntax,
// invalid UTF-8 (a lone continuation byte, an overlong NUL, a surrogate half) and NUL itself.
const char kBytes[] = {'\0', '\x01', '\x7f', '\x80', '\xbf', '\xc0', '\xff', '"', '\\', '{', '}', '[', ']', ',',
                       ':', '-', '+', '.', 'e', 'E', '0', '9', ' ', '\n'};
const char *const kTokens[] = {"{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\ud800", "\\uDFFF", "null",
                               "true", "false", "-0", "1e999", "-1e999", "1e-400", "NaN", "Infinity", "0x10",
                               "01", "1.", ".5", "9223372036854775808", "18446744073709551616", "\xc0\x80",
                               "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xef\xbb\xbf", "{\"id\":\"x\"}", "[[[[[[[[",
                               "]]]]]]]]", "//", "/*", "\"\":", "\"id\":"};

qsizetype position(const QByteArray &b, Random &rng)
{
    return qsizetype(rng.below(size_t(b.size()) + 1));
}

} // namespace

std::string mutateBytes(QByteArray &bytes, const QByteArray &other, Random &rng)
{
    switch (rng.below(9)) {
    case 0: {   // cut short: the most common real-world corruption (a full disk, a killed save)
        const qsizetype at = rng.chance(0.1) ? qsizetype(rng.below(16)) : position(bytes, rng);
        bytes.truncate(at);
        return "truncate at " + std::to_string(at);
    }
    case 1: {
        const int flips = 1 + int(rng.below(8));
        for (int i = 0; i < flips && !bytes.isEmpty(); ++i) {
            const qsizetype at = qsizetype(rng.below(size_t(bytes.size())));
            bytes[at] = char(bytes[at] ^ (1 << rng.below(8)));
        }
        return "flip " + std::to_string(flips) + " bits";
    }
    case 2: {
        if (bytes.isEmpty())
            return "set byte (empty)";
        const qsizetype at = qsizetype(rng.below(size_t(bytes.size())));
        bytes[at] = rng.pick(kBytes);
        return "set byte " + std::to_string(at);
    }
    case 3: {
        const qsizetype at = position(bytes, rng);
        const char *token = rng.pick(kTokens);
        bytes.insert(at, token);
        return "insert token " + std::to_string(at);
    }
    case 4: {
        const qsizetype at = position(bytes, rng);
        QByteArray random;
        for (size_t i = 0, n = 1 + rng.below(32); i < n; ++i)
            random += char(rng.next());
        bytes.insert(at, random);
        return "insert random bytes " + std::to_string(at);
    }
    case 5: {
        const qsizetype at = position(bytes, rng);
        const qsizetype n = qsizetype(rng.below(rng.chance(0.2) ? size_t(bytes.size()) + 1 : 64));
        bytes.remove(at, n);
        return "delete " + std::to_string(n) + " at " + std::to_string(at);
    }
    case 6: {   // a repeated range: duplicated objects, keys and ids
        const qsizetype from = position(bytes, rng);
        const QByteArray chunk = bytes.mid(from, qsizetype(rng.below(256)));
        const qsizetype at = position(bytes, rng);
        bytes.insert(at, chunk);
        return "duplicate range " + std::to_string(from);
    }
    case 7: {   // the start of one input with the end of another
        const qsizetype at = position(bytes, rng);
        const qsizetype from = other.isEmpty() ? 0 : qsizetype(rng.below(size_t(other.size())));
        bytes = bytes.left(at) + other.mid(from);
        return "splice " + std::to_string(at) + "+" + std::to_string(from);
    }
    default: {   // change one digit run: numbers are most of a project file
        qsizetype at = bytes.isEmpty() ? 0 : qsizetype(rng.below(size_t(bytes.size())));
        while (at < bytes.size() && !(bytes[at] >= '0' && bytes[at] <= '9'))
            ++at;
        if (at < bytes.size())
            bytes[at] = char('0' + rng.below(10));
        if (rng.chance(0.3))
            bytes.insert(at, QByteArray(qsizetype(1 + rng.below(400)), '9'));
        return "digits at " + std::to_string(at);
    }
    }
}

} // namespace aif::fuzz
