// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/InvoiceStatus.h"

#include <QCoreApplication>

namespace irndesk::store {

namespace {

struct StatusInfo
{
    InvoiceStatus status;
    const char* name;
    const char* title;
};

constexpr StatusInfo kInfo[] = {
    {InvoiceStatus::Draft, "draft", QT_TRANSLATE_NOOP("irndesk::store", "Draft")},
    {InvoiceStatus::Ready, "ready", QT_TRANSLATE_NOOP("irndesk::store", "Ready")},
    {InvoiceStatus::Exported, "exported", QT_TRANSLATE_NOOP("irndesk::store", "Exported")},
    {InvoiceStatus::Submitting, "submitting", QT_TRANSLATE_NOOP("irndesk::store", "Submitting")},
    {InvoiceStatus::Registered, "registered", QT_TRANSLATE_NOOP("irndesk::store", "Registered")},
    {InvoiceStatus::Unknown, "unknown", QT_TRANSLATE_NOOP("irndesk::store", "Unknown (look up)")},
    {InvoiceStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("irndesk::store", "Rejected")},
    {InvoiceStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("irndesk::store", "Cancelled")},
};

const StatusInfo& infoOf(InvoiceStatus status)
{
    return kInfo[static_cast<int>(status)];
}

// The same moves as the status_move table of migration 0001, which the store's triggers enforce;
// TestStore checks that both agree.
constexpr std::pair<InvoiceStatus, InvoiceStatus> kMoves[] = {
    {InvoiceStatus::Draft, InvoiceStatus::Ready},
    {InvoiceStatus::Ready, InvoiceStatus::Draft},
    {InvoiceStatus::Exported, InvoiceStatus::Draft},
    {InvoiceStatus::Rejected, InvoiceStatus::Draft},
    {InvoiceStatus::Ready, InvoiceStatus::Exported},
    {InvoiceStatus::Ready, InvoiceStatus::Submitting},
    {InvoiceStatus::Exported, InvoiceStatus::Submitting},
    {InvoiceStatus::Submitting, InvoiceStatus::Registered},
    {InvoiceStatus::Submitting, InvoiceStatus::Rejected},
    {InvoiceStatus::Submitting, InvoiceStatus::Unknown},
    {InvoiceStatus::Unknown, InvoiceStatus::Registered},
    {InvoiceStatus::Unknown, InvoiceStatus::Rejected},
    {InvoiceStatus::Unknown, InvoiceStatus::Ready},
    {InvoiceStatus::Exported, InvoiceStatus::Registered},
    {InvoiceStatus::Ready, InvoiceStatus::Registered},
    {InvoiceStatus::Registered, InvoiceStatus::Cancelled},
};

} // namespace

QString statusName(InvoiceStatus status)
{
    return QLatin1String(infoOf(status).name);
}

std::optional<InvoiceStatus> statusFromName(QStringView name)
{
    for (const StatusInfo& info : kInfo) {
        if (name.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0) {
            return info.status;
        }
    }
    return std::nullopt;
}

QString statusTitle(InvoiceStatus status)
{
    return QCoreApplication::translate("irndesk::store", infoOf(status).title);
}

bool isAllowedMove(InvoiceStatus from, InvoiceStatus to)
{
    if (from == to) {
        return true;
    }
    for (const auto& [a, b] : kMoves) {
        if (a == from && b == to) {
            return true;
        }
    }
    return false;
}

bool isImmutable(InvoiceStatus status)
{
    return status == InvoiceStatus::Registered || status == InvoiceStatus::Cancelled;
}

bool isEditable(InvoiceStatus status)
{
    return status == InvoiceStatus::Draft || status == InvoiceStatus::Ready || status == InvoiceStatus::Exported
        || status == InvoiceStatus::Rejected;
}

} // namespace irndesk::store
