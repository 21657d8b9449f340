// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sandbox/SandboxIrp.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace irndesk::sandbox {

/// Faults the sandbox injects, so that clients can be tested against a misbehaving IRP (spec §8).
/// The requests of the IRP API are counted from 1 (the admin requests under /sandbox/ are not).
struct SandboxFaults
{
    /// Every Nth request gets HTTP 500 with an HTML body and is NOT processed. 0: never.
    int failEvery = 0;
    /// Every Nth request is processed (an IRN is registered), then the connection is closed
    /// without a reply. 0: never. A request that fails by failEvery is not dropped.
    int dropEvery = 0;
    /// Every reply is sent this many milliseconds after the request was processed.
    int delayMs = 0;
    /// Count only IRN generations (POST /eicore/v1.03/Invoice) for failEvery and dropEvery.
    bool generateOnly = false;
    /// Write the envelope's Status as a string ("1"/"0"), as some IRP documents show it (spec §5.4).
    bool statusAsString = false;
};

struct SandboxOptions
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; ///< 0: any free port (see SandboxServer::port())
    /// Where the keys are kept and published (auth_public.pem, sign_cert.pem, ca_cert.pem); empty:
    /// fresh keys in memory only (SandboxServer::keys() has them).
    QString keysDir;
    QList<SandboxUser> users;
    int tokenMinutes = 60; ///< NIC's sandbox: 60 (spec §5.2)
    bool tls = false; ///< HTTPS with a certificate from the sandbox's own CA (ca_cert.pem)
    SandboxFaults faults;
    qint64 clockOffsetSeconds = 0;
    /// Run the rule engine on generated invoices; false: only the schema-level checks.
    bool businessRules = true;
    /// The GSTIN details the Master/gstin API answers (gstinDetailsFromStore()).
    QList<GstinDetails> gstins;
    /// A JSON file that keeps the registrations across restarts (read at start, written after
    /// each change); empty: they live in memory and are lost when the sandbox stops.
    QString stateFile;
};

/// The local sandbox IRP (DESIGN.md §6): an HTTP/1.1 server (keep-alive, Content-Length bodies)
/// on 127.0.0.1 that speaks NIC's protocol (spec §5, §8) with SandboxIrp, injects faults, and
/// answers a few admin requests from loopback:
///   POST /sandbox/expire-tokens              every token expires now
///   POST /sandbox/clock?offset-hours=H       move the sandbox's clock (H may be fractional)
///   POST /sandbox/faults?fail-every=N&drop-every=N&delay-ms=MS
///   GET  /sandbox/registrations              the IRNs registered, as JSON
/// It runs in the thread it lives in, on that thread's event loop; no blocking call.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options, QObject* parent = nullptr);
    ~SandboxServer() override;

    /// Makes or reads the keys, reads the state file, and listens. The error says what failed.
    Status start();
    /// Stops listening and closes every connection (the registrations stay in memory).
    void stop();
    bool isListening() const;
    /// The base URL clients use, e.g. http://127.0.0.1:41234 (https with tls).
    QUrl url() const;
    quint16 port() const;

    const SandboxKeys& keys() const;
    /// The published files (empty without a keys folder).
    QString authPublicKeyPath() const;
    QString signCertPath() const;
    QString caCertPath() const;

    SandboxFaults faults() const { return m_faults; }
    /// New faults; the count of requests for failEvery and dropEvery starts again from 1.
    void setFaults(const SandboxFaults& faults);
    /// The sandbox's clock: system time plus the offset (for the 24 h and 48 h limits, tokens).
    QDateTime now() const;
    qint64 clockOffsetSeconds() const;
    void setClockOffsetSeconds(qint64 seconds);
    /// Every token issued so far expires now; returns how many were still valid.
    int expireTokens();
    QList<Registration> registrations() const;
    /// The IRP API requests seen so far (the count the faults use).
    int requestCount() const { return m_requests; }

Q_SIGNALS:
    /// After a request was answered (or failed, or dropped, as `outcome` says: "ok", "fail", "drop").
    void requestHandled(const QString& method, const QString& path, const QString& outcome);

private:
    struct Connection;
    void accept(QTcpSocket* socket);
    void pump(QTcpSocket* socket);
    void send(QTcpSocket* socket, const HttpResponse& response, bool close);
    HttpResponse admin(const HttpRequest& request);
    void saveState();

    SandboxOptions m_options;
    SandboxFaults m_faults;
    std::unique_ptr<SandboxIrp> m_irp;
    QTcpServer* m_server = nullptr;
    QHash<QTcpSocket*, std::shared_ptr<Connection>> m_connections;
    int m_requests = 0;
    int m_counted = 0; ///< the requests the faults count
};

} // namespace irndesk::sandbox
