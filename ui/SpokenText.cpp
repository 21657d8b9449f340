// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SpokenText.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

QString spokenText(const QString& text)
{
    static const QRegularExpression translatedMnemonic(u"\\(&[^&)]\\)"_s);
    static const QRegularExpression mnemonic(u"&(?!&)"_s);
    QString plain = text;
    plain.remove(translatedMnemonic);
    plain.remove(mnemonic);
    plain = plain.trimmed();
    while (plain.endsWith(u':') || plain.endsWith(u'…')) {
        plain.chop(1);
        plain = plain.trimmed();
    }
    return plain;
}

} // namespace irndesk::ui
