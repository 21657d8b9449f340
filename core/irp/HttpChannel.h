// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace irndesk::irp {

/// One HTTP/1.1 connection to an IRP, kept open between requests, blocking (for worker threads).
///
/// Why not QNetworkAccessManager: when a kept-alive connection closes before any byte of the
/// reply, Qt sends the request again on a new connection, silently. For a generate that is a
/// second registration attempt nobody journaled. Here a POST is sent exactly once: a connection
/// lost after it left is reported as such (the caller then looks the invoice up), and only GETs
/// are repeated on a fresh connection.
///
/// TLS is always verified (Qt's default peer verification, host name checked); with
/// `caCertificates` exactly those are trusted.
class HttpChannel
{
public:
    HttpChannel(QUrl base, QList<QSslCertificate> caCertificates, int timeoutMs);
    ~HttpChannel();
    HttpChannel(const HttpChannel&) = delete;
    HttpChannel& operator=(const HttpChannel&) = delete;

    struct Reply
    {
        int status = 0; ///< HTTP status; 0 when no reply came
        QByteArray body;
        QString error; ///< why there is no reply
        bool sent = false; ///< the request was written to an open connection
        bool tlsRefused = false; ///< the TLS handshake failed (certificate not trusted, ...)
    };

    /// `target` is the path with its query ("/eicore/v1.03/Invoice?x=y").
    Reply request(const QByteArray& method, const QByteArray& target, const QList<std::pair<QByteArray, QByteArray>>& headers, const QByteArray& body);

private:
    bool connect(Reply& reply, qint64 deadlineMs);
    Reply once(const QByteArray& method, const QByteArray& target, const QList<std::pair<QByteArray, QByteArray>>& headers, const QByteArray& body, bool& reused);
    void drop();

    QUrl m_base;
    QList<QSslCertificate> m_ca;
    int m_timeoutMs;
    std::unique_ptr<QTcpSocket> m_socket;
    qint64 m_idleSince = 0;
};

} // namespace irndesk::irp
