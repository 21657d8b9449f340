// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/TableXlsx.h"

#include "core/model/Decimal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace irndesk::io {

namespace {

// lupdate files Tr::tr() calls under this context wherever they are, inside classes too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::io)
};

QString megabytes(qint64 bytes)
{
    return QString::number((bytes + (1 << 20) - 1) >> 20);
}

bool is(QStringView name, const char* expected)
{
    return name == QLatin1StringView(expected);
}

/// Excel writes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a carriage return).
void decodeEscapes(QString& text)
{
    if (!text.contains(QLatin1StringView("_x"))) {
        return;
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out += QChar(static_cast<char16_t>(code));
                i += 6;
                continue;
            }
        }
        out += text[i];
    }
    text = out;
}

/// The text of an <si> or <is> element: its own <t>, or the <t> of its rich-text runs <r>;
/// phonetic guides (<rPh>) are not part of the value.
QString readStringItem(QXmlStreamReader& xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (is(xml.name(), "t")) {
                text += xml.readElementText();
            } else if (is(xml.name(), "rPh")) {
                xml.skipCurrentElement();
            } else {
                ++depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    decodeEscapes(text);
    return text;
}

/// An attribute by local name, whatever its namespace prefix (r:id in transitional OOXML, and
/// the same with another namespace in strict OOXML).
QStringView attribute(const QXmlStreamAttributes& attributes, const char* localName)
{
    for (const QXmlStreamAttribute& a : attributes) {
        if (is(a.name(), localName)) {
            return a.value();
        }
    }
    return {};
}

/// One part of the archive, opened for reading after its declared size was checked.
class Part
{
public:
    Part(QuaZip& zip, const QString& fileName)
        : m_zip(zip)
        , m_fileName(fileName)
        , m_file(&zip)
    {}

    /// Opens `name`; false with `error` set when it is missing, too big or unreadable.
    bool open(const QString& name, qint64 maxBytes, Error& error, bool mustExist = true)
    {
        if (!m_zip.setCurrentFile(name, QuaZip::csInsensitive)) {
            if (mustExist) {
                error = Error{
                    ErrorCode::Syntax, Tr::tr("%1: not an XLSX workbook: the part %2 is missing").arg(m_fileName, name), {}
                };
            }
            return false;
        }
        QuaZipFileInfo64 info;
        if (!m_zip.getCurrentFileInfo(&info)) {
            error = damaged();
            return false;
        }
        if (static_cast<qint64>(info.uncompressedSize) > maxBytes) {
            error = Error{ ErrorCode::TooLarge,
                Tr::tr("%1: the part %2 unpacks to %3 MB, more than the limit of %4 MB; the file is refused so "
                   "that it cannot exhaust the memory (it may be a ZIP bomb)")
                    .arg(m_fileName, name, megabytes(static_cast<qint64>(info.uncompressedSize)), megabytes(maxBytes)),
                {} };
            return false;
        }
        if (!m_file.open(QIODevice::ReadOnly)) {
            error = damaged();
            return false;
        }
        m_unpackedSize = static_cast<qint64>(info.uncompressedSize);
        return true;
    }
    QIODevice* device() { return &m_file; }
    qint64 unpackedSize() const { return m_unpackedSize; }
    /// Closes the part; false when the archive reported a problem (such as a CRC mismatch).
    bool close()
    {
        m_file.close();
        return m_file.getZipError() == UNZ_OK;
    }
    Error damaged() const
    {
        return Error{ ErrorCode::Syntax,
            Tr::tr("%1: the file is damaged: the ZIP archive inside it cannot be read (error %2)")
                .arg(m_fileName)
                .arg(m_zip.getZipError()),
            {} };
    }

private:
    QuaZip& m_zip;
    QString m_fileName;
    QuaZipFile m_file;
    qint64 m_unpackedSize = 0;
};

Error xmlError(const QString& fileName, const QString& part, const QXmlStreamReader& xml)
{
    return Error{ ErrorCode::Syntax,
        Tr::tr("%1: the part %2 is not valid XML: %3 (line %4)")
            .arg(fileName, part, xml.errorString())
            .arg(xml.lineNumber()),
        {} };
}

/// "xl/" + "worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml", "../xl/..." -> archive path.
QString resolveTarget(QStringView target)
{
    if (target.startsWith(u'/')) {
        return QDir::cleanPath(target.mid(1).toString());
    }
    return QDir::cleanPath(QLatin1StringView("xl/") + target);
}

/// A worksheet read as a stream of rows.
class XlsxSheet : public TableSource
{
public:
    XlsxSheet(QString path, QString fileName, QString sheetName, std::shared_ptr<const QStringList> sharedStrings)
        : m_zip(path)
        , m_fileName(std::move(fileName))
        , m_sheetName(std::move(sheetName))
        , m_sharedStrings(std::move(sharedStrings))
    {}

    bool open(const QString& part, qint64 maxBytes, Error& error)
    {
        if (!m_zip.open(QuaZip::mdUnzip)) {
            error =
                Error{ ErrorCode::Io, Tr::tr("%1: the file cannot be opened again to read a sheet").arg(m_fileName), {} };
            return false;
        }
        m_part = std::make_unique<Part>(m_zip, m_fileName);
        if (!m_part->open(part, maxBytes, error)) {
            return false;
        }
        m_partName = part;
        m_maxBytes = maxBytes;
        m_fileSize = QFileInfo(m_zip.getZipName()).size();
        m_xml.setDevice(m_part->device());
        return true;
    }

    QString sheetName() const override { return m_sheetName; }
    qint64 bytesRead() const override
    {
        if (m_done) {
            return m_fileSize;
        }
        if (!m_part || m_part->unpackedSize() <= 0) {
            return 0;
        }
        const qint64 unpacked = std::min(m_part->device()->pos(), m_part->unpackedSize());
        return static_cast<qint64>(static_cast<Int128>(m_fileSize) * unpacked / m_part->unpackedSize());
    }

    bool next(TableRow& row) override
    {
        if (error() || m_done) {
            return false;
        }
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement && is(m_xml.name(), "row")) {
                const QStringView r = attribute(m_xml.attributes(), "r");
                int number = m_lastRow + 1;
                if (!r.isEmpty()) {
                    bool ok = false;
                    number = r.toInt(&ok);
                    if (!ok || number < 1) {
                        fail(Tr::tr("a row has the number \"%1\"").arg(r.toString()));
                        return false;
                    }
                }
                m_lastRow = number;
                if (!readRow(row)) {
                    return false;
                }
                if (m_xml.hasError()) {
                    break; // a row cut short is not given: the error is reported below
                }
                row.number = number;
                row.line = 0;
                if (!row.cells.isEmpty()) {
                    return true;
                }
            }
            if (m_xml.characterOffset() > m_maxBytes) { // the declared size was a lie
                fail(Tr::tr("the sheet is larger than %1 MB").arg(megabytes(m_maxBytes)));
                return false;
            }
        }
        m_done = true;
        if (m_xml.hasError()) {
            setError(ErrorCode::Syntax,
                Tr::tr("%1, sheet %2: the sheet's XML is damaged: %3 (line %4)")
                    .arg(m_fileName, m_sheetName, m_xml.errorString())
                    .arg(m_xml.lineNumber()));
            return false;
        }
        if (!m_part->close()) {
            setError(ErrorCode::Syntax,
                Tr::tr("%1, sheet %2: the file is damaged: its data does not match its checksum")
                    .arg(m_fileName, m_sheetName));
        }
        return false;
    }

