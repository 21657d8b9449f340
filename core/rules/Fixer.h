// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Invoice.h"

namespace irndesk {

struct FixOptions
{
};

struct Fix
{
    QString path, before, after, description;
};

struct FixResult
{
    Invoice invoice;
    QList<Fix> fixes;
};

FixResult fixInvoice(const Invoice& invoice, const FixOptions& options = {});

} // namespace irndesk
