// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sandbox/SandboxIrp.h"

#include "core/io/Base64Url.h"
#include "core/json/InvoiceReader.h"
#include "core/json/InvoiceWriter.h"
#include "core/model/Dates.h"
#include "core/model/Irn.h"
#include "core/rules/FileValidation.h"
#include "core/rules/Gstin.h"
#include "core/rules/Validator.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace irndesk::sandbox {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::sandbox::Sandbox)
};

constexpr int kIstOffsetSeconds = 5 * 3600 + 1800;

/// "yyyy-MM-dd HH:mm:ss" in IST, as the IRP writes AckDt, TokenExpiry and CancelDate (spec §5.7).
QString istText(const QDateTime& utc)
{
    return utc.toOffsetFromUtc(kIstOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

/// `text` as a JSON string literal, quotes included.
QByteArray jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{ text }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

bool isIrnShaped(const QString& irn)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return re.match(irn).hasMatch();
}

/// The compact invoice JSON with "ItemNo": 0 put first in every item, as the IRP's SignedInvoice
/// has it (spec §8). `json` is InvoiceWriter's compact output, so ItemList's key is spelt once.
QByteArray withItemNumbers(const QByteArray& json)
{
    const QByteArray key = "\"ItemList\":[";
    const qsizetype at = json.indexOf(key);
    if (at < 0) {
        return json;
    }
    QByteArray out = json.left(at + key.size());
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = at + key.size(); i < json.size(); ++i) {
        const char c = json.at(i);
        out += c;
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (depth == 0 && c == '{') {
                out += i + 1 < json.size() && json.at(i + 1) == '}' ? "\"ItemNo\":0" : "\"ItemNo\":0,";
            }
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0) {
                out += json.mid(i + 1);
                return out;
            }
            --depth;
        }
    }
    return out;
}

/// The HSN of the line with the highest AssAmt, the first one on a tie (spec §8).
QString mainHsnCode(const Invoice& invoice)
{
    QString hsn;
    std::optional<Money> best;
    for (const Item& item : invoice.itemList) {
        const Money value = item.assAmt.value_or(Money());
        if (!best || value.raw() > best->raw()) {
            best = value;
            hsn = item.hsnCd.value_or(QString());
        }
    }
    return hsn;
}

QString upper(const std::optional<QString>& text)
{
    return text.value_or(QString()).trimmed().toUpper();
}

} // namespace

// ---- the reply of one call --------------------------------------------------------------------

/// What a handler answers: success with data (encrypted with the SEK when `sek` is set), or
/// errors, with InfoDtls. Always the four keys of the envelope (spec §8).
struct SandboxIrp::Reply
{
    bool ok = false;
    QJsonValue data; ///< plain data (auth)
    QByteArray dataJson; ///< JSON text to encrypt with `sek`
    QByteArray sek;
    QJsonArray errors;
    QJsonValue info;

    static Reply error(const char* code, const QString& message)
    {
        Reply r;
        r.addError(QString::fromLatin1(code), message);
        return r;
    }
    void addError(const QString& code, const QString& message)
    {
        errors.append(QJsonObject{ { QStringLiteral("ErrorCode"), code }, { QStringLiteral("ErrorMessage"), message } });
    }
    static Reply success(const QByteArray& json, const QByteArray& sek)
    {
        Reply r;
        r.ok = true;
        r.dataJson = json;
        r.sek = sek;
        return r;
    }

    HttpResponse response(bool statusAsString = false) const
    {
        QJsonObject envelope;
        envelope.insert(QStringLiteral("Status"),
                        statusAsString ? QJsonValue(ok ? QStringLiteral("1") : QStringLiteral("0")) : QJsonValue(ok ? 1 : 0));
        QJsonValue dataValue = data;
        if (ok && !sek.isEmpty()) {
            Result<QByteArray> encrypted = irp::crypto::aesEncrypt(sek, dataJson);
            dataValue = encrypted ? QJsonValue(QString::fromLatin1(encrypted.value().toBase64())) : QJsonValue();
        }
        envelope.insert(QStringLiteral("Data"), ok ? dataValue : QJsonValue());
        envelope.insert(QStringLiteral("ErrorDetails"), errors.isEmpty() ? QJsonValue() : QJsonValue(errors));
        envelope.insert(QStringLiteral("InfoDtls"), info.isUndefined() ? QJsonValue() : info);
        HttpResponse response;
        response.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
        return response;
    }
};

// ---- requests ---------------------------------------------------------------------------------

std::optional<QByteArray> HttpRequest::header(const char* name) const
{
    for (const auto& [key, value] : headers) {
        if (key == name) {
            return value;
        }
    }
    return std::nullopt;
}

std::optional<QString> HttpRequest::queryValue(const QString& name) const
{
    for (const auto& [key, value] : query) {
        if (key == name) {
            return value;
        }
    }
    return std::nullopt;
}

// ---- users and the GSTIN master ---------------------------------------------------------------

