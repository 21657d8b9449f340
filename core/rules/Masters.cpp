// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/Masters.h"

#include "core/json/JsonCursor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QResource>
#include <QSet>

#include <algorithm>
#include <array>
#include <cstring>
#include <mutex>
#include <span>
#include <vector>

namespace irndesk {

namespace {

/// The translation context of this file's messages.
class MastersText
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::MastersText)
};

// File names: the same in the resources and in a replacement folder.
constexpr auto kStates = "state_codes.json";
constexpr auto kPinRanges = "state_pin_prefix_ranges.json";
constexpr auto kPins = "pincode_state_india.csv";
constexpr auto kUnits = "uqc_units.json";
constexpr auto kPorts = "port_codes.json";
constexpr auto kCurrencies = "currency_codes.json";
constexpr auto kCountries = "iso3166_1_countries.csv";
constexpr auto kGstRates = "gst_rates.json";
constexpr auto kHsnEInvoice = "hsn_codes_einvoice_valid.json";
constexpr auto kHsnPortal = "hsn_sac_master_gst_portal.csv";
constexpr auto kManifest = "manifest.json";

/// The unit of a string: QChar for QStringView, char for QByteArrayView (the master files).
char16_t unitOf(QChar c)
{
    return c.unicode();
}
char16_t unitOf(char c)
{
    return static_cast<unsigned char>(c);
}

/// A code of up to 8 ASCII letters and digits packed into an integer, so a lookup does not
/// allocate; 0 for anything else.
template <class View> quint64 packCode(View code)
{
    if (code.isEmpty() || code.size() > 8)
        return 0;
    quint64 key = 0;
    for (auto c : code) {
        const char16_t u = unitOf(c);
        if (u > 0x7e || u <= 0x20)
            return 0;
        key = (key << 8) | u;
    }
    return key;
}

/// HSN/SAC code (1..8 digits) as an integer that keeps its length: "0101" and "101" differ.
template <class View> quint32 hsnKey(View code)
{
    if (code.isEmpty() || code.size() > 8)
        return 0;
    quint32 value = 0;
    for (auto c : code) {
        const char16_t u = unitOf(c);
        if (u < u'0' || u > u'9')
            return 0;
        value = value * 10 + (u - u'0');
    }
    return (quint32(code.size()) << 27) | value;
}

/// One file to read: its name, where it came from, and its bytes.
struct Source
{
    QString name;
    QString origin; ///< the path shown in messages
    bool replaced = false;
    QByteArray bytes;
};

Error loadError(const Source& source, int line, const QString& what)
{
    const QString where = line > 0 ? QStringLiteral("%1:%2").arg(source.origin).arg(line) : source.origin;
    return Error{ ErrorCode::Syntax, MastersText::tr("Master file %1: %2").arg(where, what), {} };
}

int lineAtOffset(const QByteArray& bytes, qsizetype offset)
{
    return int(std::count(bytes.cbegin(), bytes.cbegin() + std::min(offset, bytes.size()), '\n')) + 1;
}

/// The JSON files from india-compliance: {"_meta": {...}, "data": ...}.
Result<QJsonValue> jsonData(const Source& source)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(source.bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return loadError(source, lineAtOffset(source.bytes, error.offset), error.errorString());
    if (document.isArray())
        return QJsonValue(document.array());
    const QJsonValue data = document.object().value(u"data");
    if (data.isUndefined())
        return loadError(source, 0, MastersText::tr("no \"data\" member"));
    return data;
}

/// The fields of one CSV record, valid during the call that receives them.
using CsvFields = std::span<const QByteArrayView>;

QString text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

