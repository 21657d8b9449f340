// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/Finding.h"

#include <algorithm>

namespace irndesk {

QString severityName(Finding::Severity severity)
{
    return severity == Finding::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

bool hasErrors(const Findings& findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.isError(); });
}

qsizetype errorCount(const Findings& findings)
{
    return std::count_if(findings.begin(), findings.end(), [](const Finding& f) { return f.isError(); });
}

} // namespace irndesk
