// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/json/BulkWriter.h"
#include "core/store/Store.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace irndesk::io {

struct ExportOptions
{
    /// Only this workspace; std::nullopt: every workspace (one set of files each, since a bulk
    /// upload belongs to one seller).
    std::optional<qint64> workspaceId;
    /// Only these invoices (a selection); empty: every ready and draft invoice of the workspace(s)
    /// (drafts are checked again: those without errors now go out, the others are reported).
    QList<qint64> ids;
    QString outDir;
    qint64 maxBytes = kDefaultBulkFileBytes;
    /// Also write invoices exported before (status exported) again.
    bool includeExported = false;
    /// Each invoice is validated again before it is written: the day it is checked against.
    QDate today;
    bool sandbox = false;
    std::function<bool(qint64 done, qint64 total)> progress;
};

/// One invoice the export looked at.
struct ExportEntry
{
    qint64 id = 0;
    QString workspaceGstin, docType, docNo;
    bool exported = false;
    QString file; ///< the bulk file it went to
    QStringList reasons; ///< why it was left out: its errors ("2189 ValDtls.TotInvVal: ..."), its status
};

struct ExportSummary
{
    QStringList files;
    qint64 exported = 0, leftOut = 0;
    bool cancelled = false;
};

/// Writes the ready invoices (or the selection) to bulk JSON files of at most maxBytes each,
/// named <GSTIN>-<yyyyMMdd>-NNN.json in outDir (never replacing a file there), and marks each
/// written invoice exported with its file name. An invoice that has errors now is left out, its
/// findings stored, and its entry says why.
Result<ExportSummary> exportBulk(store::Store& store,
                                 const ExportOptions& options,
                                 const std::function<void(const ExportEntry&)>& sink);

} // namespace irndesk::io
