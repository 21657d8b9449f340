// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ColumnMapping.h"
#include "core/io/TableCsv.h"
#include "core/io/TableTemplate.h"
#include "core/io/TableXlsx.h"
#include "core/io/TabularImport.h"
#include "core/json/InvoiceReader.h"
#include "core/json/InvoiceWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <variant>

#include "tests/support/TestData.h"

using namespace irndesk;
using namespace irndesk::io;

namespace {

// --- Writing test files ---------------------------------------------------------------------

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

/// A ZIP archive written with QuaZip, for hand-made XLSX files.
void writeZip(const QString& path, const QList<std::pair<QString, QByteArray>>& entries)
{
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (const auto& [name, bytes] : entries) {
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        file.write(bytes);
        file.close();
        QCOMPARE(file.getZipError(), 0);
    }
    zip.close();
    QCOMPARE(zip.getZipError(), 0);
}

/// The parts of a minimal workbook with the given sheets (name, sheet XML), as Excel lays it out.
QList<std::pair<QString, QByteArray>> workbookParts(
    const QList<std::pair<QString, QByteArray>>& sheets, const QByteArray& sharedStrings = {}, bool date1904 = false)
{
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
    if (date1904) {
        workbook += "<workbookPr date1904=\"1\"/>";
    }
    workbook += "<sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QList<std::pair<QString, QByteArray>> parts;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + sheets[i].first.toUtf8() + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        // One target absolute, the others relative: both forms occur in the wild.
        rels += "<Relationship Id=\"rId" + n
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\""
            + (i == 1 ? "/xl/worksheets/sheet" : "worksheets/sheet") + n + ".xml\"/>";
        parts.append({ QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheets[i].second });
    }
    if (!sharedStrings.isEmpty()) {
        rels += "<Relationship Id=\"rIdS\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                "Target=\"sharedStrings.xml\"/>";
        parts.append({ QStringLiteral("xl/sharedStrings.xml"), sharedStrings });
    }
    workbook += "</sheets></workbook>";
    rels += "</Relationships>";
    parts.prepend({ QStringLiteral("xl/_rels/workbook.xml.rels"), rels });
    parts.prepend({ QStringLiteral("xl/workbook.xml"), workbook });
    parts.prepend({ QStringLiteral("[Content_Types].xml"),
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" });
    return parts;
}

QByteArray sheetXml(const QByteArray& rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + rows + "</sheetData></worksheet>";
}

/// A cell for libxlsxwriter: text, a number (given as text, written as a double by the writer),
/// a boolean, a formula with its cached number, or a rich string (every other run in bold).
struct Num
{
    QString text;
};
struct Formula
{
    QString formula;
    double cached;
};
struct Rich
{
    QStringList runs;
};
using Cell = std::variant<std::monostate, QString, Num, bool, Formula, Rich>;
struct Sheet
{
    QString name;
    QList<QList<Cell>> rows; ///< an empty row is left out of the file, as Excel does
};

/// Writes an XLSX file with libxlsxwriter. That runs in a program of its own
/// (TestTabularImportXlsxWriter.cpp says why), from a JSON description of the cells.
void writeXlsx(const QString& path, const QList<Sheet>& sheets, bool constantMemory = false)
{
    QJsonArray sheetArray;
    for (const Sheet& sheet : sheets) {
        QJsonArray rows;
        for (const QList<Cell>& row : sheet.rows) {
            QJsonArray cells;
            for (const Cell& cell : row) {
                if (const auto* s = std::get_if<QString>(&cell)) {
                    cells.append(*s);
                } else if (const auto* n = std::get_if<Num>(&cell)) {
                    cells.append(QJsonObject{ { QStringLiteral("n"), n->text } });
                } else if (const auto* b = std::get_if<bool>(&cell)) {
                    cells.append(*b);
                } else if (const auto* f = std::get_if<Formula>(&cell)) {
                    cells.append(
                        QJsonObject{ { QStringLiteral("f"), f->formula }, { QStringLiteral("v"), f->cached } });
                } else if (const auto* r = std::get_if<Rich>(&cell)) {
                    cells.append(QJsonObject{ { QStringLiteral("rich"), QJsonArray::fromStringList(r->runs) } });
                } else {
                    cells.append(QJsonValue::Null);
                }
            }
            rows.append(cells);
        }
        sheetArray.append(QJsonObject{ { QStringLiteral("name"), sheet.name }, { QStringLiteral("rows"), rows } });
    }
    const QString specPath = path + QStringLiteral(".spec.json");
    writeFile(specPath,
        QJsonDocument(QJsonObject{ { QStringLiteral("constantMemory"), constantMemory },
                          { QStringLiteral("sheets"), sheetArray } })
            .toJson());
    QFile::remove(path);
    QProcess writer;
    writer.start(qEnvironmentVariable("IRNDESK_TEST_XLSXWRITER"), { specPath, path });
    QVERIFY2(writer.waitForFinished(60000), "the XLSX writer did not finish");
    QVERIFY2(writer.exitStatus() == QProcess::NormalExit && writer.exitCode() == 0,
        writer.readAllStandardError().constData());
    QVERIFY(QFileInfo::exists(path));
}

// --- Reading ---------------------------------------------------------------------------------

struct Imported
{
    Status opened = Ok{};
    QList<TabularRecord> records;
    QList<TabularProblem> fileProblems;
    std::optional<Error> error;
    TabularLayout layout = TabularLayout::OneSheet;
};

Imported importFile(const QString& path, const ColumnMapping& mapping = {}, const XlsxLimits& limits = {})
{
    Imported out;
    TabularReader reader;
    out.opened = reader.open(path, mapping, limits);
    out.fileProblems = reader.fileProblems();
    out.layout = reader.layout();
    if (!out.opened) {
        return out;
    }
    TabularRecord record;
    while (reader.next(record)) {
        out.records.append(record);
    }
    out.error = reader.error();
    return out;
}

QString dump(const QList<TabularProblem>& problems)
{
    QStringList lines;
    for (const TabularProblem& p : problems) {
        lines.append(p.toString());
    }
    return lines.join(u'\n');
}

QString dump(const Imported& imported)
{
    QStringList lines;
    if (!imported.opened) {
        lines.append(QStringLiteral("open: ") + imported.opened.error().message);
    }
    for (const TabularRecord& r : imported.records) {
        lines.append(r.source + (r.invoice ? QStringLiteral(" ok") : QStringLiteral(" REFUSED")));
        for (const TabularProblem& p : r.problems) {
            lines.append(QStringLiteral("  ") + p.toString());
        }
    }
    lines.append(dump(imported.fileProblems));
    if (imported.error) {
        lines.append(QStringLiteral("error: ") + imported.error->message);
    }
    return lines.join(u'\n');
}

QList<Invoice> fixture(const QString& relative)
{
    const ReadFile file = readInvoiceBytes(test::readData(relative));
    [&] {
        QVERIFY2(file.ok(), qPrintable(relative));
    }();
    QList<Invoice> out;
    for (const ReadInvoice& r : file.invoices) {
        out.append(*r.invoice);
    }
    return out;
}

/// Compares as JSON first, so that a failure shows the difference.
bool sameInvoices(const QList<TabularRecord>& records, const QList<Invoice>& expected)
{
    if (records.size() != expected.size()) {
        qWarning("%lld records, %lld expected", qlonglong(records.size()), qlonglong(expected.size()));
        return false;
    }
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!records[i].invoice) {
            qWarning("%s: not imported:\n%s", qPrintable(records[i].source), qPrintable(dump(records[i].problems)));
            return false;
        }
        const QByteArray actual = invoiceToJson(*records[i].invoice, JsonStyle::Indented);
        const QByteArray wanted = invoiceToJson(expected[i], JsonStyle::Indented);
        if (actual != wanted) {
            qWarning("invoice %lld differs:\n%s\nexpected:\n%s", qlonglong(i), actual.constData(), wanted.constData());
            return false;
        }
        if (!(*records[i].invoice == expected[i])) {
            qWarning("invoice %lld: same JSON but not equal", qlonglong(i));
            return false;
        }
    }
    return true;
}

ColumnMapping mappingFrom(const QByteArray& json)
{
    Result<ColumnMapping> m = ColumnMapping::parse(json, QStringLiteral("test-mapping.json"));
    [&] {
        QVERIFY2(m.hasValue(), m.hasValue() ? "" : qPrintable(m.error().message));
    }();
    return m ? m.value() : ColumnMapping{};
}

/// Our template's cells for some invoices: `columns` decides which template columns (all the
/// ones used when empty); one row per line, the invoice columns repeated.
struct TemplateRows
{
    QList<const TemplateColumn*> columns;
    QList<QList<QString>> rows; ///< cell texts; a null QString for an absent field
};

TemplateRows templateRows(const QList<Invoice>& invoices, TemplateLevel only, bool withKeys)
{
    TemplateRows out;
    for (const TemplateColumn& c : templateColumns()) {
        const bool isKey = c.name == u"SellerDtls.Gstin" || c.name == u"DocDtls.Typ" || c.name == u"DocDtls.No";
        if (!(c.level == only || (withKeys && isKey))) {
            continue;
        }
        bool used = false;
        for (const Invoice& invoice : invoices) {
            if (c.level == TemplateLevel::Invoice) {
                used = used || c.getInvoice(invoice).has_value();
            } else {
                for (const Item& item : invoice.itemList) {
                    used = used || c.getItem(item).has_value();
                }
            }
        }
        if (used) {
            out.columns.append(&c);
        }
    }
    for (const Invoice& invoice : invoices) {
        const int lines = only == TemplateLevel::Line ? int(invoice.itemList.size()) : 1;
        for (int l = 0; l < lines; ++l) {
            QList<QString> row;
            for (const TemplateColumn* c : std::as_const(out.columns)) {
                const std::optional<QString> v =
                    c->level == TemplateLevel::Invoice ? c->getInvoice(invoice) : c->getItem(invoice.itemList[l]);
                row.append(v.value_or(QString()));
            }
            out.rows.append(row);
        }
    }
    return out;
}

