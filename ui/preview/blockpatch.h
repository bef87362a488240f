#pragma once
// The smallest contiguous edit that turns one list of top-level HTML blocks
// into another: keep the common head and tail, replace the middle. Typing
// changes one block, so the preview re-parses and re-lays out only that
// block instead of the whole document.

#include <QStringList>

namespace arckit {

struct BlockPatch
{
    int start = 0;        // index of the first block replaced
    int removeCount = 0;  // how many old blocks go
    QStringList inserted; // the new blocks in their place

    bool isEmpty() const { return removeCount == 0 && inserted.isEmpty(); }
    // Applies the patch to a list (what the page does to its DOM).
    QStringList appliedTo(const QStringList &before) const;
    static BlockPatch between(const QStringList &before, const QStringList &after);

    friend bool operator==(const BlockPatch &, const BlockPatch &) = default;
};

} // namespace arckit