Result<QList<SandboxUser>> readUsersFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ ErrorCode::Io, Tr::tr("%1: cannot read: %2").arg(path, file.errorString()), {} };
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        return Error{ ErrorCode::Syntax,
            Tr::tr("%1: not JSON (at byte %2: %3)").arg(path).arg(parseError.offset).arg(parseError.errorString()),
            {} };
    }
    const QJsonArray array = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("users")).toArray();
    QList<SandboxUser> users;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        SandboxUser user{ o.value(QStringLiteral("clientId")).toString(), o.value(QStringLiteral("clientSecret")).toString(),
            o.value(QStringLiteral("userName")).toString(), o.value(QStringLiteral("password")).toString(),
            o.value(QStringLiteral("gstin")).toString().toUpper() };
        if (user.clientId.isEmpty() || user.clientSecret.isEmpty() || user.userName.isEmpty() || user.password.isEmpty()
            || user.gstin.isEmpty()) {
            return Error{ ErrorCode::Syntax,
                Tr::tr("%1: user %2 needs clientId, clientSecret, userName, password and gstin").arg(path).arg(i + 1),
                {} };
        }
        users.append(user);
    }
    if (users.isEmpty()) {
        return Error{ ErrorCode::Syntax, Tr::tr("%1: no user (an array of objects, or {\"users\": [...]})").arg(path), {} };
    }
    return users;
}

QList<GstinDetails> gstinDetailsFromStore(store::Store& store)
{
    QList<GstinDetails> out;
    QSet<QString> seen;
    auto add = [&](const QString& gstin, const QString& legal, const QString& trade, const QString& addr1,
                   const QString& addr2, const QString& location, const QString& stateCode, std::optional<qint64> pin) {
        const QString key = gstin.trimmed().toUpper();
        if (!isGstinShaped(key) || seen.contains(key)) {
            return;
        }
        seen.insert(key);
        GstinDetails d;
        d.gstin = key;
        d.legalName = legal;
        d.tradeName = trade;
        d.addrBno = addr1;
        d.addrSt = addr2;
        d.addrLoc = location;
        bool ok = false;
        const int state = stateCode.toInt(&ok);
        if (ok) {
            d.stateCode = state;
        } else if (const std::optional<int> fromGstin = stateCodeOfGstin(key)) {
            d.stateCode = *fromGstin;
        }
        d.pin = pin;
        out.append(d);
    };
    for (const store::Workspace& w : store.workspaces()) {
        const store::SellerProfile& p = w.profile;
        add(p.gstin, p.legalName, p.tradeName, p.addr1, p.addr2, p.location, p.stateCode, p.pin);
    }
    for (const store::Workspace& w : store.workspaces()) {
        for (const store::Party& p : store.parties(w.id)) {
            add(p.gstin, p.legalName, p.tradeName, p.addr1, p.addr2, p.location, p.stateCode, p.pin);
        }
    }
    return out;
}

// ---- the IRP ----------------------------------------------------------------------------------

SandboxIrp::SandboxIrp(SandboxKeys keys, QList<SandboxUser> users, int tokenMinutes)
    : m_keys(std::move(keys))
    , m_users(std::move(users))
    , m_tokenMinutes(tokenMinutes)
{
}

QDateTime SandboxIrp::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffset);
}

int SandboxIrp::expireTokens()
{
    const QDateTime at = now();
    int expired = 0;
    for (Token& token : m_tokens) {
        if (token.expiry > at) {
            ++expired;
        }
        token.expiry = at;
    }
    return expired;
}

void SandboxIrp::setGstinMaster(const QList<GstinDetails>& details)
{
    m_gstins.clear();
    for (const GstinDetails& d : details) {
        m_gstins.insert(d.gstin.toUpper(), d);
    }
}

QList<Registration> SandboxIrp::registrations() const
{
    QList<Registration> out;
    out.reserve(m_order.size());
    for (const QString& irn : m_order) {
        out.append(m_registrations.value(irn));
    }
    return out;
}

std::optional<Registration> SandboxIrp::registration(const QString& irn) const
{
    const auto it = m_registrations.constFind(irn.toLower());
    return it == m_registrations.cend() ? std::nullopt : std::optional<Registration>(*it);
}

void SandboxIrp::changed()
{
    if (m_changed) {
        m_changed();
    }
}

bool SandboxIrp::isGenerate(const HttpRequest& request)
{
    return request.method == "POST" && request.path.compare(u"/eicore/v1.03/Invoice", Qt::CaseInsensitive) == 0;
}

