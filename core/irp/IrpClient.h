// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/irp/Jwt.h"
#include "core/store/Store.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QSslCertificate>
#include <QString>

#include <memory>


namespace irndesk::irp {

class HttpChannel;

/// Where an IRP is and who we are there. Secrets are filled in at run time (IrpProfile), never
/// kept anywhere else.
struct IrpConnection
{
    QString baseUrl; ///< https://einv-apisandbox.nic.in, or the local sandbox's URL
    QString clientId, clientSecret, userName, password, gstin;
    PublicKey authKey; ///< the IRP's encryption public key (not its signing key)
    /// A private endpoint's CA: when set, exactly these are trusted; otherwise the system's CAs.
    QList<QSslCertificate> caCertificates;
    int timeoutMs = 30000;
};

/// What one API call gave.
struct ApiReply
{
    enum class Kind {
        Ok, ///< Status 1: `data` holds the decrypted Data
        Errors, ///< Status 0: `errors` holds every ErrorDetails entry (and `info` the InfoDtls)
        Transport, ///< no usable answer: network error, timeout, dropped connection, HTTP 5xx, a body
                   ///< that is not the envelope. For a generate, the IRN may exist: look it up.
    };
    Kind kind = Kind::Transport;
    QJsonObject data;
    QList<store::IrpError> errors;
    QJsonArray info;
    int httpStatus = 0;
    QString transportError; ///< for Transport: what went wrong, for the user
    /// For Transport: false when the request surely never reached the IRP (connection refused,
    /// unknown host, TLS handshake refused): nothing to look up then.
    bool requestLeft = true;

    bool ok() const { return kind == Kind::Ok; }
    bool hasError(const QString& code) const;
    /// The codes of `errors`, joined with ", ".
    QString codes() const;
};

/// The token and SEK of one IRP user, shared by every client of a submission run: one auth for
/// the run, renewed only when it nears its end or the IRP says 1005 (never one auth per invoice).
class IrpSession
{
public:
    explicit IrpSession(IrpConnection connection);
    const IrpConnection& connection() const { return m_connection; }
    /// How many auth calls were made (tests check the token is reused).
    int authCount() const;

private:
    friend class IrpClient;
    struct Token
    {
        QString authToken;
        QByteArray sek;
        QDateTime validUntil; ///< UTC, on our clock
        int generation = 0;
    };
    IrpConnection m_connection;
    mutable QMutex m_mutex;
    Token m_token;
    int m_authCount = 0;
};

/// NIC's IRP API v1.03/v1.04 (spec §5), one call at a time, blocking (it runs its own event loop):
/// use one client per thread, sharing an IrpSession. TLS is verified; nothing ignores an error.
class IrpClient
{
public:
    explicit IrpClient(std::shared_ptr<IrpSession> session);
    ~IrpClient();
    IrpClient(const IrpClient&) = delete;
    IrpClient& operator=(const IrpClient&) = delete;

    /// Makes sure a token is held (auth when there is none or it is about to run out).
    /// An auth that fails is an Errors or Transport reply.
    ApiReply authenticate(bool force = false);

    /// POST /eicore/v1.03/Invoice with one INV-01 invoice (its JSON as the store keeps it).
    ApiReply generate(const QByteArray& invoiceJson);
    /// GET /eicore/v1.03/Invoice/irn/{irn}
    ApiReply getByIrn(const QString& irn);
    /// GET /eicore/v1.03/Invoice/irnbydocdetails?doctype=&docnum=&docdate=
    ApiReply getByDocument(const QString& docType, const QString& docNo, const QString& docDate);
    /// POST /eicore/v1.03/Invoice/Cancel
    ApiReply cancel(const QString& irn, int reason, const QString& remark);
    /// GET /eivital/v1.03/Master/gstin/{gstin}
    ApiReply gstinDetails(const QString& gstin);

    /// The IRP's answer to a generate or get as what the store keeps.
    static store::IrpResult resultOf(const QJsonObject& data);

private:
    enum class Method { Get, Post };
    ApiReply call(Method method, const QString& path, const QByteArray& json);
    ApiReply callOnce(Method method, const QString& path, const QByteArray& json, const IrpSession::Token& token);
    struct HttpReply;
    HttpReply send(Method method, const QString& path, const QByteArray& body, const QList<std::pair<QByteArray, QByteArray>>& headers);

    std::shared_ptr<IrpSession> m_session;
    std::unique_ptr<HttpChannel> m_channel;
};

} // namespace irndesk::irp
