// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/InvoiceReader.h"

#include "core/json/JsonCursor.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace irndesk {

namespace {



/// The JSON path being read, kept as cheap segments and turned into text only for a diagnostic.
class Path
{
public:
    void pushKey(const char* key) { m_segments.push_back({key, -1}); }
    void pushIndex(int index) { m_segments.push_back({nullptr, index}); }
    void pop() { m_segments.pop_back(); }
    QString toString() const
    {
        QString s;
        for (const Segment& seg : m_segments) {
            if (seg.key) {
                if (!s.isEmpty()) {
                    s += QLatin1Char('.');
                }
                s += QLatin1String(seg.key);
            } else {
                s += QLatin1Char('[') + QString::number(seg.index) + QLatin1Char(']');
            }
        }
        return s;
    }
    QString withKey(const QString& key) const
    {
        const QString base = toString();
        return base.isEmpty() ? key : base + QLatin1Char('.') + key;
    }

private:
    struct Segment
    {
        const char* key;
        int index;
    };
    std::vector<Segment> m_segments;
};

struct Context
{
    /// A null is read as "absent" (NIC's own samples send "EcmGstin": null); say so.
    void nullRead()
    {
        const char* at = cursor.position();
        cursor.readLiteral();
        report(Diagnostic::Severity::Warning,
               at,
               QCoreApplication::translate("irndesk::json", "null read as an absent field"),
               path.toString());
    }

    JsonCursor& cursor;
    Diagnostics& diagnostics;
    Path path;

    void report(Diagnostic::Severity severity, const char* at, const QString& message, const QString& path)
    {
        Diagnostic d;
        d.severity = severity;
        d.path = path;
        d.message = message;
        cursor.lineColumn(at, d.line, d.column);
        diagnostics.append(d);
    }
    void error(const char* at, const QString& message) { report(Diagnostic::Severity::Error, at, message, path.toString()); }

    /// Remembers where a syntax error happened, in the innermost object that saw it.
    void noteFailure()
    {
        if (cursor.failed() && !failurePath) {
            failurePath = path.toString();
        }
    }
    std::optional<QString> failurePath;

    /// The value is not of the expected kind: report it and step over it.
    void wrongType(const char* expected, JsonCursor::Kind got)
    {
        const char* at = cursor.position();
        error(at, QCoreApplication::translate("irndesk::json", "expected %1, got %2").arg(QCoreApplication::translate("irndesk::json", expected), JsonCursor::describe(got)));
        cursor.skipValue();
    }
};

template <class T>
void readObject(Context& ctx, T& object);

// --- scalar fields -------------------------------------------------------------------------

void readField(Context& ctx, Text& field)
{
    const JsonCursor::Kind kind = ctx.cursor.peekKind();
    if (kind == JsonCursor::Kind::String) {
        QString value;
        if (ctx.cursor.readString(value)) {
            field = std::move(value);
        }
    } else if (kind == JsonCursor::Kind::Null) {
        ctx.nullRead();
        field.reset();
    } else {
        field.reset();
        ctx.wrongType(QT_TRANSLATE_NOOP("irndesk::json", "a string"), kind);
    }
}

/// Reads a number into an integer scaled by 10^scale. Returns false when there is no value.
bool readScaled(Context& ctx, int scale, std::int64_t& raw)
{
    const JsonCursor::Kind kind = ctx.cursor.peekKind();
    if (kind == JsonCursor::Kind::Null) {
        ctx.nullRead();
        return false;
    }
    if (kind != JsonCursor::Kind::Number) {
        ctx.wrongType(QT_TRANSLATE_NOOP("irndesk::json", "a number"), kind);
        return false;
    }
    const char* at = ctx.cursor.position();
    std::string_view text;
    if (!ctx.cursor.readNumber(text)) {
        return false;
    }
    int decimals = 0;
    switch (parseDecimal(text, scale, raw, decimals)) {
    case DecimalParse::Ok:
        break;
    case DecimalParse::Invalid:
        ctx.error(at, QCoreApplication::translate("irndesk::json", "'%1' is not a number").arg(QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()))));
        return false;
    case DecimalParse::Overflow:
        ctx.error(at, QCoreApplication::translate("irndesk::json", "%1 is far too large for this field").arg(QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()))));
        return false;
    }
    if (decimals > scale) {
        const QString value = QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
        if (scale == 0) {
            ctx.error(at, QCoreApplication::translate("irndesk::json", "%1 must be a whole number; read as %2").arg(value).arg(raw));
        } else {
            ctx.error(at, QCoreApplication::translate("irndesk::json", "%1 has %2 decimal places, at most %3 are allowed; read as %4 (rounded half-up)")
                              .arg(value)
                              .arg(decimals)
                              .arg(scale)
                              .arg(QString::fromLatin1([&] {
                                  QByteArray b;
                                  appendDecimal(b, raw, scale);
                                  return b;
                              }())));
        }
    }
    return true;
}

