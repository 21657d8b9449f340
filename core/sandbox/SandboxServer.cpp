// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace irndesk::sandbox {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::sandbox::Sandbox)
};

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 32 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    default:
        return "Status";
    }
}

HttpResponse jsonResponse(const QJsonObject& object)
{
    HttpResponse response;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse textResponse(int status, const QByteArray& text)
{
    return HttpResponse{ status, "text/plain; charset=utf-8", text + '\n' };
}

enum class Parse
{
    Incomplete,
    Complete,
    Bad,
    TooLarge,
    Unsupported
};

/// Takes one request off the front of `buffer`.
Parse parseRequest(QByteArray& buffer, HttpRequest& request, bool& keepAlive)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return buffer.size() > kMaxHeaderBytes ? Parse::TooLarge : Parse::Incomplete;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        return Parse::Bad;
    }
    request = HttpRequest();
    request.method = requestLine.at(0).toUpper();
    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    if (question >= 0) {
        const QUrlQuery query(QString::fromLatin1(target.mid(question + 1)));
        for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
            request.query.append({ name.toLower(), value });
        }
    }
    qint64 contentLength = 0;
    keepAlive = requestLine.at(2) == "HTTP/1.1";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            return Parse::Bad;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({ name, value });
        if (name == "content-length") {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0) {
                return Parse::Bad;
            }
        } else if (name == "transfer-encoding" && value.toLower() != "identity") {
            return Parse::Unsupported;
        } else if (name == "connection") {
            const QByteArray v = value.toLower();
            keepAlive = v.contains("close") ? false : (v.contains("keep-alive") ? true : keepAlive);
        }
    }
    if (contentLength > kMaxBodyBytes) {
        return Parse::TooLarge;
    }
    const qsizetype total = headerEnd + 4 + static_cast<qsizetype>(contentLength);
    if (buffer.size() < total) {
        return Parse::Incomplete;
    }
    request.body = buffer.mid(headerEnd + 4, static_cast<qsizetype>(contentLength));
    buffer.remove(0, total);
    return Parse::Complete;
}

} // namespace

struct SandboxServer::Connection
{
    QByteArray buffer;
    bool continueSent = false; ///< "100 Continue" answered the current request's Expect header
    bool busy = false; ///< a delayed reply is pending: later requests wait for it
};

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_faults(m_options.faults)
{
}

SandboxServer::~SandboxServer()
{
    stop();
}

Status SandboxServer::start()
{
    if (isListening()) {
        return Ok{};
    }
    if (m_options.users.isEmpty()) {
        return Error{ ErrorCode::InvalidArgument, Tr::tr("the sandbox needs at least one API user"), {} };
    }
    if (!m_irp) {
        Result<SandboxKeys> keys = SandboxKeys::loadOrCreate(m_options.keysDir, m_options.tls);
        if (!keys) {
            return keys.error();
        }
        m_irp = std::make_unique<SandboxIrp>(std::move(keys).value(), m_options.users, m_options.tokenMinutes);
        m_irp->setClockOffsetSeconds(m_options.clockOffsetSeconds);
        m_irp->setBusinessRules(m_options.businessRules);
        m_irp->setGstinMaster(m_options.gstins);
        m_irp->setStatusAsString(m_faults.statusAsString);
        if (!m_options.stateFile.isEmpty()) {
            QFile file(m_options.stateFile);
            if (file.exists()) {
                if (!file.open(QIODevice::ReadOnly)) {
                    return Error{ ErrorCode::Io,
                        Tr::tr("%1: cannot read: %2").arg(m_options.stateFile, file.errorString()), {} };
                }
                if (Status restored = m_irp->restoreState(file.readAll()); !restored) {
                    return Error{ ErrorCode::Syntax,
                        QStringLiteral("%1: %2").arg(m_options.stateFile, restored.error().message), {} };
                }
            }
            m_irp->setChangeHandler([this] { saveState(); });
        }
    }
    if (m_options.tls) {
        auto* server = new QSslServer(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(
            { QSslCertificate(m_irp->keys().serverCertPem), QSslCertificate(m_irp->keys().caCertPem) });
        config.setPrivateKey(QSslKey(m_irp->keys().serverKeyPem, QSsl::Rsa));
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients have no certificates
        config.setProtocol(QSsl::TlsV1_2OrLater);
        server->setSslConfiguration(config);
        server->setHandshakeTimeout(10000);
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    // pendingConnectionAvailable (Qt 6.4), not newConnection: a QSslServer's connection is pending
    // only once its handshake is done, after newConnection was emitted.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            accept(socket);
        }
    });
    if (!m_server->listen(m_options.address, m_options.port)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Error{ ErrorCode::Io,
            Tr::tr("cannot listen on %1 port %2: %3").arg(m_options.address.toString()).arg(m_options.port).arg(why),
            {} };
    }
    return Ok{};
}

