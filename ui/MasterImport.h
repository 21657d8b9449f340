// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parties and products of a workspace as records of named text fields: what the edit dialogs
// and the CSV/XLSX import share, so that a party typed by hand and one read from a file pass the
// same checks (docs/import-template.md, "Importing parties and products").

#include "core/Result.h"
#include "core/rules/RuleContext.h"
#include "core/store/Store.h"

#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace irndesk::ui {

enum class MasterKind
{
    Party,
    Product,
};

/// One column of a party or product: its key is the header of the import file (INV-01 names).
struct MasterField
{
    enum class Type
    {
        Text,
        Flag, ///< Y / N
        PartyKind, ///< buyer, shipto, dispatch
    };
    QString key;
    QString title; ///< translated
    Type type = Type::Text;
    bool required = false;
};

/// The fields of `kind`, in the order of the table columns.
QList<MasterField> masterFields(MasterKind kind);

/// Field key -> text as typed or read. Missing keys are empty.
using MasterRecord = QHash<QString, QString>;

/// The text of each field of a stored party or product.
MasterRecord recordOf(const store::Party& party);
MasterRecord recordOf(const store::Product& product);
/// The translated name of a party kind.
QString partyKindTitle(store::Party::Kind kind);

/// Checks `record` and makes the party: the error message names the field ("PIN: ...") and the
/// error's detail is the field key (the dialog focuses that field). The state code, when blank,
/// is taken from the GSTIN. In sandbox mode a GSTIN with a wrong check character is accepted.
Result<store::Party> partyFromRecord(const MasterRecord& record, qint64 workspaceId, const RuleContext& rules);
/// The same for a product: HSN of 4, 6 or 8 digits known to the masters, a UQC unit, a GST rate of
/// the allowed list, exact decimal prices and cess.
Result<store::Product> productFromRecord(const MasterRecord& record, qint64 workspaceId, const RuleContext& rules);

/// What was wrong with one row of an import file.
struct MasterImportProblem
{
    int row = 0; ///< as the spreadsheet shows it; 0 for the file as a whole
    QString message;
};

struct MasterImportResult
{
    int rowsRead = 0;
    int added = 0;
    QList<MasterImportProblem> problems; ///< rows left out, and file notes
    std::optional<Error> error; ///< the file could not be read (or the store written): nothing added
    bool cancelled = false; ///< nothing added
};

/// Reads `path` (CSV or XLSX, first sheet; a header row of field keys, letter case ignored), checks
/// every row and adds the good ones to workspace `workspaceId` of the store at `storePath` (opened
/// here: this runs off the GUI thread), in one transaction. A row equal to a stored party (same
/// kind and GSTIN, or same kind and legal name without GSTIN) or product (same description) is left
/// out and reported. `progress` gets the rows read so far; `cancel` stops before anything is added.
MasterImportResult importMasters(MasterKind kind,
                                 const QString& path,
                                 const QString& storePath,
                                 qint64 workspaceId,
                                 const RuleContext& rules,
                                 const std::atomic_bool& cancel,
                                 const std::function<void(int rows)>& progress);

} // namespace irndesk::ui
