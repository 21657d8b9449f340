// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace irndesk {

/// A problem found while reading JSON: where (line, column, JSON path) and what.
struct Diagnostic
{
    enum class Severity {
        Warning, ///< read, but not as written (a key in another letter case, a duplicate key)
        Error, ///< the value could not be read as the schema says (wrong type, unknown key, bad syntax)
    };
    Severity severity = Severity::Error;
    QString path; ///< e.g. "ItemList[3].Qty"; empty for the document itself
    QString message; ///< translated
    int line = 0; ///< 1-based; 0 when unknown
    int column = 0; ///< 1-based

    bool isError() const { return severity == Severity::Error; }
    /// "line 4, column 17: ItemList[3].Qty: expected a number, got a string"
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics& diagnostics);

} // namespace irndesk
