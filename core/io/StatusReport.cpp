// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/StatusReport.h"

#include "core/model/Dates.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <array>
#include <memory>
#include <utility>

namespace irndesk::io {

namespace {

class StatusReport
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::io::StatusReport)
};

enum Column : int
{
    ColSeller,
    ColType,
    ColNumber,
    ColDate,
    ColBuyerGstin,
    ColBuyerName,
    ColTotal,
    ColStatus,
    ColIrn,
    ColAckNo,
    ColAckDate,
    ColEwbNo,
    ColErrors,
    ColWarnings,
    ColExportFile,
    ColumnCount,
};

/// Column widths in characters, in column order.
constexpr std::array<int, ColumnCount> kColumnWidths = {
    17,
    6,
    18,
    11,
    17,
    32,
    15,
    12,
    66,
    17,
    19,
    14,
    60,
    10,
    32,
};

Error ioError(const QString& message)
{
    return Error{ ErrorCode::Io, message, {} };
}

// ---------------------------------------------------------------------------------------------
// CSV

/// A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection").
bool looksLikeFormula(const QString& text)
{
    if (text.isEmpty()) {
        return false;
    }
    const char16_t c = text.front().unicode();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

/// Appends one field, quoted when it has to be (RFC 4180: a comma, quote or line break).
void appendCsvField(QByteArray& out, QByteArrayView utf8)
{
    bool quote = false;
    for (char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(utf8);
        return;
    }
    out.append('"');
    for (char c : utf8) {
        if (c == '"') {
            out.append('"');
        }
        out.append(c);
    }
    out.append('"');
}

void appendCsvText(QByteArray& out, const QString& text)
{
    if (looksLikeFormula(text)) {
        appendCsvField(out, QString(QLatin1Char('\'') + text).toUtf8());
    } else {
        appendCsvField(out, text.toUtf8());
    }
}

void appendCsvRow(QByteArray& out, const StatusReportRow& row)
{
    const auto text = [&out](const QString& value) {
        appendCsvText(out, value);
        out.append(',');
    };
    text(row.workspaceGstin);
    text(row.docType);
    text(row.docNo);
    text(row.docDate);
    text(row.buyerGstin);
    text(row.buyerName);
    if (row.total) {
        // Two places always ("1180.50"), as an amount is read: exact text, never a double.
        out.append(row.total->toPlainString().toLatin1());
    }
    out.append(',');
    text(row.status);
    text(row.irn);
    text(row.ackNo);
    text(row.ackDate);
    text(row.ewbNo);
    text(row.errors.join(QLatin1Char('\n')));
    out.append(QByteArray::number(row.warnings)).append(',');
    appendCsvText(out, row.exportFile);
    out.append("\r\n");
}

// ---------------------------------------------------------------------------------------------
// XLSX
//
// The workbook is written as SpreadsheetML straight into a zip with QuaZip, streamed: each sheet's
// rows go through the deflater as they come, so memory does not grow with the rows, and the zip
// goes through QSaveFile, so a failure leaves the old file. libxlsxwriter was the first choice,
// but it cannot live in one process with QuaZip (which the XLSX import uses): QuaZip exports its
// own, changed copy of minizip's zipOpen & co., libxlsxwriter's calls to Debian's libminizip bind
// to those, and it crashes. The parts written are the minimal set Excel and LibreOffice need.

/// Excel's limit for the text of one cell.
constexpr qsizetype kMaxCellCharacters = 32767;

/// The cell formats of styles.xml, by their index in cellXfs.
enum Style : int
{
    StyleDefault,
    StyleHeader, ///< bold, wrapped
    StyleAmount, ///< #,##,##0.00
    StyleDate, ///< dd/mm/yyyy
    StyleWrapped, ///< the errors, one per line
    StyleText,
};

constexpr const char* kColumnLetters[ColumnCount] = {
    "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O"
};

constexpr char kXmlDeclaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr char kMainNamespace[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr char kRelationshipNamespace[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr char kPackageRelationshipNamespace[] = "http://schemas.openxmlformats.org/package/2006/relationships";

/// Appends UTF-8 text escaped for XML content and attributes. Characters XML 1.0 does not allow
/// (control characters other than tab and line feed) become U+FFFD; a carriage return is kept as
/// a character reference, which a parser does not fold into a line feed.
void appendXmlEscaped(QByteArray& out, QByteArrayView utf8)
{
    for (char c : utf8) {
        switch (c) {
        case '&':
            out.append("&amp;");
            break;
        case '<':
            out.append("&lt;");
            break;
        case '>':
            out.append("&gt;");
            break;
        case '"':
            out.append("&quot;");
            break;
        case '\r':
            out.append("&#13;");
            break;
        case '\t':
        case '\n':
            out.append(c);
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out.append("\xEF\xBF\xBD");
            } else {
                out.append(c);
            }
        }
    }
}

/// A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ].
QString sheetNameOf(const QString& wanted)
{
    QString name = wanted.left(31);
    for (QChar& c : name) {
        if (QStringView(u":\\/?*[]").contains(c)) {
            c = QLatin1Char('_');
        }
    }
    return name.isEmpty() ? QStringLiteral("Sheet") : name;
}

/// Writes the workbook into an open QSaveFile: one instance per report.
class XlsxReport
{
public:
    XlsxReport(QSaveFile* file, const StatusReportXlsxOptions& options)
        : m_zip(file)
        , m_options(options)
        , m_header(statusReportHeader())
    {
        m_buffer.reserve(kFlushBytes + 64 * 1024);
    }

    Status open()
    {
        m_zip.setAutoClose(false); // a QSaveFile is committed or cancelled, never closed
        if (!m_zip.open(QuaZip::mdCreate)) {
            return zipError();
        }
        return startSheet();
    }

    Status add(const StatusReportRow& row)
    {
        if (m_rowInSheet > m_options.rowsPerSheet) {
            if (const Status started = startSheet(); !started) {
                return started;
            }
        }
        const qint64 r = m_rowInSheet + 1; // Excel counts rows from 1
        m_buffer.append("<row r=\"").append(QByteArray::number(r)).append("\">");
        text(ColSeller, r, row.workspaceGstin, StyleText);
        text(ColType, r, row.docType, StyleText);
        text(ColNumber, r, row.docNo, StyleText);
        // A real date becomes Excel's day number (days since 30/12/1899, right from March 1900 on,
        // after Excel's phantom 29/02/1900); anything else (a draft may hold it) stays text.
        if (const QDate date = parseInvoiceDate(row.docDate); date.isValid() && date >= QDate(1900, 3, 1)) {
            number(ColDate, r, QByteArray::number(QDate(1899, 12, 30).daysTo(date)), StyleDate);
        } else {
            text(ColDate, r, row.docDate, StyleText);
        }
        text(ColBuyerGstin, r, row.buyerGstin, StyleText);
        text(ColBuyerName, r, row.buyerName, StyleText);
        if (row.total) {
            // The exact decimal text: Excel makes its double from it when it reads the file, and
            // nothing here goes through binary floating point.
            number(ColTotal, r, row.total->toJson(), StyleAmount);
        }
        text(ColStatus, r, row.status, StyleText);
        text(ColIrn, r, row.irn, StyleText);
        text(ColAckNo, r, row.ackNo, StyleText);
        text(ColAckDate, r, row.ackDate, StyleText);
        text(ColEwbNo, r, row.ewbNo, StyleText);
        text(ColErrors, r, row.errors.join(QLatin1Char('\n')), StyleWrapped);
        number(ColWarnings, r, QByteArray::number(row.warnings), StyleText);
        text(ColExportFile, r, row.exportFile, StyleText);
        m_buffer.append("</row>");
        ++m_rowInSheet;
        return m_buffer.size() >= kFlushBytes ? flush() : Status(Ok{});
    }

    /// Finishes the last sheet and writes the parts that list the sheets.
    Status close()
    {
        if (const Status finished = finishSheet(); !finished) {
            return finished;
        }
        if (const Status written = writeParts(); !written) {
            return written;
        }
        m_zip.close();
        if (m_zip.getZipError() != UNZ_OK) {
            return zipError();
        }
        return Ok{};
    }

private:
    static constexpr qsizetype kFlushBytes = 1 << 20;

    struct Sheet
    {
        QString name;
        qint64 lastRow = 1; ///< the header's row when the sheet has no data
    };

    Status startSheet()
    {
        if (m_part) {
            if (const Status finished = finishSheet(); !finished) {
                return finished;
            }
        }
        const int number = int(m_sheets.size()) + 1;
        m_sheets.append(Sheet{
            sheetNameOf(number == 1 ? StatusReport::tr("Status") : StatusReport::tr("Status (%1)").arg(number)), 1 });
        if (const Status opened = openPart(QStringLiteral("xl/worksheets/sheet%1.xml").arg(number)); !opened) {
            return opened;
        }
        m_buffer.append(kXmlDeclaration);
        m_buffer.append("<worksheet xmlns=\"").append(kMainNamespace);
        m_buffer.append("\" xmlns:r=\"").append(kRelationshipNamespace).append("\">");
        // The header row stays in view (frozen) while the rows scroll.
        m_buffer.append("<sheetViews><sheetView workbookViewId=\"0\"").append(number == 1 ? " tabSelected=\"1\"" : "");
        m_buffer.append("><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                        "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>");
        m_buffer.append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int column = 0; column < ColumnCount; ++column) {
            // Excel's width unit is a character of the default font; .7109375 is its padding.
            const QByteArray index = QByteArray::number(column + 1);
            m_buffer.append("<col min=\"").append(index).append("\" max=\"").append(index).append("\" width=\"");
            m_buffer.append(QByteArray::number(kColumnWidths[std::size_t(column)]))
                .append(".7109375\" customWidth=\"1\"/>");
        }
        m_buffer.append("</cols><sheetData><row r=\"1\">");
        for (int column = 0; column < ColumnCount; ++column) {
            text(column, 1, m_header.value(column), StyleHeader);
        }
        m_buffer.append("</row>");
        m_rowInSheet = 1;
        return Ok{};
    }

    Status finishSheet()
    {
        m_sheets.last().lastRow = m_rowInSheet;
        // The filter covers the header and every row written, known only now; the element comes
        // after sheetData in the schema's order, so it can.
        m_buffer.append("</sheetData><autoFilter ref=\"A1:").append(kColumnLetters[ColumnCount - 1]);
        m_buffer.append(QByteArray::number(m_rowInSheet)).append("\"/>");
        m_buffer.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
                        "footer=\"0.3\"/></worksheet>");
        return closePart();
    }

    void text(int column, qint64 row, const QString& value, Style style)
    {
        if (value.isEmpty()) {
            return; // an empty cell is no cell
        }
        // Excel refuses longer cells: keep the start and say it was cut.
        const QByteArray utf8 = value.size() > kMaxCellCharacters
            ? QString(value.left(kMaxCellCharacters - 1) + QChar(0x2026)).toUtf8()
            : value.toUtf8();
        cellStart(column, row, style);
        // Inline strings: a shared-string table would have to stay in memory until the end.
        m_buffer.append(" t=\"inlineStr\"><is><t");
        const bool preserve = value.front().isSpace() || value.back().isSpace() || value.contains(QLatin1Char('\n'));
        m_buffer.append(preserve ? " xml:space=\"preserve\">" : ">");
        appendXmlEscaped(m_buffer, utf8);
        m_buffer.append("</t></is></c>");
    }

    void number(int column, qint64 row, const QByteArray& value, Style style)
    {
        cellStart(column, row, style);
        m_buffer.append("><v>").append(value).append("</v></c>");
    }

    void cellStart(int column, qint64 row, Style style)
    {
        m_buffer.append("<c r=\"").append(kColumnLetters[column]).append(QByteArray::number(row));
        m_buffer.append("\" s=\"").append(QByteArray::number(int(style))).append('"');
    }

    /// The workbook, its relationships, the styles, the package relationships and content types.
    Status writeParts()
    {
        QByteArray workbook = kXmlDeclaration;
        workbook.append("<workbook xmlns=\"")
            .append(kMainNamespace)
            .append("\" xmlns:r=\"")
            .append(kRelationshipNamespace);
        workbook.append("\"><bookViews><workbookView/></bookViews><sheets>");
        QByteArray filters;
        QByteArray relationships = kXmlDeclaration;
        relationships.append("<Relationships xmlns=\"").append(kPackageRelationshipNamespace).append("\">");
        QByteArray contentTypes = kXmlDeclaration;
        contentTypes.append(
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            "<Override PartName=\"/xl/workbook.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            "<Override PartName=\"/xl/styles.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (qsizetype i = 0; i < m_sheets.size(); ++i) {
            const QByteArray n = QByteArray::number(i + 1);
            QByteArray name;
            appendXmlEscaped(name, m_sheets[i].name.toUtf8());
            workbook.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(n);
            workbook.append("\" r:id=\"rId").append(n).append("\"/>");
            // Excel keeps an autofilter's range in this hidden name, and repairs a file without it.
            QByteArray quoted;
            appendXmlEscaped(
                quoted, QString(m_sheets[i].name).replace(QLatin1Char('\''), QLatin1String("''")).toUtf8());
            filters.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(QByteArray::number(i));
            filters.append("\" hidden=\"1\">'")
                .append(quoted)
                .append("'!$A$1:$")
                .append(kColumnLetters[ColumnCount - 1]);
            filters.append('$').append(QByteArray::number(m_sheets[i].lastRow)).append("</definedName>");
            relationships.append("<Relationship Id=\"rId").append(n);
            relationships.append("\" Type=\"")
                .append(kRelationshipNamespace)
                .append("/worksheet\" Target=\"worksheets/sheet");
            relationships.append(n).append(".xml\"/>");
            contentTypes.append("<Override PartName=\"/xl/worksheets/sheet").append(n);
            contentTypes.append(
                ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        workbook.append("</sheets><definedNames>").append(filters).append("</definedNames></workbook>");
        relationships.append("<Relationship Id=\"rId").append(QByteArray::number(m_sheets.size() + 1));
        relationships.append("\" Type=\"").append(kRelationshipNamespace).append("/styles\" Target=\"styles.xml\"/>");
        relationships.append("</Relationships>");
        contentTypes.append("</Types>");

        QByteArray styles = kXmlDeclaration;
        styles.append("<styleSheet xmlns=\"").append(kMainNamespace).append("\">");
        // Lakh and crore grouping (12,34,567.00), as Indian accounts are read. Excel applies the
        // grouping of the format on a system set to Indian English, and groups by thousands elsewhere.
        styles.append("<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"#,##,##0.00\"/>"
                      "<numFmt numFmtId=\"165\" formatCode=\"dd/mm/yyyy\"/></numFmts>");
        styles.append("<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
                      "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>");
        styles.append("<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                      "<fill><patternFill patternType=\"gray125\"/></fill></fills>");
        styles.append("<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>");
        styles.append(
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
        // In the order of Style.
        styles.append(
            "<cellXfs count=\"6\">"
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
            "applyAlignment=\"1\">"
            "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" "
            "applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
            "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" "
            "applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
            "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
            "<alignment vertical=\"top\"/></xf>"
            "</cellXfs>");
        styles.append("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                      "</styleSheet>");

        QByteArray package = kXmlDeclaration;
        package.append("<Relationships xmlns=\"").append(kPackageRelationshipNamespace).append("\">");
        package.append("<Relationship Id=\"rId1\" Type=\"").append(kRelationshipNamespace);
        package.append("/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");

        const std::pair<const char*, QByteArray*> parts[] = {
            { "xl/workbook.xml", &workbook },
            { "xl/_rels/workbook.xml.rels", &relationships },
            { "xl/styles.xml", &styles },
            { "_rels/.rels", &package },
            { "[Content_Types].xml", &contentTypes },
        };
        for (const auto& [name, bytes] : parts) {
            if (const Status opened = openPart(QString::fromLatin1(name)); !opened) {
                return opened;
            }
            m_buffer = std::move(*bytes);
            if (const Status closed = closePart(); !closed) {
                return closed;
            }
        }
        return Ok{};
    }

    Status openPart(const QString& name)
    {
        m_part = std::make_unique<QuaZipFile>(&m_zip);
        // The fastest level: a million rows take a third less time than at the default level,
        // for a file a fifth bigger (XML compresses well either way).
        if (!m_part->open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, Z_BEST_SPEED)) {
            return zipError();
        }
        return Ok{};
    }

    Status flush()
    {
        if (m_part->write(m_buffer) != m_buffer.size()) {
            return zipError();
        }
        m_buffer.clear();
        return Ok{};
    }

    Status closePart()
    {
        if (const Status flushed = flush(); !flushed) {
            return flushed;
        }
        m_part->close();
        const int error = m_part->getZipError();
        m_part.reset();
        if (error != UNZ_OK) {
            return zipError();
        }
        return Ok{};
    }

    Error zipError() const
    {
        // The device knows why a write failed (disk full); the zip code only that it did.
        const QIODevice* device = m_zip.getIoDevice();
        const QString reason = device && !device->errorString().isEmpty() && device->errorString() != u"Unknown error"
            ? device->errorString()
            : StatusReport::tr("zip error %1").arg(m_zip.getZipError());
        return Error{ ErrorCode::Io, reason, {} };
    }

    QuaZip m_zip;
    std::unique_ptr<QuaZipFile> m_part;
    StatusReportXlsxOptions m_options;
    QStringList m_header;
    QList<Sheet> m_sheets;
    QByteArray m_buffer;
    qint64 m_rowInSheet = 0;
};

} // namespace

QStringList statusReportHeader()
{
    return {
        StatusReport::tr("Seller GSTIN"),
        StatusReport::tr("Type"),
        StatusReport::tr("Number"),
        StatusReport::tr("Date"),
        StatusReport::tr("Buyer GSTIN"),
        StatusReport::tr("Buyer name"),
        StatusReport::tr("Total"),
        StatusReport::tr("Status"),
        StatusReport::tr("IRN"),
        StatusReport::tr("Ack No"),
        StatusReport::tr("Ack date"),
        StatusReport::tr("E-way bill No"),
        StatusReport::tr("Errors"),
        StatusReport::tr("Warnings"),
        StatusReport::tr("Export file"),
    };
}

Result<qint64> writeStatusReportCsv(const QString& path, const StatusReportSource& next)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return ioError(StatusReport::tr("cannot write %1: %2").arg(shownPath, file.errorString()));
    }
    constexpr qsizetype kFlushBytes = 1 << 20;
    QByteArray buffer;
    buffer.reserve(kFlushBytes + 4096);
    buffer.append("\xEF\xBB\xBF"); // UTF-8 byte order mark: without it Excel reads the file as ANSI
    const QStringList header = statusReportHeader();
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i > 0) {
            buffer.append(',');
        }
        appendCsvField(buffer, header[i].toUtf8());
    }
    buffer.append("\r\n");

    const auto flush = [&]() -> Status {
        if (file.write(buffer) != buffer.size()) {
            return ioError(StatusReport::tr("cannot write %1: %2").arg(shownPath, file.errorString()));
        }
        buffer.clear();
        return Ok{};
    };
    StatusReportRow row;
    qint64 count = 0;
    while (true) {
        Result<bool> more = next(row);
        if (!more) {
            file.cancelWriting();
            return more.error();
        }
        if (!more.value()) {
            break;
        }
        appendCsvRow(buffer, row);
        ++count;
        if (buffer.size() >= kFlushBytes) {
            if (const Status written = flush(); !written) {
                file.cancelWriting();
                return written.error();
            }
        }
    }
    if (const Status written = flush(); !written) {
        file.cancelWriting();
        return written.error();
    }
    if (!file.commit()) {
        return ioError(StatusReport::tr("cannot write %1: %2").arg(shownPath, file.errorString()));
    }
    return count;
}