private:
    void fail(const QString& what)
    {
        setError(ErrorCode::Syntax, Tr::tr("%1, sheet %2: %3").arg(m_fileName, m_sheetName, what));
    }

    bool readRow(TableRow& row)
    {
        // The cells the previous row left are blanked; the memory of their texts is kept.
        for (TableCell& cell : row.cells) {
            cell.text.clear();
            cell.type = CellType::Text;
        }
        qsizetype used = 0;
        int column = -1;
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement && is(m_xml.name(), "row")) {
                break;
            }
            if (token != QXmlStreamReader::StartElement) {
                continue;
            }
            if (!is(m_xml.name(), "c")) {
                m_xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes attributes = m_xml.attributes();
            const QStringView ref = attribute(attributes, "r");
            if (ref.isEmpty()) {
                ++column;
            } else {
                column = columnIndex(ref);
                if (column < 0) {
                    fail(Tr::tr("row %1 has a cell with the reference \"%2\"").arg(m_lastRow).arg(ref.toString()));
                    return false;
                }
            }
            const QStringView type = attribute(attributes, "t");
            QString value;
            QString inlineText;
            bool hasInline = false;
            while (!m_xml.atEnd()) {
                const QXmlStreamReader::TokenType inner = m_xml.readNext();
                if (inner == QXmlStreamReader::EndElement && is(m_xml.name(), "c")) {
                    break;
                }
                if (inner != QXmlStreamReader::StartElement) {
                    continue;
                }
                if (is(m_xml.name(), "v")) {
                    value = m_xml.readElementText();
                } else if (is(m_xml.name(), "is")) {
                    inlineText = readStringItem(m_xml);
                    hasInline = true;
                } else {
                    m_xml.skipCurrentElement(); // <f>: the cached <v> is what we read
                }
            }
            if (m_xml.hasError()) {
                return true; // reported by next()
            }
            if (row.cells.size() <= column) {
                row.cells.resize(column + 1);
            }
            TableCell& cell = row.cells[column];
            if (type.isEmpty() || is(type, "n")) {
                cell.type = value.isEmpty() ? CellType::Text : CellType::Number;
                cell.text = value;
            } else if (is(type, "s")) {
                bool ok = false;
                const qsizetype index = value.toLongLong(&ok);
                if (!ok || index < 0 || !m_sharedStrings || index >= m_sharedStrings->size()) {
                    fail(Tr::tr("cell %1%2 refers to the shared string \"%3\", which the file does not have")
                             .arg(columnLetters(column))
                             .arg(m_lastRow)
                             .arg(value));
                    return false;
                }
                cell.text = m_sharedStrings->at(index);
            } else if (is(type, "inlineStr")) {
                cell.text = hasInline ? inlineText : value;
            } else if (is(type, "b")) {
                cell.type = CellType::Boolean;
                cell.text = value == u'1' ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (is(type, "e")) {
                cell.type = CellType::Error;
                cell.text = value;
            } else if (is(type, "d")) {
                cell.type = CellType::Date;
                cell.text = value;
            } else { // "str": the text a formula gave
                decodeEscapes(value);
                cell.text = value;
            }
            used = std::max<qsizetype>(used, column + 1);
        }
        row.cells.resize(used);
        return true;
    }

    QuaZip m_zip;
    std::unique_ptr<Part> m_part;
    QString m_fileName;
    QString m_sheetName;
    QString m_partName;
    qint64 m_maxBytes = 0;
    qint64 m_fileSize = 0;
    std::shared_ptr<const QStringList> m_sharedStrings;
    QXmlStreamReader m_xml;
    int m_lastRow = 0;
    bool m_done = false;
};

} // namespace