template <int Scale>
void readField(Context& ctx, std::optional<Fixed<Scale>>& field)
{
    std::int64_t raw = 0;
    if (readScaled(ctx, Scale, raw)) {
        field = Fixed<Scale>::fromRaw(raw);
    } else {
        field.reset();
    }
}

void readField(Context& ctx, Integer& field)
{
    std::int64_t raw = 0;
    if (readScaled(ctx, 0, raw)) {
        field = raw;
    } else {
        field.reset();
    }
}

// --- objects and arrays --------------------------------------------------------------------

template <class T>
void readField(Context& ctx, T& section) // a mandatory section
{
    const JsonCursor::Kind kind = ctx.cursor.peekKind();
    if (kind == JsonCursor::Kind::Object) {
        readObject(ctx, section);
    } else if (kind == JsonCursor::Kind::Null) {
        ctx.nullRead();
        section = T();
    } else {
        ctx.wrongType(QT_TRANSLATE_NOOP("irndesk::json", "an object"), kind);
    }
}

template <class T>
void readField(Context& ctx, std::optional<T>& section)
{
    const JsonCursor::Kind kind = ctx.cursor.peekKind();
    if (kind == JsonCursor::Kind::Object) {
        section.emplace();
        readObject(ctx, *section);
    } else if (kind == JsonCursor::Kind::Null) {
        ctx.nullRead();
        section.reset();
    } else {
        section.reset();
        ctx.wrongType(QT_TRANSLATE_NOOP("irndesk::json", "an object"), kind);
    }
}

template <class T>
void readField(Context& ctx, QList<T>& list)
{
    list.clear();
    const JsonCursor::Kind kind = ctx.cursor.peekKind();
    if (kind == JsonCursor::Kind::Null) {
        ctx.nullRead();
        return;
    }
    if (kind != JsonCursor::Kind::Array) {
        ctx.wrongType(QT_TRANSLATE_NOOP("irndesk::json", "an array"), kind);
        return;
    }
    JsonCursor& c = ctx.cursor;
    c.consume('[');
    if (c.consume(']')) {
        return;
    }
    for (int index = 0;; ++index) {
        ctx.path.pushIndex(index);
        const JsonCursor::Kind elementKind = c.peekKind();
        if (elementKind == JsonCursor::Kind::Object) {
            list.append(T());
            readObject(ctx, list.back());
        } else {
            ctx.wrongType(QT_TRANSLATE_NOOP("irndesk::json", "an object"), elementKind);
        }
        ctx.noteFailure();
        ctx.path.pop();
        if (c.failed()) {
            return;
        }
        if (c.consume(',')) {
            continue;
        }
        if (c.consume(']')) {
            return;
        }
        c.fail(QCoreApplication::translate("irndesk::json", "expected ',' or ']' after a value"));
        return ctx.noteFailure();
    }
}

std::string toLowerAscii(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](char ch) {
        return (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    });
    return lower;
}

/// Key -> field table of one section, built once from its fields() list.
template <class T>
class FieldTable
{
public:
    struct Entry
    {
        const char* name;
        std::function<void(Context&, T&)> read;
    };

    static const FieldTable& instance()
    {
        static const FieldTable table;
        return table;
    }

    int find(std::string_view key) const
    {
        const auto it = m_exact.find(key);
        return it == m_exact.end() ? -1 : it->second;
    }
    int findIgnoringCase(std::string_view key) const
    {
        const auto it = m_lower.find(toLowerAscii(key));
        return it == m_lower.end() ? -1 : it->second;
    }
    const Entry& entry(int index) const { return m_entries[static_cast<std::size_t>(index)]; }
    int size() const { return static_cast<int>(m_entries.size()); }

    // The visitor interface of the model's fields() lists.
    template <class M>
    void field(const char* name, M T::*member)
    {
        m_entries.push_back({name, [member](Context& ctx, T& object) { readField(ctx, object.*member); }});
        const auto index = static_cast<int>(m_entries.size()) - 1;
        m_exact.emplace(std::string_view(name), index);
        m_lower.emplace(toLowerAscii(name), index);
    }

private:
    FieldTable() { T::fields(*this); }

    std::vector<Entry> m_entries;
    std::unordered_map<std::string_view, int> m_exact;
    std::unordered_map<std::string, int> m_lower;
};