/// A whole number of up to 9 digits, with white space around it as toInt() allows; -1 otherwise.
int parseNumber(QByteArrayView field)
{
    QByteArrayView digits = field.trimmed();
    if (digits.startsWith('+'))
        digits = digits.sliced(1);
    if (digits.isEmpty() || digits.size() > 9)
        return -1;
    int value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

/// A small RFC 4180 reader on the bytes: quoted fields, doubled quotes, CRLF or LF. Calls
/// `row(fields)` for each record after the header (which must start with `wantedHeader`); stops
/// at the first problem, naming the record's line. It copies each record once into a buffer it
/// reuses, so a file costs no allocation per field or row.
template <class Row>
std::optional<Error> readCsv(const Source& source, std::initializer_list<const char*> wantedHeader, Row&& row)
{
    const char* const begin = source.bytes.constData();
    const char* const end = begin + source.bytes.size();
    const auto wantedCount = qsizetype(wantedHeader.size());
    std::string record; // the current record's fields, one after the other
    std::vector<std::size_t> fieldEnds; // where each finished field of the record ends in `record`
    std::vector<QByteArrayView> fields;
    bool quoted = false;
    bool header = true;
    int line = 1;
    int recordLine = 1;
    auto headerText = [&] {
        QStringList names;
        for (const char* name : wantedHeader)
            names.append(QLatin1StringView(name));
        return names.join(u',');
    };
    auto endRecord = [&]() -> std::optional<Error> {
        fieldEnds.push_back(record.size());
        fields.clear();
        std::size_t start = 0;
        for (std::size_t fieldEnd : fieldEnds) {
            fields.emplace_back(record.data() + start, qsizetype(fieldEnd - start));
            start = fieldEnd;
        }
        if (!(fields.size() == 1 && fields[0].isEmpty())) {
            if (header) {
                bool matches = qsizetype(fields.size()) >= wantedCount;
                for (qsizetype i = 0; matches && i < wantedCount; ++i)
                    matches = fields[std::size_t(i)] == QByteArrayView(wantedHeader.begin()[i]);
                if (!matches)
                    return loadError(source, recordLine, MastersText::tr("expected the columns %1").arg(headerText()));
                header = false;
            } else if (qsizetype(fields.size()) < wantedCount) {
                return loadError(source,
                    recordLine,
                    MastersText::tr("%1 columns instead of %2").arg(fields.size()).arg(wantedCount));
            } else if (std::optional<QString> problem = row(CsvFields(fields))) {
                return loadError(source, recordLine, *problem);
            }
        }
        record.clear();
        fieldEnds.clear();
        recordLine = line;
        return std::nullopt;
    };
    const char* p = begin;
    while (p < end) {
        if (quoted) {
            // Up to the next quote, new lines included.
            const auto* quote = static_cast<const char*>(std::memchr(p, '"', std::size_t(end - p)));
            const char* runEnd = quote ? quote : end;
            line += int(std::count(p, runEnd, '\n'));
            record.append(p, std::size_t(runEnd - p));
            p = runEnd;
            if (!quote)
                break;
            if (p + 1 < end && p[1] == '"') {
                record.push_back('"');
                p += 2;
            } else {
                quoted = false;
                ++p;
            }
            continue;
        }
        const char* run = p;
        while (p < end && *p != '"' && *p != ',' && *p != '\n' && *p != '\r')
            ++p;
        record.append(run, std::size_t(p - run));
        if (p == end)
            break;
        switch (*p++) {
        case '"':
            quoted = true;
            break;
        case ',':
            fieldEnds.push_back(record.size());
            break;
        case '\n':
            ++line;
            if (std::optional<Error> e = endRecord())
                return e;
            break;
        default: // '\r' outside quotes is dropped
            break;
        }
    }
    if (quoted)
        return loadError(source, recordLine, MastersText::tr("a quoted field is not closed"));
    if (!record.empty() || !fieldEnds.empty())
        return endRecord();
    if (header)
        return loadError(source, 0, MastersText::tr("the file is empty"));
    return std::nullopt;
}

} // namespace

struct Masters::Private
{
    QString version;
    QHash<int, QString> stateNames;
    std::array<bool, 100> isState{}; ///< the same codes, for the per-field lookup
    /// The PIN directory: (PIN << 8) | state code, sorted by PIN, a PIN's states in file order
    /// (two for the border PINs). 80 KB, where a QHash of lists took a MB and 20,000 allocations.
    std::vector<quint32> pinStates;
    /// Where the PINs of each hundred start in pinStates: pinStates[pinHundreds[p / 100 - 1000]]
    /// on (36 KB; a binary search over 20,000 entries missed the cache at every level).
    std::vector<quint32> pinHundreds;
    int pinCount = 0; ///< distinct PINs in pinStates
    QHash<int, QList<QPair<int, int>>> pinPrefixRanges; ///< state -> [first 3 digits low, high]
    QSet<quint64> units, ports, currencies, countries;
    QSet<QString> longCodes; ///< codes longer than 8 characters, "port:..." etc.
    QList<qint64> gstRates; ///< Rate raw values (3 decimals)
    QSet<quint32> hsnEInvoice, hsnPortal;