void SandboxServer::stop()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    const QList<QTcpSocket*> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

bool SandboxServer::isListening() const
{
    return m_server && m_server->isListening();
}

QUrl SandboxServer::url() const
{
    QUrl url;
    url.setScheme(m_options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_options.address.toString());
    url.setPort(port());
    return url;
}

quint16 SandboxServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

const SandboxKeys& SandboxServer::keys() const
{
    static const SandboxKeys kNone;
    return m_irp ? m_irp->keys() : kNone;
}

QString SandboxServer::authPublicKeyPath() const
{
    return m_options.keysDir.isEmpty() ? QString()
                                       : QDir(m_options.keysDir).filePath(QLatin1String(SandboxKeys::kAuthPublicFile));
}

QString SandboxServer::signCertPath() const
{
    return m_options.keysDir.isEmpty() ? QString()
                                       : QDir(m_options.keysDir).filePath(QLatin1String(SandboxKeys::kSignCertFile));
}

QString SandboxServer::caCertPath() const
{
    return m_options.keysDir.isEmpty() || !m_options.tls
        ? QString()
        : QDir(m_options.keysDir).filePath(QLatin1String(SandboxKeys::kCaCertFile));
}

QDateTime SandboxServer::now() const
{
    return m_irp ? m_irp->now() : QDateTime::currentDateTimeUtc().addSecs(m_options.clockOffsetSeconds);
}

qint64 SandboxServer::clockOffsetSeconds() const
{
    return m_irp ? m_irp->clockOffsetSeconds() : m_options.clockOffsetSeconds;
}

void SandboxServer::setClockOffsetSeconds(qint64 seconds)
{
    m_options.clockOffsetSeconds = seconds;
    if (m_irp) {
        m_irp->setClockOffsetSeconds(seconds);
    }
}

int SandboxServer::expireTokens()
{
    return m_irp ? m_irp->expireTokens() : 0;
}

void SandboxServer::setFaults(const SandboxFaults& faults)
{
    m_faults = faults;
    m_counted = 0;
    if (m_irp) {
        m_irp->setStatusAsString(faults.statusAsString);
    }
}

QList<Registration> SandboxServer::registrations() const
{
    return m_irp ? m_irp->registrations() : QList<Registration>();
}

void SandboxServer::saveState()
{
    QSaveFile file(m_options.stateFile);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(m_irp->stateJson());
        file.commit();
    }
}

void SandboxServer::accept(QTcpSocket* socket)
{
    m_connections.insert(socket, std::make_shared<Connection>());
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { pump(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_connections.remove(socket);
        socket->deleteLater();
    });
    if (socket->bytesAvailable() > 0) {
        pump(socket);
    }
}

void SandboxServer::send(QTcpSocket* socket, const HttpResponse& response, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
        + "\r\nContent-Type: " + response.contentType + "\r\nContent-Length: " + QByteArray::number(response.body.size())
        + (close ? "\r\nConnection: close" : "\r\nConnection: keep-alive") + "\r\n\r\n";
    socket->write(head + response.body);
    if (close) {
        socket->disconnectFromHost();
    }
}