TableXlsx::~TableXlsx() = default;

Result<std::unique_ptr<TableXlsx>> TableXlsx::open(const QString& path, const XlsxLimits& limits)
{
    std::unique_ptr<TableXlsx> book(new TableXlsx);
    book->m_path = path;
    book->m_name = QFileInfo(path).fileName();
    book->m_limits = limits;
    const QString& name = book->m_name;
    if (!QFileInfo::exists(path)) {
        return Error{ ErrorCode::Io, Tr::tr("%1: the file does not exist").arg(name), {} };
    }
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        return Error{ ErrorCode::Syntax,
            Tr::tr("%1: not an XLSX file, or a damaged one: an XLSX file is a ZIP archive, and this file cannot be "
               "read as one")
                .arg(name),
            {} };
    }
    Error error;

    // xl/workbook.xml: the sheets in order, with their relationship ids; the date system.
    struct Declared
    {
        QString name;
        QString relationship;
    };
    QList<Declared> declared;
    {
        Part part(zip, name);
        if (!part.open(QStringLiteral("xl/workbook.xml"), limits.maxPartBytes, error)) {
            return error;
        }
        QXmlStreamReader xml(part.device());
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) {
                continue;
            }
            if (is(xml.name(), "sheet")) {
                const QXmlStreamAttributes a = xml.attributes();
                declared.append({ attribute(a, "name").toString(), attribute(a, "id").toString() });
            } else if (is(xml.name(), "workbookPr")) {
                const QStringView v = attribute(xml.attributes(), "date1904");
                book->m_date1904 = v == u'1' || v == QLatin1StringView("true");
            }
        }
        if (xml.hasError()) {
            return xmlError(name, QStringLiteral("xl/workbook.xml"), xml);
        }
        if (!part.close()) {
            return part.damaged();
        }
    }

    // xl/_rels/workbook.xml.rels: where each sheet and the shared strings are.
    QHash<QString, QString> targets;
    QString sharedStringsPart;
    {
        Part part(zip, name);
        if (!part.open(QStringLiteral("xl/_rels/workbook.xml.rels"), limits.maxPartBytes, error)) {
            return error;
        }
        QXmlStreamReader xml(part.device());
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && is(xml.name(), "Relationship")) {
                const QXmlStreamAttributes a = xml.attributes();
                const QString target = resolveTarget(attribute(a, "Target"));
                targets.insert(attribute(a, "Id").toString(), target);
                if (attribute(a, "Type").endsWith(QLatin1StringView("/sharedStrings"))) {
                    sharedStringsPart = target;
                }
            }
        }
        if (xml.hasError()) {
            return xmlError(name, QStringLiteral("xl/_rels/workbook.xml.rels"), xml);
        }
        if (!part.close()) {
            return part.damaged();
        }
    }
    for (const Declared& d : declared) {
        const auto it = targets.constFind(d.relationship);
        if (it == targets.constEnd()) {
            return Error{ ErrorCode::Syntax,
                Tr::tr("%1: the file is damaged: the sheet \"%2\" has no part in the archive").arg(name, d.name),
                {} };
        }
        book->m_sheets.append({ d.name, *it });
    }

    // The shared strings, held in memory: cells refer to them by number.
    auto strings = std::make_shared<QStringList>();
    if (!sharedStringsPart.isEmpty()) {
        Part part(zip, name);
        if (!part.open(sharedStringsPart, limits.maxSharedStringsBytes, error, false)) {
            if (!error.message.isEmpty()) {
                return error;
            }
        } else {
            QXmlStreamReader xml(part.device());
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement) {
                    if (is(xml.name(), "si")) {
                        strings->append(readStringItem(xml));
                    } else if (is(xml.name(), "sst")) {
                        const int count = attribute(xml.attributes(), "uniqueCount").toInt();
                        if (count > 0 && count < (1 << 24)) {
                            strings->reserve(count);
                        }
                    }
                }
            }
            if (xml.hasError()) {
                return xmlError(name, sharedStringsPart, xml);
            }
            if (!part.close()) {
                return part.damaged();
            }
        }
    }
    book->m_sharedStrings = std::move(strings);
    return book;
}

