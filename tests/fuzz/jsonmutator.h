#pragma once

#include "random.h"

#include <nlohmann/json.hpp>

#include <QByteArray>

#include <string>
#include <unordered_set>
#include <vector>

namespace aif::fuzz {

using Json = nlohmann::json;

// Structure-aware mutations of a parsed project or catalog file: a value's type swapped, huge and
// special numbers, nesting just under and over the parser's 64-level limit, dangling, wrong-kind
// and self references, duplicate ids, hostile strings as ids ("../", NUL, very long), required
// keys removed, arrays emptied or repeated, subtrees copied over others.
// Text a JSON tree cannot hold (1e999, 18446744073709551616, invalid UTF-8, a lone surrogate
// escape) goes in as a placeholder string that text() replaces after dumping.
class JsonMutator
{
public:
    // knownIds: ids worth pointing references at (every id in the seed inputs and the catalog).
    JsonMutator(Json &doc, Random &rng, const std::unordered_set<std::string> &knownIds);

    std::string mutate();   // one mutation, and what it did ("swap type /racks/3/xM")
    QByteArray text();      // the document as text, placeholders replaced

private:
    struct Node
    {
        Json *value;
        int parent;   // index in m_nodes, -1 for the root
        int end;      // one past the last descendant (nodes are in pre-order)
        int depth;    // containers around the value (the root's members: 1)
        const std::string *key;   // the member name in an object, null in an array
        size_t index;             // the position in an array
    };

    void collect();
    void collect(Json &value, int parent, int depth, const std::string *key, size_t index);
    int pickNode(bool allowRoot);
    std::string pointer(int node) const;
    Json raw(const std::string &text);   // a placeholder for text() to substitute
    Json specialNumber();
    std::string hostileString();

    std::string swapType(int n);
    std::string setNumber(int n);
    std::string nest(int n);
    std::string retargetReference();
    std::string duplicateId();
    std::string hostileId();
    std::string removeKey();
    std::string arrayEdit();
    std::string addKey();
    std::string copySubtree();

    Json &m_doc;
    Random &m_rng;
    const std::unordered_set<std::string> &m_knownIds;
    std::vector<Node> m_nodes;
    std::vector<int> m_entities;     // objects with a string "id"
    std::vector<int> m_references;   // strings (not ids) naming a known id
    std::unordered_set<std::string> m_docIds;
    std::vector<std::string> m_raw;
};

} // namespace aif::fuzz
