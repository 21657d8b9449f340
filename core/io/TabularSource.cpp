// SPDX-License-Identifier: GPL-3.0-or-later
// CSV and XLSX files as an ImportSource. (Wired to core/io/TabularImport once it lands.)
#include "core/io/ImportSource.h"

#include <QCoreApplication>
#include <QDir>

namespace irndesk::io {

Result<std::unique_ptr<ImportSource>> openTabularSource(const QString& file, const QString& /*mappingFile*/)
{
    return Error{ErrorCode::Unsupported,
                 QCoreApplication::translate("irndesk::io::Importer", "%1: CSV and XLSX import is not available yet")
                     .arg(QDir::toNativeSeparators(file)),
                 {}};
}

} // namespace irndesk::io
