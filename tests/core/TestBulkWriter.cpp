// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/BulkWriter.h"
#include "core/json/InvoiceReader.h"
#include "core/json/InvoiceWriter.h"
#include "tests/support/TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace irndesk;

namespace {

QList<Invoice> generated()
{
    const ReadFile f = readInvoiceBytes(test::readData(QStringLiteral("gen/gen-400.json")));
    QList<Invoice> out;
    for (const ReadInvoice& r : f.invoices) {
        out.append(*r.invoice);
    }
    return out;
}

} // namespace

class TestBulkWriter : public QObject
{
    Q_OBJECT

private slots:
    void splitsWithinTheLimit_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::newRow("portal default") << kDefaultBulkFileBytes;
        QTest::newRow("100 kB") << qint64(100'000);
        QTest::newRow("20 kB") << qint64(20'000);
    }
    void splitsWithinTheLimit()
    {
        QFETCH(qint64, limit);
        const QList<Invoice> invoices = generated();
        QVERIFY(invoices.size() >= 400);
        QList<QByteArray> chunks;
        BulkSplitter splitter(limit, [&](const QByteArray& bulk) {
            chunks.append(bulk);
            return Status(Ok{});
        });
        for (int i = 0; i < invoices.size(); ++i) {
            QVERIFY(splitter.add(invoices[i], invoiceLabel(invoices[i], i)));
        }
        QVERIFY(splitter.finish());
        QCOMPARE(splitter.invoicesAdded(), invoices.size());
        // every chunk is a valid bulk array within the limit, and together they hold every
        // invoice once, in order
        int next = 0;
        qint64 total = 0;
        for (const QByteArray& chunk : std::as_const(chunks)) {
            QVERIFY(chunk.size() <= limit);
            total += chunk.size();
            const ReadFile f = readInvoiceBytes(chunk);
            QVERIFY(f.ok());
            QVERIFY(!f.singleInvoice);
            for (const ReadInvoice& r : f.invoices) {
                QVERIFY(next < invoices.size());
                QVERIFY(*r.invoice == invoices[next]);
                ++next;
            }
        }
        QCOMPARE(next, invoices.size());
        // files are filled: none but the last could have taken the next invoice
        for (int i = 0; i + 1 < chunks.size(); ++i) {
            const ReadFile nextFile = readInvoiceBytes(chunks[i + 1]);
            const qint64 nextSize = invoiceToJson(*nextFile.invoices[0].invoice).size();
            QVERIFY(chunks[i].size() + 2 + nextSize > limit);
        }
        if (limit == kDefaultBulkFileBytes) {
            QCOMPARE(chunks.size(), int((total + limit - 1) / limit)); // few files
        }
    }

    void exactLimitFits()
    {
        const Invoice inv = generated().first();
        const qint64 size = invoiceToJson(inv).size() + 4; // "[\n" + invoice + "\n]"
        QList<QByteArray> chunks;
        BulkSplitter splitter(size, [&](const QByteArray& bulk) {
            chunks.append(bulk);
            return Status(Ok{});
        });
        QVERIFY(splitter.add(inv, QStringLiteral("x")));
        QVERIFY(splitter.finish());
        QCOMPARE(chunks.size(), 1);
        QCOMPARE(chunks[0].size(), size);

        BulkSplitter tooSmall(size - 1, [](const QByteArray&) { return Status(Ok{}); });
        const Status s = tooSmall.add(inv, invoiceLabel(inv, 6));
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::TooLarge);
        QVERIFY2(s.error().message.contains(invoiceLabel(inv, 6)), qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QLatin1String("(#7)")));
    }

    void oversizedInvoiceIsNamed()
    {
        Invoice big = generated().first();
        big.docDtls.no = QStringLiteral("BIG/1");
        for (int i = 0; i < 999; ++i) {
            Item item = big.itemList.first();
            item.slNo = QString::number(i + 2);
            item.prdDesc = QString(2500, QLatin1Char('x')); // far over the schema limit: the writer must still refuse the file
            big.itemList.append(item);
        }
        BulkSplitter splitter(kDefaultBulkFileBytes, [](const QByteArray&) { return Status(Ok{}); });
        QVERIFY(splitter.add(generated().first(), QStringLiteral("a")));
        const Status s = splitter.add(big, invoiceLabel(big, 1));
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QLatin1String("BIG/1")), qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QLatin1String("2,000,000")));
    }

    void writesFilesAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<Invoice> invoices = generated();
        BulkFileWriter writer(dir.filePath(QStringLiteral("out")), QStringLiteral("client"), 150'000);
        for (int i = 0; i < invoices.size(); ++i) {
            QVERIFY(writer.add(invoices[i], invoiceLabel(invoices[i], i)));
        }
        const auto files = writer.finish();
        QVERIFY(files);
        QVERIFY(files.value().size() > 2);
        QCOMPARE(QFileInfo(files.value().first()).fileName(), QStringLiteral("client-001.json"));
        int count = 0;
        for (const QString& path : files.value()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.size() <= 150'000);
            count += int(readInvoiceFile(&f).invoices.size());
        }
        QCOMPARE(count, invoices.size());
        // nothing but the bulk files is left behind (no temporary files)
        QCOMPARE(QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Files).size(), files.value().size());
    }

    void unwritableFolderIsAnError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        BulkFileWriter writer(dir.filePath(QStringLiteral("file/sub")), QStringLiteral("x"));
        QVERIFY(writer.add(generated().first(), QStringLiteral("a")));
        const auto files = writer.finish();
        QVERIFY(!files);
        QCOMPARE(files.error().code, ErrorCode::Io);
        QVERIFY(files.error().message.contains(dir.filePath(QStringLiteral("file/sub"))));
    }
};

QTEST_GUILESS_MAIN(TestBulkWriter)
#include "TestBulkWriter.moc"
