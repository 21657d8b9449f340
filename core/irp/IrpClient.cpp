// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/irp/IrpClient.h"

#include "core/irp/HttpChannel.h"
#include "core/irp/IrpCrypto.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QTimeZone>
#include <QUrl>

namespace irndesk::irp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::irp::IrpClient)
};

// Renew the token when less than this is left of it (spec §5.2: force refresh is honoured in
// the last 10 minutes).
constexpr qint64 kRenewSeconds = 10 * 60;

// The IRP's `Status`: a number in practice, a string in some documents (spec §5.4).
int statusOf(const QJsonValue& v)
{
    if (v.isString()) {
        return v.toString().trimmed().toInt();
    }
    return v.toInt(-1);
}

QString textOf(const QJsonValue& v)
{
    if (v.isString()) {
        return v.toString();
    }
    if (v.isDouble()) {
        return QString::number(v.toInteger());
    }
    return {};
}

// ErrorDetails: an array of {ErrorCode, ErrorMessage}; NIC's older documents show it as base64
// of that array.
QList<store::IrpError> errorsOf(const QJsonValue& v)
{
    QJsonArray array = v.toArray();
    if (v.isString()) {
        array = QJsonDocument::fromJson(QByteArray::fromBase64(v.toString().toLatin1())).array();
    }
    QList<store::IrpError> out;
    for (const QJsonValue& e : std::as_const(array)) {
        const QJsonObject o = e.toObject();
        out.append(store::IrpError{ textOf(o.value(QLatin1String("ErrorCode"))).trimmed(),
            o.value(QLatin1String("ErrorMessage")).toString() });
    }
    return out;
}

QDateTime istToUtc(const QString& text)
{
    QDateTime at = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!at.isValid()) {
        return {};
    }
    at.setTimeZone(QTimeZone(5 * 3600 + 30 * 60));
    return at.toUTC();
}

ApiReply transport(const QString& why, int httpStatus = 0)
{
    ApiReply r;
    r.kind = ApiReply::Kind::Transport;
    r.transportError = why;
    r.httpStatus = httpStatus;
    return r;
}

} // namespace

bool ApiReply::hasError(const QString& code) const
{
    for (const store::IrpError& e : errors) {
        if (e.code == code) {
            return true;
        }
    }
    return false;
}

QString ApiReply::codes() const
{
    QStringList list;
    for (const store::IrpError& e : errors) {
        list.append(e.code);
    }
    return list.join(QStringLiteral(", "));
}

IrpSession::IrpSession(IrpConnection connection)
    : m_connection(std::move(connection))
{
}

int IrpSession::authCount() const
{
    const QMutexLocker lock(&m_mutex);
    return m_authCount;
}

struct IrpClient::HttpReply
{
    int status = 0;
    QByteArray body;
    bool failed = false; ///< no HTTP reply at all
    bool requestLeft = true;
    QString errorText;
};

IrpClient::IrpClient(std::shared_ptr<IrpSession> session)
    : m_session(std::move(session))
{
    const IrpConnection& c = m_session->connection();
    m_channel = std::make_unique<HttpChannel>(QUrl(c.baseUrl), c.caCertificates, c.timeoutMs);
}

IrpClient::~IrpClient() = default;

