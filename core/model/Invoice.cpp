// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Invoice.h"

namespace irndesk {

Invoice Invoice::blank()
{
    Invoice invoice;
    invoice.version = QStringLiteral("1.1");
    invoice.tranDtls.taxSch = QStringLiteral("GST");
    invoice.tranDtls.supTyp = QStringLiteral("B2B");
    invoice.docDtls.typ = QStringLiteral("INV");
    return invoice;
}

} // namespace irndesk