/// The same as a CSV file in our template.
QByteArray templateCsv(const QList<Invoice>& invoices)
{
    const TemplateRows t = templateRows(invoices, TemplateLevel::Line, true);
    // templateRows() with Line gives the line columns and the keys; add the other invoice columns.
    TemplateRows all = templateRows(invoices, TemplateLevel::Invoice, false);
    QByteArray csv;
    auto quoted = [](const QString& s) -> QString {
        if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n')) {
            return u'"' + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
        }
        return s;
    };
    QStringList header;
    for (const TemplateColumn* c : std::as_const(all.columns)) {
        header.append(c->name);
    }
    for (const TemplateColumn* c : std::as_const(t.columns)) {
        if (c->level == TemplateLevel::Line) {
            header.append(c->name);
        }
    }
    csv += header.join(u',').toUtf8() + "\r\n";
    int row = 0;
    for (int i = 0; i < invoices.size(); ++i) {
        for (int l = 0; l < invoices[i].itemList.size(); ++l, ++row) {
            QStringList cells;
            for (const QString& v : std::as_const(all.rows[i])) {
                cells.append(quoted(v));
            }
            for (int k = 0; k < t.columns.size(); ++k) {
                if (t.columns[k]->level == TemplateLevel::Line) {
                    cells.append(quoted(t.rows[row][k]));
                }
            }
            csv += cells.join(u',').toUtf8() + "\r\n";
        }
    }
    return csv;
}

/// A template sheet as libxlsxwriter cells: numbers as numbers and dates as Excel serial days,
/// as a spreadsheet program would store them.
Sheet templateSheet(const QString& name, const TemplateRows& t)
{
    Sheet sheet{ name, {} };
    QList<Cell> header;
    for (const TemplateColumn* c : t.columns) {
        header.append(c->name);
    }
    sheet.rows.append(header);
    for (const QList<QString>& values : t.rows) {
        QList<Cell> row;
        for (int k = 0; k < t.columns.size(); ++k) {
            const QString& v = values[k];
            const TemplateColumn* c = t.columns[k];
            if (v.isNull()) {
                row.append(std::monostate{});
            } else if (c->kind == TemplateKind::Decimal || c->kind == TemplateKind::Integer) {
                row.append(Num{ v });
            } else if (c->kind == TemplateKind::Date) {
                const QDate date = QDate::fromString(v, QStringLiteral("dd/MM/yyyy"));
                row.append(Num{ QString::number(QDate(1899, 12, 30).daysTo(date)) });
            } else {
                row.append(v);
            }
        }
        sheet.rows.append(row);
    }
    return sheet;
}

} // namespace

class TestTabularImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// Reads a CSV text through TableCsv.
    static QList<TableRow> csvRows(const QByteArray& bytes, QString* error = nullptr, char* delimiter = nullptr)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        TableCsv csv(&buffer, QStringLiteral("test.csv"));
        QList<TableRow> rows;
        TableRow row;
        while (csv.next(row)) {
            rows.append(row);
        }
        if (error != nullptr) {
            *error = csv.error() ? csv.error()->message : QString();
        } else if (csv.error()) {
            qWarning("%s", qPrintable(csv.error()->message));
        }
        if (delimiter != nullptr) {
            *delimiter = csv.delimiter();
        }
        return rows;
    }
    static QStringList texts(const TableRow& row)
    {
        QStringList out;
        for (const TableCell& c : row.cells) {
            out.append(c.text);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
    }

    // --- CSV reader ----------------------------------------------------------------------------

    void csvRfc4180()
    {
        const QByteArray text = "a,\"b,c\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n"
                                "1,,\"\",15\" screen\n"
                                "\n"
                                "last,row,\"x\",y"; // no line break at the end
        const QList<TableRow> rows = csvRows(text);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(texts(rows[0]),
            QStringList({ QStringLiteral("a"),
                QStringLiteral("b,c"),
                QStringLiteral("say \"hi\""),
                QStringLiteral("two\nlines") }));
        QCOMPARE(rows[0].number, 1);
        QCOMPARE(rows[0].line, 1);
        QCOMPARE(
            texts(rows[1]), QStringList({ QStringLiteral("1"), QString(), QString(), QStringLiteral("15\" screen") }));
        QCOMPARE(rows[1].number, 2);
        QCOMPARE(rows[1].line, 3); // the quoted line break moved it down
        QVERIFY(rows[2].isBlank());
        QCOMPARE(texts(rows[3]),
            QStringList({ QStringLiteral("last"), QStringLiteral("row"), QStringLiteral("x"), QStringLiteral("y") }));
        QCOMPARE(rows[3].number, 4);
        QCOMPARE(rows[3].line, 5);
    }

    void csvDelimiterAndBom_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << QByteArray("A,B;C\n1,2;3\n") << ',';
        QTest::newRow("semicolon") << QByteArray("A;B;C\n1;2,5;3\n") << ';';
        QTest::newRow("tab") << QByteArray("A\tB\tC\n1\t2\t3\n") << '\t';
        QTest::newRow("semicolon, BOM") << QByteArray("\xEF\xBB\xBF"
                                                      "A;\"x;y\";C\n1;2;3\n")
                                        << ';';
        QTest::newRow("quoted commas do not count") << QByteArray("\"A,B,C\";D\n1;2\n") << ';';
    }
    void csvDelimiterAndBom()
    {
        QFETCH(QByteArray, text);
        QFETCH(char, delimiter);
        char found = 0;
        const QList<TableRow> rows = csvRows(text, nullptr, &found);
        QCOMPARE(found, delimiter);
        QCOMPARE(rows.size(), 2);
        QVERIFY(!rows[0].cells[0].text.startsWith(QChar(0xFEFF)));
        QVERIFY(rows[0].cells[0].text == u"A" || rows[0].cells[0].text == u"A,B,C");
    }

    void csvUtf8()
    {
        const QList<TableRow> rows = csvRows("Nm,Loc\nसुरेश ट्रेडर्स,Bengaluru ₹\n");
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].cells[0].text, QStringLiteral("सुरेश ट्रेडर्स"));
        QCOMPARE(rows[1].cells[1].text, QStringLiteral("Bengaluru ₹"));
    }

    void csvErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("rowsBefore");
        QTest::addColumn<QString>("message");
        QTest::newRow("unterminated quote at the end")
            << QByteArray("A,B\n1,2\n3,\"never closed\n4,5\n") << 2
            << QStringLiteral("test.csv, line 3: a field in double quotes that starts on this line is never closed");
        QTest::newRow("invalid UTF-8") << QByteArray("A,B\n1,2\n3,\"ok\nok\"\n4,caf\xE9\n") << 3
                                       << QStringLiteral("test.csv, line 5: the text is not UTF-8");
        QTest::newRow("invalid UTF-8 inside a multi-line field")
            << QByteArray("A,B\n1,\"x\ny\xFF\"\n") << 1 << QStringLiteral("test.csv, line 3: the text is not UTF-8");
        QTest::newRow("text after a closing quote") << QByteArray(
            "A,B\n1,\"x\"y\n") << 1 << QStringLiteral("test.csv, line 2: text after the closing double quote");
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFE"
                                              "A\0,\0B\0",
            8) << 0 << QStringLiteral("test.csv: the file is UTF-16 text");
    }
    void csvErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, rowsBefore);
        QFETCH(QString, message);
        QString error;
        const QList<TableRow> rows = csvRows(text, &error);
        QVERIFY2(error.startsWith(message), qPrintable(error));
        QCOMPARE(rows.size(), rowsBefore);
    }

    /// Rows that cross the reader's 1 MB blocks, with quotes, doubled quotes and CR LF at every
    /// offset, read the same as they were written.
    void csvAcrossBlocks()
    {
        QList<QStringList> expected;
        QByteArray text;
        QRandomGenerator random(42);
        while (text.size() < 3 * (1 << 20) + 1000) {
            QStringList fields;
            QList<QByteArray> encoded;
            for (int f = 0; f < 5; ++f) {
                QString value;
                const int kind = int(random.bounded(5));
                const int length = int(random.bounded(40));
                for (int k = 0; k < length; ++k) {
                    value += QChar(u'a' + int(random.bounded(26)));
                }
                if (kind == 1) {
                    value += QStringLiteral("\"quoted\", and\r\nbroken");
                } else if (kind == 2) {
                    value += QStringLiteral("é");
                }
                fields.append(kind == 1 ? QString(value).replace(QStringLiteral("\r\n"), QStringLiteral("\n")) : value);
                const QByteArray utf8 = value.toUtf8();
                encoded.append(kind == 1 || kind == 3 ? "\"" + QByteArray(utf8).replace("\"", "\"\"") + "\"" : utf8);
            }
            expected.append(fields);
            text += encoded.join(',') + (random.bounded(2) ? "\r\n" : "\n");
        }
        const QList<TableRow> rows = csvRows(text);
        QCOMPARE(rows.size(), expected.size());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(texts(rows[i]), expected[i]);
            QCOMPARE(rows[i].number, i + 1);
        }
    }

    // --- XLSX reader --------------------------------------------------------------------------

    void xlsxFromLibxlsxwriter_data()
    {
        QTest::addColumn<bool>("constantMemory");
        QTest::newRow("shared strings") << false;
        QTest::newRow("inline strings") << true;
    }
    void xlsxFromLibxlsxwriter()
    {
        QFETCH(bool, constantMemory);
        const QString file = path(QStringLiteral("cells.xlsx"));
        Sheet first{ QStringLiteral("Summary"), { { QStringLiteral("nothing here") } } };
        Sheet data{ QStringLiteral("Data"),
            {
                { QStringLiteral("Text"), QStringLiteral("Number"), QStringLiteral("Bool"), QStringLiteral("Formula") },
                { QStringLiteral("Pune ₹"),
                    Num{ QStringLiteral("1180.5") },
                    true,
                    Formula{ QStringLiteral("=B2*2"), 2361 } },
                {},
                {},
                { std::monostate{},
                    Num{ QStringLiteral("0.1") },
                    false,
                    std::monostate{},
                    QStringLiteral("far right") },
            } };
        writeXlsx(file, { first, data }, constantMemory);
        Result<std::unique_ptr<TableXlsx>> book = TableXlsx::open(file);
        QVERIFY2(book, book ? "" : qPrintable(book.error().message));
        QCOMPARE(book.value()->sheetNames(), QStringList({ QStringLiteral("Summary"), QStringLiteral("Data") }));
        Result<std::unique_ptr<TableSource>> sheet = book.value()->sheet(QStringLiteral(" data "));
        QVERIFY2(sheet, sheet ? "" : qPrintable(sheet.error().message));
        TableSource& s = *sheet.value();
        QCOMPARE(s.sheetName(), QStringLiteral("Data"));
        TableRow row;
        QVERIFY(s.next(row));
        QCOMPARE(row.number, 1);
        QCOMPARE(row.cells[3].text, QStringLiteral("Formula"));
        QVERIFY(s.next(row));
        QCOMPARE(row.number, 2);
        QCOMPARE(row.cells[0].text, QStringLiteral("Pune ₹"));
        QCOMPARE(row.cells[0].type, CellType::Text);
        QCOMPARE(row.cells[1].text, QStringLiteral("1180.5"));
        QCOMPARE(row.cells[1].type, CellType::Number);
        QCOMPARE(row.cells[2].text, QStringLiteral("TRUE"));
        QCOMPARE(row.cells[2].type, CellType::Boolean);
        QCOMPARE(row.cells[3].text, QStringLiteral("2361")); // the cached value of the formula
        QCOMPARE(row.cells[3].type, CellType::Number);
        QVERIFY(s.next(row)); // the empty rows are not in the file
        QCOMPARE(row.number, 5);
        QCOMPARE(row.cells.size(), 5);
        QVERIFY(row.cells[0].isBlank());
        QCOMPARE(row.cells[1].text, QStringLiteral("0.1"));
        QCOMPARE(row.cells[2].text, QStringLiteral("FALSE"));
        QCOMPARE(row.cells[4].text, QStringLiteral("far right"));
        QVERIFY(!s.next(row));
        QVERIFY(!s.error());

        Result<std::unique_ptr<TableSource>> missing = book.value()->sheet(QStringLiteral("Lines"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().message,
            QStringLiteral("cells.xlsx: there is no sheet named \"Lines\"; the workbook has \"Summary\", \"Data\""));
    }

    void xlsxRichTextSharedStrings()
    {
        const QString file = path(QStringLiteral("rich.xlsx"));
        writeXlsx(file,
            { Sheet{
                QStringLiteral("Sheet1"), { { Rich{ { QStringLiteral("Laptop "), QStringLiteral("15 inch") } } } } } });
        Result<std::unique_ptr<TableXlsx>> opened = TableXlsx::open(file);
        QVERIFY(opened);
        Result<std::unique_ptr<TableSource>> sheet = opened.value()->sheet(0);
        QVERIFY(sheet);
        TableRow row;
        QVERIFY(sheet.value()->next(row));
        QCOMPARE(row.cells[0].text, QStringLiteral("Laptop 15 inch"));
    }

    /// A workbook written by hand, not by a spreadsheet library: inline strings, cells and rows
    /// without references, the number forms Excel stores, formulas, errors, dates, phonetic runs.
    void xlsxHandMade()
    {
        const QByteArray shared =
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2\" "
            "uniqueCount=\"2\"><si><t xml:space=\"preserve\"> spaced </t></si>"
            "<si><r><t>Mum</t></r><r><rPr><b/></rPr><t>bai</t></r><rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si>"
            "</sst>";
        const QByteArray rows =
            "<row><c t=\"inlineStr\"><is><t>first</t></is></c><c "
            "t=\"inlineStr\"><is><r><t>in</t></r><r><t>line</t></r></is></c>"
            "<c t=\"s\"><v>1</v></c></row>"
            "<row><c><v>1.18E3</v></c><c><v>1180.4999999999998</v></c><c t=\"str\"><f>A1&amp;\"x\"</f><v>firstx</v></c>"
            "<c t=\"e\"><v>#N/A</v></c></row>"
            "<row r=\"7\"><c r=\"C7\" t=\"d\"><v>2025-01-01T00:00:00</v></c><c t=\"s\"><v>0</v></c>"
            "<c t=\"inlineStr\"><is><t>a_x000D_b</t></is></c></row>"
            "<row r=\"8\"></row>"
            "<row><c r=\"AB9\"><v>45658</v></c></row>";
        const QString file = path(QStringLiteral("handmade.xlsx"));
        writeZip(file, workbookParts({ { QStringLiteral("Sheet One"), sheetXml(rows) } }, shared, true));
        Result<std::unique_ptr<TableXlsx>> book = TableXlsx::open(file);
        QVERIFY2(book, book ? "" : qPrintable(book.error().message));
        QVERIFY(book.value()->uses1904Dates());
        Result<std::unique_ptr<TableSource>> sheet = book.value()->sheet(QStringLiteral("sheet one"));
        QVERIFY(sheet);
        TableSource& s = *sheet.value();
        TableRow row;
        QVERIFY(s.next(row));
        QCOMPARE(row.number, 1);
        QCOMPARE(
            texts(row), QStringList({ QStringLiteral("first"), QStringLiteral("inline"), QStringLiteral("Mumbai") }));
        QVERIFY(s.next(row));
        QCOMPARE(row.number, 2);
        QCOMPARE(row.cells[0].text, QStringLiteral("1.18E3"));
        QCOMPARE(row.cells[0].type, CellType::Number);
        QCOMPARE(row.cells[1].text, QStringLiteral("1180.4999999999998"));
        QCOMPARE(row.cells[2].text, QStringLiteral("firstx"));
        QCOMPARE(row.cells[2].type, CellType::Text);
        QCOMPARE(row.cells[3].text, QStringLiteral("#N/A"));
        QCOMPARE(row.cells[3].type, CellType::Error);
        QVERIFY(s.next(row));
        QCOMPARE(row.number, 7);
        QCOMPARE(row.cells.size(), 5);
        QVERIFY(row.cells[0].isBlank());
        QCOMPARE(row.cells[2].type, CellType::Date);
        QCOMPARE(row.cells[3].text, QStringLiteral(" spaced "));
        QCOMPARE(row.cells[4].text, QStringLiteral("a\rb"));
        QVERIFY(s.next(row)); // the empty row 8 is skipped
        QCOMPARE(row.number, 9);
        QCOMPARE(row.cells.size(), 28);
        QCOMPARE(row.cells[27].text, QStringLiteral("45658"));
        QVERIFY(!s.next(row));
        QVERIFY(!s.error());
    }

    void xlsxBroken_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("random bytes") << QStringLiteral("random")
                                      << QStringLiteral("broken.xlsx: not an XLSX file, or a damaged one");
        QTest::newRow("truncated") << QStringLiteral("truncated")
                                   << QStringLiteral("broken.xlsx: not an XLSX file, or a damaged one");
        QTest::newRow("a ZIP that is not a workbook") << QStringLiteral(
            "zip") << QStringLiteral("broken.xlsx: not an XLSX workbook: the part xl/workbook.xml is missing");
        QTest::newRow("bad XML") << QStringLiteral("xml")
                                 << QStringLiteral("broken.xlsx: the part xl/workbook.xml is not valid XML");
        QTest::newRow("missing file") << QStringLiteral("missing")
                                      << QStringLiteral("broken.xlsx: the file does not exist");
    }
    void xlsxBroken()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString file = path(QStringLiteral("broken.xlsx"));
        QFile::remove(file);
        if (kind == u"random") {
            QByteArray bytes(100000, '\0');
            QRandomGenerator random(7);
            for (char& c : bytes) {
                c = char(random.bounded(256));
            }
            writeFile(file, bytes);
        } else if (kind == u"truncated") {
            const QString good = path(QStringLiteral("good.xlsx"));
            writeXlsx(good, { Sheet{ QStringLiteral("Sheet1"), { { QStringLiteral("a") } } } });
            QFile in(good);
            QVERIFY(in.open(QIODevice::ReadOnly));
            writeFile(file, in.readAll().left(int(in.size() * 2 / 3)));
        } else if (kind == u"zip") {
            writeZip(file, { { QStringLiteral("readme.txt"), "not a workbook" } });
        } else if (kind == u"xml") {
            QList<std::pair<QString, QByteArray>> parts = workbookParts({ { QStringLiteral("S"), sheetXml({}) } });
            parts[1].second = "<workbook><sheets><sheet name=\"S\"";
            writeZip(file, parts);
        }
        Result<std::unique_ptr<TableXlsx>> book = TableXlsx::open(file);
        QVERIFY(!book);
        QVERIFY2(book.error().message.startsWith(message), qPrintable(book.error().message));
        // The importer says the same.
        const Imported imported = importFile(file);
        QVERIFY(!imported.opened);
        QVERIFY2(imported.opened.error().message.startsWith(message), qPrintable(imported.opened.error().message));
    }

    void xlsxDamagedSheet()
    {
        const QString file = path(QStringLiteral("damaged-sheet.xlsx"));
        writeZip(file,
            workbookParts({ { QStringLiteral("Lines"),
                sheetXml("<row><c t=\"inlineStr\"><is><t>a</t></is></c></row><row><c t=\"s\"><v>5</v></c></row>") } }));
        Result<std::unique_ptr<TableXlsx>> book = TableXlsx::open(file);
        QVERIFY(book);
        Result<std::unique_ptr<TableSource>> sheet = book.value()->sheet(0);
        QVERIFY(sheet);
        TableRow row;
        QVERIFY(sheet.value()->next(row));
        QVERIFY(!sheet.value()->next(row));
        QCOMPARE(sheet.value()->error()->message,
            QStringLiteral("damaged-sheet.xlsx, sheet Lines: cell A2 refers to the shared string \"5\", which the file "
                           "does not have"));

        writeZip(
            file, workbookParts({ { QStringLiteral("Lines"), "<worksheet><sheetData><row><c><v>1</v></c><c><v>2" } }));
        Result<std::unique_ptr<TableXlsx>> cut = TableXlsx::open(file);
        QVERIFY(cut);
        Result<std::unique_ptr<TableSource>> cutSheet = cut.value()->sheet(0);
        QVERIFY(cutSheet);
        QVERIFY(!cutSheet.value()->next(row)); // a row cut short is not given
        QVERIFY(cutSheet.value()->error());
        QVERIFY2(cutSheet.value()->error()->message.startsWith(
                     QStringLiteral("damaged-sheet.xlsx, sheet Lines: the sheet's XML is damaged")),
            qPrintable(cutSheet.value()->error()->message));
    }

    /// A part that unpacks to more than the limit is refused before it is read.
    void xlsxZipBomb()
    {
        const QString file = path(QStringLiteral("bomb.xlsx"));
        QByteArray rows;
        const QByteArray row =
            "<row><c t=\"inlineStr\"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>";
        while (rows.size() < 3 << 20) {
            rows += row;
        }
        writeZip(file, workbookParts({ { QStringLiteral("Lines"), sheetXml(rows) } }));
        QVERIFY(QFileInfo(file).size() < 200000); // it compresses very well
        XlsxLimits limits;
        limits.maxSheetBytes = 2 << 20;
        const Imported imported = importFile(file, {}, limits);
        QVERIFY(!imported.opened);
        QCOMPARE(imported.opened.error().message,
            QStringLiteral("bomb.xlsx: the part xl/worksheets/sheet1.xml unpacks to 4 MB, more than the limit of 2 MB; "
                           "the file is refused so that it cannot exhaust the memory (it may be a ZIP bomb)"));
        limits.maxSheetBytes = 512 << 20;
        limits.maxPartBytes = 100;
        const Imported small = importFile(file, {}, limits);
        QVERIFY(!small.opened);
        QVERIFY2(small.opened.error().message.contains(QStringLiteral("xl/workbook.xml unpacks to")),
            qPrintable(small.opened.error().message));
    }

    // --- Template columns and values ----------------------------------------------------------

    void templateColumnsFollowTheModel()
    {
        const QList<TemplateColumn>& columns = templateColumns();
        QStringList names;
        for (const TemplateColumn& c : columns) {
            QVERIFY2(!names.contains(c.name), qPrintable(c.name));
            names.append(c.name);
            QCOMPARE(c.level == TemplateLevel::Line, c.name.startsWith(QStringLiteral("ItemList.")));
            QCOMPARE(findTemplateColumn(QString(QStringLiteral("  ") + c.name.toUpper() + QStringLiteral(" "))), &c);
        }
        for (const char* name : { "Version",
                 "TranDtls.SupTyp",
                 "DocDtls.Typ",
                 "DocDtls.No",
                 "DocDtls.Dt",
                 "SellerDtls.Gstin",
                 "BuyerDtls.LglNm",
                 "ItemList.PrdDesc",
                 "ItemList.Qty",
                 "ValDtls.TotInvVal",
                 "ExpDtls.Port",
                 "EwbDtls.Distance",
                 "RefDtls.PrecDocDtls.InvNo",
                 "RefDtls.ContrDtls.PORefDt",
                 "AddlDocDtls.Url",
                 "ItemList.BchDtls.Nm",
                 "ItemList.AttribDtls.Val",
                 "PayDtls.CrDay",
                 "RefDtls.DocPerdDtls.InvStDt" }) {
            QVERIFY2(names.contains(QLatin1StringView(name)), name);
        }
        QVERIFY(!names.contains(QStringLiteral("Irn")));
        QCOMPARE(columns.size(), 131);
        auto kind = [](const char* name) {
            return findTemplateColumn(QString::fromLatin1(name))->kind;
        };
        QCOMPARE(kind("DocDtls.Dt"), TemplateKind::Date);
        QCOMPARE(kind("EwbDtls.TransDocDt"), TemplateKind::Date);
        QCOMPARE(kind("ItemList.BchDtls.ExpDt"), TemplateKind::Date);
        QCOMPARE(kind("ItemList.IsServc"), TemplateKind::YesNo);
        QCOMPARE(kind("ExpDtls.RefClm"), TemplateKind::YesNo);
        QCOMPARE(kind("SellerDtls.Pin"), TemplateKind::Integer);
        QCOMPARE(kind("EwbDtls.Distance"), TemplateKind::Integer);
        QCOMPARE(kind("ItemList.HsnCd"), TemplateKind::Text);
        QCOMPARE(kind("ItemList.Qty"), TemplateKind::Decimal);
        QCOMPARE(findTemplateColumn(u"ItemList.Qty")->scale, 3);
        QCOMPARE(findTemplateColumn(u"ValDtls.TotInvVal")->scale, 2);
        int invoiceColumns = 0;
        for (const TemplateColumn& c : columns) {
            invoiceColumns += c.level == TemplateLevel::Invoice;
        }
        QCOMPARE(templateInvoiceColumnCount(), invoiceColumns);
    }

    /// docs/import-template.md lists every column: it is generated from the same list.
    void templateDocumentListsEveryColumn()
    {
        QFile doc(test::dataPath(QStringLiteral("../../docs/import-template.md")));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        for (const TemplateColumn& c : templateColumns()) {
            QVERIFY2(text.contains(u'`' + c.name + u'`'), qPrintable(c.name));
        }
    }

    void values_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("expected"); // the value, or "!" and the start of the message
        const int text = int(CellType::Text);
        const int number = int(CellType::Number);
        QTest::newRow("amount") << "ValDtls.TotInvVal"
                                << "1180.50" << text << "1180.5";
        QTest::newRow("amount, Indian grouping") << "ValDtls.TotInvVal"
                                                 << "1,23,456.00" << text << "123456";
        QTest::newRow("amount, western grouping") << "ValDtls.TotInvVal"
                                                  << "123,456.5" << text << "123456.5";
        QTest::newRow("amount, plus and leading zeros") << "ValDtls.TotInvVal"
                                                        << "+007.50" << text << "7.5";
        QTest::newRow("amount, negative") << "ValDtls.RndOffAmt"
                                          << "-0.25" << text << "-0.25";
        QTest::newRow("amount, exponent as text") << "ValDtls.TotInvVal"
                                                  << "1.18E3" << text << "1180";
        QTest::newRow("amount, XLSX exponent") << "ValDtls.TotInvVal"
                                               << "1.1805E3" << number << "1180.5";
        QTest::newRow("amount, XLSX small exponent") << "ValDtls.TotInvVal"
                                                     << "4.5E-1" << number << "0.45";
        QTest::newRow("amount, XLSX binary noise") << "ValDtls.TotInvVal"
                                                   << "1180.4999999999998" << number << "1180.5";
        QTest::newRow("amount, XLSX 0.1+0.2") << "ValDtls.TotInvVal"
                                              << "0.30000000000000004" << number << "0.3";
        QTest::newRow("rate, XLSX 3 places") << "ItemList.GstRt"
                                             << "0.25" << number << "0.25";
        QTest::newRow("amount, too many places")
            << "ValDtls.TotInvVal"
            << "1180.499" << text << "!has 3 decimal places; ValDtls.TotInvVal allows at most 2";
        QTest::newRow("amount, XLSX exponent with too many places") << "ValDtls.TotInvVal"
                                                                    << "4.5E-3" << number << "!has 4 decimal places";
        QTest::newRow("quantity, too many places")
            << "ItemList.Qty"
            << "1.2345" << text << "!has 4 decimal places; ItemList.Qty allows at most 3";
        QTest::newRow("quantity, trailing zeros do not count") << "ItemList.Qty"
                                                               << "1.2340000" << text << "1.234";
        QTest::newRow("amount, comma as decimal point")
            << "ValDtls.TotInvVal"
            << "1,5" << text << "!is not a number: its digits are not grouped";
        QTest::newRow("amount, bad grouping") << "ValDtls.TotInvVal"
                                              << "12,34" << text << "!is not a number: its digits are not grouped";
        QTest::newRow("amount, letters") << "ValDtls.TotInvVal"
                                         << "12 rupees" << text << "!is not a number";
        QTest::newRow("amount, too large") << "ValDtls.TotInvVal"
                                           << "1e30" << text << "!is too large";
        QTest::newRow("amount, error value") << "ValDtls.TotInvVal"
                                             << "#DIV/0!" << int(CellType::Error) << "!is an error value";
        QTest::newRow("pin") << "SellerDtls.Pin"
                             << "411001" << text << "411001";
        QTest::newRow("pin, XLSX") << "SellerDtls.Pin"
                                   << "411001" << number << "411001";
        QTest::newRow("distance, whole with .0") << "EwbDtls.Distance"
                                                 << "145.0" << text << "145";
        QTest::newRow("distance, fraction") << "EwbDtls.Distance"
                                            << "145.5" << text << "!is not a whole number";
        QTest::newRow("credit days, fraction") << "PayDtls.CrDay"
                                               << "30.25" << number << "!is not a whole number";
        QTest::newRow("date dd/mm/yyyy") << "DocDtls.Dt"
                                         << "01/04/2025" << text << "01/04/2025";
        QTest::newRow("date d/m/yyyy") << "DocDtls.Dt"
                                       << "1/4/2025" << text << "01/04/2025";
        QTest::newRow("date dd-mm-yyyy") << "DocDtls.Dt"
                                         << "01-04-2025" << text << "01/04/2025";
        QTest::newRow("date ISO") << "DocDtls.Dt"
                                  << "2025-04-01" << text << "01/04/2025";
        QTest::newRow("date with a time") << "DocDtls.Dt"
                                          << "01/04/2025 10:30:00" << text << "01/04/2025";
        QTest::newRow("date, XLSX date cell") << "DocDtls.Dt"
                                              << "2025-04-01T00:00:00" << int(CellType::Date) << "01/04/2025";
        QTest::newRow("date, serial number cell") << "DocDtls.Dt"
                                                  << "45658" << number << "01/01/2025";
        QTest::newRow("date, serial with a time") << "DocDtls.Dt"
                                                  << "45658.75" << number << "01/01/2025";
        QTest::newRow("date, serial as text") << "DocDtls.Dt"
                                              << "45658" << text << "01/01/2025";
        QTest::newRow("date, serial 1") << "DocDtls.Dt"
                                        << "1" << number << "01/01/1900";
        QTest::newRow("date, serial 59") << "DocDtls.Dt"
                                         << "59" << number << "28/02/1900";
        QTest::newRow("date, serial 61") << "DocDtls.Dt"
                                         << "61" << number << "01/03/1900";
        QTest::newRow("date, serial 60") << "DocDtls.Dt"
                                         << "60" << number << "!is Excel's day 60, 29/02/1900";
        QTest::newRow("date, serial 0") << "DocDtls.Dt"
                                        << "0" << number << "!is not a date: as an Excel day number";
        QTest::newRow("date, yyyymmdd is no serial") << "DocDtls.Dt"
                                                     << "20250401" << text << "!is not a date: as an Excel day number";
        QTest::newRow("date, not in the calendar") << "DocDtls.Dt"
                                                   << "31/02/2025" << text << "!is not a real calendar date";
        QTest::newRow("date, unknown format")
            << "DocDtls.Dt"
            << "April 1, 2025" << text
            << "!is not a date in a known format (d/m/yyyy, d-m-yyyy, d.m.yyyy, yyyy-m-d, or an Excel date)";
        QTest::newRow("yes") << "ItemList.IsServc"
                             << "Yes" << text << "Y";
        QTest::newRow("y") << "ItemList.IsServc"
                           << "y" << text << "Y";
        QTest::newRow("TRUE") << "ItemList.IsServc"
                              << "TRUE" << int(CellType::Boolean) << "Y";
        QTest::newRow("no") << "TranDtls.RegRev"
                            << "NO" << text << "N";
        QTest::newRow("false") << "ExpDtls.RefClm"
                               << "false" << text << "N";
        QTest::newRow("not Y/N") << "ItemList.IsServc"
                                 << "maybe" << text << "!is not Y or N";
        QTest::newRow("text") << "ItemList.PrdDesc"
                              << "Laptop" << text << "Laptop";
        QTest::newRow("text from a number cell") << "ItemList.HsnCd"
                                                 << "84713010" << number << "84713010";
        QTest::newRow("text from an exponent") << "BuyerDtls.Ph"
                                               << "9.820012345E9" << number << "9820012345";
        QTest::newRow("text from a boolean") << "ItemList.PrdDesc"
                                             << "TRUE" << int(CellType::Boolean) << "TRUE";
    }
    void values()
    {
        QFETCH(QString, column);
        QFETCH(QString, text);
        QFETCH(int, type);
        QFETCH(QString, expected);
        const TemplateColumn* c = findTemplateColumn(column);
        QVERIFY(c != nullptr);
        TemplateValue value;
        const QString problem = parseTemplateValue(*c, text, CellType(type), ValueOptions{}, value);
        if (expected.startsWith(u'!')) {
            QVERIFY2(problem.startsWith(expected.mid(1)), qPrintable(problem));
        } else {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(value.text, expected);
            if (c->kind == TemplateKind::Decimal) {
                // the number is the exact value, not a rounding of a double
                QCOMPARE(Fixed<3>::fromRaw(value.number * (c->scale == 2 ? 10 : 1)).toString(), expected);
            }
        }
    }

    void valuesWithOptions()
    {
        ValueOptions options;
        options.decimalSeparator = u',';
        options.dateFormats = { *DateFormat::parse(QStringLiteral("dd.mm.yy")),
            *DateFormat::parse(QStringLiteral("d-mmm-yyyy")),
            *DateFormat::parse(QStringLiteral("mmmm d, yyyy")) };
        TemplateValue v;
        const TemplateColumn& amount = *findTemplateColumn(u"ValDtls.TotInvVal");
        const TemplateColumn& date = *findTemplateColumn(u"DocDtls.Dt");
        QCOMPARE(parseTemplateValue(amount, u"1.234,50", CellType::Text, options, v), QString());
        QCOMPARE(v.text, QStringLiteral("1234.5"));
        QCOMPARE(v.number, 123450);
        QCOMPARE(parseTemplateValue(amount, u"1234,5", CellType::Text, options, v), QString());
        QCOMPARE(v.number, 123450);
        QVERIFY(parseTemplateValue(amount, u"1.5", CellType::Text, options, v)
                    .startsWith(QStringLiteral("is not a number")));
        QCOMPARE(
            parseTemplateValue(amount, u"1180.5", CellType::Number, options, v), QString()); // cells are always "."
        QCOMPARE(v.number, 118050);
        QCOMPARE(parseTemplateValue(date, u"01.04.25", CellType::Text, options, v), QString());
        QCOMPARE(v.text, QStringLiteral("01/04/2025"));
        QCOMPARE(parseTemplateValue(date, u"1-apr-2025", CellType::Text, options, v), QString());
        QCOMPARE(v.text, QStringLiteral("01/04/2025"));
        QCOMPARE(parseTemplateValue(date, u"April 1, 2025", CellType::Text, options, v), QString());
        QCOMPARE(v.text, QStringLiteral("01/04/2025"));
        QVERIFY(!parseTemplateValue(date, u"01/04/2025", CellType::Text, options, v).isEmpty()); // not a listed format
        QCOMPARE(parseTemplateValue(date, u"45658", CellType::Number, options, v), QString()); // serials always work
        QCOMPARE(v.text, QStringLiteral("01/01/2025"));
        options.date1904 = true;
        QCOMPARE(parseTemplateValue(date, u"44196", CellType::Number, options, v), QString());
        QCOMPARE(v.text, QStringLiteral("01/01/2025"));
        QVERIFY(!DateFormat::parse(QStringLiteral("dd/mm")));
        QVERIFY(!DateFormat::parse(QStringLiteral("dd/mm/yyy")));
    }

    void exactDecimals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "1180.50" << 0 << "1180.5";
        QTest::newRow("exponent") << "1.18E3" << 0 << "1180";
        QTest::newRow("exponent +") << "1.18E+03" << 0 << "1180";
        QTest::newRow("negative exponent") << "-4.5e-2" << 0 << "-0.045";
        QTest::newRow("zero") << "-0.000" << 0 << "0";
        QTest::newRow("big") << "1E20" << 0 << "100000000000000000000";
        QTest::newRow("15 digits") << "1180.4999999999998" << 15 << "1180.5";
        QTest::newRow("15 digits, carry") << "9.9999999999999999E2" << 15 << "1000";
        QTest::newRow("15 digits, down") << "0.1234567890123449" << 15 << "0.123456789012345";
        QTest::newRow("not a number") << "1.2.3" << 0 << "";
        QTest::newRow("empty exponent") << "1E" << 0 << "";
        QTest::newRow("absurd") << "1E500" << 0 << "";
    }
    void exactDecimals()
    {
        QFETCH(QString, text);
        QFETCH(int, digits);
        QFETCH(QString, expected);
        const std::optional<QByteArray> out = exactDecimalText(text, digits);
        if (expected.isEmpty()) {
            QVERIFY(!out);
        } else {
            QVERIFY(out);
            QCOMPARE(QString::fromLatin1(*out), expected);
        }
    }

    // --- Import: one row per line -------------------------------------------------------------

    /// The template CSV, written by hand with the variations a user types (other date forms,
    /// Yes/No, grouped amounts, a header in lower case and with spaces, blank repeats, no SlNo
    /// and no Version column), reads as exactly the invoices of the JSON fixture.
    void roundTripCsv()
    {
        const Imported imported = importFile(test::dataPath(QStringLiteral("import/roundtrip/invoices.csv")));
        QVERIFY2(imported.opened, qPrintable(dump(imported)));
        QVERIFY2(imported.fileProblems.isEmpty(), qPrintable(dump(imported)));
        QVERIFY(!imported.error);
        QVERIFY(sameInvoices(imported.records, fixture(QStringLiteral("import/roundtrip/expected.json"))));
        QCOMPARE(imported.records[0].source, QStringLiteral("invoices.csv, rows 2–3"));
        QCOMPARE(imported.records[2].source, QStringLiteral("invoices.csv, row 6"));
        QCOMPARE(imported.records[1].docNo, QStringLiteral("EX/2026/0002"));
        for (const TabularRecord& r : imported.records) {
            QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r.problems)));
        }
    }

    /// The same invoices written to an XLSX sheet with numbers as numbers and dates as Excel
    /// serial days, and written to CSV by the template's own column list.
    void roundTripGenerated()
    {
        const QList<Invoice> expected = fixture(QStringLiteral("import/roundtrip/expected.json"));
        const QString csv = path(QStringLiteral("generated.csv"));
        writeFile(csv, templateCsv(expected));
        const Imported fromCsv = importFile(csv);
        QVERIFY2(fromCsv.opened && fromCsv.fileProblems.isEmpty(), qPrintable(dump(fromCsv)));
        QVERIFY(sameInvoices(fromCsv.records, expected));

        // one sheet
        TemplateRows oneSheet = templateRows(expected, TemplateLevel::Line, true);
        const TemplateRows invoiceColumns = templateRows(expected, TemplateLevel::Invoice, false);
        {
            // every invoice column on every line row
            TemplateRows all;
            all.columns = invoiceColumns.columns;
            for (const TemplateColumn* c : std::as_const(oneSheet.columns)) {
                if (c->level == TemplateLevel::Line) {
                    all.columns.append(c);
                }
            }
            int row = 0;
            for (int i = 0; i < expected.size(); ++i) {
                for (int l = 0; l < expected[i].itemList.size(); ++l, ++row) {
                    QList<QString> cells = invoiceColumns.rows[i];
                    for (int k = 0; k < oneSheet.columns.size(); ++k) {
                        if (oneSheet.columns[k]->level == TemplateLevel::Line) {
                            cells.append(oneSheet.rows[row][k]);
                        }
                    }
                    all.rows.append(cells);
                }
            }
            const QString xlsx = path(QStringLiteral("one-sheet.xlsx"));
            writeXlsx(xlsx, { templateSheet(QStringLiteral("Sales"), all) });
            const Imported imported = importFile(xlsx);
            QVERIFY2(imported.opened && imported.fileProblems.isEmpty(), qPrintable(dump(imported)));
            QCOMPARE(imported.layout, TabularLayout::OneSheet);
            QVERIFY(sameInvoices(imported.records, expected));
            QCOMPARE(imported.records[0].source, QStringLiteral("one-sheet.xlsx, sheet Sales, rows 2–3"));
        }
        // two sheets
        {
            TemplateRows invoices = templateRows(expected, TemplateLevel::Invoice, false);
            const QString xlsx = path(QStringLiteral("two-sheets.xlsx"));
            writeXlsx(xlsx,
                { templateSheet(QStringLiteral("Lines"), oneSheet),
                    templateSheet(QStringLiteral("Invoices"), invoices) });
            const Imported imported = importFile(xlsx);
            QVERIFY2(imported.opened && imported.fileProblems.isEmpty(), qPrintable(dump(imported)));
            QCOMPARE(imported.layout, TabularLayout::InvoicesAndLines);
            QVERIFY(sameInvoices(imported.records, expected));
            QCOMPARE(imported.records[0].source,
                QStringLiteral("two-sheets.xlsx, sheet Invoices, row 2; sheet Lines, rows 2–3"));
            QCOMPARE(imported.records[0].headerRow, 2);
            QCOMPARE(imported.records[2].firstRow, 6);
        }
    }

    /// The template CSV shipped for users reads without a single problem.
    void shippedTemplate()
    {
        const Imported imported =
            importFile(test::dataPath(QStringLiteral("../../resources/templates/invoices-template.csv")));
        QVERIFY2(imported.opened && imported.fileProblems.isEmpty() && !imported.error, qPrintable(dump(imported)));
        QCOMPARE(imported.records.size(), 2);
        for (const TabularRecord& r : imported.records) {
            QVERIFY2(r.invoice && r.problems.isEmpty(), qPrintable(dump(imported)));
        }
        QCOMPARE(imported.records[0].invoice->itemList.size(), 2);
    }

    void rowProblems()
    {
        const QString file = path(QStringLiteral("problems.csv"));
        writeFile(file,
            "SellerDtls.Gstin,DocDtls.Typ,DocDtls.No,DocDtls.Dt,BuyerDtls.LglNm,ItemList.PrdDesc,ItemList.Qty,Remarks,"
            "Internal code\n"
            "27AAPFU0939F1ZV,INV,A/1,01/04/2025,Buyer One,Pen,1,x,1\n"
            "27AAPFU0939F1ZV,INV,A/1,01/04/2025,Buyer Two,Ink,2,y,2\n"
            "27AAPFU0939F1ZV,INV,A/2,01/04/2025,Buyer,Pen,1.2345,,\n"
            "27AAPFU0939F1ZV,INV,A/3,2025-04-01,Buyer,Pen,1,,\n"
            "27AAPFU0939F1ZV,inv,a/3,1/4/2025,,Ink,2,,\n"
            ",,,,,Lost line,1,,\n"
            "27AAPFU0939F1ZV,INV,A/4,31/02/2025,Buyer,Pen,1,,\n"
            "27AAPFU0939F1ZV,INV,A/5,01/04/2025,Buyer,Pen,1,,\n"
            "27AAPFU0939F1ZV,INV,A/4,01/04/2025,Buyer,Pen,1,,\n");
        const Imported imported = importFile(file);
        QVERIFY2(imported.opened, qPrintable(dump(imported)));
        QCOMPARE(imported.records.size(), 7);
        const QList<TabularRecord>& r = imported.records;

        // invoice columns that differ between the rows of one invoice: both rows and the column
        QVERIFY(!r[0].invoice);
        QCOMPARE(r[0].problems.size(), 1);
        QCOMPARE(r[0].problems[0].toString(),
            QStringLiteral(
                "row 3, column E \"BuyerDtls.LglNm\", value \"Buyer Two\": differs from \"Buyer One\" on row 2 of the "
                "same invoice; an invoice's columns must be the same on all its rows"));
        QCOMPARE(r[0].problems[0].row, 3);
        QCOMPARE(r[0].problems[0].columnIndex, 4);
        QCOMPARE(r[0].firstRow, 2);
        QCOMPARE(r[0].lastRow, 3);

        // too many decimals: row, column, value
        QVERIFY(!r[1].invoice);
        QCOMPARE(r[1].problems[0].toString(),
            QStringLiteral("row 4, column G \"ItemList.Qty\", value \"1.2345\": has 4 decimal places; ItemList.Qty "
                           "allows at most 3"));
        QCOMPARE(r[1].docNo, QStringLiteral("A/2"));

        // the key ignores letter case; the same date in other forms is the same value; a blank
        // repeat is fine
        QVERIFY2(r[2].invoice, qPrintable(dump(r[2].problems)));
        QCOMPARE(r[2].invoice->itemList.size(), 2);
        QCOMPARE(r[2].invoice->docDtls.dt, QStringLiteral("01/04/2025"));
        QCOMPARE(r[2].invoice->buyerDtls.lglNm, QStringLiteral("Buyer"));
        QCOMPARE(r[2].invoice->itemList[1].slNo, QStringLiteral("2"));

        // a row without its invoice's key
        QVERIFY(!r[3].invoice);
        QCOMPARE(r[3].source, QStringLiteral("problems.csv, row 7"));
        QVERIFY2(r[3].problems[0].message.startsWith(
                     QStringLiteral("SellerDtls.Gstin, DocDtls.Typ, DocDtls.No is blank; every row needs")),
            qPrintable(r[3].problems[0].message));

        QVERIFY(!r[4].invoice);
        QCOMPARE(r[4].problems[0].toString(),
            QStringLiteral("row 8, column D \"DocDtls.Dt\", value \"31/02/2025\": is not a real calendar date"));
        QVERIFY(r[5].invoice);

        // the rows of an invoice apart from each other
        QVERIFY(!r[6].invoice);
        QVERIFY2(r[6].problems[0].message.startsWith(QStringLiteral(
                     "invoice INV A/4 of seller 27AAPFU0939F1ZV also has row 8, above; the rows of one invoice "
                     "must be next to each other")),
            qPrintable(r[6].problems[0].message));

        // unknown columns: one warning for the file, not one per row
        QCOMPARE(imported.fileProblems.size(), 1);
        QCOMPARE(imported.fileProblems[0].toString(),
            QStringLiteral(
                "these columns are not in the import template, and are not read: H \"Remarks\", I \"Internal code\""));
        QVERIFY(!imported.fileProblems[0].isError());
    }

    void defaults()
    {
        const QString file = path(QStringLiteral("defaults.csv"));
        writeFile(file,
            "SellerDtls.Gstin;DocDtls.Typ;DocDtls.No;TranDtls.TaxSch;Version;ItemList.SlNo;ItemList.PrdDesc;ItemList."
            "Qty\n"
            "27AAPFU0939F1ZV;INV;B/1;;;;Pen;1\n"
            "27AAPFU0939F1ZV;INV;B/1;;;;Ink;2,5\n" // a grouping error: reported
            "27AAPFU0939F1ZV;INV;B/2;GST;1.1;10;Pen;3\n"
            "27AAPFU0939F1ZV;INV;B/2;GST;1.1;;Ink;4\n"
            "27AAPFU0939F1ZV;INV;B/3;;;;;\n");
        const Imported imported = importFile(file);
        QVERIFY2(imported.opened, qPrintable(dump(imported)));
        QCOMPARE(imported.records.size(), 3);
        QVERIFY(!imported.records[0].invoice);
        QCOMPARE(imported.records[0].problems[0].row, 3);
        const Invoice& b2 = *imported.records[1].invoice;
        QCOMPARE(b2.version, QStringLiteral("1.1"));
        QCOMPARE(b2.tranDtls.taxSch, QStringLiteral("GST"));
        QCOMPARE(b2.itemList[0].slNo, QStringLiteral("10")); // given: kept, and not numbered
        QVERIFY(!b2.itemList[1].slNo);
        QVERIFY(!b2.tranDtls.supTyp); // nothing is made up
        QVERIFY(!b2.valDtls.totInvVal);
        QVERIFY(!b2.itemList[0].totAmt);
        // a row with only invoice columns gives no line; the rule engine will say it has none
        const Invoice& b3 = *imported.records[2].invoice;
        QVERIFY(b3.itemList.isEmpty());
        QCOMPARE(b3.version, QStringLiteral("1.1"));
        QCOMPARE(b3.tranDtls.taxSch, QStringLiteral("GST"));
    }

    void badHeaders_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("no number column") << QByteArray("SellerDtls.Gstin,DocDtls.Typ,ItemList.Qty\n1,2,3\n")
                                          << QStringLiteral("headers.csv: no column DocDtls.No; every row needs");
        QTest::newRow("two columns for one field")
            << QByteArray("SellerDtls.Gstin,DocDtls.Typ,DocDtls.No,docdtls.no\n")
            << QStringLiteral(
                   "headers.csv: columns C \"DocDtls.No\" and D \"docdtls.no\" both give DocDtls.No; keep one");
        QTest::newRow("empty file") << QByteArray("\n\n")
                                    << QStringLiteral("headers.csv: empty: there is no header row");
    }
    void badHeaders()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const QString file = path(QStringLiteral("headers.csv"));
        writeFile(file, text);
        const Imported imported = importFile(file);
        QVERIFY(!imported.opened);
        QVERIFY2(imported.opened.error().message.startsWith(message), qPrintable(imported.opened.error().message));
    }

    void brokenFiles()
    {
        // A CSV whose last field never closes: the invoices before it are given, the one being
        // read is not, and the error names the line.
        const QString csv = path(QStringLiteral("unterminated.csv"));
        writeFile(csv,
            "SellerDtls.Gstin,DocDtls.Typ,DocDtls.No,ItemList.PrdDesc\n"
            "27AAPFU0939F1ZV,INV,C/1,Pen\n"
            "27AAPFU0939F1ZV,INV,C/2,Pen\n"
            "27AAPFU0939F1ZV,INV,C/2,\"Ink\n");
        const Imported imported = importFile(csv);
        QVERIFY(imported.opened);
        QCOMPARE(imported.records.size(), 1);
        QCOMPARE(imported.records[0].docNo, QStringLiteral("C/1"));
        QVERIFY(imported.error);
        QCOMPARE(imported.error->message,
            QStringLiteral(
                "unterminated.csv, line 4: a field in double quotes that starts on this line is never closed"));

        // The old binary Excel format, by its signature.
        const QString xls = path(QStringLiteral("old.xls"));
        writeFile(xls, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0'));
        const Imported old = importFile(xls);
        QVERIFY(!old.opened);
        QVERIFY(
            old.opened.error().message.startsWith(QStringLiteral("old.xls: the old Excel format (.xls) is not read")));

        // An XLSX named .csv is still read as XLSX.
        const QString disguised = path(QStringLiteral("disguised.csv"));
        writeXlsx(disguised,
            { Sheet{ QStringLiteral("S"),
                { { QStringLiteral("SellerDtls.Gstin"), QStringLiteral("DocDtls.Typ"), QStringLiteral("DocDtls.No") },
                    { QStringLiteral("27AAPFU0939F1ZV"), QStringLiteral("INV"), Num{ QStringLiteral("42") } } } } });
        QCOMPARE(detectTabularFormat(disguised), TabularFormat::Xlsx);
        const Imported xlsx = importFile(disguised);
        QVERIFY2(xlsx.opened, qPrintable(dump(xlsx)));
        QCOMPARE(xlsx.records.size(), 1);
        QCOMPARE(xlsx.records[0].invoice->docDtls.no, QStringLiteral("42"));
    }

    // --- Import: a sheet of invoices and a sheet of lines -------------------------------------

    void twoSheets()
    {
        const QString file = path(QStringLiteral("two.xlsx"));
        const QString g = QStringLiteral("27AAPFU0939F1ZV");
        const QString inv = QStringLiteral("INV");
        writeXlsx(file,
            { Sheet{ QStringLiteral("Invoices"),
                  {
                      { QStringLiteral("SellerDtls.Gstin"),
                          QStringLiteral("DocDtls.Typ"),
                          QStringLiteral("DocDtls.No"),
                          QStringLiteral("DocDtls.Dt"),
                          QStringLiteral("ValDtls.TotInvVal"),
                          QStringLiteral("ItemList.Unit") },
                      { g,
                          inv,
                          QStringLiteral("D/1"),
                          Num{ QStringLiteral("45658") },
                          Num{ QStringLiteral("1180.5") } },
                      { g, inv, QStringLiteral("D/2"), QStringLiteral("02/01/2025"), Num{ QStringLiteral("10") } },
                      { g, inv, QStringLiteral("D/3"), QStringLiteral("03/01/2025"), Num{ QStringLiteral("10") } },
                      { g, inv, QStringLiteral("D/4"), QStringLiteral("04/01/2025"), Num{ QStringLiteral("10") } },
                      { g, inv, QStringLiteral("d/4"), QStringLiteral("04/01/2025"), Num{ QStringLiteral("10") } },
                  } },
                Sheet{ QStringLiteral("Lines"),
                    {
                        { QStringLiteral("SellerDtls.Gstin"),
                            QStringLiteral("DocDtls.Typ"),
                            QStringLiteral("DocDtls.No"),
                            QStringLiteral("ItemList.PrdDesc"),
                            QStringLiteral("ItemList.Qty"),
                            QStringLiteral("DocDtls.Dt") },
                        { g.toLower(),
                            QStringLiteral("inv"),
                            QStringLiteral("d/1"),
                            QStringLiteral("Pen"),
                            Num{ QStringLiteral("1") } },
                        { g,
                            inv,
                            QStringLiteral("D/1"),
                            QStringLiteral("Ink"),
                            Num{ QStringLiteral("2") },
                            QStringLiteral("2025-01-01") },
                        { g, inv, QStringLiteral("D/9"), QStringLiteral("Lost"), Num{ QStringLiteral("1") } },
                        { g,
                            inv,
                            QStringLiteral("D/2"),
                            QStringLiteral("Pen"),
                            Num{ QStringLiteral("1") },
                            QStringLiteral("09/01/2025") },
                        { g, inv, QStringLiteral("D/4"), QStringLiteral("Pen"), Num{ QStringLiteral("1") } },
                    } } });
        const Imported imported = importFile(file);
        QVERIFY2(imported.opened, qPrintable(dump(imported)));
        QCOMPARE(imported.layout, TabularLayout::InvoicesAndLines);
        const QList<TabularRecord>& r = imported.records;
        QCOMPARE(r.size(), 5);

        // joined ignoring letter case; the invoice columns of the lines sheet agree
        QVERIFY2(r[0].invoice, qPrintable(dump(imported)));
        QCOMPARE(r[0].source, QStringLiteral("two.xlsx, sheet Invoices, row 2; sheet Lines, rows 2–3"));
        QCOMPARE(r[0].invoice->itemList.size(), 2);
        QCOMPARE(r[0].invoice->docDtls.dt, QStringLiteral("01/01/2025"));
        QCOMPARE(r[0].invoice->valDtls.totInvVal, Money::fromRaw(118050));
        QCOMPARE(r[0].invoice->docDtls.no, QStringLiteral("D/1")); // as the invoices sheet writes it

        // lines without an invoice row
        QVERIFY(!r[1].invoice);
        QCOMPARE(r[1].problems[0].toString(),
            QStringLiteral(
                "sheet Lines, row 4: invoice INV D/9 of seller 27AAPFU0939F1ZV has no row in sheet Invoices"));

        // an invoice column of the lines sheet that disagrees with the invoices sheet
        QVERIFY(!r[2].invoice);
        QCOMPARE(r[2].problems[0].toString(),
            QStringLiteral(
                "sheet Lines, row 5, column F \"DocDtls.Dt\", value \"09/01/2025\": differs from \"02/01/2025\" on row "
                "3 of sheet Invoices of the same invoice; an invoice's columns must be the same on all its rows"));

        // an invoice with two rows in the invoices sheet
        QVERIFY(!r[3].invoice);
        QCOMPARE(r[3].problems[0].toString(),
            QStringLiteral(
                "sheet Invoices, row 5: invoice INV D/4 of seller 27AAPFU0939F1ZV has more than one row in this "
                "sheet: rows 5, 6"));

        // an invoice without lines, named by its row
        QVERIFY(!r[4].invoice);
        QCOMPARE(r[4].source, QStringLiteral("two.xlsx, sheet Invoices, row 4"));
        QCOMPARE(r[4].problems[0].toString(),
            QStringLiteral(
                "sheet Invoices, row 4: invoice INV D/3 of seller 27AAPFU0939F1ZV has no lines in sheet Lines"));

        // a line column in the invoices sheet is not read, and the user is told
        QCOMPARE(imported.fileProblems.size(), 1);
        QCOMPARE(imported.fileProblems[0].toString(),
            QStringLiteral(
                "sheet Invoices: these line item columns are not read from the invoices sheet; put them in the lines "
                "sheet: F \"ItemList.Unit\""));
    }

    // --- Column mapping -----------------------------------------------------------------------

    /// The example mapping shipped for users, applied to a client's sales register.
    void clientMapping()
    {
        Result<ColumnMapping> mapping =
            ColumnMapping::load(test::dataPath(QStringLiteral("../../resources/templates/example-mapping.json")));
        QVERIFY2(mapping, mapping ? "" : qPrintable(mapping.error().message));
        const Imported imported =
            importFile(test::dataPath(QStringLiteral("import/client/sales-register.csv")), mapping.value());
        QVERIFY2(imported.opened && !imported.error, qPrintable(dump(imported)));
        QVERIFY2(imported.fileProblems.size() == 1, qPrintable(dump(imported)));
        QCOMPARE(imported.fileProblems[0].toString(),
            QStringLiteral("these columns are not in the import template, and are not read: B \"Salesman\""));
        QVERIFY(sameInvoices(imported.records, fixture(QStringLiteral("import/client/expected.json"))));
    }

    void mappingFeatures()
    {
        const ColumnMapping mapping = mappingFrom(R"({
            "version": 1,
            "sheets": {"invoices": "Header", "lines": "Items"},
            "headerRow": 2,
            "columns": {
                "SellerDtls.Gstin": {"value": "27AAPFU0939F1ZV"},
                "DocDtls.Typ": {"column": "Type", "value": "INV"},
                "DocDtls.No": "Bill No",
                "DocDtls.Dt": "Bill Date",
                "TranDtls.SupTyp": {"value": "B2B"},
                "ItemList.PrdDesc": "Item",
                "ItemList.Unit": {"column": "UOM", "value": "NOS"},
                "ItemList.IsServc": {"value": false},
                "ItemList.GstRt": {"value": 18},
                "ItemList.Qty": "Qty",
                "ValDtls.TotInvVal": "Total"
            },
            "dateFormats": "dd.mm.yyyy",
            "decimalSeparator": ","
        })");
        const QString file = path(QStringLiteral("mapped.xlsx"));
        writeXlsx(file,
            { Sheet{ QStringLiteral("Header"),
                  {
                      { QStringLiteral("Sales register, April") },
                      { QStringLiteral("Bill No"),
                          QStringLiteral("Bill Date"),
                          QStringLiteral("Total"),
                          QStringLiteral("Type") },
                      { QStringLiteral("E/1"), QStringLiteral("01.04.2025"), QStringLiteral("1.180,50") },
                      { QStringLiteral("E/2"),
                          Num{ QStringLiteral("45748") },
                          Num{ QStringLiteral("99.5") },
                          QStringLiteral("DBN") },
                  } },
                Sheet{ QStringLiteral("Items"),
                    {
                        {},
                        { QStringLiteral("bill no"),
                            QStringLiteral("ITEM"),
                            QStringLiteral("Qty"),
                            QStringLiteral("UOM"),
                            QStringLiteral("Type") },
                        { QStringLiteral("E/1"), QStringLiteral("Pen"), QStringLiteral("1,5") },
                        { QStringLiteral("E/1"), QStringLiteral("Ink"), QStringLiteral("2"), QStringLiteral("BTL") },
                        { QStringLiteral("E/2"),
                            QStringLiteral("Pen"),
                            QStringLiteral("3"),
                            QString(),
                            QStringLiteral("DBN") },
                    } } });
        const Imported imported = importFile(file, mapping);
        QVERIFY2(imported.opened && imported.fileProblems.isEmpty(), qPrintable(dump(imported)));
        QCOMPARE(imported.records.size(), 2);
        const Invoice& e1 = *imported.records[0].invoice;
        QCOMPARE(e1.sellerDtls.gstin, QStringLiteral("27AAPFU0939F1ZV"));
        QCOMPARE(e1.docDtls.typ, QStringLiteral("INV"));
        QCOMPARE(e1.docDtls.dt, QStringLiteral("01/04/2025"));
        QCOMPARE(e1.tranDtls.supTyp, QStringLiteral("B2B"));
        QCOMPARE(e1.valDtls.totInvVal, Money::fromRaw(118050));
        QCOMPARE(e1.itemList.size(), 2);
        QCOMPARE(e1.itemList[0].qty, Quantity::fromRaw(1500));
        QCOMPARE(e1.itemList[0].unit, QStringLiteral("NOS"));
        QCOMPARE(e1.itemList[1].unit, QStringLiteral("BTL"));
        QCOMPARE(e1.itemList[0].isServc, QStringLiteral("N"));
        QCOMPARE(e1.itemList[1].gstRt, Rate::fromUnits(18));
        const Invoice& e2 = *imported.records[1].invoice;
        QCOMPARE(e2.docDtls.typ, QStringLiteral("DBN"));
        QCOMPARE(e2.docDtls.dt, QStringLiteral("01/04/2025"));
        QCOMPARE(e2.valDtls.totInvVal, Money::fromRaw(9950));
        QCOMPARE(imported.records[1].source, QStringLiteral("mapped.xlsx, sheet Header, row 4; sheet Items, row 5"));
    }

    /// A header that names a template column is read even with a mapping, unless the mapping
    /// takes that field from another column; a mapped column the file lacks is a warning.
    void mappingAndTemplateHeaders()
    {
        const ColumnMapping mapping = mappingFrom(R"({"columns": {"DocDtls.No": "Bill", "ItemList.HsnCd": "HSN"}})");
        const QString file = path(QStringLiteral("mixed.csv"));
        writeFile(file,
            "SellerDtls.Gstin,DocDtls.Typ,Bill,DocDtls.No,ItemList.PrdDesc\n"
            "27AAPFU0939F1ZV,INV,F/1,ignored,Pen\n");
        const Imported imported = importFile(file, mapping);
        QVERIFY2(imported.opened, qPrintable(dump(imported)));
        QCOMPARE(imported.records.size(), 1);
        QCOMPARE(imported.records[0].invoice->docDtls.no, QStringLiteral("F/1"));
        QCOMPARE(imported.records[0].invoice->itemList[0].prdDesc, QStringLiteral("Pen"));
        QCOMPARE(dump(imported.fileProblems),
            QStringLiteral(
                "these columns are not read, because the mapping test-mapping.json takes their fields from "
                "other columns: D \"DocDtls.No\"\n"
                "ItemList.HsnCd: the mapping test-mapping.json takes this field from the column \"HSN\", which "
                "the file does not have"));
    }

    void badMappings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("columns: x")
                                  << QStringLiteral("test-mapping.json, line 1: a mapping file is a JSON object");
        QTest::newRow("broken JSON") << QByteArray("{\n\"columns\": {\"DocDtls.No\": \"No\"\n")
                                     << QStringLiteral("test-mapping.json, line 3: not valid JSON");
        QTest::newRow("unknown target")
            << QByteArray("{\"columns\": {\n  \"DocDtls.No\": \"No\",\n  \"ItemList.Qtty\": \"Qty\"}}")
            << QStringLiteral("test-mapping.json, line 3: \"ItemList.Qtty\" is not a column of the import template");
        QTest::newRow("duplicate key")
            << QByteArray("{\"columns\": {\n\"DocDtls.No\": \"No\",\n\"DocDtls.No\": \"Number\"}}")
            << QStringLiteral("test-mapping.json, line 3: the key \"DocDtls.No\" is written twice (first on line 2)");
        QTest::newRow("duplicate mapping in another case")
            << QByteArray("{\"columns\": {\n\"DocDtls.No\": \"No\",\n\"docdtls.NO\": \"Number\"}}")
            << QStringLiteral("test-mapping.json, line 3: \"DocDtls.No\" is mapped twice (first on line 2)");
        QTest::newRow("unknown key") << QByteArray("{\"colums\": {}}")
                                     << QStringLiteral("test-mapping.json, line 1: unknown key \"colums\"");
        QTest::newRow("unknown entry key")
            << QByteArray("{\"columns\": {\"DocDtls.No\": {\"col\": \"No\"}}}")
            << QStringLiteral("test-mapping.json, line 1: unknown key \"col\" for \"DocDtls.No\"");
        QTest::newRow("nothing to map")
            << QByteArray("{\"columns\": {\"DocDtls.No\": {}}}")
            << QStringLiteral("test-mapping.json, line 1: \"DocDtls.No\" needs a \"column\" or a \"value\"");
        QTest::newRow("bad constant")
            << QByteArray("{\"columns\": {\n\"ItemList.IsServc\": {\"value\": \"perhaps\"}}}")
            << QStringLiteral("test-mapping.json, line 2: the value \"perhaps\" of \"ItemList.IsServc\" is not Y or N");
        QTest::newRow("constant with too many decimals")
            << QByteArray("{\"columns\": {\"ItemList.GstRt\": {\"value\": 18.0001}}}")
            << QStringLiteral(
                   "test-mapping.json, line 1: the value \"18.0001\" of \"ItemList.GstRt\" has 4 decimal places");
        QTest::newRow("bad date format") << QByteArray("{\"dateFormats\": [\"dd/mm\"]}")
                                         << QStringLiteral(
                                                "test-mapping.json, line 1: the date format \"dd/mm\" needs one day");
        QTest::newRow("bad separator") << QByteArray("{\"decimalSeparator\": \"'\"}")
                                       << QStringLiteral(
                                              "test-mapping.json, line 1: \"decimalSeparator\" must be \".\" or \",\"");
        QTest::newRow("one sheet of two") << QByteArray("{\"sheets\": {\"lines\": \"Items\"}}")
                                          << QStringLiteral("test-mapping.json, line 1: \"sheets\" needs both");
        QTest::newRow("newer version") << QByteArray("{\"version\": 2}")
                                       << QStringLiteral("test-mapping.json, line 1: \"version\" must be 1");
    }
    void badMappings()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        Result<ColumnMapping> mapping = ColumnMapping::parse(json, QStringLiteral("test-mapping.json"));
        QVERIFY(!mapping);
        QVERIFY2(mapping.error().message.startsWith(message), qPrintable(mapping.error().message));
    }

    void mappingFileErrors()
    {
        Result<ColumnMapping> missing = ColumnMapping::load(path(QStringLiteral("no-such-mapping.json")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.startsWith(
            QStringLiteral("no-such-mapping.json: the mapping file cannot be opened")));
        // a mapping for two sheets cannot read a CSV file
        const ColumnMapping twoSheets = mappingFrom(R"({"sheets": {"invoices": "H", "lines": "L"}})");
        const QString csv = path(QStringLiteral("one.csv"));
        writeFile(csv, "SellerDtls.Gstin,DocDtls.Typ,DocDtls.No\n");
        const Imported imported = importFile(csv, twoSheets);
        QVERIFY(!imported.opened);
        QVERIFY(imported.opened.error().message.startsWith(QStringLiteral("one.csv: a CSV file has one sheet")));
        // a sheet the mapping names that the workbook lacks
        const ColumnMapping sheet = mappingFrom(R"({"sheet": "April"})");
        const QString xlsx = path(QStringLiteral("months.xlsx"));
        writeXlsx(xlsx, { Sheet{ QStringLiteral("March"), { { QStringLiteral("x") } } } });
        const Imported noSheet = importFile(xlsx, sheet);
        QVERIFY(!noSheet.opened);
        QCOMPARE(noSheet.opened.error().message,
            QStringLiteral("months.xlsx: there is no sheet named \"April\"; the workbook has \"March\""));
    }

    /// bytesRead() is there for a progress bar: it grows to the size of the file.
    void progress()
    {
        const QList<Invoice> invoices = fixture(QStringLiteral("import/roundtrip/expected.json"));
        const QString csv = path(QStringLiteral("progress.csv"));
        writeFile(csv, templateCsv(invoices));
        const QString xlsx = path(QStringLiteral("progress.xlsx"));
        writeXlsx(xlsx, { templateSheet(QStringLiteral("S"), templateRows(invoices, TemplateLevel::Line, true)) });
        for (const QString& file : { csv, xlsx }) {
            TabularReader reader;
            QVERIFY(reader.open(file));
            TabularRecord record;
            QVERIFY(reader.next(record));
            const qint64 first = reader.bytesRead();
            QVERIFY(first > 0);
            while (reader.next(record)) {}
            QVERIFY(reader.bytesRead() >= first);
            QCOMPARE(reader.bytesRead(), QFileInfo(file).size());
        }
    }

    /// Many invoices stream through with the right grouping (the speed is measured by hand, see
    /// the report of issue 4, not here).
    void manyInvoices()
    {
        QList<Invoice> base = fixture(QStringLiteral("import/roundtrip/expected.json"));
        QList<Invoice> invoices;
        for (int i = 0; i < 3000; ++i) {
            Invoice invoice = base[i % base.size()];
            invoice.docDtls.no = QStringLiteral("N/%1").arg(i);
            invoices.append(invoice);
        }
        const QString file = path(QStringLiteral("many.csv"));
        writeFile(file, templateCsv(invoices));
        TabularReader reader;
        QVERIFY(reader.open(file));
        TabularRecord record;
        int count = 0;
        while (reader.next(record)) {
            QVERIFY2(record.invoice, qPrintable(dump(record.problems)));
            QCOMPARE(*record.invoice, invoices[count]);
            ++count;
        }
        QVERIFY(!reader.error());
        QCOMPARE(count, invoices.size());
    }
};

QTEST_GUILESS_MAIN(TestTabularImport)
#include "TestTabularImport.moc"
