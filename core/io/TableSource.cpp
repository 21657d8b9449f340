// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/TableSource.h"

namespace irndesk::io {

bool TableCell::isBlank() const
{
    for (const QChar c : text) {
        if (!c.isSpace()) {
            return false;
        }
    }
    return true;
}

bool TableRow::isBlank() const
{
    for (const TableCell& cell : cells) {
        if (!cell.isBlank()) {
            return false;
        }
    }
    return true;
}

QString columnLetters(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    }
    return letters;
}

int columnIndex(QStringView reference)
{
    int value = 0;
    int letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.unicode();
        int digit;
        if (u >= u'A' && u <= u'Z') {
            digit = u - u'A' + 1;
        } else if (u >= u'a' && u <= u'z') {
            digit = u - u'a' + 1;
        } else {
            break;
        }
        if (++letters > 3) { // XFD (16384) is the last column of a sheet
            return -1;
        }
        value = value * 26 + digit;
    }
    return letters == 0 ? -1 : value - 1;
}

TableSource::~TableSource() = default;

} // namespace irndesk::io