void SandboxServer::pump(QTcpSocket* socket)
{
    const std::shared_ptr<Connection> connection = m_connections.value(socket);
    if (!connection) {
        return;
    }
    connection->buffer += socket->readAll();
    while (!connection->busy && socket->state() == QAbstractSocket::ConnectedState) {
        HttpRequest request;
        bool keepAlive = true;
        switch (parseRequest(connection->buffer, request, keepAlive)) {
        case Parse::Incomplete: {
            // curl and others wait for "100 Continue" before a larger body.
            const qsizetype headerEnd = connection->buffer.indexOf("\r\n\r\n");
            if (headerEnd >= 0 && !connection->continueSent
                && connection->buffer.left(headerEnd).toLower().contains("\nexpect: 100-continue")) {
                connection->continueSent = true;
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        }
        case Parse::Bad:
            send(socket, textResponse(400, "bad request"), true);
            return;
        case Parse::TooLarge:
            send(socket, textResponse(413, "request too large"), true);
            return;
        case Parse::Unsupported:
            send(socket, textResponse(501, "only Content-Length bodies are supported"), true);
            return;
        case Parse::Complete:
            connection->continueSent = false;
            break;
        }
        request.fromLoopback = socket->peerAddress().isLoopback();
        if (request.path.startsWith(u"/sandbox/", Qt::CaseInsensitive)) {
            send(socket, admin(request), !keepAlive);
            continue;
        }

        // The faults count the requests of the IRP API (or only generations).
        ++m_requests;
        const bool counted = !m_faults.generateOnly || SandboxIrp::isGenerate(request);
        const int n = counted ? ++m_counted : 0;
        const bool fail = counted && m_faults.failEvery > 0 && n % m_faults.failEvery == 0;
        const bool drop = counted && !fail && m_faults.dropEvery > 0 && n % m_faults.dropEvery == 0;
        HttpResponse response;
        if (fail) {
            response = HttpResponse{ 500, "text/html; charset=utf-8",
                "<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>"
                "<body><h1>Internal Server Error</h1><p>IRN Desk sandbox: injected failure.</p></body></html>\n" };
        } else {
            response = m_irp->handle(request);
        }
        const QString method = QString::fromLatin1(request.method);
        if (drop) {
            // Processed (the IRN is registered), and the client hears nothing.
            Q_EMIT requestHandled(method, request.path, QStringLiteral("drop"));
            socket->abort();
            return;
        }
        Q_EMIT requestHandled(method, request.path, fail ? QStringLiteral("fail") : QStringLiteral("ok"));
        if (m_faults.delayMs > 0) {
            connection->busy = true;
            QTimer::singleShot(m_faults.delayMs, socket, [this, socket, connection, response, keepAlive] {
                connection->busy = false;
                if (socket->state() != QAbstractSocket::ConnectedState) {
                    return;
                }
                send(socket, response, !keepAlive);
                if (keepAlive) {
                    pump(socket);
                }
            });
            return;
        }
        send(socket, response, !keepAlive);
        if (!keepAlive) {
            return;
        }
    }
}

HttpResponse SandboxServer::admin(const HttpRequest& request)
{
    if (!request.fromLoopback) {
        return textResponse(403, "the sandbox's admin requests are for this computer only");
    }
    const QString path = request.path.toLower();
    const bool post = request.method == "POST";
    if (path == u"/sandbox/expire-tokens" && post) {
        return jsonResponse(QJsonObject{ { QStringLiteral("expired"), expireTokens() } });
    }
    if (path == u"/sandbox/clock") {
        if (post) {
            bool ok = false;
            const double hours = request.queryValue(QStringLiteral("offset-hours")).value_or(QString()).toDouble(&ok);
            if (!ok) {
                return textResponse(400, "offset-hours=H is required (a number of hours, may be negative)");
            }
            setClockOffsetSeconds(static_cast<qint64>(hours * 3600.0));
        }
        return jsonResponse(QJsonObject{
            { QStringLiteral("offsetSeconds"), clockOffsetSeconds() },
            { QStringLiteral("now"), now().toOffsetFromUtc(5 * 3600 + 1800).toString(Qt::ISODate) },
        });
    }
    if (path == u"/sandbox/faults") {
        if (post) {
            SandboxFaults faults = m_faults;
            auto number = [&](const char* name, int& into) {
                if (const std::optional<QString> v = request.queryValue(QString::fromLatin1(name))) {
                    into = qMax(0, v->toInt());
                }
            };
            number("fail-every", faults.failEvery);
            number("drop-every", faults.dropEvery);
            number("delay-ms", faults.delayMs);
            auto flag = [&](const char* name, bool& into) {
                if (const std::optional<QString> v = request.queryValue(QString::fromLatin1(name))) {
                    into = *v == u"1" || v->compare(u"true", Qt::CaseInsensitive) == 0;
                }
            };
            flag("generate-only", faults.generateOnly);
            flag("status-as-string", faults.statusAsString);
            setFaults(faults);
        }
        return jsonResponse(QJsonObject{
            { QStringLiteral("failEvery"), m_faults.failEvery },
            { QStringLiteral("dropEvery"), m_faults.dropEvery },
            { QStringLiteral("delayMs"), m_faults.delayMs },
            { QStringLiteral("generateOnly"), m_faults.generateOnly },
            { QStringLiteral("statusAsString"), m_faults.statusAsString },
        });
    }
    if (path == u"/sandbox/registrations" && request.method == "GET") {
        QJsonArray list;
        for (const Registration& r : registrations()) {
            list.append(QJsonObject{
                { QStringLiteral("Irn"), r.irn },
                { QStringLiteral("AckNo"), r.ackNo },
                { QStringLiteral("AckDt"), r.ackDate.toOffsetFromUtc(5 * 3600 + 1800).toString(u"yyyy-MM-dd HH:mm:ss") },
                { QStringLiteral("Status"), r.cancelled ? QStringLiteral("CNL") : QStringLiteral("ACT") },
                { QStringLiteral("SellerGstin"), r.sellerGstin },
                { QStringLiteral("DocTyp"), r.docType },
                { QStringLiteral("DocNo"), r.docNo },
                { QStringLiteral("DocDt"), r.docDate },
            });
        }
        return jsonResponse(QJsonObject{ { QStringLiteral("registrations"), list } });
    }
    return textResponse(404, "no such sandbox request");
}

} // namespace irndesk::sandbox
