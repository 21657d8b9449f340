// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Masters.h"

#include <QDate>

#include <memory>

namespace irndesk {

/// Everything the rule engine needs besides the invoice. The engine reads no clock, settings or
/// files: the caller decides what "today" is and which masters apply.
struct RuleContext
{
    /// The day the invoice would be submitted (for "not in the future" and the 30-day window).
    QDate today;
    /// The seller's aggregate annual turnover is at least ₹10 crore: the 30-day reporting window
    /// applies (spec §3.1).
    bool aatoAtLeast10Crore = false;
    /// NIC sandbox: its test GSTINs fail the check character, so that check only warns.
    bool sandbox = false;
    /// Never null in a context passed to validate().
    std::shared_ptr<const Masters> masters;

    /// A context for `today` with the built-in masters.
    static RuleContext withBuiltInMasters(QDate today)
    {
        RuleContext context;
        context.today = today;
        context.masters = Masters::builtIn();
        return context;
    }
};

} // namespace irndesk