    std::optional<Error> loadStates(const Source& source);
    std::optional<Error> loadPinRanges(const Source& source, const QHash<QString, int>& codeByName);
    std::optional<Error> loadPins(const Source& source);
    std::optional<Error> loadCodes(
        const Source& source, QSet<quint64>& set, const char* kind, int minLength, int maxLength);
    std::optional<Error> loadCountries(const Source& source);
    std::optional<Error> loadGstRates(const Source& source);
    std::optional<Error> loadHsnEInvoice(const Source& source);
    std::optional<Error> loadHsnPortal(const Source& source);

    QHash<QString, int> codeByStateName;
};

std::optional<Error> Masters::Private::loadStates(const Source& source)
{
    Result<QJsonValue> data = jsonData(source);
    if (!data)
        return data.error();
    const QJsonObject states = data.value().toObject();
    if (states.isEmpty())
        return loadError(source, 0, MastersText::tr("\"data\" must map state names to codes"));
    for (auto it = states.begin(); it != states.end(); ++it) {
        bool ok = false;
        const int code = it.value().toString().toInt(&ok);
        if (!ok || code <= 0 || code > 99)
            return loadError(source, 0, MastersText::tr("state %1 has no valid code").arg(it.key()));
        stateNames.insert(code, it.key());
        isState[std::size_t(code)] = true;
        codeByStateName.insert(it.key(), code);
    }
    return std::nullopt;
}

std::optional<Error> Masters::Private::loadPinRanges(const Source& source, const QHash<QString, int>& codeByName)
{
    Result<QJsonValue> data = jsonData(source);
    if (!data)
        return data.error();
    const QJsonObject states = data.value().toObject();
    for (auto it = states.begin(); it != states.end(); ++it) {
        const int code = codeByName.value(it.key());
        if (code == 0)
            return loadError(
                source, 0, MastersText::tr("state %1 is not in %2").arg(it.key(), QLatin1StringView(kStates)));
        const QJsonArray value = it.value().toArray();
        // Either [lo, hi] or [[lo, hi], ...].
        QList<QJsonArray> pairs;
        if (!value.isEmpty() && value.first().isArray()) {
            for (const QJsonValue& v : value)
                pairs.append(v.toArray());
        } else {
            pairs.append(value);
        }
        for (const QJsonArray& pair : pairs) {
            if (pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble())
                return loadError(source, 0, MastersText::tr("state %1: a range must be [low, high]").arg(it.key()));
            pinPrefixRanges[code].append({ pair[0].toInt(), pair[1].toInt() });
        }
    }
    return std::nullopt;
}

std::optional<Error> Masters::Private::loadPins(const Source& source)
{
    pinStates.reserve(std::size_t(source.bytes.size() / 64)); // the rows are about 90 bytes
    std::optional<Error> error =
        readCsv(source, { "pin", "state_name", "gst_state_code" }, [&](CsvFields f) -> std::optional<QString> {
            const int pin = parseNumber(f[0]);
            if (pin < 100000 || pin > 999999)
                return MastersText::tr("%1 is not a six-digit PIN").arg(text(f[0]));
            QByteArrayView rest = f[2];
            while (true) {
                const qsizetype bar = rest.indexOf('|');
                const QByteArrayView part = (bar < 0 ? rest : rest.first(bar)).trimmed();
                const int code = parseNumber(part);
                if (code <= 0 || code >= int(isState.size()) || !isState[std::size_t(code)])
                    return MastersText::tr("PIN %1: %2 is not a state code").arg(text(f[0]), text(part));
                pinStates.push_back(quint32(pin) << 8 | quint32(code));
                if (bar < 0)
                    break;
                rest = rest.sliced(bar + 1);
            }
            return std::nullopt;
        });
    if (error)
        return error;
    // By PIN, keeping each PIN's states in file order, each once.
    std::stable_sort(pinStates.begin(), pinStates.end(), [](quint32 a, quint32 b) { return (a >> 8) < (b >> 8); });
    std::vector<quint32> unique;
    unique.reserve(pinStates.size());
    std::size_t groupStart = 0;
    for (quint32 entry : pinStates) {
        if (unique.empty() || (unique.back() >> 8) != (entry >> 8)) {
            groupStart = unique.size();
            ++pinCount;
        }
        if (std::find(unique.begin() + qsizetype(groupStart), unique.end(), entry) == unique.end())
            unique.push_back(entry);
    }
    unique.shrink_to_fit();
    pinStates = std::move(unique);
    pinHundreds.assign(9001, 0);
    std::size_t at = 0;
    for (std::size_t hundred = 0; hundred < pinHundreds.size(); ++hundred) {
        while (at < pinStates.size() && (pinStates[at] >> 8) / 100 - 1000 < hundred)
            ++at;
        pinHundreds[hundred] = quint32(at);
    }
    return std::nullopt;
}

