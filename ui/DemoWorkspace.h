// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

namespace irndesk::store {
class Store;
}

namespace irndesk::ui {

class AppContext;

/// What addDemoWorkspace() made.
struct DemoWorkspace
{
    qint64 workspaceId = 0;
    QString name; ///< the workspace's trade name: "Demo", "Demo 2", ...
    QString gstin;
    int imported = 0; ///< sample invoices added
    int withErrors = 0; ///< of those, the ones the rules stopped (drafts)
};

/// Adds a workspace of a made-up seller, Demo Traders Private Limited in Goa, with the sample
/// invoices of resources/demo/demo-invoices.json, imported through io::importFiles so that they get
/// their findings like any import (a few carry typical mistakes: a mistyped buyer GSTIN, an unknown
/// HSN code, a PIN of another state, a total typed wrong).
///
/// The workspace is named "Demo", or "Demo 2", "Demo 3", ... when that name is taken; its GSTIN is
/// the demo one, or (when a workspace has it already) the same PAN with the next free entity
/// number. The invoices' dates move so that the newest is `today` and none is older than the
/// file's span (under three weeks): within any reporting window, never in the future.
Result<DemoWorkspace> addDemoWorkspace(store::Store& store, QDate today, bool sandbox = false);

/// The same on the context's store, with its "today" and sandbox mode; tells the pages that the
/// workspaces and invoices changed. The current workspace stays as it was: the caller switches to
/// the demo (setWorkspace) when the user should see it.
Result<DemoWorkspace> addDemoWorkspace(AppContext& context);

} // namespace irndesk::ui