HttpResponse SandboxIrp::handle(const HttpRequest& request)
{
    // Paths are matched in any letter case, as IIS does (spec §8); the IRN and GSTIN in them keep
    // what was sent.
    const QString path = request.path;
    const QString lower = path.toLower();
    const bool post = request.method == "POST";
    const bool get = request.method == "GET";
    if (lower == u"/eivital/v1.04/auth") {
        if (!post) {
            return HttpResponse{ 405, "text/plain; charset=utf-8", "method not allowed\n" };
        }
        return auth(request).response(m_statusAsString);
    }

    enum class Call
    {
        None,
        Generate,
        GetByIrn,
        GetByDocument,
        Cancel,
        Gstin
    };
    Call call = Call::None;
    QString argument;
    const QString irnPrefix = QStringLiteral("/eicore/v1.03/invoice/irn/");
    if (lower == u"/eicore/v1.03/invoice") {
        call = post ? Call::Generate : Call::None;
    } else if (lower.startsWith(irnPrefix) && get) {
        call = Call::GetByIrn;
        argument = path.mid(irnPrefix.size());
    } else if (lower == u"/eicore/v1.03/invoice/irnbydocdetails" && get) {
        call = Call::GetByDocument;
    } else if (lower == u"/eicore/v1.03/invoice/cancel" && post) {
        call = Call::Cancel;
    } else if ((lower.startsWith(u"/eivital/v1.03/master/gstin/") || lower.startsWith(u"/eivital/v1.04/master/gstin/"))
               && get) {
        call = Call::Gstin;
        argument = path.mid(QStringLiteral("/eivital/v1.03/master/gstin/").size());
    }
    if (call == Call::None) {
        return HttpResponse{ 404, "text/plain; charset=utf-8", "no such API in the IRN Desk sandbox\n" };
    }

    const Token* token = nullptr;
    if (std::optional<Reply> refused = checkSession(request, &token)) {
        return refused->response(m_statusAsString);
    }
    QByteArray payload;
    if (post) {
        // The envelope of a body after auth (spec §5.4, §8): 2255 empty, 1020 not decryptable,
        // 2140 not JSON.
        const QJsonDocument outer = QJsonDocument::fromJson(request.body);
        if (!request.body.trimmed().isEmpty() && !outer.isObject()) {
            return Reply::error("2140", Tr::tr("The request body is not JSON")).response(m_statusAsString);
        }
        const QJsonValue data = outer.object().value(QStringLiteral("Data"));
        if (!data.isString() || data.toString().isEmpty()) {
            return Reply::error("2255", Tr::tr("Data cannot be null or empty")).response(m_statusAsString);
        }
        Result<QByteArray> plain = irp::decryptData(token->sek, data.toString());
        if (!plain) {
            return Reply::error("1020", Tr::tr("Decryption failed: the Data is not encrypted with the session key"))
                .response(m_statusAsString);
        }
        payload = plain.value();
        QJsonParseError parseError;
        QJsonDocument::fromJson(payload, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return Reply::error("2140", Tr::tr("The decrypted data is not JSON: %1").arg(parseError.errorString()))
                .response(m_statusAsString);
        }
    }
    switch (call) {
    case Call::Generate:
        return generate(request, *token, payload).response(m_statusAsString);
    case Call::GetByIrn:
        return getByIrn(*token, argument).response(m_statusAsString);
    case Call::GetByDocument:
        return getByDocument(request, *token).response(m_statusAsString);
    case Call::Cancel:
        return cancel(*token, payload).response(m_statusAsString);
    case Call::Gstin:
        return gstinDetails(*token, argument).response(m_statusAsString);
    case Call::None:
        break;
    }
    return HttpResponse{ 404, "text/plain; charset=utf-8", "not found\n" };
}

// ---- auth -------------------------------------------------------------------------------------

