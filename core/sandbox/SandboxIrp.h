// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sandbox/SandboxKeys.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

namespace irndesk::store {
class Store;
}

namespace irndesk::sandbox {

/// One API user of the sandbox: the client credentials (client_id / client_secret, per PAN at NIC)
/// and the API user with its password and GSTIN.
struct SandboxUser
{
    QString clientId, clientSecret, userName, password, gstin;
};

/// Users from a JSON file: an array (or {"users": [...]}) of objects with "clientId",
/// "clientSecret", "userName", "password", "gstin". The error names the file and the entry.
Result<QList<SandboxUser>> readUsersFile(const QString& path);

/// What `GET /eivital/v1.03/Master/gstin/{gstin}` answers for one GSTIN (spec §5.6).
struct GstinDetails
{
    QString gstin, tradeName, legalName, addrBnm, addrBno, addrFlno, addrSt, addrLoc;
    std::optional<int> stateCode;
    std::optional<qint64> pin;
    QString txpType = QStringLiteral("REG");
    QString status = QStringLiteral("ACT");
};

/// The sellers (workspaces) and parties of a store, as GSTIN details: what the GUI's store knows
/// about each GSTIN. Parties without a GSTIN (or "URP") are left out; a GSTIN seen twice keeps
/// its first record (the workspace before its parties).
QList<GstinDetails> gstinDetailsFromStore(store::Store& store);

/// An IRN the sandbox registered.
struct Registration
{
    QString irn;
    qint64 ackNo = 0;
    QDateTime ackDate; ///< UTC, on the sandbox's clock
    QString sellerGstin, buyerGstin, docType, docNo, docDate, totInvVal;
    QString signedInvoice, signedQrCode;
    bool cancelled = false;
    QDateTime cancelDate; ///< UTC
    QString cancelReason, cancelRemark;
};

/// A parsed HTTP request, as the sandbox sees it.
struct HttpRequest
{
    QByteArray method; ///< upper case
    QString path; ///< percent-decoded, as sent
    QList<QPair<QString, QString>> query; ///< names lower-cased, values decoded
    QList<QPair<QByteArray, QByteArray>> headers; ///< names lower-cased
    QByteArray body;
    bool fromLoopback = true;

    /// The header `name` (lower case), or std::nullopt when it was not sent.
    std::optional<QByteArray> header(const char* name) const;
    /// The query parameter `name` (lower case).
    std::optional<QString> queryValue(const QString& name) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
};

/// The IRP protocol of spec §5 with the decisions of spec §8, without any networking: a request
/// in, a reply out. SandboxServer puts it on a socket; it lives in one thread.
class SandboxIrp
{
public:
    SandboxIrp(SandboxKeys keys, QList<SandboxUser> users, int tokenMinutes);

    /// Answers one request of the IRP API. `isGenerate` tells whether it was an IRN generation
    /// (for the faults that apply to those only).
    HttpResponse handle(const HttpRequest& request);
    /// Whether `request` is an IRN generation (POST /eicore/v1.03/Invoice).
    static bool isGenerate(const HttpRequest& request);

    /// The sandbox's clock: the system's plus the offset (UTC).
    QDateTime now() const;
    qint64 clockOffsetSeconds() const { return m_clockOffset; }
    void setClockOffsetSeconds(qint64 seconds) { m_clockOffset = seconds; }
    /// Every token issued so far stops being valid now (clients get 1005 and must authenticate
    /// again). Returns how many were still valid.
    int expireTokens();

    /// Run the rule engine on generated invoices (the default). Off, only the schema-level checks
    /// of spec §8 apply, as the reference peer does.
    void setBusinessRules(bool on) { m_businessRules = on; }
    void setGstinMaster(const QList<GstinDetails>& details);
    /// Write the envelope's Status as a string ("1"/"0") instead of a number (a fault to survive).
    void setStatusAsString(bool on) { m_statusAsString = on; }

    const SandboxKeys& keys() const { return m_keys; }
    const QList<SandboxUser>& users() const { return m_users; }
    QList<Registration> registrations() const;
    std::optional<Registration> registration(const QString& irn) const;

    /// The registrations as JSON (the --state file) and back.
    QByteArray stateJson() const;
    Status restoreState(const QByteArray& json);
    /// Called after every change to the registrations (the server saves the --state file then).
    void setChangeHandler(std::function<void()> handler) { m_changed = std::move(handler); }

private:
    struct Token
    {
        QString token;
        QByteArray sek;
        QDateTime expiry; ///< UTC
        QString clientId, userName, gstin;
    };
    struct Reply;

    Reply auth(const HttpRequest& request);
    Reply generate(const HttpRequest& request, const Token& token, const QByteArray& payload);
    Reply getByIrn(const Token& token, const QString& irn);
    Reply getByDocument(const HttpRequest& request, const Token& token);
    Reply cancel(const Token& token, const QByteArray& payload);
    Reply gstinDetails(const Token& token, const QString& gstin);
    /// The checks of every API after auth (spec §8): headers, token, GSTIN.
    std::optional<Reply> checkSession(const HttpRequest& request, const Token** token) const;
    QByteArray registrationData(const Registration& r) const;
    QByteArray sign(const QByteArray& dataJson) const;
    void changed();

    SandboxKeys m_keys;
    QList<SandboxUser> m_users;
    int m_tokenMinutes = 60;
    qint64 m_clockOffset = 0;
    bool m_businessRules = true;
    bool m_statusAsString = false;
    QHash<QString, Token> m_tokens; ///< by token text
    QHash<QString, QString> m_currentToken; ///< client, user and GSTIN -> the token auth gives
    QHash<QString, Registration> m_registrations; ///< by IRN
    QList<QString> m_order; ///< IRNs in the order they were registered
    qint64 m_ackSequence = 0;
    QHash<QString, GstinDetails> m_gstins;
    std::function<void()> m_changed;
};

} // namespace irndesk::sandbox