QStringList TableXlsx::sheetNames() const
{
    QStringList names;
    for (const SheetEntry& s : m_sheets) {
        names.append(s.name);
    }
    return names;
}

Result<std::unique_ptr<TableSource>> TableXlsx::sheet(const QString& name) const
{
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets[i].name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return sheet(i);
        }
    }
    QStringList quoted;
    for (const SheetEntry& s : m_sheets) {
        quoted.append(u'"' + s.name + u'"');
    }
    return Error{ ErrorCode::InvalidArgument,
        Tr::tr("%1: there is no sheet named \"%2\"; the workbook has %3")
            .arg(m_name, name, quoted.join(QStringLiteral(", "))),
        {} };
}

Result<std::unique_ptr<TableSource>> TableXlsx::sheet(int index) const
{
    if (index < 0 || index >= m_sheets.size()) {
        return Error{ ErrorCode::InvalidArgument, Tr::tr("%1: the workbook has no sheet").arg(m_name), {} };
    }
    const SheetEntry& entry = m_sheets[index];
    auto source = std::make_unique<XlsxSheet>(m_path, m_name, entry.name, m_sharedStrings);
    Error error;
    if (!source->open(entry.part, m_limits.maxSheetBytes, error)) {
        return error;
    }
    return std::unique_ptr<TableSource>(std::move(source));
}

} // namespace irndesk::io
