// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ColumnMapping.h"

#include "core/json/JsonCursor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace irndesk::io {

namespace {

constexpr qint64 kMaxMappingBytes = 4 << 20;

/// Reads the mapping with the project's JSON tokenizer, which (unlike QJsonDocument) lets us
/// see a key that is written twice and say on which line.
class MappingParser
{
public:
    MappingParser(QByteArrayView json, QString fileName)
        : m_cursor(json.data(), json.data() + json.size())
        , m_fileName(std::move(fileName))
    {
        m_mapping.fileName = m_fileName;
    }

    Result<ColumnMapping> run()
    {
        if (!parseTop() || !m_error.message.isEmpty()) {
            return failure();
        }
        // Constants are checked once the whole file is read: the date formats and the decimal
        // separator may come after them.
        for (const MappedField& f : std::as_const(m_mapping.fields)) {
            if (!f.value) {
                continue;
            }
            TemplateValue value;
            const QString problem =
                parseTemplateValue(*f.target, QStringView(*f.value).trimmed(), CellType::Text, m_mapping.values, value);
            if (!problem.isEmpty()) {
                fail(f.line,
                    QCoreApplication::translate("irndesk::io", "the value \"%1\" of \"%2\" %3")
                        .arg(*f.value, f.target->name, problem));
                return failure();
            }
        }
        return m_mapping;
    }

private:
    Result<ColumnMapping> failure()
    {
        if (m_error.message.isEmpty()) {
            m_error = Error{ ErrorCode::Syntax,
                QCoreApplication::translate("irndesk::io", "%1, line %2: not valid JSON: %3")
                    .arg(m_fileName)
                    .arg(m_cursor.errorLine())
                    .arg(m_cursor.errorMessage()),
                {} };
        }
        return m_error;
    }

    int line()
    {
        m_cursor.skipWhitespace();
        int line = 0;
        int column = 0;
        m_cursor.lineColumn(m_cursor.position(), line, column);
        return line;
    }

    bool fail(int line, const QString& message)
    {
        if (m_error.message.isEmpty()) {
            m_error = Error{ ErrorCode::InvalidArgument,
                QCoreApplication::translate("irndesk::io", "%1, line %2: %3").arg(m_fileName).arg(line).arg(message),
                {} };
        }
        return false;
    }

    /// Calls `member(key, line)` for each member of the object the cursor is on; a key that
    /// comes twice is an error.
    template <class F> bool forEachMember(const QString& where, F&& member)
    {
        if (m_cursor.peekKind() != JsonCursor::Kind::Object) {
            return fail(line(),
                where.isEmpty()
                    ? QCoreApplication::translate("irndesk::io", "a mapping file is a JSON object { ... }")
                    : QCoreApplication::translate("irndesk::io", "\"%1\" must be an object { ... }").arg(where));
        }
        m_cursor.consume('{');
        QHash<QString, int> seen;
        if (m_cursor.consume('}')) {
            return true;
        }
        for (;;) {
            const int keyLine = line();
            if (m_cursor.peekKind() != JsonCursor::Kind::String) {
                m_cursor.fail(QCoreApplication::translate("irndesk::json", "expected a key in double quotes"));
                return false;
            }
            QString key;
            if (!m_cursor.readString(key)) {
                return false;
            }
            const auto previous = seen.constFind(key);
            if (previous != seen.constEnd()) {
                return fail(keyLine,
                    QCoreApplication::translate("irndesk::io", "the key \"%1\" is written twice (first on line %2)")
                        .arg(key)
                        .arg(*previous));
            }
            seen.insert(key, keyLine);
            if (!m_cursor.consume(':')) {
                m_cursor.fail(QCoreApplication::translate("irndesk::json", "expected ':' after the key"));
                return false;
            }
            if (!member(key, keyLine)) {
                return false;
            }
            if (m_cursor.consume(',')) {
                continue;
            }
            if (m_cursor.consume('}')) {
                return true;
            }
            m_cursor.fail(QCoreApplication::translate("irndesk::io", "expected ',' or '}'"));
            return false;
        }
    }

    bool readText(const QString& key, int keyLine, QString& out, bool allowNumber = false)
    {
        const JsonCursor::Kind kind = m_cursor.peekKind();
        if (kind == JsonCursor::Kind::String) {
            return m_cursor.readString(out);
        }
        if (allowNumber && kind == JsonCursor::Kind::Number) {
            std::string_view number;
            if (!m_cursor.readNumber(number)) {
                return false;
            }
            out = QString::fromLatin1(number.data(), qsizetype(number.size()));
            return true;
        }
        if (allowNumber && (kind == JsonCursor::Kind::True || kind == JsonCursor::Kind::False)) {
            out = kind == JsonCursor::Kind::True ? QStringLiteral("true") : QStringLiteral("false");
            return m_cursor.readLiteral();
        }
        return fail(
            keyLine, QCoreApplication::translate("irndesk::io", "\"%1\" must be a text in double quotes").arg(key));
    }

