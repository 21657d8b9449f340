// SPDX-License-Identifier: GPL-3.0-or-later
// irndesk-bench-submit: submitting 1,000 invoices to the local sandbox over loopback, with
// concurrency 1, 4 and 8 (issue 6). The sandbox runs as its own process (`irndesk-cli sandbox`), so
// that the client's CPU time is this process's alone; its throughput includes the sandbox's
// decryption, rule engine and RS256 signing. Each run submits into a fresh store. Target: at least
// 200 invoices per second at concurrency 4.
#include "bench/SampleInvoice.h"
#include "core/irp/IrpClient.h"
#include "core/irp/Submitter.h"
#include "core/json/InvoiceReader.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

namespace {

using namespace irndesk;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("irndesk-cli (runs the sandbox)"), QStringLiteral("FILE"));
    const QCommandLineOption dirOption(QStringLiteral("work-dir"), QStringLiteral("Stores and keys."), QStringLiteral("DIR"));
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Invoices per run."), QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({ cliOption, dirOption, countOption });
    parser.process(app);
    if (!parser.isSet(cliOption) || !parser.isSet(dirOption)) {
        parser.showHelp(2);
    }
    const int count = parser.value(countOption).toInt();
    QDir dir(parser.value(dirOption));
    dir.removeRecursively();
    QDir().mkpath(dir.path());

    QProcess sandbox;
    sandbox.setProgram(parser.value(cliOption));
    sandbox.setArguments({ QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--keys-dir"),
        dir.filePath(QStringLiteral("keys")), QStringLiteral("--client-id"), QStringLiteral("bench"), QStringLiteral("--client-secret"),
        QStringLiteral("bench-secret"), QStringLiteral("--user"), QStringLiteral("bench"), QStringLiteral("--password"),
        QStringLiteral("bench-pass"), QStringLiteral("--gstin"), QStringLiteral("27AAPFU0939F1ZV") });
    sandbox.start();
    if (!sandbox.waitForStarted() || !sandbox.waitForReadyRead(30000)) {
        out() << "the sandbox did not start" << Qt::endl;
        return 1;
    }
    QString url = QString::fromUtf8(sandbox.readLine()).trimmed();
    url = url.mid(url.indexOf(QLatin1String("http")));

    irp::IrpConnection connection;
    connection.baseUrl = url;
    connection.clientId = QStringLiteral("bench");
    connection.clientSecret = QStringLiteral("bench-secret");
    connection.userName = QStringLiteral("bench");
    connection.password = QStringLiteral("bench-pass");
    connection.gstin = QStringLiteral("27AAPFU0939F1ZV");
    QFile key(dir.filePath(QStringLiteral("keys/auth_public.pem")));
    if (!key.open(QIODevice::ReadOnly)) {
        out() << "no auth_public.pem from the sandbox" << Qt::endl;
        return 1;
    }
    connection.authKey = irp::PublicKey::fromPem(key.readAll()).value();

    const Invoice base = *readInvoice(bench::sampleInvoiceJson()).invoice;
    QJsonObject results;
    int exitCode = 0;
    for (const int concurrency : { 1, 4, 8 }) {
        const QString path = dir.filePath(QStringLiteral("submit-%1.sqlite").arg(concurrency));
        QList<qint64> ids;
        {
            auto store = std::move(store::Store::open(path)).value();
            const qint64 ws = store->addWorkspace(store::SellerProfile::fromInvoice(base)).value().id;
            store::Store::Transaction transaction(*store);
            for (int i = 0; i < count; ++i) {
                Invoice invoice = base;
                invoice.docDtls.no = QStringLiteral("B%1/%2").arg(concurrency).arg(i + 1);
                ids.append(store->addInvoice(ws, invoice, {}).value());
            }
            (void)transaction.commit();
        }
        irp::SubmitOptions options;
        options.profile = QStringLiteral("bench");
        options.concurrency = concurrency;
        options.today = QDate(2026, 11, 20);
        auto session = std::make_shared<irp::IrpSession>(connection);
        const double cpuBefore = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        const Result<irp::SubmitSummary> r = irp::submitInvoices(path, session, ids, options, {});
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpuBefore;
        if (!r || r.value().registered != count) {
            out() << "concurrency " << concurrency << ": " << (r ? QStringLiteral("%1 registered of %2").arg(r.value().registered).arg(count) : r.error().message) << Qt::endl;
            exitCode = 1;
            continue;
        }
        const double rate = count / seconds;
        out() << QStringLiteral("submit   %1 invoices to the local sandbox, concurrency %2: %3 s, %4 invoices/s%5; client CPU %6 ms per invoice; %7 auth")
                     .arg(count)
                     .arg(concurrency)
                     .arg(seconds, 0, 'f', 2)
                     .arg(rate, 0, 'f', 0)
                     .arg(concurrency == 4 ? QStringLiteral(" (target 200: %1x)").arg(rate / 200.0, 0, 'f', 2) : QString())
                     .arg(cpu * 1000.0 / count, 0, 'f', 2)
                     .arg(session->authCount())
              << Qt::endl;
        results.insert(QStringLiteral("concurrency%1").arg(concurrency),
            QJsonObject{ { QStringLiteral("invoicesPerSecond"), rate }, { QStringLiteral("clientCpuMsPerInvoice"), cpu * 1000.0 / count } });
    }
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    out() << QJsonDocument(results).toJson(QJsonDocument::Compact) << Qt::endl;
    return exitCode;
}
