// SPDX-License-Identifier: GPL-3.0-or-later
//
// irndesk-bench-print: issue 7's figures, per item.
//
//   irndesk-bench-print --jwts real_signed_jwts.json --work-dir DIR [--verify 10000] [--pdfs 1000]
//
// 1. verify: RS256 checks of NIC's signed documents (SignedInvoice and SignedQRCode JWTs from the
//    file, round-robin) against the built-in trusted keys, `--verify` checks in all;
// 2. print: the A4 PDF of a registered invoice with its signed QR code (its SignedQRCode taken
//    from the same file), `--pdfs` files written. Timings are doubles: measurements, not money.

#include "bench/SampleInvoice.h"
#include "core/irp/TrustStore.h"
#include "core/json/InvoiceReader.h"
#include "core/print/InvoicePdf.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

using namespace irndesk;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The sample invoice, registered, carrying a real sandbox SignedQRCode.
store::StoredInvoice sampleInvoice(const QString& qr)
{
    store::StoredInvoice s;
    s.invoice = *readInvoice(bench::sampleInvoiceJson()).invoice;
    s.summary.status = store::InvoiceStatus::Registered;
    s.summary.docType = QStringLiteral("INV");
    s.summary.docNo = QStringLiteral("MH/2026/0042");
    s.irp.irn = QString(64, QLatin1Char('a'));
    s.irp.ackNo = QStringLiteral("112010000000001");
    s.irp.ackDate = QStringLiteral("2026-11-21 10:00:00");
    s.irp.signedQrCode = qr;
    s.summary.irn = s.irp.irn;
    s.summary.ackNo = s.irp.ackNo;
    s.summary.ackDate = s.irp.ackDate;
    return s;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts need a QGuiApplication, not a display
    }
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption jwtsOption(QStringLiteral("jwts"), QStringLiteral("real_signed_jwts.json"), QStringLiteral("FILE"));
    const QCommandLineOption dirOption(QStringLiteral("work-dir"), QStringLiteral("Where the PDFs go."), QStringLiteral("DIR"));
    const QCommandLineOption verifyOption(QStringLiteral("verify"), QStringLiteral("Signatures to check."), QStringLiteral("N"),
                                          QStringLiteral("10000"));
    const QCommandLineOption pdfOption(QStringLiteral("pdfs"), QStringLiteral("PDFs to write."), QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({jwtsOption, dirOption, verifyOption, pdfOption});
    parser.process(app);
    if (!parser.isSet(jwtsOption) || !parser.isSet(dirOption)) {
        parser.showHelp(2);
    }
    QFile file(parser.value(jwtsOption));
    if (!file.open(QIODevice::ReadOnly)) {
        out() << "cannot read " << file.fileName() << Qt::endl;
        return 2;
    }
    QStringList jwts;
    QString qr;
    for (const QJsonValue& v : QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("jwts")).toArray()) {
        const QString jwt = v[QLatin1String("jwt")].toString();
        jwts.append(jwt);
        if (qr.isEmpty() && v[QLatin1String("kind")].toString().contains(QLatin1String("QR"), Qt::CaseInsensitive)) {
            qr = jwt;
        }
    }
    if (jwts.isEmpty() || qr.isEmpty()) {
        out() << "no JWTs, or no SignedQRCode, in " << file.fileName() << Qt::endl;
        return 2;
    }
    QJsonObject result;

    // 1. Signatures.
    const irp::TrustStore trust = irp::TrustStore::withBuiltInKeys();
    const int checks = parser.value(verifyOption).toInt();
    int valid = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < checks; ++i) {
        valid += trust.verify(jwts[i % jwts.size()]).verdict == irp::Verification::Verdict::Valid;
    }
    const double verifySeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    result[QStringLiteral("verify_count")] = checks;
    result[QStringLiteral("verify_valid")] = valid;
    result[QStringLiteral("verify_us_each")] = verifySeconds * 1e6 / checks;
    out() << QStringLiteral("verify   %1 RS256 signatures (NIC sandbox JWTs, with parsing) in %2 s: %3 µs each; %4 valid")
                 .arg(checks)
                 .arg(verifySeconds, 0, 'f', 3)
                 .arg(verifySeconds * 1e6 / checks, 0, 'f', 1)
                 .arg(valid)
          << Qt::endl;
    if (valid != checks) {
        return 1;
    }

    // 2. PDFs.
    const QDir dir(parser.value(dirOption));
    QDir(dir.filePath(QStringLiteral("pdf"))).removeRecursively();
    dir.mkpath(QStringLiteral("pdf"));
    const store::StoredInvoice invoice = sampleInvoice(qr);
    const int pdfs = parser.value(pdfOption).toInt();
    qint64 bytes = 0;
    timer.restart();
    for (int i = 0; i < pdfs; ++i) {
        const QString path = dir.filePath(QStringLiteral("pdf/invoice-%1.pdf").arg(i));
        if (Status s = print::writeInvoicePdf(invoice, path, {}); !s) {
            out() << "print failed: " << s.error().message << Qt::endl;
            return 1;
        }
        bytes += QFileInfo(path).size();
    }
    const double printSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    result[QStringLiteral("pdf_count")] = pdfs;
    result[QStringLiteral("pdf_ms_each")] = printSeconds * 1e3 / pdfs;
    result[QStringLiteral("pdf_bytes_each")] = static_cast<double>(bytes) / pdfs;
    out() << QStringLiteral("print    %1 A4 PDFs with the signed QR code in %2 s: %3 ms each, %4 KB each")
                 .arg(pdfs)
                 .arg(printSeconds, 0, 'f', 3)
                 .arg(printSeconds * 1e3 / pdfs, 0, 'f', 2)
                 .arg(static_cast<double>(bytes) / pdfs / 1024, 0, 'f', 1)
          << Qt::endl;
    out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
