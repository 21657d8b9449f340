// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/InvoiceReader.h"

#include "core/json/JsonCursor.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace irndesk {

namespace {



/// The JSON path being read, kept as cheap segments and turned into text only for a diagnostic.
/// The model nests at most five deep (ItemList[3].AttribDtls[0].Nm); unknown keys are skipped,
/// not entered, so a fixed array is enough.
class Path
{
public:
    void pushKey(const char* key) { push({key, -1}); }
    void pushIndex(int index) { push({nullptr, index}); }
    void pop() { --m_size; }
    QString toString() const
    {
        QString s;
        for (int i = 0; i < m_size; ++i) {
            const Segment& seg = m_segments[static_cast<std::size_t>(i)];
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
    void push(Segment segment)
    {
        Q_ASSERT(m_size < kMaxDepth);
        m_segments[static_cast<std::size_t>(m_size++)] = segment;
    }
    static constexpr int kMaxDepth = 16;
    std::array<Segment, kMaxDepth> m_segments;
    int m_size = 0;
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
    Q_ALWAYS_INLINE void noteFailure() // after every value: the check inline, the rest not
    {
        if (Q_UNLIKELY(cursor.failed())) {
            noteFailurePath();
        }
    }
    Q_NEVER_INLINE void noteFailurePath()
    {
        if (!failurePath) {
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

// --- memory kept for the next invoice ---------------------------------------------------
//
// nextInto() reads into the invoice read before. A field that invoice had and this one has not
// becomes absent, and one it had not is created: a file's invoices differ in which optional
// texts and sections they have (about 16 a line), so every invoice freed and allocated texts
// again. What becomes absent goes to a small pool per thread instead (readers in several threads
// share nothing), and what is created is taken from there, its memory included.

template <class T>
std::vector<T>& spareElements()
{
    thread_local std::vector<T> spare;
    return spare;
}
/// At most this many of a kind are kept: list items and sections, and texts.
constexpr std::size_t kMaxSpareElements = 64;
constexpr std::size_t kMaxSpareTexts = 256;

/// `value` into the pool of its kind, if there is room.
template <class T>
void keepSpare(T&& value, std::size_t most)
{
    std::vector<std::decay_t<T>>& spare = spareElements<std::decay_t<T>>();
    if (spare.size() < most) {
        spare.push_back(std::forward<T>(value));
    }
}
/// Makes `field` present, with memory from the pool when there is some.
template <class T>
T& makePresent(std::optional<T>& field)
{
    std::vector<T>& spare = spareElements<T>();
    if (spare.empty()) {
        return field.emplace();
    }
    T& value = field.emplace(std::move(spare.back()));
    spare.pop_back();
    return value;
}

/// A field made absent (the JSON object does not have it): texts, sections and list elements
/// are kept for later.
template <class M>
void resetField(M& field)
{
    field = M();
}
void resetField(Text& field)
{
    if (field) {
        keepSpare(std::move(*field), kMaxSpareTexts);
        field.reset();
    }
}
void resetField(Integer& field)
{
    field.reset();
}
template <int Scale>
void resetField(std::optional<Fixed<Scale>>& field)
{
    field.reset();
}
template <class T> // a section
void resetField(std::optional<T>& section)
{
    if (section) {
        keepSpare(std::move(*section), kMaxSpareElements);
        section.reset();
    }
}
template <class T>
void shrinkTo(QList<T>& list, qsizetype count);
template <class T>
void resetField(QList<T>& list)
{
    shrinkTo(list, 0);
}

// --- scalar fields -------------------------------------------------------------------------

void readField(Context& ctx, Text& field)
{
    const JsonCursor::Kind kind = ctx.cursor.peekKind();
    if (kind == JsonCursor::Kind::String) {
        ctx.cursor.readString(field ? *field : makePresent(field)); // into the string's own memory when it has room
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
    if (ctx.cursor.readPlainDecimal(scale, raw)) {
        return true;
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
        readObject(ctx, section ? *section : makePresent(section));
    } else if (kind == JsonCursor::Kind::Null) {
        ctx.nullRead();
        section.reset();
    } else {
        section.reset();
        ctx.wrongType(QT_TRANSLATE_NOOP("irndesk::json", "an object"), kind);
    }
}

template <class T>
T& nextElement(QList<T>& list, qsizetype count)
{
    if (count < list.size()) {
        return list[count];
    }
    std::vector<T>& spare = spareElements<T>();
    if (spare.empty()) {
        return list.emplaceBack();
    }
    T& element = list.emplaceBack(std::move(spare.back()));
    spare.pop_back();
    return element;
}

template <class T>
void shrinkTo(QList<T>& list, qsizetype count)
{
    for (qsizetype i = count; i < list.size(); ++i) {
        keepSpare(std::move(list[i]), kMaxSpareElements);
    }
    list.resize(count);
}

template <class T>
void readField(Context& ctx, QList<T>& list)
{
    const JsonCursor::Kind kind = ctx.cursor.peekKind();
    if (kind == JsonCursor::Kind::Null) {
        list.clear();
        ctx.nullRead();
        return;
    }
    if (kind != JsonCursor::Kind::Array) {
        list.clear();
        ctx.wrongType(QT_TRANSLATE_NOOP("irndesk::json", "an array"), kind);
        return;
    }
    JsonCursor& c = ctx.cursor;
    c.consume('[');
    qsizetype count = 0; // elements read: the list's first ones are read into again
    if (!c.consume(']')) {
        list.reserve(4); // one allocation for most invoices' items (an item is 720 bytes)
        for (int index = 0;; ++index) {
            ctx.path.pushIndex(index);
            const JsonCursor::Kind elementKind = c.peekKind();
            if (elementKind == JsonCursor::Kind::Object) {
                readObject(ctx, nextElement(list, count));
                ++count;
            } else {
                ctx.wrongType(QT_TRANSLATE_NOOP("irndesk::json", "an object"), elementKind);
            }
            ctx.noteFailure();
            ctx.path.pop();
            if (c.failed() || c.consume(']')) {
                break;
            }
            if (c.consume(',')) {
                continue;
            }
            c.fail(QCoreApplication::translate("irndesk::json", "expected ',' or ']' after a value"));
            ctx.noteFailure();
            break;
        }
    }
    shrinkTo(list, count);
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
        std::size_t length;
        std::function<void(Context&, T&)> read;
    };

    static const FieldTable& instance()
    {
        static const FieldTable table;
        return table;
    }

    /// The field called `key`, or -1.
    int find(std::string_view key) const
    {
        const auto it = m_exact.find(key);
        return it == m_exact.end() ? -1 : it->second;
    }
    /// When the key at the cursor is, byte for byte, one of the next dozen fields from `expected`
    /// on: consumes it and returns the field, else -1. (A dozen: an item often skips the six to
    /// eight cess and other-charge fields, and four sent those keys to the decoded, hashed lookup.
    /// A field that does not match fails on the length or the first letter.)
    int findRaw(JsonCursor& c, int expected) const
    {
        const int last = std::min(expected + 12, size());
        for (int i = expected; i < last; ++i) {
            const Entry& e = m_entries[static_cast<std::size_t>(i)];
            if (c.consumePlainString(e.name, e.length)) {
                return i;
            }
        }
        return -1;
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
        m_entries.push_back({name,
                             std::strlen(name),
                             [member](Context& ctx, T& object) { readField(ctx, object.*member); }});
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

/// Makes absent the fields of `object` whose bit is not in `seen`, in the order of its fields()
/// list (the order of FieldTable's indexes). The model's fields() is inline, so each field's test
/// is too, where a table of std::function calls cost a call for every field not in the JSON.
template <class T>
struct ResetUnseen
{
    T& object;
    std::uint64_t seen;
    int index = 0;

    template <class M>
    void field(const char*, M T::*member)
    {
        if (!(seen & (std::uint64_t(1) << index))) {
            resetField(object.*member);
        }
        ++index;
    }
};

template <class T>
void readObject(Context& ctx, T& object)
{
    const FieldTable<T>& table = FieldTable<T>::instance();
    JsonCursor& c = ctx.cursor;
    c.consume('{');
    std::uint64_t seen = 0; // sections have fewer than 64 fields
    // `object` may hold a field of the invoice read before (see nextInto()): the fields this JSON
    // object does not have are made absent at its end.
    const auto resetUnseen = [&] {
        ResetUnseen<T> reset{object, seen};
        T::fields(reset); // inline: most of these fields are absent already, a test each
    };
    if (c.consume('}')) {
        return resetUnseen();
    }
    int expected = 0; // the field after the last one read
    std::string scratch;
    while (true) {
        if (c.peekKind() != JsonCursor::Kind::String) {
            c.fail(QCoreApplication::translate("irndesk::json", "expected a key in double quotes"));
            return ctx.noteFailure();
        }
        const char* keyAt = c.position();
        // Keys mostly come in the schema's order, some left out: the next few fields are matched
        // against the bytes themselves first, without decoding the key.
        int index = table.findRaw(c, expected);
        std::string_view key;
        if (index < 0 && !c.readStringBytes(key, scratch)) {
            return ctx.noteFailure();
        }
        if (!c.consume(':')) {
            c.fail(QCoreApplication::translate("irndesk::json", "expected ':' after the key"));
            return ctx.noteFailure();
        }
        if (index < 0) {
            index = table.find(key);
        }
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
            expected = index + 1;
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
            return resetUnseen();
        }
        c.fail(QCoreApplication::translate("irndesk::json", "expected ',' or '}' after a value"));
        return ctx.noteFailure();
    }
}

/// Reads the invoice object at `begin`. With `objectEnd`, text after the object is left for the
/// caller and its end is stored there; otherwise only white space may follow. `cutShort` tells
/// that the text ran out inside the object.
void readElement(ReadInvoice& result,
                 const char* begin,
                 const char* end,
                 int line,
                 int column,
                 int index,
                 const char** objectEnd = nullptr,
                 bool* cutShort = nullptr)
{
    result.index = index;
    result.line = line;
    result.diagnostics.clear();
    JsonCursor cursor(begin, end, line, column);
    Context ctx{cursor, result.diagnostics, {}, std::nullopt};
    const JsonCursor::Kind kind = cursor.peekKind();
    if (kind != JsonCursor::Kind::Object) {
        Diagnostic d;
        d.message = QCoreApplication::translate("irndesk::json", "expected an invoice object, got %1").arg(JsonCursor::describe(kind));
        cursor.lineColumn(cursor.position(), d.line, d.column);
        result.diagnostics.append(d);
        result.invoice.reset();
        return;
    }
    if (!result.invoice) {
        result.invoice.emplace();
    }
    readObject(ctx, *result.invoice);
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
        result.invoice.reset(); // broken JSON: the invoice is not trusted
    }
}

} // namespace

ReadInvoice readInvoice(QByteArrayView json, int firstLine)
{
    ReadInvoice result;
    readElement(result, json.data(), json.data() + json.size(), firstLine, 1, 0);
    return result;
}

ReadInvoice readInvoice(QByteArrayView json, const RawElement& element)
{
    ReadInvoice result;
    readInvoiceInto(json, element, result);
    return result;
}

void readInvoiceInto(QByteArrayView json, const RawElement& element, ReadInvoice& into)
{
    readElement(into, json.data(), json.data() + json.size(), element.line, element.column, element.index);
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
        const bool container = buffer.constData()[pos] == '{' || buffer.constData()[pos] == '[';
        qsizetype i = pos;
        int depth = 0;
        bool inString = false;
        bool escape = false;
        while (true) {
            const qsizetype end = container ? scanContainer(i, depth, inString, escape) : scanScalar(i);
            if (end >= 0) {
                return end;
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

    /// scanValue() of an object or array: from `i` on, counting brackets outside strings. Returns
    /// the end offset, or -1 at the end of the buffer with the state to resume from.
    qsizetype scanContainer(qsizetype& i, int& depth, bool& inString, bool& escape) const
    {
        const auto* data = reinterpret_cast<const unsigned char*>(buffer.constData());
        const qsizetype size = buffer.size();
#if defined(__SSE2__)
        // 64 bytes at a time: bit masks of quotes and brackets, the bytes inside strings found by a
        // prefix XOR over the quotes. A block whose closing brackets cannot bring the depth to 0 is
        // passed over whole. A block with a backslash goes byte by byte (invoices rarely have one).
        while (size - i >= 64) {
            if (escape) {
                escape = false;
                ++i;
                continue;
            }
            std::uint64_t quote = 0, backslash = 0, open = 0, close = 0;
            for (int k = 0; k < 4; ++k) {
                const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i + 16 * k));
                const __m128i folded = _mm_or_si128(bytes, _mm_set1_epi8(0x20)); // [ -> {, ] -> }
                const auto mask = [](__m128i m) { return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(m)) & 0xFFFFu); };
                quote |= mask(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"'))) << (16 * k);
                backslash |= mask(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'))) << (16 * k);
                open |= mask(_mm_cmpeq_epi8(folded, _mm_set1_epi8('{'))) << (16 * k);
                close |= mask(_mm_cmpeq_epi8(folded, _mm_set1_epi8('}'))) << (16 * k);
            }
            if (backslash != 0) {
                const qsizetype end = scanBytes(data, i, i + 64, depth, inString, escape);
                if (end >= 0) {
                    return end;
                }
                continue;
            }
            std::uint64_t inside = quote; // 1 from an opening quote up to its closing quote
            for (int shift = 1; shift < 64; shift *= 2) {
                inside ^= inside << shift;
            }
            if (inString) {
                inside = ~inside;
            }
            inString = (inside >> 63) != 0;
            open &= ~inside;
            close &= ~inside;
            const int closes = std::popcount(close);
            if (depth > closes) {
                depth += std::popcount(open) - closes;
                i += 64;
                continue;
            }
            for (std::uint64_t brackets = open | close; brackets != 0; brackets &= brackets - 1) {
                const int bit = std::countr_zero(brackets);
                if ((open >> bit) & 1) {
                    ++depth;
                } else if (--depth == 0) {
                    return i + bit + 1;
                }
            }
            i += 64;
        }
#endif
        return scanBytes(data, i, size, depth, inString, escape);
    }

    /// scanContainer() byte by byte from `i` up to `limit`.
    static qsizetype scanBytes(const unsigned char* data, qsizetype& i, qsizetype limit, int& depth, bool& inString, bool& escape)
    {
        // Classes of bytes: what stops the run inside a string, and outside one.
        static constexpr auto kTable = [] {
            struct Table
            {
                bool stringStop[256] = {};
                bool structural[256] = {};
            } t;
            t.stringStop[static_cast<unsigned char>('"')] = true;
            t.stringStop[static_cast<unsigned char>('\\')] = true;
            for (const char c : {'"', '{', '}', '[', ']'}) {
                t.structural[static_cast<unsigned char>(c)] = true;
            }
            return t;
        }();
        while (i < limit) {
            if (escape) {
                escape = false;
                ++i;
                continue;
            }
            if (inString) {
                while (i < limit && !kTable.stringStop[data[i]]) {
                    ++i;
                }
                if (i >= limit) {
                    break;
                }
                if (data[i] == '"') {
                    inString = false;
                } else {
                    escape = true;
                }
                ++i;
                continue;
            }
            while (i < limit && !kTable.structural[data[i]]) {
                ++i;
            }
            if (i >= limit) {
                break;
            }
            const unsigned char c = data[i++];
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (--depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /// scanValue() of anything else (not an invoice: it is read only to say so): up to the next
    /// separator. Returns the end offset, or -1 at the end of the buffer.
    qsizetype scanScalar(qsizetype& i) const
    {
        const char* data = buffer.constData();
        bool inString = false;
        bool escape = false;
        for (qsizetype k = pos; k < i; ++k) { // the state at `i` (scalars are short)
            const char c = data[k];
            if (escape) {
                escape = false;
            } else if (inString) {
                escape = c == '\\';
                inString = c != '"';
            } else {
                inString = c == '"';
            }
        }
        for (; i < buffer.size(); ++i) {
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
            } else if (c == '}' || c == ']' || c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                return i;
            }
        }
        return -1;
    }

    /// Moves to the first byte of the next element; false at the end or after a file problem.
    bool seekElement();
    /// Moves on after an element that was read.
    void elementDone();

    /// Reads the element at pos into `into`; false after a problem of the file (see fileError).
    bool element(ReadInvoice& into)
    {
        // Fast path: read the invoice straight from the buffer. Only when it runs past what is
        // buffered, or is broken, find its end by scanning first (then it is read once more).
        if (buffer.constData()[pos] == '{') {
            const char* data = buffer.constData();
            const char* objectEnd = nullptr;
            bool cutShort = false;
            readElement(into, data + pos, data + buffer.size(), line, column, index, &objectEnd, &cutShort);
            if (objectEnd) {
                advance(objectEnd - data);
                ++index;
                return true;
            }
            if (!cutShort) {
                // Broken inside: the scan below finds its end so the next invoice can be read.
                const qsizetype end = scanValue();
                if (end < 0) {
                    return false;
                }
                advance(end);
                ++index;
                return true;
            }
        }
        const qsizetype end = scanValue();
        if (end < 0) {
            return false;
        }
        readElement(into, buffer.constData() + pos, buffer.constData() + end, line, column, index);
        advance(end);
        ++index;
        return true;
    }
};

BulkReader::BulkReader(QIODevice* device)
    : d(std::make_unique<Private>())
{
    d->device = device;
}

BulkReader::~BulkReader() = default;

bool BulkReader::Private::seekElement()
{
    while (true) {
        switch (state) {
        case State::Done:
            return false;
        case State::Start: {
            if (!skipWhitespace()) {
                fileError(QCoreApplication::translate("irndesk::json", "the file is empty"));
                return false;
            }
            // UTF-8 byte order mark
            if (buffer.size() - pos >= 3 && buffer.mid(pos, 3) == "\xEF\xBB\xBF") {
                pos += 3;
                continue;
            }
            const char c = buffer.constData()[pos];
            if (c == '{') {
                single = true;
                return true;
            }
            if (c != '[') {
                fileError(QCoreApplication::translate(
                              "irndesk::json",
                              "not an INV-01 file: it must start with '[' (a bulk array) or '{' (one invoice)"),
                          true);
                return false;
            }
            advance(pos + 1);
            state = State::ArrayElement;
            continue;
        }
        case State::ArrayElement:
            if (!skipWhitespaceInArray()) {
                return false;
            }
            if (index == 0 && buffer.constData()[pos] == ']') { // an empty array
                closeArray();
                return false;
            }
            return true;
        case State::AfterElement: {
            if (!skipWhitespaceInArray()) {
                return false;
            }
            const char c = buffer.constData()[pos];
            if (c == ',') {
                advance(pos + 1);
                state = State::ArrayElement;
                continue;
            }
            if (c == ']') {
                closeArray();
                return false;
            }
            fileError(QCoreApplication::translate("irndesk::json", "expected ',' or ']' after invoice [%1]").arg(index - 1),
                      true);
            return false;
        }
        }
    }
}

void BulkReader::Private::elementDone()
{
    if (!single) {
        state = State::AfterElement;
        return;
    }
    if (skipWhitespace()) {
        fileError(QCoreApplication::translate("irndesk::json", "unexpected text after the end of the invoice"), true);
    }
    state = State::Done;
}

std::optional<ReadInvoice> BulkReader::next()
{
    ReadInvoice r;
    if (!nextInto(r)) {
        return std::nullopt;
    }
    return r;
}

bool BulkReader::nextInto(ReadInvoice& into)
{
    if (!d->seekElement() || !d->element(into)) {
        return false;
    }
    d->elementDone();
    return true;
}

std::optional<RawElement> BulkReader::nextRaw(QByteArray& out)
{
    if (!d->seekElement()) {
        return std::nullopt;
    }
    const qsizetype end = d->scanValue();
    if (end < 0) {
        return std::nullopt;
    }
    RawElement e;
    e.index = d->index;
    e.line = d->line;
    e.column = d->column;
    e.offset = out.size();
    e.size = end - d->pos;
    out.append(d->buffer.constData() + d->pos, e.size);
    d->advance(end);
    ++d->index;
    d->elementDone();
    return e;
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