template <class T>
void readObject(Context& ctx, T& object)
{
    const FieldTable<T>& table = FieldTable<T>::instance();
    JsonCursor& c = ctx.cursor;
    c.consume('{');
    if (c.consume('}')) {
        return;
    }
    std::uint64_t seen = 0; // sections have fewer than 64 fields
    std::string scratch;
    while (true) {
        if (c.peekKind() != JsonCursor::Kind::String) {
            c.fail(QCoreApplication::translate("irndesk::json", "expected a key in double quotes"));
            return ctx.noteFailure();
        }
        const char* keyAt = c.position();
        std::string_view key;
        if (!c.readStringBytes(key, scratch)) {
            return ctx.noteFailure();
        }
        if (!c.consume(':')) {
            c.fail(QCoreApplication::translate("irndesk::json", "expected ':' after the key"));
            return ctx.noteFailure();
        }
        int index = table.find(key);
        if (index < 0) {
            const QString keyText = QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
            index = table.findIgnoringCase(key);
            if (index >= 0) {
                ctx.report(Diagnostic::Severity::Warning,
                           keyAt,
                           QCoreApplication::translate("irndesk::json", "key '%1' read as '%2' (the schema's spelling)")
                               .arg(keyText, QLatin1String(table.entry(index).name)),
                           ctx.path.withKey(QLatin1String(table.entry(index).name)));
            }
            if (index < 0) {
                ctx.report(Diagnostic::Severity::Error,
                           keyAt,
                           QCoreApplication::translate("irndesk::json", "unknown key '%1': the schema has no such field here, its value is not read").arg(keyText),
                           ctx.path.withKey(keyText));
                if (!c.skipValue()) {
                    return ctx.noteFailure();
                }
            }
        }
        if (index >= 0) {
            const auto& e = table.entry(index);
            if (seen & (std::uint64_t(1) << index)) {
                ctx.report(Diagnostic::Severity::Warning,
                           keyAt,
                           QCoreApplication::translate("irndesk::json", "the key appears twice; the last value is used"),
                           ctx.path.withKey(QLatin1String(e.name)));
            }
            seen |= std::uint64_t(1) << index;
            ctx.path.pushKey(e.name);
            e.read(ctx, object);
            ctx.noteFailure(); // a broken value names its own field
            ctx.path.pop();
            if (c.failed()) {
                return;
            }
        }
        if (c.consume(',')) {
            continue;
        }
        if (c.consume('}')) {
            return;
        }
        c.fail(QCoreApplication::translate("irndesk::json", "expected ',' or '}' after a value"));
        return ctx.noteFailure();
    }
}

/// Reads the invoice object at `begin`. With `objectEnd`, text after the object is left for the
/// caller and its end is stored there; otherwise only white space may follow. `cutShort` tells
/// that the text ran out inside the object.
ReadInvoice readElement(const char* begin,
                        const char* end,
                        int line,
                        int column,
                        int index,
                        const char** objectEnd = nullptr,
                        bool* cutShort = nullptr)
{
    ReadInvoice result;
    result.index = index;
    result.line = line;
    JsonCursor cursor(begin, end, line, column);
    Context ctx{cursor, result.diagnostics, {}, std::nullopt};
    const JsonCursor::Kind kind = cursor.peekKind();
    if (kind != JsonCursor::Kind::Object) {
        Diagnostic d;
        d.message = QCoreApplication::translate("irndesk::json", "expected an invoice object, got %1").arg(JsonCursor::describe(kind));
        cursor.lineColumn(cursor.position(), d.line, d.column);
        result.diagnostics.append(d);
        return result;
    }
    Invoice invoice;
    readObject(ctx, invoice);
    if (cutShort) {
        *cutShort = cursor.failed() && cursor.failedAtEnd();
    }
    if (objectEnd && !cursor.failed()) {
        *objectEnd = cursor.position();
    } else if (!cursor.failed() && !cursor.atEnd()) {
        cursor.fail(QCoreApplication::translate("irndesk::json", "unexpected text after the end of the invoice"));
    }
    if (cursor.failed()) {
        Diagnostic d;
        d.message = cursor.errorMessage();
        d.line = cursor.errorLine();
        d.column = cursor.errorColumn();
        d.path = ctx.failurePath.value_or(QString());
        result.diagnostics.append(d);
        return result; // broken JSON: the invoice is not trusted
    }
    result.invoice = std::move(invoice);
    return result;
}

} // namespace

ReadInvoice readInvoice(QByteArrayView json, int firstLine)
{
    return readElement(json.data(), json.data() + json.size(), firstLine, 1, 0);
}

// --- streaming bulk reader -----------------------------------------------------------------

