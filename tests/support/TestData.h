// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace irndesk::test {

/// Absolute path of a file under tests/data (IRNDESK_TEST_DATA, set by CTest).
QString dataPath(const QString& relative);
/// The bytes of a file under tests/data; fails the current test when it cannot be read.
QByteArray readData(const QString& relative);
/// Path of the built irndesk-cli (IRNDESK_CLI, set by CTest).
QString cliPath();

} // namespace irndesk::test
