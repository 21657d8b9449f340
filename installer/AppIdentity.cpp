// SPDX-License-Identifier: GPL-3.0-or-later
#include "installer/AppIdentity.h"

namespace irndesk::desktop {

QString appId()
{
    return QStringLiteral(IRNDESK_APP_ID);
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/irndesk.png"));
}

} // namespace irndesk::desktop
