#include "jsonlimits.h"

namespace aif {

int jsonDepth(const QByteArray &bytes, int stopAt, qint64 *where)
{
    int depth = 0, deepest = 0;
    bool inString = false, escaped = false;
    for (qint64 i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > stopAt) {
                    if (where)
                        *where = i;
                    return deepest;
                }
            }
        } else if (c == ']' || c == '}') {
            depth = depth > 0 ? depth - 1 : 0;
        }
    }
    return deepest;
}

Json parseJsonLimited(const QByteArray &bytes, qint64 maxBytes, std::string *why)
{
    if (bytes.size() > maxBytes) {
        *why = "larger than " + std::to_string(maxBytes >> 20) + " MiB: refusing to read it";
        return Json(Json::value_t::discarded);
    }
    qint64 at = 0;
    if (jsonDepth(bytes, kMaxJsonDepth, &at) > kMaxJsonDepth) {
        *why = "nesting deeper than " + std::to_string(kMaxJsonDepth) + " levels at byte " + std::to_string(at);
        return Json(Json::value_t::discarded);
    }
    try {
        return Json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const Json::parse_error &e) {
        const std::string what = e.what();
        *why = "not valid JSON at byte " + std::to_string(e.byte) + ": " + what.substr(what.find(':') + 2);
    } catch (const std::exception &e) {
        // out_of_range for a number no double can hold (1e999), bad_alloc
        const std::string what = e.what();
        const size_t bracket = what.find(']');
        *why = "not valid JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2));
    }
    return Json(Json::value_t::discarded);
}

std::string safeFileName(const std::string &name)
{
    std::string out;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                        || c == '-';
        out += ok ? c : '_';
    }
    // No leading dot: neither "." / ".." nor a hidden file the user would not see.
    if (out.empty() || out.front() == '.')
        out = "_" + out;
    return out.size() > 200 ? out.substr(0, 200) : out;
}

} // namespace aif
