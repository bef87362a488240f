#include "blockpatch.h"

#include <algorithm>

namespace arckit {

BlockPatch BlockPatch::between(const QStringList &before, const QStringList &after)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype head = 0;
    while (head < shorter && before.at(head) == after.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < shorter - head && before.at(before.size() - 1 - tail) == after.at(after.size() - 1 - tail))
        ++tail;
    BlockPatch patch;
    patch.start = int(head);
    patch.removeCount = int(before.size() - head - tail);
    patch.inserted = after.mid(head, after.size() - head - tail);
    return patch;
}

QStringList BlockPatch::appliedTo(const QStringList &before) const
{
    QStringList after = before.mid(0, start);
    after += inserted;
    after += before.mid(start + removeCount);
    return after;
}

} // namespace arckit
