// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/Fixer.h"

namespace irndesk {

FixResult fixInvoice(const Invoice& invoice, const FixOptions& options)
{
    Q_UNUSED(options);
    return {invoice, {}};
}

} // namespace irndesk
