// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace irndesk::cli {

/// Exit codes of every subcommand (DESIGN.md §7).
enum ExitCode {
    kExitOk = 0, ///< success
    kExitDataError = 1, ///< the data is at fault: an invoice has errors
    kExitCannotRun = 2, ///< bad arguments, unreadable file, not JSON
};

/// Runs `irndesk-cli` with its arguments (without the program name) and returns the exit code.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace irndesk::cli