    bool parseTop()
    {
        return forEachMember(QString(),
                   [this](const QString& key, int keyLine) {
                       if (key == QLatin1StringView("version")) {
                           std::string_view number;
                           if (m_cursor.peekKind() != JsonCursor::Kind::Number || !m_cursor.readNumber(number)
                               || number != "1") {
                               return fail(keyLine,
                                   QCoreApplication::translate(
                                       "irndesk::io", "\"version\" must be 1; this file may be for a newer IRN Desk"));
                           }
                           return true;
                       }
                       if (key == QLatin1StringView("description")) {
                           return readText(key, keyLine, m_mapping.description);
                       }
                       if (key == QLatin1StringView("sheet")) {
                           return readText(key, keyLine, m_mapping.sheet);
                       }
                       if (key == QLatin1StringView("sheets")) {
                           return forEachMember(key, [this](const QString& sheetKey, int sheetLine) {
                               if (sheetKey == QLatin1StringView("invoices")) {
                                   return readText(sheetKey, sheetLine, m_mapping.invoicesSheet);
                               }
                               if (sheetKey == QLatin1StringView("lines")) {
                                   return readText(sheetKey, sheetLine, m_mapping.linesSheet);
                               }
                               return fail(sheetLine,
                                   QCoreApplication::translate("irndesk::io",
                                       "unknown key \"%1\" in \"sheets\": it takes \"invoices\" and \"lines\"")
                                       .arg(sheetKey));
                           }) && checkSheets(keyLine);
                       }
                       if (key == QLatin1StringView("headerRow")) {
                           std::string_view number;
                           bool ok = m_cursor.peekKind() == JsonCursor::Kind::Number && m_cursor.readNumber(number);
                           const int row = ok ? QByteArray(number.data(), qsizetype(number.size())).toInt(&ok) : 0;
                           if (!ok || row < 1) {
                               return fail(keyLine,
                                   QCoreApplication::translate(
                                       "irndesk::io", "\"headerRow\" must be a row number, 1 or more"));
                           }
                           m_mapping.headerRow = row;
                           return true;
                       }
                       if (key == QLatin1StringView("columns")) {
                           return forEachMember(key, [this](const QString& target, int targetLine) {
                               return parseColumn(target, targetLine);
                           });
                       }
                       if (key == QLatin1StringView("dateFormats")) {
                           return parseDateFormats(key, keyLine);
                       }
                       if (key == QLatin1StringView("decimalSeparator")) {
                           QString separator;
                           if (!readText(key, keyLine, separator)) {
                               return false;
                           }
                           if (separator != QLatin1StringView(".") && separator != QLatin1StringView(",")) {
                               return fail(keyLine,
                                   QCoreApplication::translate(
                                       "irndesk::io", "\"decimalSeparator\" must be \".\" or \",\""));
                           }
                           m_mapping.values.decimalSeparator = separator[0];
                           return true;
                       }
                       if (key == QLatin1StringView("csvDelimiter")) {
                           QString delimiter;
                           if (!readText(key, keyLine, delimiter)) {
                               return false;
                           }
                           if (delimiter == QLatin1StringView(",") || delimiter == QLatin1StringView(";")
                               || delimiter == QLatin1StringView("\t")) {
                               m_mapping.csvDelimiter = static_cast<char>(delimiter[0].unicode());
                           } else if (delimiter.compare(QLatin1StringView("tab"), Qt::CaseInsensitive) == 0) {
                               m_mapping.csvDelimiter = '\t';
                           } else {
                               return fail(keyLine,
                                   QCoreApplication::translate(
                                       "irndesk::io", "\"csvDelimiter\" must be \",\", \";\" or \"tab\""));
                           }
                           return true;
                       }
                       return fail(keyLine,
                           QCoreApplication::translate("irndesk::io",
                               "unknown key \"%1\"; a mapping file has \"version\", \"description\", \"sheet\", "
                               "\"sheets\", "
                               "\"headerRow\", \"columns\", \"dateFormats\", \"decimalSeparator\" and \"csvDelimiter\"")
                               .arg(key));
                   })
            && (m_cursor.atEnd()
                || (m_cursor.fail(QCoreApplication::translate("irndesk::io", "text after the end of the mapping")),
                    false));
    }

