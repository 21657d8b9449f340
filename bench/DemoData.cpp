// SPDX-License-Identifier: GPL-3.0-or-later
// irndesk-demo-data --out FILE [--count N] [--seed S]: a bulk INV-01 file of N generated invoices
// of ONE seller (the generator's first), for `make demo`; every tenth has a mistyped buyer GSTIN
// so that the demo shows what the rules stop. Prints the seller's GSTIN.
#include "bench/InvoiceGenerator.h"
#include "core/json/InvoiceWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

using namespace irndesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The bulk JSON file to write."), QStringLiteral("FILE"));
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Invoices."), QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed."), QStringLiteral("S"), QStringLiteral("11"));
    parser.addOptions({ outOption, countOption, seedOption });
    parser.process(app);
    if (!parser.isSet(outOption)) {
        parser.showHelp(2);
    }
    bench::GeneratorOptions options;
    options.seed = parser.value(seedOption).toULongLong();
    options.today = QDate::currentDate();
    bench::InvoiceGenerator generator(options);
    const int count = parser.value(countOption).toInt();
    QByteArray json = "[";
    QString seller;
    int written = 0;
    for (int i = 0; written < count && i < 200000; ++i) {
        Invoice invoice = generator.next();
        const QString gstin = invoice.sellerDtls.gstin.value_or(QString());
        if (seller.isEmpty()) {
            seller = gstin;
        }
        // One seller; only B2B and exports keep the demo short to read.
        if (gstin != seller) {
            continue;
        }
        ++written;
        if (written % 10 == 0 && invoice.buyerDtls.gstin && invoice.buyerDtls.gstin->size() == 15) {
            QString typo = *invoice.buyerDtls.gstin;
            typo[14] = typo[14] == u'Z' ? u'Y' : u'Z';
            invoice.buyerDtls.gstin = typo;
        }
        if (written > 1) {
            json += ",\n";
        }
        json += invoiceToJson(invoice);
    }
    json += "]\n";
    QSaveFile file(parser.value(outOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        QTextStream(stderr) << "cannot write " << parser.value(outOption) << Qt::endl;
        return 2;
    }
    QTextStream(stdout) << seller << Qt::endl;
    return 0;
}