SandboxIrp::Reply SandboxIrp::auth(const HttpRequest& request)
{
    // The order of checks of spec §8: 1011/1012 -> 1004 -> 1010 -> body -> 1017 -> 1019 -> 1015.
    const std::optional<QByteArray> clientId = request.header("client_id");
    const std::optional<QByteArray> clientSecret = request.header("client_secret");
    const std::optional<QByteArray> gstinHeader = request.header("gstin");
    if (!clientId || clientId->isEmpty()) {
        return Reply::error("1011", Tr::tr("Client Id is required"));
    }
    if (!clientSecret || clientSecret->isEmpty()) {
        return Reply::error("1012", Tr::tr("Client Secret is required"));
    }
    if (!gstinHeader || gstinHeader->isEmpty()) {
        return Reply::error("1004", Tr::tr("Header GSTIN is required"));
    }
    const QString client = QString::fromUtf8(*clientId);
    const QString secret = QString::fromUtf8(*clientSecret);
    const QString gstin = QString::fromUtf8(*gstinHeader).trimmed().toUpper();
    const bool clientOk = std::any_of(m_users.cbegin(), m_users.cend(), [&](const SandboxUser& u) {
        return u.clientId == client && u.clientSecret == secret;
    });
    if (!clientOk) {
        return Reply::error("1010", Tr::tr("Invalid Client-ID/Client-Secret"));
    }

    // The body: {"Data": base64(RSA(base64(json)))} (spec §5.2).
    const QJsonObject outer = QJsonDocument::fromJson(request.body).object();
    const QString data = outer.value(QStringLiteral("Data")).toString();
    if (data.isEmpty()) {
        return Reply::error("5003", Tr::tr("Data cannot be null or empty"));
    }
    const auto cipher = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    Result<QByteArray> inner = cipher ? m_keys.authKey.decrypt(*cipher) : Result<QByteArray>(Error{});
    if (!inner) {
        return Reply::error("1020", Tr::tr("Decryption failed: encrypt the payload with the sandbox's auth_public.pem"));
    }
    const auto jsonBytes = QByteArray::fromBase64Encoding(inner.value(), QByteArray::AbortOnBase64DecodingErrors);
    const QJsonDocument payloadDoc = jsonBytes ? QJsonDocument::fromJson(*jsonBytes) : QJsonDocument();
    const QJsonObject payload = payloadDoc.object();
    const QJsonValue userName = payload.value(QStringLiteral("UserName"));
    const QJsonValue password = payload.value(QStringLiteral("Password"));
    if (!payloadDoc.isObject() || !userName.isString() || userName.toString().isEmpty() || !password.isString()
        || password.toString().isEmpty()) {
        return Reply::error("1007", Tr::tr("Invalid auth payload: base64 of a JSON object with UserName and Password"));
    }
    const auto appKey = QByteArray::fromBase64Encoding(payload.value(QStringLiteral("AppKey")).toString().toLatin1(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!appKey || (*appKey).size() != 32) {
        return Reply::error("1016", Tr::tr("Invalid AppKey: the base64 of 32 random bytes is expected"));
    }

    const SandboxUser* user = nullptr;
    for (const SandboxUser& u : m_users) {
        if (u.clientId == client && u.userName == userName.toString()) {
            user = &u;
            break;
        }
    }
    if (!user) {
        return Reply::error("1017", Tr::tr("Invalid UserName"));
    }
    if (user->password != password.toString()) {
        return Reply::error("1019", Tr::tr("Incorrect Password"));
    }
    if (user->gstin.toUpper() != gstin) {
        return Reply::error("1015", Tr::tr("Invalid Gstin for this user"));
    }

    // The same token (and SEK) within its validity; ForceRefreshAccessToken only counts in its
    // last 10 minutes (spec §5.2). An older token stays valid until its own expiry.
    const QJsonValue forceValue = payload.value(QStringLiteral("ForceRefreshAccessToken"));
    const bool force = forceValue.toBool() || forceValue.toString().compare(u"true", Qt::CaseInsensitive) == 0;
    const QDateTime at = now();
    const QString sessionKey = client + QLatin1Char('\n') + user->userName + QLatin1Char('\n') + gstin;
    const Token* current = nullptr;
    if (const auto it = m_tokens.constFind(m_currentToken.value(sessionKey)); it != m_tokens.cend()) {
        const bool valid = it->expiry > at;
        const bool refreshable = it->expiry.addSecs(-10 * 60) <= at;
        if (valid && !(force && refreshable)) {
            current = &*it;
        }
    }
    if (!current) {
        static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        Token token;
        const QByteArray random = irp::crypto::randomBytes(25);
        for (const char c : random) {
            token.token += QLatin1Char(kAlphabet[static_cast<unsigned char>(c) % 62]);
        }
        token.sek = irp::crypto::randomBytes(32);
        token.expiry = at.addSecs(static_cast<qint64>(m_tokenMinutes) * 60);
        token.clientId = client;
        token.userName = user->userName;
        token.gstin = gstin;
        m_currentToken.insert(sessionKey, token.token);
        current = &*m_tokens.insert(token.token, token);
    }
    Result<QByteArray> wrapped = irp::crypto::aesEncrypt(*appKey, current->sek);
    if (!wrapped) {
        return Reply::error("5001", wrapped.error().message);
    }
    Reply reply;
    reply.ok = true;
    reply.data = QJsonObject{
        { QStringLiteral("ClientId"), client },
        { QStringLiteral("UserName"), user->userName },
        { QStringLiteral("AuthToken"), current->token },
        { QStringLiteral("Sek"), QString::fromLatin1(wrapped.value().toBase64()) },
        { QStringLiteral("TokenExpiry"), istText(current->expiry) },
    };
    return reply;
}

std::optional<SandboxIrp::Reply> SandboxIrp::checkSession(const HttpRequest& request, const Token** token) const
{
    const std::optional<QByteArray> clientId = request.header("client_id");
    const std::optional<QByteArray> clientSecret = request.header("client_secret");
    const std::optional<QByteArray> gstin = request.header("gstin");
    const std::optional<QByteArray> userName = request.header("user_name");
    if (!clientId || clientId->isEmpty()) {
        return Reply::error("1011", Tr::tr("Client Id is required"));
    }
    if (!clientSecret || clientSecret->isEmpty()) {
        return Reply::error("1012", Tr::tr("Client Secret is required"));
    }
    if (!gstin || gstin->isEmpty()) {
        return Reply::error("1004", Tr::tr("Header GSTIN is required"));
    }
    if (!userName || userName->isEmpty()) {
        return Reply::error("1006", Tr::tr("User name is required"));
    }
    const QString tokenText = QString::fromUtf8(request.header("authtoken").value_or(QByteArray()));
    const auto it = m_tokens.constFind(tokenText);
    if (tokenText.isEmpty() || it == m_tokens.cend() || it->expiry <= now()
        || it->userName != QString::fromUtf8(*userName) || it->clientId != QString::fromUtf8(*clientId)) {
        return Reply::error("1005", Tr::tr("Invalid Token"));
    }
    if (it->gstin != QString::fromUtf8(*gstin).trimmed().toUpper()) {
        return Reply::error("1015", Tr::tr("Invalid GSTIN for this token"));
    }
    const QString secret = QString::fromUtf8(*clientSecret);
    const bool secretOk = std::any_of(m_users.cbegin(), m_users.cend(), [&](const SandboxUser& u) {
        return u.clientId == it->clientId && u.clientSecret == secret;
    });
    if (!secretOk) {
        return Reply::error("1010", Tr::tr("Invalid Client-ID/Client-Secret"));
    }
    *token = &*it;
    return std::nullopt;
}

// ---- generate ---------------------------------------------------------------------------------

QByteArray SandboxIrp::sign(const QByteArray& dataJson) const
{
    const QByteArray header = "{\"alg\":\"RS256\",\"kid\":\"" + m_keys.kid.toLatin1() + "\",\"typ\":\"JWT\",\"x5t\":\""
        + m_keys.x5t.toLatin1() + "\"}";
    const QByteArray payload = "{\"data\":" + jsonString(QString::fromUtf8(dataJson)) + ",\"iss\":\"IRN Desk Sandbox\"}";
    const QByteArray input = io::encodeBase64Url(header) + '.' + io::encodeBase64Url(payload);
    Result<QByteArray> signature = m_keys.signKey.signRs256(input);
    return input + '.' + (signature ? io::encodeBase64Url(signature.value()) : QByteArray());
}

QByteArray SandboxIrp::registrationData(const Registration& r) const
{
    const QJsonObject data{
        { QStringLiteral("AckNo"), r.ackNo },
        { QStringLiteral("AckDt"), istText(r.ackDate) },
        { QStringLiteral("Irn"), r.irn },
        { QStringLiteral("SignedInvoice"), r.signedInvoice },
        { QStringLiteral("SignedQRCode"), r.signedQrCode },
        { QStringLiteral("Status"), r.cancelled ? QStringLiteral("CNL") : QStringLiteral("ACT") },
        { QStringLiteral("EwbNo"), QJsonValue() },
        { QStringLiteral("EwbDt"), QJsonValue() },
        { QStringLiteral("EwbValidTill"), QJsonValue() },
        { QStringLiteral("Remarks"), QJsonValue() },
    };
    return QJsonDocument(data).toJson(QJsonDocument::Compact);
}

SandboxIrp::Reply SandboxIrp::generate(const HttpRequest& request, const Token& token, const QByteArray& payload)
{
    Q_UNUSED(request);
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    if (!doc.isObject()) {
        return Reply::error("5002", Tr::tr("Request payload is not as per the schema: one invoice object is expected"));
    }
    ReadInvoice read = readInvoice(payload);
    if (!read.invoice) {
        return Reply::error("5002", Tr::tr("Request payload is not as per the schema"));
    }
    Invoice& invoice = *read.invoice;

    // Only the seller may generate (spec §8: 2169; e-commerce operators are not covered).
    const QString seller = upper(invoice.sellerDtls.gstin);
    if (!seller.isEmpty() && seller != token.gstin) {
        return Reply::error("2169", Tr::tr("The supplier GSTIN %1 is not the GSTIN of this session (%2)")
                                        .arg(seller, token.gstin));
    }

    // The rule engine on the sandbox's own date (IST). The 30-day window is left out (it applies
    // to large sellers only, and the sandbox does not know the seller's turnover), and GSTIN
    // check characters only warn, as at NIC's sandbox, whose test GSTINs fail them.
    const QDate today = now().toOffsetFromUtc(kIstOffsetSeconds).date();
    RuleContext context = RuleContext::withBuiltInMasters(today);
    context.sandbox = true;
    context.aatoAtLeast10Crore = false;
    Findings findings = findingsFromDiagnostics(read.diagnostics);
    findings += validate(invoice, context);

    // Schema-level failures first: 5002, one entry per problem (spec §8). An empty ItemList is
    // one of them there (the rule engine calls it 2228).
    Reply schema;
    for (const Finding& f : findings) {
        if (f.isError() && (f.code == u"SCHEMA" || f.code == u"2228")) {
            schema.addError(QStringLiteral("5002"), f.path.isEmpty() ? f.message : f.path + u": " + f.message);
        }
    }
    if (!schema.errors.isEmpty()) {
        return schema;
    }

    // A document already registered (the same seller, year, type and number in any letter case;
    // a cancelled one too): 2150 with the first registration in DUPIRN. Before the business rules,
    // so that re-sending a registered invoice always finds it, whatever the clock says now.
    const QString irn = invoiceIrn(invoice, DocNoCase::Upper);
    if (irn.isEmpty()) {
        return Reply::error("5002", Tr::tr("Request payload is not as per the schema: GSTIN, type, number or date"));
    }
    if (const auto it = m_registrations.constFind(irn); it != m_registrations.cend()) {
        Reply r = Reply::error("2150", QStringLiteral("Duplicate IRN"));
        r.info = QJsonArray{ QJsonObject{
            { QStringLiteral("InfCd"), QStringLiteral("DUPIRN") },
            { QStringLiteral("Desc"),
                QJsonObject{ { QStringLiteral("AckNo"), it->ackNo },
                    { QStringLiteral("AckDt"), istText(it->ackDate) },
                    { QStringLiteral("Irn"), it->irn } } },
        } };
        return r;
    }

    if (m_businessRules) {
        Reply rejected;
        for (const Finding& f : findings) {
            if (f.isError()) {
                rejected.addError(f.code, f.path.isEmpty() ? f.message : f.path + u": " + f.message);
            }
        }
        if (!rejected.errors.isEmpty()) {
            return rejected;
        }
    }

    // Register: AckNo "11" + YY + "10" + a 9-digit sequence (spec §8), AckDt now (IST).
    Registration r;
    r.irn = irn;
    r.ackDate = now();
    const int year = r.ackDate.toOffsetFromUtc(kIstOffsetSeconds).date().year() % 100;
    r.ackNo = 110000000000000LL + static_cast<qint64>(year) * 100000000000LL + 10000000000LL
        + (++m_ackSequence % 1000000000LL);
    r.sellerGstin = seller;
    r.buyerGstin = invoice.buyerDtls.gstin.value_or(QString());
    r.docType = upper(invoice.docDtls.typ);
    r.docNo = invoice.docDtls.no.value_or(QString());
    r.docDate = invoice.docDtls.dt.value_or(QString());
    r.totInvVal = invoice.valDtls.totInvVal ? invoice.valDtls.totInvVal->toString() : QStringLiteral("0");

    // SignedInvoice: {AckNo, AckDt, Irn} then the invoice as received (schema order; a sent
    // Irn dropped), "ItemNo": 0 first in every item (spec §8).
    invoice.irn.reset();
    const QByteArray invoiceJson = withItemNumbers(invoiceToJson(invoice));
    QByteArray signedData = "{\"AckNo\":" + QByteArray::number(r.ackNo) + ",\"AckDt\":" + jsonString(istText(r.ackDate))
        + ",\"Irn\":" + jsonString(irn);
    signedData += invoiceJson.size() > 2 ? ',' + invoiceJson.mid(1) : QByteArray("}");
    r.signedInvoice = QString::fromLatin1(sign(signedData));

    // SignedQRCode: the claims of spec §4.2, in that order.
    const QByteArray qrData = "{\"SellerGstin\":" + jsonString(invoice.sellerDtls.gstin.value_or(QString()))
        + ",\"BuyerGstin\":" + jsonString(r.buyerGstin) + ",\"DocNo\":" + jsonString(r.docNo)
        + ",\"DocTyp\":" + jsonString(invoice.docDtls.typ.value_or(QString())) + ",\"DocDt\":" + jsonString(r.docDate)
        + ",\"TotInvVal\":" + r.totInvVal.toLatin1() + ",\"ItemCnt\":" + QByteArray::number(invoice.itemList.size())
        + ",\"MainHsnCode\":" + jsonString(mainHsnCode(invoice)) + ",\"Irn\":" + jsonString(irn)
        + ",\"IrnDt\":" + jsonString(istText(r.ackDate)) + '}';
    r.signedQrCode = QString::fromLatin1(sign(qrData));

    m_registrations.insert(irn, r);
    m_order.append(irn);
    changed();
    return Reply::success(registrationData(r), token.sek);
}

// ---- get, cancel, GSTIN -----------------------------------------------------------------------

SandboxIrp::Reply SandboxIrp::getByIrn(const Token& token, const QString& irnText)
{
    // Malformed -> 2145, unknown -> 2148, another GSTIN's -> 2143, older than 48 h -> 2283.
    if (!isIrnShaped(irnText)) {
        return Reply::error("2145", Tr::tr("Invalid IRN: 64 hexadecimal digits are expected"));
    }
    const auto it = m_registrations.constFind(irnText.toLower());
    if (it == m_registrations.cend()) {
        return Reply::error("2148", Tr::tr("Requested IRN data is not available"));
    }
    if (it->sellerGstin != token.gstin) {
        return Reply::error("2143", Tr::tr("This IRN was not generated by this GSTIN"));
    }
    if (it->ackDate.secsTo(now()) > 48 * 3600) {
        return Reply::error("2283",
                            Tr::tr("IRN details cannot be provided as it is generated more than 2 days prior"));
    }
    return Reply::success(registrationData(*it), token.sek);
}

SandboxIrp::Reply SandboxIrp::getByDocument(const HttpRequest& request, const Token& token)
{
    const QString type = request.queryValue(QStringLiteral("doctype")).value_or(QString()).trimmed().toUpper();
    const QString number = request.queryValue(QStringLiteral("docnum")).value_or(QString()).trimmed();
    const QString date = request.queryValue(QStringLiteral("docdate")).value_or(QString()).trimmed();
    if (type.isEmpty() || number.isEmpty() || date.isEmpty()) {
        return Reply::error("2142", Tr::tr("doctype, docnum and docdate are required"));
    }
    if (!parseInvoiceDate(date).isValid()) {
        return Reply::error("2144", Tr::tr("docdate must be in dd/MM/yyyy format"));
    }
    if (type != u"INV" && type != u"CRN" && type != u"DBN") {
        return Reply::error("2161", Tr::tr("doctype must be INV, CRN or DBN"));
    }
    Result<QString> irn = irnFromParts(token.gstin, date, type, number, DocNoCase::Upper);
    const auto it = irn ? m_registrations.constFind(irn.value()) : m_registrations.cend();
    if (it == m_registrations.cend()) {
        return Reply::error("2148", Tr::tr("Requested IRN data is not available"));
    }
    if (it->ackDate.secsTo(now()) > 48 * 3600) {
        return Reply::error("2283",
                            Tr::tr("IRN details cannot be provided as it is generated more than 2 days prior"));
    }
    return Reply::success(registrationData(*it), token.sek);
}

SandboxIrp::Reply SandboxIrp::cancel(const Token& token, const QByteArray& payload)
{
    const QJsonObject body = QJsonDocument::fromJson(payload).object();
    const QJsonValue irnValue = body.value(QStringLiteral("Irn"));
    const QJsonValue reasonValue = body.value(QStringLiteral("CnlRsn"));
    const QJsonValue remarkValue = body.value(QStringLiteral("CnlRem"));
    if (!irnValue.isString() || irnValue.toString().isEmpty() || reasonValue.isUndefined() || reasonValue.isNull()) {
        return Reply::error("2142", Tr::tr("Irn and CnlRsn are required"));
    }
    const QString irn = irnValue.toString().trimmed();
    if (!isIrnShaped(irn)) {
        return Reply::error("2145", Tr::tr("Invalid IRN: 64 hexadecimal digits are expected"));
    }
    const QString reason = reasonValue.isDouble() ? QString::number(reasonValue.toDouble()) : reasonValue.toString();
    if (reason != u"1" && reason != u"2" && reason != u"3" && reason != u"4") {
        return Reply::error("5002", Tr::tr("CnlRsn must be 1, 2, 3 or 4"));
    }
    if (!remarkValue.isUndefined() && !remarkValue.isNull()
        && (!remarkValue.isString() || remarkValue.toString().size() > 100)) {
        return Reply::error("5002", Tr::tr("CnlRem must be a text of at most 100 characters"));
    }
    // unknown -> 2148, another GSTIN's -> 2143, not active -> 9999, older than 24 h -> 2270.
    const auto it = m_registrations.find(irn.toLower());
    if (it == m_registrations.end()) {
        return Reply::error("2148", Tr::tr("Requested IRN data is not available"));
    }
    if (it->sellerGstin != token.gstin) {
        return Reply::error("2143", Tr::tr("This IRN was not generated by this GSTIN"));
    }
    if (it->cancelled) {
        return Reply::error("9999", Tr::tr("Invoice is not active"));
    }
    const QDateTime at = now();
    if (it->ackDate.secsTo(at) > 24 * 3600) {
        return Reply::error("2270",
                            Tr::tr("The allowed cancellation time limit is crossed, you cannot cancel the IRN"));
    }
    it->cancelled = true;
    it->cancelDate = at;
    it->cancelReason = reason;
    it->cancelRemark = remarkValue.toString();
    const QByteArray data = QJsonDocument(QJsonObject{ { QStringLiteral("Irn"), it->irn },
                                                       { QStringLiteral("CancelDate"), istText(at) } })
                                .toJson(QJsonDocument::Compact);
    changed();
    return Reply::success(data, token.sek);
}

SandboxIrp::Reply SandboxIrp::gstinDetails(const Token& token, const QString& gstinText)
{
    const QString gstin = gstinText.trimmed().toUpper();
    if (!isGstinShaped(gstin)) {
        return Reply::error("3028", Tr::tr("GSTIN is invalid"));
    }
    const auto it = m_gstins.constFind(gstin);
    if (it == m_gstins.cend()) {
        return Reply::error("3001", Tr::tr("Requested data is not available"));
    }
    auto textOrNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    const QJsonObject data{
        { QStringLiteral("Gstin"), it->gstin },
        { QStringLiteral("TradeName"), textOrNull(it->tradeName) },
        { QStringLiteral("LegalName"), textOrNull(it->legalName) },
        { QStringLiteral("AddrBnm"), textOrNull(it->addrBnm) },
        { QStringLiteral("AddrBno"), textOrNull(it->addrBno) },
        { QStringLiteral("AddrFlno"), textOrNull(it->addrFlno) },
        { QStringLiteral("AddrSt"), textOrNull(it->addrSt) },
        { QStringLiteral("AddrLoc"), textOrNull(it->addrLoc) },
        { QStringLiteral("StateCode"), it->stateCode ? QJsonValue(*it->stateCode) : QJsonValue() },
        { QStringLiteral("AddrPncd"), it->pin ? QJsonValue(*it->pin) : QJsonValue() },
        { QStringLiteral("TxpType"), it->txpType },
        { QStringLiteral("Status"), it->status },
        { QStringLiteral("BlkStatus"), QStringLiteral("U") },
        { QStringLiteral("DtReg"), QJsonValue() },
        { QStringLiteral("DtDReg"), QJsonValue() },
    };
    return Reply::success(QJsonDocument(data).toJson(QJsonDocument::Compact), token.sek);
}

// ---- state ------------------------------------------------------------------------------------

QByteArray SandboxIrp::stateJson() const
{
    QJsonArray list;
    for (const Registration& r : registrations()) {
        list.append(QJsonObject{
            { QStringLiteral("irn"), r.irn },
            { QStringLiteral("ackNo"), r.ackNo },
            { QStringLiteral("ackDate"), r.ackDate.toString(Qt::ISODate) },
            { QStringLiteral("sellerGstin"), r.sellerGstin },
            { QStringLiteral("buyerGstin"), r.buyerGstin },
            { QStringLiteral("docType"), r.docType },
            { QStringLiteral("docNo"), r.docNo },
            { QStringLiteral("docDate"), r.docDate },
            { QStringLiteral("totInvVal"), r.totInvVal },
            { QStringLiteral("signedInvoice"), r.signedInvoice },
            { QStringLiteral("signedQrCode"), r.signedQrCode },
            { QStringLiteral("cancelled"), r.cancelled },
            { QStringLiteral("cancelDate"), r.cancelled ? r.cancelDate.toString(Qt::ISODate) : QString() },
            { QStringLiteral("cancelReason"), r.cancelReason },
            { QStringLiteral("cancelRemark"), r.cancelRemark },
        });
    }
    const QJsonObject state{ { QStringLiteral("ackSequence"), m_ackSequence },
                             { QStringLiteral("registrations"), list } };
    return QJsonDocument(state).toJson(QJsonDocument::Indented);
}

Status SandboxIrp::restoreState(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject()) {
        return Error{ ErrorCode::Syntax, Tr::tr("not a sandbox state (a JSON object)"), {} };
    }
    const QJsonObject state = doc.object();
    m_ackSequence = state.value(QStringLiteral("ackSequence")).toInteger();
    m_registrations.clear();
    m_order.clear();
    for (const QJsonValue& value : state.value(QStringLiteral("registrations")).toArray()) {
        const QJsonObject o = value.toObject();
        Registration r;
        r.irn = o.value(QStringLiteral("irn")).toString();
        r.ackNo = o.value(QStringLiteral("ackNo")).toInteger();
        r.ackDate = QDateTime::fromString(o.value(QStringLiteral("ackDate")).toString(), Qt::ISODate);
        r.sellerGstin = o.value(QStringLiteral("sellerGstin")).toString();
        r.buyerGstin = o.value(QStringLiteral("buyerGstin")).toString();
        r.docType = o.value(QStringLiteral("docType")).toString();
        r.docNo = o.value(QStringLiteral("docNo")).toString();
        r.docDate = o.value(QStringLiteral("docDate")).toString();
        r.totInvVal = o.value(QStringLiteral("totInvVal")).toString();
        r.signedInvoice = o.value(QStringLiteral("signedInvoice")).toString();
        r.signedQrCode = o.value(QStringLiteral("signedQrCode")).toString();
        r.cancelled = o.value(QStringLiteral("cancelled")).toBool();
        r.cancelDate = QDateTime::fromString(o.value(QStringLiteral("cancelDate")).toString(), Qt::ISODate);
        r.cancelReason = o.value(QStringLiteral("cancelReason")).toString();
        r.cancelRemark = o.value(QStringLiteral("cancelRemark")).toString();
        if (!isIrnShaped(r.irn) || !r.ackDate.isValid()) {
            return Error{ ErrorCode::Syntax, Tr::tr("registration %1 has no valid IRN or AckDt").arg(m_order.size() + 1),
                {} };
        }
        m_registrations.insert(r.irn, r);
        m_order.append(r.irn);
    }
    return Ok{};
}

} // namespace irndesk::sandbox
