// SPDX-License-Identifier: GPL-3.0-or-later
// The per-invoice status report, as CSV and XLSX: exact content, the workbook read back with
// QuaZip, and files left alone when writing fails.
#include "core/io/StatusReport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace irndesk;
using namespace irndesk::io;

namespace {

QList<StatusReportRow> sampleRows()
{
    StatusReportRow registered;
    registered.workspaceGstin = QStringLiteral("01AMBPG7773M002");
    registered.docType = QStringLiteral("INV");
    registered.docNo = QStringLiteral("SINV-CFY-00067");
    registered.docDate = QStringLiteral("16/09/2022");
    registered.buyerGstin = QStringLiteral("36AMBPG7773M002");
    registered.buyerName = QStringLiteral("Sharma \"& Sons\", Delhi");
    registered.total = Money::fromRaw(118050); // 1180.50
    registered.status = QStringLiteral("Registered");
    registered.irn = QStringLiteral("706daeccda0ef6f818da78f3a2a05a1288731057373002289b46c3229289a2e7");
    registered.ackNo = QStringLiteral("232210036743849");
    registered.ackDate = QStringLiteral("2022-09-16 19:29:00");
    registered.ewbNo = QStringLiteral("391009149369");
    registered.exportFile = QStringLiteral("01AMBPG7773M002-2022-09-16-001.json");

    StatusReportRow failing;
    failing.workspaceGstin = QStringLiteral("01AMBPG7773M002");
    failing.docType = QStringLiteral("CRN");
    failing.docNo = QStringLiteral("CN/25-26/7");
    failing.docDate = QStringLiteral("01/04/2025");
    failing.buyerGstin = QStringLiteral("29AWGPV7107B1Z1");
    failing.buyerName = QStringLiteral("राम ट्रेडर्स");
    failing.total = Money::fromRaw(1234567890); // 1,23,45,678.90
    failing.status = QStringLiteral("Draft");
    failing.errors = QStringList{ QStringLiteral("2189 ValDtls.TotInvVal: the total is not the sum of the items"),
        QStringLiteral("2265 BuyerDtls.Pin: the PIN is not in the buyer's state") };
    failing.warnings = 2;

    StatusReportRow draft; // a draft with no total, a broken date and a name a spreadsheet would run
    draft.workspaceGstin = QStringLiteral("01AMBPG7773M002");
    draft.docType = QStringLiteral("INV");
    draft.docNo = QStringLiteral("A1");
    draft.docDate = QStringLiteral("31/02/2025");
    draft.buyerName = QStringLiteral("=HYPERLINK(\"http://x\")");
    draft.status = QStringLiteral("Draft");
    return { registered, failing, draft };
}

/// A source over a list; fails with `error` before row `failAt` (1-based) when it is > 0.
StatusReportSource sourceOf(const QList<StatusReportRow>& rows, int failAt = 0)
{
    auto position = std::make_shared<qsizetype>(0);
    return [rows, position, failAt](StatusReportRow& row) -> Result<bool> {
        if (failAt > 0 && *position + 1 == failAt) {
            return Error{ ErrorCode::Io, QStringLiteral("the store went away"), {} };
        }
        if (*position == rows.size()) {
            return false;
        }
        row = rows[(*position)++];
        return true;
    };
}

/// `count` generated rows, made one at a time.
StatusReportSource generated(qint64 count)
{
    auto position = std::make_shared<qint64>(0);
    return [count, position](StatusReportRow& row) -> Result<bool> {
        if (*position == count) {
            return false;
        }
        const qint64 n = ++*position;
        row.workspaceGstin = QStringLiteral("01AMBPG7773M002");
        row.docType = QStringLiteral("INV");
        row.docNo = QStringLiteral("INV/25-26/%1").arg(n);
        row.docDate = QStringLiteral("01/04/2025");
        row.buyerName = QStringLiteral("Buyer %1").arg(n);
        row.total = Money::fromRaw(n * 101);
        row.status = QStringLiteral("Ready");
        return true;
    };
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

/// Every part of the zip, read through with QuaZip (which checks each CRC on close), and each
/// checked to be well-formed XML: the parts by name, or an empty map when something is wrong.
QMap<QString, QByteArray> unzip(const QString& path)
{
    QMap<QString, QByteArray> parts;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        qWarning() << "not a zip:" << path << zip.getZipError();
        return {};
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        QuaZipFile part(&zip);
        if (!part.open(QIODevice::ReadOnly)) {
            qWarning() << "cannot open part" << name;
            return {};
        }
        const QByteArray bytes = part.readAll();
        part.close();
        if (part.getZipError() != UNZ_OK) {
            qWarning() << "bad part (CRC?)" << name << part.getZipError();
            return {};
        }
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            xml.readNext();
        }
        if (xml.hasError()) {
            qWarning() << "not well-formed XML:" << name << xml.errorString() << xml.lineNumber() << xml.columnNumber();
            return {};
        }
        parts.insert(name, bytes);
    }
    if (zip.getZipError() != UNZ_OK) {
        return {};
    }
    return parts;
}