    bool checkSheets(int keyLine)
    {
        if (m_mapping.invoicesSheet.trimmed().isEmpty() != m_mapping.linesSheet.trimmed().isEmpty()) {
            return fail(keyLine,
                QCoreApplication::translate("irndesk::io", "\"sheets\" needs both \"invoices\" and \"lines\""));
        }
        return true;
    }

    bool parseColumn(const QString& targetName, int targetLine)
    {
        const TemplateColumn* target = findTemplateColumn(targetName);
        if (target == nullptr) {
            return fail(targetLine,
                QCoreApplication::translate(
                    "irndesk::io", "\"%1\" is not a column of the import template (see docs/import-template.md)")
                    .arg(targetName));
        }
        for (const MappedField& f : std::as_const(m_mapping.fields)) {
            if (f.target == target) {
                return fail(targetLine,
                    QCoreApplication::translate("irndesk::io", "\"%1\" is mapped twice (first on line %2)")
                        .arg(target->name)
                        .arg(f.line));
            }
        }
        MappedField field;
        field.target = target;
        field.line = targetLine;
        if (m_cursor.peekKind() == JsonCursor::Kind::String) {
            if (!m_cursor.readString(field.column)) {
                return false;
            }
        } else {
            bool ok = forEachMember(targetName, [&](const QString& key, int keyLine) {
                if (key == QLatin1StringView("column")) {
                    return readText(key, keyLine, field.column);
                }
                if (key == QLatin1StringView("value")) {
                    QString value;
                    if (!readText(key, keyLine, value, true)) {
                        return false;
                    }
                    field.value = value;
                    return true;
                }
                return fail(keyLine,
                    QCoreApplication::translate(
                        "irndesk::io", "unknown key \"%1\" for \"%2\": it takes \"column\" and \"value\"")
                        .arg(key, targetName));
            });
            if (!ok) {
                return false;
            }
        }
        field.column = field.column.trimmed();
        if (field.column.isEmpty() && !field.value) {
            return fail(targetLine,
                QCoreApplication::translate("irndesk::io", "\"%1\" needs a \"column\" or a \"value\"")
                    .arg(target->name));
        }
        m_mapping.fields.append(field);
        return true;
    }

    bool parseDateFormats(const QString& key, int keyLine)
    {
        QStringList patterns;
        if (m_cursor.peekKind() == JsonCursor::Kind::String) {
            QString pattern;
            if (!m_cursor.readString(pattern)) {
                return false;
            }
            patterns.append(pattern);
        } else if (m_cursor.consume('[')) {
            if (!m_cursor.consume(']')) {
                for (;;) {
                    QString pattern;
                    if (!readText(key, line(), pattern)) {
                        return false;
                    }
                    patterns.append(pattern);
                    if (m_cursor.consume(',')) {
                        continue;
                    }
                    if (m_cursor.consume(']')) {
                        break;
                    }
                    m_cursor.fail(QCoreApplication::translate("irndesk::io", "expected ',' or ']'"));
                    return false;
                }
            }
        } else {
            return fail(keyLine,
                QCoreApplication::translate(
                    "irndesk::io", "\"dateFormats\" must be a list of formats such as [\"dd.mm.yyyy\"]"));
        }
        for (const QString& pattern : std::as_const(patterns)) {
            std::optional<DateFormat> format = DateFormat::parse(pattern);
            if (!format) {
                return fail(keyLine,
                    QCoreApplication::translate("irndesk::io",
                        "the date format \"%1\" needs one day (d or dd), one month (m, mm, mmm or mmmm) and one year "
                        "(yy or yyyy)")
                        .arg(pattern));
            }
            m_mapping.values.dateFormats.append(*format);
        }
        return true;
    }

    JsonCursor m_cursor;
    QString m_fileName;
    ColumnMapping m_mapping;
    Error m_error;
};

} // namespace

Result<ColumnMapping> ColumnMapping::load(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ ErrorCode::Io,
            QCoreApplication::translate("irndesk::io", "%1: the mapping file cannot be opened: %2")
                .arg(name, file.errorString()),
            {} };
    }
    if (file.size() > kMaxMappingBytes) {
        return Error{ ErrorCode::TooLarge,
            QCoreApplication::translate("irndesk::io", "%1: too large for a mapping file").arg(name),
            {} };
    }
    const QByteArray bytes = file.readAll();
    return parse(bytes, name);
}

Result<ColumnMapping> ColumnMapping::parse(QByteArrayView json, const QString& fileName)
{
    if (json.startsWith("\xEF\xBB\xBF")) {
        json = json.sliced(3); // a byte order mark, as Windows Notepad writes
    }
    return MappingParser(json, fileName).run();
}

} // namespace irndesk::io
