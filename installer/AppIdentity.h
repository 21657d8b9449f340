// SPDX-License-Identifier: GPL-3.0-or-later
// Who the desktop app is to the desktop: its application ID (the name of its .desktop file and
// AppStream id) and its icon. Both come from installer/CMakeLists.txt, where the ID is set once.
#pragma once

#include <QIcon>
#include <QString>

namespace irndesk::desktop {

/// "io.github.irndesk.IrnDesk": for QGuiApplication::setDesktopFileName().
QString appId();
/// The app's icon (256 px, drawn from resources/linux/<app id>.svg), embedded at
/// `:/icons/irndesk.png`: for QApplication::setWindowIcon().
QIcon appIcon();

} // namespace irndesk::desktop
