// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"

namespace irndesk::cli {

int commandExplain(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Q_UNUSED(arguments);
    Q_UNUSED(out);
    err << "not implemented yet" << Qt::endl;
    return kExitCannotRun;
}

} // namespace irndesk::cli