namespace {
constexpr qint64 kChunk = 1 << 20;
constexpr qsizetype kMaxElement = qsizetype(256) << 20; // no invoice is near this: 1000 lines are ~1 MB
} // namespace

struct BulkReader::Private
{
    enum class State {
        Start,
        ArrayElement, // expecting an element (or ']' right after '[')
        AfterElement, // expecting ',' or ']'
        Done,
    };

    QIODevice* device;
    QByteArray buffer;
    qsizetype pos = 0; // first byte not yet consumed
    int line = 1; // position of buffer[pos] in the file
    int column = 1;
    qint64 consumedBefore = 0; // bytes dropped from the buffer's front
    bool eof = false;
    State state = State::Start;
    bool single = false;
    int index = 0;
    Diagnostics fileDiagnostics;

    /// Reads more bytes; false at the end of the device.
    bool fill()
    {
        if (eof) {
            return false;
        }
        if (pos > 0 && pos >= buffer.size() / 2) {
            buffer.remove(0, pos);
            consumedBefore += pos;
            pos = 0;
        }
        const qsizetype old = buffer.size();
        buffer.resize(old + kChunk);
        const qint64 got = device->read(buffer.data() + old, kChunk);
        if (got <= 0) {
            buffer.resize(old);
            eof = true;
            if (got < 0) {
                fileError(QCoreApplication::translate("irndesk::json", "cannot read the file: %1").arg(device->errorString()));
            }
            return false;
        }
        buffer.resize(old + static_cast<qsizetype>(got));
        return true;
    }

    void advance(qsizetype to)
    {
        const char* data = buffer.constData();
        const char* p = data + pos;
        const char* end = data + to;
        const char* lineStart = nullptr;
        while (const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p))) {
            ++line;
            p = static_cast<const char*>(nl) + 1;
            lineStart = p;
        }
        column = lineStart ? static_cast<int>(end - lineStart) + 1 : column + static_cast<int>(to - pos);
        pos = to;
    }

    /// Skips white space (and a UTF-8 byte order mark at the very start); false at the end.
    bool skipWhitespace()
    {
        while (true) {
            while (pos < buffer.size()) {
                const char c = buffer.constData()[pos];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    advance(pos + 1);
                } else {
                    return true;
                }
            }
            if (!fill()) {
                return false;
            }
        }
    }

    /// skipWhitespace() inside the array, where the end of the file means it was cut short.
    bool skipWhitespaceInArray()
    {
        if (skipWhitespace()) {
            return true;
        }
        fileError(QCoreApplication::translate("irndesk::json", "the file ends inside the array: is it cut short?"), true);
        return false;
    }

    /// Consumes the array's closing ']'; only white space may follow.
    void closeArray()
    {
        advance(pos + 1);
        if (skipWhitespace()) {
            fileError(QCoreApplication::translate("irndesk::json", "unexpected text after the end of the array"), true);
        }
        state = State::Done;
    }

    void fileError(const QString& message, bool here = false)
    {
        Diagnostic d;
        d.message = message;
        if (here) {
            d.line = line;
            d.column = column;
        }
        fileDiagnostics.append(d);
        state = State::Done;
    }

    /// Finds the end of the value starting at pos; returns its end offset, or -1.
    qsizetype scanValue()
    {
        qsizetype i = pos;
        int depth = 0;
        bool inString = false;
        bool escape = false;
        const bool container = buffer.constData()[pos] == '{' || buffer.constData()[pos] == '[';
        while (true) {
            const qsizetype size = buffer.size();
            const char* data = buffer.constData();
            for (; i < size; ++i) {
                const char c = data[i];
                if (inString) {
                    if (escape) {
                        escape = false;
                    } else if (c == '\\') {
                        escape = true;
                    } else if (c == '"') {
                        inString = false;
                    }
                    continue;
                }
                if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (!container) {
                        return i;
                    }
                    if (--depth == 0) {
                        return i + 1;
                    }
                } else if (!container && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
                    return i;
                }
            }
            if (i - pos > kMaxElement) {
                fileError(QCoreApplication::translate("irndesk::json",
                                                      "invoice [%1] is larger than 256 MB: this is not an INV-01 file")
                              .arg(index),
                          true);
                return -1;
            }
            const qsizetype offset = i - pos;
            if (!fill()) {
                if (!container) {
                    return buffer.size();
                }
                fileError(single ? QCoreApplication::translate("irndesk::json",
                                                               "the file ends inside the invoice: is it cut short?")
                                 : QCoreApplication::translate("irndesk::json",
                                                               "the file ends inside invoice [%1]: is it cut short?")
                                       .arg(index),
                          true);
                return -1;
            }
            i = pos + offset; // the buffer may have moved
        }
    }

    std::optional<ReadInvoice> element()
    {
        // Fast path: read the invoice straight from the buffer. Only when it runs past what is
        // buffered, or is broken, find its end by scanning first (then it is read once more).
        if (buffer.constData()[pos] == '{') {
            const char* data = buffer.constData();
            const char* objectEnd = nullptr;
            bool cutShort = false;
            ReadInvoice r = readElement(data + pos, data + buffer.size(), line, column, index, &objectEnd, &cutShort);
            if (objectEnd) {
                advance(objectEnd - data);
                ++index;
                return r;
            }
            if (!cutShort) {
                // Broken inside: the scan below finds its end so the next invoice can be read.
                const qsizetype end = scanValue();
                if (end < 0) {
                    return std::nullopt;
                }
                advance(end);
                ++index;
                return r;
            }
        }
        const qsizetype end = scanValue();
        if (end < 0) {
            return std::nullopt;
        }
        ReadInvoice r = readElement(buffer.constData() + pos, buffer.constData() + end, line, column, index);
        advance(end);
        ++index;
        return r;
    }
};