std::optional<Error> Masters::Private::loadCodes(
    const Source& source, QSet<quint64>& set, const char* kind, int minLength, int maxLength)
{
    Result<QJsonValue> data = jsonData(source);
    if (!data)
        return data.error();
    const QJsonObject codes = data.value().toObject();
    if (codes.isEmpty())
        return loadError(source, 0, MastersText::tr("\"data\" must map codes to names"));
    for (auto it = codes.begin(); it != codes.end(); ++it) {
        const QString& code = it.key();
        if (code.size() < minLength || code.size() > maxLength)
            return loadError(source,
                0,
                MastersText::tr("code \"%1\" must have %2 to %3 characters").arg(code).arg(minLength).arg(maxLength));
        if (const quint64 key = packCode(code))
            set.insert(key);
        else
            longCodes.insert(QLatin1StringView(kind) + u':' + code);
    }
    return std::nullopt;
}

std::optional<Error> Masters::Private::loadCountries(const Source& source)
{
    return readCsv(source, { "alpha_2", "alpha_3", "numeric", "name" }, [&](CsvFields f) -> std::optional<QString> {
        const quint64 key = packCode(f[0]);
        if (f[0].size() != 2 || key == 0)
            return MastersText::tr("\"%1\" is not a two-letter country code").arg(text(f[0]));
        countries.insert(key);
        return std::nullopt;
    });
}

std::optional<Error> Masters::Private::loadGstRates(const Source& source)
{
    Result<QJsonValue> data = jsonData(source);
    if (!data)
        return data.error();
    const QJsonArray rates = data.value().toArray();
    if (rates.isEmpty())
        return loadError(
            source, 0, MastersText::tr("\"data\" must list the rates as strings, e.g. [\"0\", \"5\", \"18\"]"));
    for (const QJsonValue& v : rates) {
        const std::optional<Rate> rate = Rate::parse(v.toString());
        if (!rate || rate->raw() < 0)
            return loadError(source, 0, MastersText::tr("\"%1\" is not a rate").arg(v.toString()));
        gstRates.append(rate->raw());
    }
    return std::nullopt;
}