Result<qint64> writeStatusReportXlsx(
    const QString& path, const StatusReportSource& next, const StatusReportXlsxOptions& options)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        return ioError(StatusReport::tr("cannot write %1: it is a folder").arg(shownPath));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return ioError(StatusReport::tr("cannot write %1: %2").arg(shownPath, file.errorString()));
    }
    const auto fail = [&file, &shownPath](const Error& error) {
        file.cancelWriting();
        return Error{ error.code, StatusReport::tr("cannot write %1: %2").arg(shownPath, error.message), error.detail };
    };
    qint64 count = 0;
    {
        XlsxReport report(&file, options);
        if (const Status opened = report.open(); !opened) {
            return fail(opened.error());
        }
        StatusReportRow row;
        while (true) {
            Result<bool> more = next(row);
            if (!more) {
                file.cancelWriting();
                return more.error();
            }
            if (!more.value()) {
                break;
            }
            if (const Status added = report.add(row); !added) {
                return fail(added.error());
            }
            ++count;
        }
        if (const Status closed = report.close(); !closed) {
            return fail(closed.error());
        }
    }
    if (!file.commit()) {
        return ioError(StatusReport::tr("cannot write %1: %2").arg(shownPath, file.errorString()));
    }
    return count;
}

StatusReportSource storeReportSource(store::Store& db, QList<qint64> ids, std::function<bool()> cancelled)
{
    struct State
    {
        QList<qint64> ids;
        QHash<qint64, QString> gstinOf;
        QList<store::InvoiceSummary> page;
        qsizetype nextId = 0; // the first id of the next page
        qsizetype inPage = 0;
    };
    auto state = std::make_shared<State>();
    state->ids = std::move(ids);
    for (const store::Workspace& w : db.workspaces()) {
        state->gstinOf.insert(w.id, w.profile.gstin);
    }
    constexpr qsizetype kPage = 1000;
    return [&db, state, cancelled](StatusReportRow& row) -> Result<bool> {
        if (cancelled && cancelled()) {
            return Error{ ErrorCode::Io, StatusReport::tr("cancelled"), {} };
        }
        State& st = *state;
        if (st.inPage == st.page.size()) {
            if (st.nextId >= st.ids.size()) {
                return false;
            }
            store::InvoiceFilter pageFilter;
            pageFilter.ids = st.ids.mid(st.nextId, kPage);
            st.page = db.listInvoices(pageFilter, store::InvoiceSort::DocDate, Qt::AscendingOrder, 0, int(pageFilter.ids.size()));
            if (st.page.size() != pageFilter.ids.size()) {
                return Error{ ErrorCode::Io, StatusReport::tr("the store changed or could not be read while the report was written"), {} };
            }
            st.nextId += pageFilter.ids.size();
            st.inPage = 0;
        }
        const store::InvoiceSummary& s = st.page[st.inPage++];
        row.workspaceGstin = st.gstinOf.value(s.workspaceId);
        row.docType = s.docType;
        row.docNo = s.docNo;
        row.docDate = s.docDate.isValid() ? formatInvoiceDate(s.docDate) : QString();
        row.buyerGstin = s.buyerGstin;
        row.buyerName = s.buyerName;
        row.total = s.total;
        row.status = store::statusTitle(s.status);
        row.irn = s.irn;
        row.ackNo = s.ackNo;
        row.ackDate = s.ackDate;
        row.ewbNo.clear();
        row.errors.clear();
        row.warnings = s.warnings;
        row.exportFile = s.exportFile;
        // The whole invoice only where the list columns do not say everything.
        if (s.errors > 0 || s.status == store::InvoiceStatus::Rejected || !s.irn.isEmpty() || !s.docDate.isValid()) {
            Result<store::StoredInvoice> stored = db.invoice(s.id);
            if (!stored) {
                return stored.error();
            }
            const store::StoredInvoice& full = stored.value();
            if (!s.docDate.isValid()) {
                row.docDate = full.invoice.docDtls.dt.value_or(QString());
            }
            row.ewbNo = full.irp.ewbNo;
            for (const Finding& f : full.findings) {
                if (f.isError()) {
                    row.errors.append(QStringLiteral("%1 %2: %3").arg(f.code, f.path, f.message));
                }
            }
            if (s.status == store::InvoiceStatus::Rejected) {
                for (const store::IrpError& e : full.irpErrors) {
                    row.errors.append(StatusReport::tr("IRP %1: %2").arg(e.code, e.message));
                }
            }
        }
        return true;
    };
}

} // namespace irndesk::io
