#pragma once

// Merge ids of every undo command, in one place (Tiled's undocommands.h pattern).
namespace aif {
enum UndoCommandId {
    CmdSetProperty = 1,
};
} // namespace aif