/// hsn_codes_einvoice_valid.json, [{"hsn_code": "0101", "description": ...}, ...] (or that list
/// as "data"), read with the invoice reader's tokenizer: a QJsonDocument of its 4 MB took 40 ms
/// and 10 MB for 18,000 codes.
std::optional<Error> Masters::Private::loadHsnEInvoice(const Source& source)
{
    JsonCursor cursor(source.bytes.constData(), source.bytes.constData() + source.bytes.size());
    std::string scratch;
    std::string_view key;
    auto syntaxError = [&] {
        return loadError(source, cursor.errorLine(), cursor.errorMessage());
    };
    auto lineOf = [&](const char* at) {
        int line = 0;
        int column = 0;
        cursor.lineColumn(at, line, column);
        return line;
    };
    // Members of an object, the cursor on its '{': calls member(key) on each value.
    auto readObject = [&](auto&& member) -> bool {
        cursor.consume('{');
        if (cursor.consume('}'))
            return true;
        do {
            if (cursor.peekKind() != JsonCursor::Kind::String || !cursor.readStringBytes(key, scratch)) {
                cursor.fail(MastersText::tr("expected a key in double quotes"));
                return false;
            }
            if (!cursor.consume(':')) {
                cursor.fail(MastersText::tr("expected ':' after the key"));
                return false;
            }
            if (!member(key))
                return false;
        } while (cursor.consume(','));
        if (!cursor.consume('}')) {
            cursor.fail(MastersText::tr("expected ',' or '}'"));
            return false;
        }
        return true;
    };
    // The list of codes, the cursor on its '['.
    std::optional<Error> badCode;
    bool sawList = false;
    auto readList = [&]() -> bool {
        sawList = true;
        hsnEInvoice.clear();
        hsnEInvoice.reserve(20000);
        cursor.consume('[');
        if (cursor.consume(']'))
            return true;
        do {
            const JsonCursor::Kind kind = cursor.peekKind();
            const char* const at = cursor.position();
            std::string code; // stays empty (an invalid code) unless the element has a string hsn_code
            if (kind == JsonCursor::Kind::Object) {
                const bool ok = readObject([&](std::string_view name) {
                    std::string_view value;
                    if (name == "hsn_code" && cursor.peekKind() == JsonCursor::Kind::String) {
                        if (!cursor.readStringBytes(value, scratch))
                            return false;
                        code.assign(value);
                        return true;
                    }
                    // The descriptions (a third with \u escapes) are not used: stepped over.
                    return cursor.peekKind() == JsonCursor::Kind::String ? cursor.skipString() : cursor.skipValue();
                });
                if (!ok)
                    return false;
            } else if (!cursor.skipValue()) {
                return false;
            }
            const quint32 hsn = hsnKey(QByteArrayView(code.data(), qsizetype(code.size())));
            if (hsn == 0) {
                if (!badCode)
                    badCode = loadError(source,
                        lineOf(at),
                        MastersText::tr("\"%1\" is not an HSN/SAC code").arg(QString::fromStdString(code)));
            } else {
                hsnEInvoice.insert(hsn);
            }
        } while (cursor.consume(','));
        if (!cursor.consume(']')) {
            cursor.fail(MastersText::tr("expected ',' or ']'"));
            return false;
        }
        return true;
    };
    bool ok = true;
    switch (cursor.peekKind()) {
    case JsonCursor::Kind::Array:
        ok = readList();
        break;
    case JsonCursor::Kind::Object:
        ok = readObject([&](std::string_view name) {
            if (name != "data")
                return cursor.skipValue();
            if (cursor.peekKind() == JsonCursor::Kind::Array)
                return readList();
            hsnEInvoice.clear(); // "data" that is not a list holds no codes
            sawList = true;
            return cursor.skipValue();
        });
        break;
    default:
        cursor.fail(MastersText::tr("expected a list or an object"));
        ok = false;
    }
    if (ok && !cursor.atEnd()) {
        cursor.fail(MastersText::tr("garbage at the end of the document"));
        ok = false;
    }
    if (!ok)
        return syntaxError();
    if (!sawList)
        return loadError(source, 0, MastersText::tr("no \"data\" member"));
    if (badCode)
        return badCode;
    if (hsnEInvoice.isEmpty())
        return loadError(source, 0, MastersText::tr("expected a list of {\"hsn_code\", \"description\"}"));
    return std::nullopt;
}

std::optional<Error> Masters::Private::loadHsnPortal(const Source& source)
{
    hsnPortal.reserve(source.bytes.size() / 60); // the rows are about 70 bytes
    return readCsv(
        source, { "code", "description", "kind", "digits", "flags" }, [&](CsvFields f) -> std::optional<QString> {
            const QByteArrayView code = f[0];
            // Spec §7.2: only 4/6/8-digit rows, never the flagged source errors.
            const QByteArrayView flags = f[4];
            if (flags.contains("test_row") || flags.contains("nonstandard_length")
                || flags.contains("space_in_source_code"))
                return std::nullopt;
            if (code.size() != 4 && code.size() != 6 && code.size() != 8)
                return std::nullopt;
            const quint32 key = hsnKey(code);
            if (key == 0)
                return MastersText::tr("\"%1\" is not an HSN/SAC code").arg(text(code));
            hsnPortal.insert(key);
            return std::nullopt;
        });
}

