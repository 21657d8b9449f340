// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace irndesk {

/// What an error code means and what to do about it, in words a small-business user understands.
/// Covers every IRP code of spec §3.12 (authentication, IRN generation, cancellation and retrieval,
/// e-way bill) and our own codes (SCHEMA, LOCAL-*), so the GUI can show it next to a finding and
/// next to an answer of the IRP, and `irndesk-cli explain CODE` can print it.
struct ErrorExplanation
{
    /// What kind of problem the code reports: who has to act.
    enum class Kind
    {
        Data, ///< the invoice is wrong: correct it, then send it again
        Authentication, ///< login, API credentials, or the GSTIN's registration
        Transient, ///< a passing failure at the IRP: try again later
        Request, ///< the request itself was incomplete or damaged (settings or software)
        Retrieval, ///< looking up an IRN, a document or a GSTIN
        Cancellation, ///< cancelling an IRN
        EWayBill, ///< the e-way bill made with or from the IRN
        Local, ///< a code of IRN Desk's own checks, not sent by the IRP
    };

    QString code; ///< "2189", "SCHEMA", "LOCAL-JSON"
    QString title; ///< translated, a few words
    QString meaning; ///< translated: what is wrong and its usual cause
    QString fix; ///< translated: what to do
    Kind kind = Kind::Data;
    /// Sending the same request again, with the invoice and the settings unchanged, can succeed
    /// (the IRP had a passing problem, or IRN Desk logs in again on its own). Never true for a
    /// problem in the data: the IRP counts repeated wrong requests against the user.
    bool retry = false;
    /// The IRP's list still has the code but its rule is no longer applied (spec §10).
    bool obsolete = false;
};

/// The translation context of the guide's texts ("irndesk::ErrorGuide").
class ErrorGuide
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::ErrorGuide)

public:
    /// A stable name of the kind for machines: "data", "authentication", "transient", "request",
    /// "retrieval", "cancellation", "e-way-bill", "local".
    static QString kindName(ErrorExplanation::Kind kind);
    /// The kind in words, translated.
    static QString kindLabel(ErrorExplanation::Kind kind);
};

/// The explanation of `code`, or std::nullopt for a code the guide does not know. Surrounding
/// spaces and letter case do not matter, and the IRP's "SYS_5001" is 5001. The texts are
/// translated with the translators installed when it is called.
std::optional<ErrorExplanation> explainCode(QStringView code);

/// Every code the guide knows: the IRP's codes in numeric order, then SCHEMA and the LOCAL-* codes.
QList<ErrorExplanation> allExplanations();

} // namespace irndesk
