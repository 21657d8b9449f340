// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/irp/HttpChannel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

namespace irndesk::irp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::irp::HttpChannel)
};

// A kept-alive connection idle for longer than this is closed before a POST goes out on it:
// servers close idle connections, and a POST must not meet a connection that is just closing.
constexpr qint64 kIdleReuseMs = 4000;

qint64 nowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

} // namespace

HttpChannel::HttpChannel(QUrl base, QList<QSslCertificate> caCertificates, int timeoutMs)
    : m_base(std::move(base))
    , m_ca(std::move(caCertificates))
    , m_timeoutMs(timeoutMs)
{
}

HttpChannel::~HttpChannel()
{
    drop();
}

void HttpChannel::drop()
{
    if (m_socket) {
        m_socket->abort();
        m_socket.reset();
    }
}

bool HttpChannel::connect(Reply& reply, qint64 deadlineMs)
{
    const bool tls = m_base.scheme() == QLatin1String("https");
    const quint16 port = static_cast<quint16>(m_base.port(tls ? 443 : 80));
    const int wait = static_cast<int>(std::max<qint64>(1, deadlineMs - nowMs()));
    if (tls) {
        auto socket = std::make_unique<QSslSocket>();
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_ca.isEmpty()) {
            config.setCaCertificates(m_ca);
        }
        socket->setSslConfiguration(config);
        socket->connectToHostEncrypted(m_base.host(), port);
        if (!socket->waitForEncrypted(wait)) {
            const QList<QSslError> errors = socket->sslHandshakeErrors();
            reply.error = errors.isEmpty() ? socket->errorString() : Tr::tr("TLS: %1").arg(errors.first().errorString());
            reply.tlsRefused = !errors.isEmpty() || socket->error() == QAbstractSocket::SslHandshakeFailedError;
            return false;
        }
        m_socket = std::move(socket);
    } else {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(m_base.host(), port);
        if (!socket->waitForConnected(wait)) {
            reply.error = socket->errorString();
            return false;
        }
        m_socket = std::move(socket);
    }
    return true;
}

HttpChannel::Reply HttpChannel::request(const QByteArray& method,
                                        const QByteArray& target,
                                        const QList<std::pair<QByteArray, QByteArray>>& headers,
                                        const QByteArray& body)
{
    const bool post = method != "GET";
    if (post && m_socket && nowMs() - m_idleSince > kIdleReuseMs) {
        drop();
    }
    bool reused = false;
    Reply reply = once(method, target, headers, body, reused);
    // A GET that met a kept-alive connection the server had closed goes again, once, on a new
    // connection. A POST never does: the caller decides, after a lookup.
    if (!post && reused && reply.status == 0) {
        drop();
        reply = once(method, target, headers, body, reused);
    }
    return reply;
}

HttpChannel::Reply HttpChannel::once(const QByteArray& method,
                                     const QByteArray& target,
                                     const QList<std::pair<QByteArray, QByteArray>>& headers,
                                     const QByteArray& body,
                                     bool& reused)
{
    Reply reply;
    const qint64 deadline = nowMs() + m_timeoutMs;
    reused = m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
    if (!reused) {
        drop();
        if (!connect(reply, deadline)) {
            drop();
            return reply;
        }
    }
    QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_base.host().toUtf8();
    if (m_base.port() > 0) {
        head += ':' + QByteArray::number(m_base.port());
    }
    head += "\r\nContent-Type: application/json\r\nAccept: application/json\r\nConnection: keep-alive\r\n";
    for (const auto& [name, value] : headers) {
        head += name + ": " + value + "\r\n";
    }
    if (method != "GET") {
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    head += "\r\n";
    m_socket->write(head + body);
    reply.sent = true;
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(static_cast<int>(std::max<qint64>(1, deadline - nowMs())))) {
            reply.error = Tr::tr("the connection was lost while sending: %1").arg(m_socket->errorString());
            drop();
            return reply;
        }
    }

    // The reply: status line and headers, then Content-Length bytes, chunks, or up to the close.
    QByteArray buffer;
    qsizetype headerEnd = -1;
    const auto readMore = [&]() -> bool {
        if (m_socket->bytesAvailable() == 0) {
            const qint64 left = deadline - nowMs();
            if (left <= 0 || !m_socket->waitForReadyRead(static_cast<int>(left))) {
                return m_socket->bytesAvailable() > 0;
            }
        }
        buffer += m_socket->readAll();
        return true;
    };
    while ((headerEnd = buffer.indexOf("\r\n\r\n")) < 0) {
        if (!readMore()) {
            reply.error = nowMs() >= deadline ? Tr::tr("no answer within %1 s").arg(m_timeoutMs / 1000)
                                              : Tr::tr("the connection was closed without an answer");
            drop();
            return reply;
        }
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    reply.status = statusLine.value(1).toInt();
    qint64 length = -1;
    bool chunked = false;
    bool close = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon < 0) {
            continue;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            length = value.toLongLong();
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            chunked = true;
        } else if (name == "connection" && value.toLower() == "close") {
            close = true;
        }
    }
    buffer.remove(0, headerEnd + 4);
    const auto fail = [&](const QString& why) {
        reply.error = why;
        reply.status = 0;
        drop();
        return reply;
    };
    if (chunked) {
        QByteArray out;
        for (;;) {
            qsizetype lineEnd;
            while ((lineEnd = buffer.indexOf("\r\n")) < 0) {
                if (!readMore()) {
                    return fail(Tr::tr("the answer was cut off"));
                }
            }
            bool ok = false;
            const qint64 size = buffer.left(lineEnd).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok) {
                return fail(Tr::tr("the answer is not valid HTTP (chunk size)"));
            }
            while (buffer.size() < lineEnd + 2 + size + 2) {
                if (!readMore()) {
                    return fail(Tr::tr("the answer was cut off"));
                }
            }
            out += buffer.mid(lineEnd + 2, size);
            buffer.remove(0, lineEnd + 2 + size + 2);
            if (size == 0) {
                break;
            }
        }
        reply.body = out;
    } else if (length >= 0) {
        while (buffer.size() < length) {
            if (!readMore()) {
                return fail(Tr::tr("the answer was cut off"));
            }
        }
        reply.body = buffer.left(length);
    } else {
        while (readMore()) {
        }
        reply.body = buffer;
        close = true;
    }
    if (close) {
        drop();
    } else {
        m_idleSince = nowMs();
    }
    return reply;
}

} // namespace irndesk::irp