Masters::Masters()
    : d(std::make_unique<Private>())
{}
Masters::~Masters() = default;

std::shared_ptr<const Masters> Masters::builtIn()
{
    static std::shared_ptr<const Masters> instance;
    static std::once_flag once;
    std::call_once(once, [] {
        Result<std::shared_ptr<const Masters>> loaded = load(QString());
        Q_ASSERT_X(loaded, "Masters::builtIn", "the embedded master files are broken");
        instance = loaded ? loaded.value() : nullptr;
    });
    return instance;
}

Result<std::shared_ptr<const Masters>> Masters::load(const QString& directory)
{
    if (!directory.isEmpty() && !QFileInfo(directory).isDir())
        return Error{
            ErrorCode::InvalidArgument, MastersText::tr("Master folder %1 does not exist").arg(directory), {}
        };

    QStringList replacedNames;
    auto source = [&](const char* name) -> Result<Source> {
        Source s;
        s.name = QLatin1StringView(name);
        QString path = u":/masters/"_qs + s.name;
        if (!directory.isEmpty()) {
            const QString candidate = QDir(directory).filePath(s.name);
            if (QFileInfo::exists(candidate)) {
                path = candidate;
                s.replaced = true;
            }
        }
        s.origin = s.replaced ? path : s.name;
        if (!s.replaced) {
            // Straight from the resource: QFile would decompress it and then copy it once more.
            const QResource resource(path);
            s.bytes = resource.uncompressedData();
            if (!resource.isValid() || s.bytes.isEmpty())
                return Error{ ErrorCode::Io,
                    MastersText::tr("Cannot read master file %1: %2").arg(path, u"not in the resources"_qs),
                    {} };
            return s;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{
                ErrorCode::Io, MastersText::tr("Cannot read master file %1: %2").arg(path, file.errorString()), {}
            };
        s.bytes = file.readAll();
        if (s.replaced && s.name != QLatin1StringView(kManifest))
            replacedNames.append(s.name + u'@'
                + QString::fromLatin1(QCryptographicHash::hash(s.bytes, QCryptographicHash::Sha256).toHex().left(8)));
        return s;
    };

    std::shared_ptr<Masters> masters(new Masters);
    Private& p = *masters->d;
#define IRNDESK_LOAD(name, call)                                                                                       \
    {                                                                                                                  \
        Result<Source> s = source(name);                                                                               \
        if (!s)                                                                                                        \
            return s.error();                                                                                          \
        if (std::optional<Error> e = p.call)                                                                           \
            return *e;                                                                                                 \
    }
    // States first: the PIN files refer to them.
    IRNDESK_LOAD(kStates, loadStates(s.value()))
    IRNDESK_LOAD(kPinRanges, loadPinRanges(s.value(), p.codeByStateName))
    IRNDESK_LOAD(kPins, loadPins(s.value()))
    IRNDESK_LOAD(kUnits, loadCodes(s.value(), p.units, "unit", 3, 8))
    IRNDESK_LOAD(kPorts, loadCodes(s.value(), p.ports, "port", 2, 10))
    IRNDESK_LOAD(kCurrencies, loadCodes(s.value(), p.currencies, "currency", 3, 16))
    IRNDESK_LOAD(kCountries, loadCountries(s.value()))
    IRNDESK_LOAD(kGstRates, loadGstRates(s.value()))
    IRNDESK_LOAD(kHsnEInvoice, loadHsnEInvoice(s.value()))
    IRNDESK_LOAD(kHsnPortal, loadHsnPortal(s.value()))
#undef IRNDESK_LOAD

    Result<Source> manifest = source(kManifest);
    if (!manifest)
        return manifest.error();
    Result<QJsonValue> manifestVersion = [&]() -> Result<QJsonValue> {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(manifest.value().bytes, &error);
        if (error.error != QJsonParseError::NoError)
            return loadError(manifest.value(), lineAtOffset(manifest.value().bytes, error.offset), error.errorString());
        return document.object().value(u"version");
    }();
    if (!manifestVersion)
        return manifestVersion.error();
    p.version = manifestVersion.value().toString(u"unknown"_qs);
    if (!replacedNames.isEmpty())
        p.version += u" + "_qs + replacedNames.join(u", "_qs);
    p.codeByStateName.clear();
    return std::shared_ptr<const Masters>(std::move(masters));
}

QString Masters::version() const
{
    return d->version;
}

bool Masters::isStateCode(int code) const
{
    return code > 0 && code < int(d->isState.size()) && d->isState[std::size_t(code)];
}

QString Masters::stateName(int code) const
{
    return d->stateNames.value(code);
}

namespace {

/// The entries of `pin` (100000 to 999999) in the sorted PIN directory.
std::span<const quint32> statesIn(const std::vector<quint32>& directory, const std::vector<quint32>& hundreds, int pin)
{
    const auto hundred = std::size_t(pin / 100 - 1000);
    auto first = directory.begin() + hundreds[hundred];
    const auto end = directory.begin() + hundreds[hundred + 1];
    while (first != end && (*first >> 8) < quint32(pin))
        ++first;
    auto last = first;
    while (last != end && (*last >> 8) == quint32(pin))
        ++last;
    return { first, last };
}

} // namespace

Masters::PinState Masters::pinState(int pin, int stateCode) const
{
    if (pin >= 100000 && pin <= 999999) {
        const std::span<const quint32> listed = statesIn(d->pinStates, d->pinHundreds, pin);
        if (!listed.empty()) {
            for (quint32 entry : listed)
                if (int(entry & 0xff) == stateCode)
                    return PinState::Matches;
            return PinState::Mismatch;
        }
    }
    const auto ranges = d->pinPrefixRanges.constFind(stateCode);
    if (ranges == d->pinPrefixRanges.cend())
        return PinState::Unknown;
    const int prefix = pin / 1000;
    for (const auto& [low, high] : *ranges)
        if (prefix >= low && prefix <= high)
            return PinState::Matches;
    return PinState::PrefixMismatch;
}

QList<int> Masters::statesOfPin(int pin) const
{
    QList<int> states;
    if (pin >= 100000 && pin <= 999999)
        for (quint32 entry : statesIn(d->pinStates, d->pinHundreds, pin))
            states.append(int(entry & 0xff));
    return states;
}

namespace {

bool containsCode(const QSet<quint64>& set, const QSet<QString>& longCodes, const char* kind, QStringView code)
{
    if (const quint64 key = packCode(code))
        return set.contains(key);
    return code.size() > 8 && longCodes.contains(QLatin1StringView(kind) + u':' + code);
}

} // namespace

bool Masters::isUnit(QStringView code) const
{
    return containsCode(d->units, d->longCodes, "unit", code);
}

bool Masters::isPort(QStringView code) const
{
    return containsCode(d->ports, d->longCodes, "port", code);
}

bool Masters::isCurrency(QStringView code) const
{
    return containsCode(d->currencies, d->longCodes, "currency", code);
}

bool Masters::isCountry(QStringView alpha2) const
{
    return alpha2.size() == 2 && d->countries.contains(packCode(alpha2));
}

bool Masters::isGstRate(Rate rate) const
{
    return d->gstRates.contains(rate.raw());
}

Masters::HsnStatus Masters::hsnStatus(QStringView code) const
{
    const quint32 key = hsnKey(code);
    if (key == 0)
        return HsnStatus::Unknown;
    if (d->hsnEInvoice.contains(key))
        return HsnStatus::EInvoiceList;
    if (d->hsnPortal.contains(key))
        return HsnStatus::PortalOnly;
    return HsnStatus::Unknown;
}

Masters::Counts Masters::counts() const
{
    Counts c;
    c.states = int(d->stateNames.size());
    c.pins = d->pinCount;
    c.pinRangeStates = int(d->pinPrefixRanges.size());
    c.units = int(d->units.size());
    c.ports = int(d->ports.size());
    c.currencies = int(d->currencies.size());
    c.countries = int(d->countries.size());
    c.gstRates = int(d->gstRates.size());
    c.hsnEInvoice = int(d->hsnEInvoice.size());
    c.hsnPortal = int(d->hsnPortal.size());
    for (const QString& code : d->longCodes) {
        if (code.startsWith(u"unit:"))
            ++c.units;
        else if (code.startsWith(u"port:"))
            ++c.ports;
        else
            ++c.currencies;
    }
    return c;
}

} // namespace irndesk