/// The XML of cell `ref` in a sheet: `<c r="G2" ...>...</c>`.
QString cell(const QByteArray& sheet, const QString& ref)
{
    const QRegularExpression pattern(
        QStringLiteral("<c r=\"%1\"[^>]*?(/>|>.*?</c>)").arg(ref), QRegularExpression::DotMatchesEverythingOption);
    return pattern.match(QString::fromUtf8(sheet)).captured(0);
}

/// The style index (s="n") of a cell.
QString styleOf(const QString& cellXml)
{
    static const QRegularExpression pattern(QStringLiteral(" s=\"(\\d+)\""));
    return pattern.match(cellXml).captured(1);
}

/// The cellXfs entry `index` of styles.xml, to see its number format and font.
QString cellFormat(const QByteArray& styles, int index)
{
    const QString xml = QString::fromUtf8(styles);
    const qsizetype start = xml.indexOf(QLatin1String("<cellXfs"));
    static const QRegularExpression xf(QStringLiteral("<xf [^>]*?(/>|>.*?</xf>)"));
    auto it = xf.globalMatch(xml, start);
    for (int i = 0; it.hasNext(); ++i) {
        const QRegularExpressionMatch m = it.next();
        if (i == index) {
            return m.captured(0);
        }
    }
    return {};
}

/// The numFmtId that styles.xml gives a custom format code.
QString numFmtId(const QByteArray& styles, const QString& code)
{
    const QRegularExpression pattern(
        QStringLiteral("<numFmt numFmtId=\"(\\d+)\" formatCode=\"%1\"/>").arg(QRegularExpression::escape(code)));
    return pattern.match(QString::fromUtf8(styles)).captured(1);
}

} // namespace

class TestStatusReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void csvExact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("status.csv"));
        const Result<qint64> written = writeStatusReportCsv(path, sourceOf(sampleRows()));
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(written.value(), 3);
        const QByteArray expected = QByteArray("\xEF\xBB\xBF")
            + "Seller GSTIN,Type,Number,Date,Buyer GSTIN,Buyer name,Total,Status,IRN,Ack No,Ack date,E-way bill No,"
              "Errors,Warnings,Export file\r\n"
              "01AMBPG7773M002,INV,SINV-CFY-00067,16/09/2022,36AMBPG7773M002,\"Sharma \"\"& Sons\"\", Delhi\",1180.50,"
              "Registered,706daeccda0ef6f818da78f3a2a05a1288731057373002289b46c3229289a2e7,232210036743849,"
              "2022-09-16 19:29:00,391009149369,,0,01AMBPG7773M002-2022-09-16-001.json\r\n"
              "01AMBPG7773M002,CRN,CN/25-26/7,01/04/2025,29AWGPV7107B1Z1,"
            + QStringLiteral("राम ट्रेडर्स").toUtf8()
            + ",12345678.90,Draft,,,,,\"2189 ValDtls.TotInvVal: the total is not the sum of the items\n"
              "2265 BuyerDtls.Pin: the PIN is not in the buyer's state\",2,\r\n"
              "01AMBPG7773M002,INV,A1,31/02/2025,,\"'=HYPERLINK(\"\"http://x\"\")\",,Draft,,,,,,0,\r\n";
        const QByteArray actual = readFile(path);
        if (actual != expected) {
            qWarning().noquote() << QString::fromUtf8(actual);
        }
        QCOMPARE(actual, expected);
    }

    void header()
    {
        const QStringList columns = statusReportHeader();
        QCOMPARE(columns.size(), 15);
        QCOMPARE(columns.first(), QStringLiteral("Seller GSTIN"));
        QCOMPARE(columns.last(), QStringLiteral("Export file"));
    }

    void emptyReports()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("empty.csv"));
        QCOMPARE(writeStatusReportCsv(csv, sourceOf({})).value(), 0);
        QCOMPARE(readFile(csv).count("\r\n"), 1);
        const QString xlsx = dir.filePath(QStringLiteral("empty.xlsx"));
        QCOMPARE(writeStatusReportXlsx(xlsx, sourceOf({})).value(), 0);
        const QMap<QString, QByteArray> parts = unzip(xlsx);
        QVERIFY(parts.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
        const QByteArray sheet = parts.value(QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.contains("<autoFilter ref=\"A1:O1\"/>"));
        QVERIFY(sheet.contains("Seller GSTIN"));
    }

    void xlsxContent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("status.xlsx"));
        const Result<qint64> written = writeStatusReportXlsx(path, sourceOf(sampleRows()));
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(written.value(), 3);
        const QMap<QString, QByteArray> parts = unzip(path);
        QVERIFY(!parts.isEmpty());
        const QByteArray sheet = parts.value(QStringLiteral("xl/worksheets/sheet1.xml"));
        const QByteArray styles = parts.value(QStringLiteral("xl/styles.xml"));
        const QByteArray workbook = parts.value(QStringLiteral("xl/workbook.xml"));
        QVERIFY(!sheet.isEmpty() && !styles.isEmpty() && !workbook.isEmpty());

        // Header: bold, frozen, filtered; the columns have widths.
        QVERIFY(cell(sheet, QStringLiteral("A1")).contains(QLatin1String("Seller GSTIN")));
        QVERIFY(cell(sheet, QStringLiteral("O1")).contains(QLatin1String("Export file")));
        QVERIFY(cellFormat(styles, styleOf(cell(sheet, QStringLiteral("A1"))).toInt())
                    .contains(QLatin1String("fontId=\"1\"")));
        QVERIFY(styles.contains("<b/>"));
        QVERIFY(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
        QVERIFY(sheet.contains("<autoFilter ref=\"A1:O4\"/>"));
        QVERIFY(sheet.contains("<col min=\"9\" max=\"9\" width="));
        QVERIFY(workbook.contains("<sheet name=\"Status\""));
        QVERIFY(workbook.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" "
                                  "hidden=\"1\">'Status'!$A$1:$O$4</definedName>"));
        const QStringList expectedParts{ QStringLiteral("[Content_Types].xml"),
            QStringLiteral("_rels/.rels"),
            QStringLiteral("xl/_rels/workbook.xml.rels"),
            QStringLiteral("xl/styles.xml"),
            QStringLiteral("xl/workbook.xml"),
            QStringLiteral("xl/worksheets/sheet1.xml") };
        QCOMPARE(parts.keys(), expectedParts);
        QVERIFY(parts.value(QStringLiteral("[Content_Types].xml"))
                    .contains("<Override PartName=\"/xl/worksheets/sheet1.xml\""));

        // Texts, inline (constant-memory mode writes no shared strings), escaped.
        QVERIFY(cell(sheet, QStringLiteral("B2")).contains(QLatin1String("t=\"inlineStr\"><is><t>INV</t>")));
        QVERIFY(cell(sheet, QStringLiteral("F2")).contains(QLatin1String("Sharma &quot;&amp; Sons&quot;, Delhi")));
        QVERIFY(cell(sheet, QStringLiteral("F3")).contains(QStringLiteral("राम ट्रेडर्स")));
        QVERIFY(cell(sheet, QStringLiteral("F4")).contains(QLatin1String("<t>=HYPERLINK(&quot;http://x&quot;)</t>")));
        QVERIFY(!cell(sheet, QStringLiteral("F4")).contains(QLatin1String("<f>"))); // a text, not a formula
        QVERIFY(cell(sheet, QStringLiteral("I2"))
                    .contains(QLatin1String("706daeccda0ef6f818da78f3a2a05a1288731057373002289b46c3229289a2e7")));
        QVERIFY(cell(sheet, QStringLiteral("J2")).contains(QLatin1String("<t>232210036743849</t>")));

        // The total: a number with the Indian grouping format.
        const QString total = cell(sheet, QStringLiteral("G2"));
        QVERIFY2(total.contains(QLatin1String("<v>1180.5</v>")), qPrintable(total));
        QVERIFY(cell(sheet, QStringLiteral("G3")).contains(QLatin1String("<v>12345678.9</v>")));
        QVERIFY(cell(sheet, QStringLiteral("G4")).isEmpty()); // no total: no cell
        const QString amountFormat = numFmtId(styles, QStringLiteral("#,##,##0.00"));
        QVERIFY(!amountFormat.isEmpty());
        QVERIFY(
            cellFormat(styles, styleOf(total).toInt()).contains(QStringLiteral("numFmtId=\"%1\"").arg(amountFormat)));

        // The date: an Excel serial day with dd/mm/yyyy; a date that is not one stays text.
        const QString date = cell(sheet, QStringLiteral("D2"));
        const qint64 serial = QDate(1899, 12, 30).daysTo(QDate(2022, 9, 16));
        QVERIFY2(date.contains(QStringLiteral("<v>%1</v>").arg(serial)), qPrintable(date));
        const QString dateFormat = numFmtId(styles, QStringLiteral("dd/mm/yyyy"));
        QVERIFY(!dateFormat.isEmpty());
        QVERIFY(cellFormat(styles, styleOf(date).toInt()).contains(QStringLiteral("numFmtId=\"%1\"").arg(dateFormat)));
        QVERIFY(cell(sheet, QStringLiteral("D4")).contains(QLatin1String("<t>31/02/2025</t>")));

        // Errors: one per line in a wrapped cell.
        const QString errors = cell(sheet, QStringLiteral("M3"));
        QVERIFY2(errors.contains(QLatin1String("items\n2265 BuyerDtls.Pin")), qPrintable(errors));
        QVERIFY(cellFormat(styles, styleOf(errors).toInt()).contains(QLatin1String("wrapText=\"1\"")));
        QVERIFY(cell(sheet, QStringLiteral("N3")).contains(QLatin1String("<v>2</v>")));
    }

    void xlsxThousandRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.xlsx"));
        QCOMPARE(writeStatusReportXlsx(path, generated(1000)).value(), 1000);
        const QMap<QString, QByteArray> parts = unzip(path);
        QVERIFY(!parts.isEmpty());
        const QByteArray sheet = parts.value(QStringLiteral("xl/worksheets/sheet1.xml"));
        QCOMPARE(sheet.count("<row "), 1001);
        QVERIFY(sheet.contains("<autoFilter ref=\"A1:O1001\"/>"));
        QVERIFY(cell(sheet, QStringLiteral("C1001")).contains(QLatin1String("INV/25-26/1000")));
        QVERIFY(cell(sheet, QStringLiteral("G1001")).contains(QLatin1String("<v>1010</v>")));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{ QStringLiteral("big.xlsx") });
    }

    /// More rows than a sheet holds go on in further sheets, each with its header.
    void xlsxSheetsRollOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sheets.xlsx"));
        StatusReportXlsxOptions options;
        options.rowsPerSheet = 2;
        QCOMPARE(writeStatusReportXlsx(path, generated(5), options).value(), 5);
        const QMap<QString, QByteArray> parts = unzip(path);
        const QByteArray workbook = parts.value(QStringLiteral("xl/workbook.xml"));
        QVERIFY(workbook.contains("<sheet name=\"Status\""));
        QVERIFY(workbook.contains("<sheet name=\"Status (2)\""));
        QVERIFY(workbook.contains("<sheet name=\"Status (3)\""));
        const QByteArray third = parts.value(QStringLiteral("xl/worksheets/sheet3.xml"));
        QCOMPARE(third.count("<row "), 2);
        QVERIFY(cell(third, QStringLiteral("A1")).contains(QLatin1String("Seller GSTIN")));
        QVERIFY(cell(third, QStringLiteral("C2")).contains(QLatin1String("INV/25-26/5")));
        QVERIFY(third.contains("<autoFilter ref=\"A1:O2\"/>"));
        QVERIFY(parts.value(QStringLiteral("xl/worksheets/sheet2.xml")).contains("<autoFilter ref=\"A1:O3\"/>"));
    }

    /// A failure while writing (here the source fails at row 3) leaves the old report as it was,
    /// and no temporary file behind.
    void failureKeepsOldFile_data()
    {
        QTest::addColumn<bool>("xlsx");
        QTest::newRow("csv") << false;
        QTest::newRow("xlsx") << true;
    }
    void failureKeepsOldFile()
    {
        QFETCH(bool, xlsx);
        QTemporaryDir dir;
        const QString path = dir.filePath(xlsx ? QStringLiteral("status.xlsx") : QStringLiteral("status.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the old report");
        }
        const Result<qint64> written = xlsx ? writeStatusReportXlsx(path, sourceOf(sampleRows(), 3))
                                            : writeStatusReportCsv(path, sourceOf(sampleRows(), 3));
        QVERIFY(!written);
        QCOMPARE(written.error().message, QStringLiteral("the store went away"));
        QCOMPARE(readFile(path), QByteArray("the old report"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{ QFileInfo(path).fileName() });

        // And a good run replaces it, keeping its permissions.
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        const Result<qint64> again = xlsx ? writeStatusReportXlsx(path, sourceOf(sampleRows()))
                                          : writeStatusReportCsv(path, sourceOf(sampleRows()));
        QVERIFY(again);
        QVERIFY(readFile(path) != QByteArray("the old report"));
        const QFile::Permissions unixBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
            | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(path) & unixBits, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{ QFileInfo(path).fileName() });
    }

    /// A folder that cannot hold the file: an Io error that names the path (a file where a folder
    /// should be: a permission test would pass when run as root).
    void unwritable_data()
    {
        QTest::addColumn<bool>("xlsx");
        QTest::newRow("csv") << false;
        QTest::newRow("xlsx") << true;
    }
    void unwritable()
    {
        QFETCH(bool, xlsx);
        QTemporaryDir dir;
        const QString notAFolder = dir.filePath(QStringLiteral("plain-file"));
        {
            QFile file(notAFolder);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const QString path = notAFolder + (xlsx ? QLatin1String("/status.xlsx") : QLatin1String("/status.csv"));
        bool sourceCalled = false;
        const StatusReportSource source = [&sourceCalled](StatusReportRow&) -> Result<bool> {
            sourceCalled = true;
            return false;
        };
        const Result<qint64> written = xlsx ? writeStatusReportXlsx(path, source) : writeStatusReportCsv(path, source);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Io);
        QVERIFY2(written.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(written.error().message));
        QVERIFY(!sourceCalled); // found before the rows are read

        if (xlsx) {
            const Result<qint64> onFolder = writeStatusReportXlsx(dir.path(), source);
            QVERIFY(!onFolder);
            QVERIFY(onFolder.error().message.contains(QLatin1String("folder")));
        }
    }
};

QTEST_GUILESS_MAIN(TestStatusReport)
#include "TestStatusReport.moc"