BulkReader::BulkReader(QIODevice* device)
    : d(std::make_unique<Private>())
{
    d->device = device;
}

BulkReader::~BulkReader() = default;

std::optional<ReadInvoice> BulkReader::next()
{
    using State = Private::State;
    while (true) {
        switch (d->state) {
        case State::Done:
            return std::nullopt;
        case State::Start: {
            if (!d->skipWhitespace()) {
                d->fileError(QCoreApplication::translate("irndesk::json", "the file is empty"));
                return std::nullopt;
            }
            // UTF-8 byte order mark
            if (d->buffer.size() - d->pos >= 3 && d->buffer.mid(d->pos, 3) == "\xEF\xBB\xBF") {
                d->pos += 3;
                continue;
            }
            const char c = d->buffer.constData()[d->pos];
            if (c == '{') {
                d->single = true;
                auto r = d->element();
                if (r) {
                    if (d->skipWhitespace()) {
                        d->fileError(QCoreApplication::translate("irndesk::json",
                                                                 "unexpected text after the end of the invoice"),
                                     true);
                    }
                    d->state = State::Done;
                }
                return r;
            }
            if (c != '[') {
                d->fileError(QCoreApplication::translate(
                                 "irndesk::json",
                                 "not an INV-01 file: it must start with '[' (a bulk array) or '{' (one invoice)"),
                             true);
                return std::nullopt;
            }
            d->advance(d->pos + 1);
            d->state = State::ArrayElement;
            continue;
        }
        case State::ArrayElement: {
            if (!d->skipWhitespaceInArray()) {
                return std::nullopt;
            }
            if (d->index == 0 && d->buffer.constData()[d->pos] == ']') { // an empty array
                d->closeArray();
                return std::nullopt;
            }
            auto r = d->element();
            if (r) {
                d->state = State::AfterElement;
            }
            return r;
        }
        case State::AfterElement: {
            if (!d->skipWhitespaceInArray()) {
                return std::nullopt;
            }
            const char c = d->buffer.constData()[d->pos];
            if (c == ',') {
                d->advance(d->pos + 1);
                d->state = State::ArrayElement;
                continue;
            }
            if (c == ']') {
                d->closeArray();
                return std::nullopt;
            }
            d->fileError(QCoreApplication::translate("irndesk::json", "expected ',' or ']' after invoice [%1]")
                             .arg(d->index - 1),
                         true);
            return std::nullopt;
        }
        }
    }
}

const Diagnostics& BulkReader::fileDiagnostics() const
{
    return d->fileDiagnostics;
}

bool BulkReader::isSingleInvoice() const
{
    return d->single;
}

qint64 BulkReader::bytesRead() const
{
    return d->consumedBefore + d->pos;
}

bool ReadFile::ok() const
{
    if (hasErrors(fileDiagnostics)) {
        return false;
    }
    for (const ReadInvoice& r : invoices) {
        if (!r.invoice || hasErrors(r.diagnostics)) {
            return false;
        }
    }
    return true;
}

ReadFile readInvoiceBytes(const QByteArray& json)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return readInvoiceFile(&buffer);
}

ReadFile readInvoiceFile(QIODevice* device)
{
    ReadFile file;
    BulkReader reader(device);
    while (auto r = reader.next()) {
        file.invoices.append(std::move(*r));
    }
    file.fileDiagnostics = reader.fileDiagnostics();
    file.singleInvoice = reader.isSingleInvoice();
    return file;
}

} // namespace irndesk