IrpClient::HttpReply IrpClient::send(Method method,
                                     const QString& path,
                                     const QByteArray& body,
                                     const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QString prefix = QUrl(m_session->connection().baseUrl).path();
    while (prefix.endsWith(QLatin1Char('/'))) {
        prefix.chop(1);
    }
    const HttpChannel::Reply r =
        m_channel->request(method == Method::Post ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET"), (prefix + path).toUtf8(), headers, body);
    HttpReply out;
    out.status = r.status;
    out.body = r.body;
    out.failed = r.status == 0;
    out.requestLeft = r.sent && !r.tlsRefused;
    out.errorText = r.error;
    return out;
}

ApiReply IrpClient::authenticate(bool force)
{
    const IrpConnection& c = m_session->connection();
    const QMutexLocker lock(&m_session->m_mutex);
    IrpSession::Token& token = m_session->m_token;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 left = token.authToken.isEmpty() ? 0 : now.secsTo(token.validUntil);
    if (!force && left > kRenewSeconds) {
        ApiReply ok;
        ok.kind = ApiReply::Kind::Ok;
        return ok;
    }
    const QByteArray appKey = crypto::randomBytes(32);
    Result<QByteArray> body = authRequestBody(c.authKey, c.userName, c.password, appKey, force || !token.authToken.isEmpty());
    if (!body) {
        return transport(Tr::tr("cannot make the auth request: %1").arg(body.error().message));
    }
    ++m_session->m_authCount;
    const HttpReply http = send(Method::Post,
        QStringLiteral("/eivital/v1.04/auth"),
        body.value(),
        { { "client_id", c.clientId.toUtf8() }, { "client_secret", c.clientSecret.toUtf8() }, { "Gstin", c.gstin.toUtf8() } });
    const QJsonDocument document = QJsonDocument::fromJson(http.body);
    if (http.failed) {
        return transport(Tr::tr("auth: %1").arg(http.errorText), http.status);
    }
    if (!document.isObject()) {
        return transport(Tr::tr("auth: the IRP's reply is not JSON (HTTP %1)").arg(http.status), http.status);
    }
    const QJsonObject envelope = document.object();
    ApiReply reply;
    reply.httpStatus = http.status;
    if (statusOf(envelope.value(QLatin1String("Status"))) != 1) {
        reply.kind = ApiReply::Kind::Errors;
        reply.errors = errorsOf(envelope.value(QLatin1String("ErrorDetails")));
        if (reply.errors.isEmpty()) {
            reply.errors.append(store::IrpError{ QStringLiteral("AUTH"), Tr::tr("the IRP refused the login without saying why") });
        }
        return reply;
    }
    const QJsonObject data = envelope.value(QLatin1String("Data")).toObject();
    Result<QByteArray> sek = decryptSek(appKey, data.value(QLatin1String("Sek")).toString());
    if (!sek) {
        return transport(Tr::tr("auth: %1").arg(sek.error().message), http.status);
    }
    token.authToken = data.value(QLatin1String("AuthToken")).toString();
    token.sek = sek.value();
    // TokenExpiry is IST on the IRP's clock; when that clock is off from ours (or the date cannot
    // be read), count an hour from now and let a 1005 tell us otherwise.
    QDateTime until = istToUtc(data.value(QLatin1String("TokenExpiry")).toString());
    if (!until.isValid() || until <= now.addSecs(kRenewSeconds) || until > now.addDays(1)) {
        until = now.addSecs(3600);
    }
    token.validUntil = until;
    ++token.generation;
    reply.kind = ApiReply::Kind::Ok;
    reply.data = data;
    reply.data.remove(QLatin1String("Sek"));
    return reply;
}

ApiReply IrpClient::call(Method method, const QString& path, const QByteArray& json)
{
    ApiReply auth = authenticate(false);
    if (!auth.ok()) {
        auth.requestLeft = false; // the call itself was never sent
        return auth;
    }
    IrpSession::Token token;
    {
        const QMutexLocker lock(&m_session->m_mutex);
        token = m_session->m_token;
    }
    ApiReply reply = callOnce(method, path, json, token);
    if (reply.kind == ApiReply::Kind::Errors && reply.hasError(QStringLiteral("1005"))) {
        // The token ran out (or the IRP forgot it): one new auth — unless another thread already
        // made one since this token was taken — and one more try.
        bool renew = false;
        {
            const QMutexLocker lock(&m_session->m_mutex);
            renew = m_session->m_token.generation == token.generation;
            if (renew) {
                m_session->m_token.authToken.clear();
            }
        }
        auth = authenticate(false);
        if (!auth.ok()) {
            auth.requestLeft = false;
            return auth;
        }
        {
            const QMutexLocker lock(&m_session->m_mutex);
            token = m_session->m_token;
        }
        reply = callOnce(method, path, json, token);
    }
    return reply;
}

ApiReply IrpClient::callOnce(Method method, const QString& path, const QByteArray& json, const IrpSession::Token& token)
{
    const IrpConnection& c = m_session->connection();
    QByteArray body;
    if (method == Method::Post) {
        Result<QByteArray> encrypted = encryptedBody(token.sek, json);
        if (!encrypted) {
            return transport(encrypted.error().message);
        }
        body = encrypted.value();
    }
    const HttpReply http = send(method,
        path,
        body,
        { { "client_id", c.clientId.toUtf8() },
            { "client_secret", c.clientSecret.toUtf8() },
            { "Gstin", c.gstin.toUtf8() },
            { "user_name", c.userName.toUtf8() },
            { "AuthToken", token.authToken.toUtf8() } });
    const QJsonDocument document = QJsonDocument::fromJson(http.body);
    if (http.status >= 500 || http.failed) {
        ApiReply r = transport(http.status >= 500 ? Tr::tr("the IRP answered HTTP %1").arg(http.status) : http.errorText,
            http.status);
        r.requestLeft = http.failed ? http.requestLeft : true;
        return r;
    }
    if (!document.isObject()) {
        return transport(Tr::tr("the IRP's reply is not JSON (HTTP %1)").arg(http.status), http.status);
    }
    const QJsonObject envelope = document.object();
    ApiReply reply;
    reply.httpStatus = http.status;
    reply.info = envelope.value(QLatin1String("InfoDtls")).toArray();
    if (statusOf(envelope.value(QLatin1String("Status"))) != 1) {
        reply.kind = ApiReply::Kind::Errors;
        reply.errors = errorsOf(envelope.value(QLatin1String("ErrorDetails")));
        if (reply.errors.isEmpty()) {
            reply.errors.append(store::IrpError{ QStringLiteral("HTTP-%1").arg(http.status), Tr::tr("the IRP refused the request without saying why") });
        }
        return reply;
    }
    const QJsonValue data = envelope.value(QLatin1String("Data"));
    if (data.isString()) {
        Result<QByteArray> plain = decryptData(token.sek, data.toString());
        if (!plain) {
            return transport(Tr::tr("the IRP's reply cannot be decrypted: %1").arg(plain.error().message), http.status);
        }
        const QJsonDocument inner = QJsonDocument::fromJson(plain.value());
        if (!inner.isObject()) {
            return transport(Tr::tr("the IRP's decrypted reply is not a JSON object"), http.status);
        }
        reply.data = inner.object();
    } else {
        reply.data = data.toObject();
    }
    reply.kind = ApiReply::Kind::Ok;
    return reply;
}

ApiReply IrpClient::generate(const QByteArray& invoiceJson)
{
    return call(Method::Post, QStringLiteral("/eicore/v1.03/Invoice"), invoiceJson);
}

ApiReply IrpClient::getByIrn(const QString& irn)
{
    return call(Method::Get, QStringLiteral("/eicore/v1.03/Invoice/irn/") + irn, {});
}

ApiReply IrpClient::getByDocument(const QString& docType, const QString& docNo, const QString& docDate)
{
    const QString query = QStringLiteral("doctype=%1&docnum=%2&docdate=%3")
                              .arg(QString::fromLatin1(QUrl::toPercentEncoding(docType)),
                                  QString::fromLatin1(QUrl::toPercentEncoding(docNo)),
                                  QString::fromLatin1(QUrl::toPercentEncoding(docDate)));
    return call(Method::Get, QStringLiteral("/eicore/v1.03/Invoice/irnbydocdetails?") + query, {});
}

ApiReply IrpClient::cancel(const QString& irn, int reason, const QString& remark)
{
    const QJsonObject body{ { QStringLiteral("Irn"), irn },
        { QStringLiteral("CnlRsn"), QString::number(reason) },
        { QStringLiteral("CnlRem"), remark } };
    return call(Method::Post, QStringLiteral("/eicore/v1.03/Invoice/Cancel"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiReply IrpClient::gstinDetails(const QString& gstin)
{
    return call(Method::Get, QStringLiteral("/eivital/v1.03/Master/gstin/") + gstin, {});
}

store::IrpResult IrpClient::resultOf(const QJsonObject& data)
{
    store::IrpResult r;
    r.irn = data.value(QLatin1String("Irn")).toString();
    r.ackNo = textOf(data.value(QLatin1String("AckNo")));
    r.ackDate = data.value(QLatin1String("AckDt")).toString();
    r.signedInvoice = data.value(QLatin1String("SignedInvoice")).toString();
    r.signedQrCode = data.value(QLatin1String("SignedQRCode")).toString();
    r.ewbNo = textOf(data.value(QLatin1String("EwbNo")));
    r.ewbDate = data.value(QLatin1String("EwbDt")).toString();
    r.ewbValidTill = data.value(QLatin1String("EwbValidTill")).toString();
    return r;
}

} // namespace irndesk::irp
