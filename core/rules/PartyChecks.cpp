// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/Checks.h"

namespace irndesk::rules {

void checkParties(const Invoice& invoice, const RuleContext& context, Report& report)
{
    Q_UNUSED(invoice);
    Q_UNUSED(context);
    Q_UNUSED(report);
}

} // namespace irndesk::rules
