// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace irndesk {

/// One problem the rule engine found in an invoice (DESIGN.md §4).
struct Finding
{
    enum class Severity {
        Warning, ///< the IRP would accept it, but it is risky or probably a mistake
        Error, ///< the IRP would reject the invoice
    };

    QString code; ///< IRP error code ("2189"), "SCHEMA", or "LOCAL-<name>"
    QString rule; ///< stable id of our rule, e.g. "totals.invoice-value"
    QString path; ///< JSON path of the field, e.g. "ItemList[2].GstRt"; empty for the invoice
    Severity severity = Severity::Error;
    QString message; ///< translated: what is wrong, with the values involved
    QString hint; ///< translated: how to fix it

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Finding&) const = default;
};

using Findings = QList<Finding>;

/// "error" or "warning", as in the CLI's JSON output.
QString severityName(Finding::Severity severity);
bool hasErrors(const Findings& findings);
qsizetype errorCount(const Findings& findings);

} // namespace irndesk
