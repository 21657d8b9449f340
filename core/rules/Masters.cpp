// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/Masters.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <mutex>

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

/// A code of up to 8 ASCII letters and digits packed into an integer, so a lookup does not
/// allocate; 0 for anything else.
quint64 packCode(QStringView code)
{
    if (code.isEmpty() || code.size() > 8)
        return 0;
    quint64 key = 0;
    for (QChar c : code) {
        const char16_t u = c.unicode();
        if (u > 0x7e || u <= 0x20)
            return 0;
        key = (key << 8) | u;
    }
    return key;
}

/// HSN/SAC code (1..8 digits) as an integer that keeps its length: "0101" and "101" differ.
quint32 hsnKey(QStringView code)
{
    if (code.isEmpty() || code.size() > 8)
        return 0;
    quint32 value = 0;
    for (QChar c : code) {
        if (c < u'0' || c > u'9')
            return 0;
        value = value * 10 + (c.unicode() - u'0');
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

/// A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF. Calls `row(line, fields)`
/// for each record after the header; stops at the first problem.
template <class Row>
std::optional<Error> readCsv(const Source& source, const QStringList& wantedHeader, Row&& row)
{
    const QString text = QString::fromUtf8(source.bytes);
    QStringList fields;
    QString field;
    bool quoted = false;
    bool header = true;
    int line = 1;
    int recordLine = 1;
    auto endRecord = [&]() -> std::optional<Error> {
        fields.append(field);
        field.clear();
        if (!(fields.size() == 1 && fields[0].isEmpty())) {
            if (header) {
                if (fields.mid(0, wantedHeader.size()) != wantedHeader)
                    return loadError(source, recordLine,
                                     MastersText::tr("expected the columns %1").arg(wantedHeader.join(u',')));
                header = false;
            } else if (fields.size() < wantedHeader.size()) {
                return loadError(source, recordLine,
                                 MastersText::tr("%1 columns instead of %2").arg(fields.size()).arg(wantedHeader.size()));
            } else if (std::optional<QString> problem = row(fields)) {
                return loadError(source, recordLine, *problem);
            }
        }
        fields.clear();
        recordLine = line;
        return std::nullopt;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else if (c == u'\n') {
            ++line;
            if (std::optional<Error> e = endRecord())
                return e;
        } else if (c != u'\r') {
            field.append(c);
        }
    }
    if (quoted)
        return loadError(source, recordLine, MastersText::tr("a quoted field is not closed"));
    if (!field.isEmpty() || !fields.isEmpty())
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
    QHash<int, QList<int>> pinStates; ///< PIN -> state codes (two for 47 border PINs)
    QHash<int, QList<QPair<int, int>>> pinPrefixRanges; ///< state -> [first 3 digits low, high]
    QSet<quint64> units, ports, currencies, countries;
    QSet<QString> longCodes; ///< codes longer than 8 characters, "port:..." etc.
    QList<qint64> gstRates; ///< Rate raw values (3 decimals)
    QSet<quint32> hsnEInvoice, hsnPortal;

    std::optional<Error> loadStates(const Source& source);
    std::optional<Error> loadPinRanges(const Source& source, const QHash<QString, int>& codeByName);
    std::optional<Error> loadPins(const Source& source);
    std::optional<Error> loadCodes(const Source& source, QSet<quint64>& set, const char* kind, int minLength,
                                   int maxLength);
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
            return loadError(source, 0, MastersText::tr("state %1 is not in %2").arg(it.key(), QLatin1StringView(kStates)));
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
    return readCsv(source, { u"pin"_qs, u"state_name"_qs, u"gst_state_code"_qs }, [&](const QStringList& f) -> std::optional<QString> {
        bool ok = false;
        const int pin = f[0].toInt(&ok);
        if (!ok || pin < 100000 || pin > 999999)
            return MastersText::tr("%1 is not a six-digit PIN").arg(f[0]);
        QList<int>& states = pinStates[pin];
        for (QStringView part : QStringView(f[2]).split(u'|')) {
            const int code = part.trimmed().toInt(&ok);
            if (!ok || !stateNames.contains(code))
                return MastersText::tr("PIN %1: %2 is not a state code").arg(f[0], part.toString());
            if (!states.contains(code))
                states.append(code);
        }
        return std::nullopt;
    });
}

std::optional<Error> Masters::Private::loadCodes(const Source& source, QSet<quint64>& set, const char* kind,
                                                 int minLength, int maxLength)
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
            return loadError(source, 0, MastersText::tr("code \"%1\" must have %2 to %3 characters").arg(code).arg(minLength).arg(maxLength));
        if (const quint64 key = packCode(code))
            set.insert(key);
        else
            longCodes.insert(QLatin1StringView(kind) + u':' + code);
    }
    return std::nullopt;
}

std::optional<Error> Masters::Private::loadCountries(const Source& source)
{
    return readCsv(source, { u"alpha_2"_qs, u"alpha_3"_qs, u"numeric"_qs, u"name"_qs },
                   [&](const QStringList& f) -> std::optional<QString> {
                       if (f[0].size() != 2)
                           return MastersText::tr("\"%1\" is not a two-letter country code").arg(f[0]);
                       countries.insert(packCode(f[0]));
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
        return loadError(source, 0, MastersText::tr("\"data\" must list the rates as strings, e.g. [\"0\", \"5\", \"18\"]"));
    for (const QJsonValue& v : rates) {
        const std::optional<Rate> rate = Rate::parse(v.toString());
        if (!rate || rate->raw() < 0)
            return loadError(source, 0, MastersText::tr("\"%1\" is not a rate").arg(v.toString()));
        gstRates.append(rate->raw());
    }
    return std::nullopt;
}

std::optional<Error> Masters::Private::loadHsnEInvoice(const Source& source)
{
    Result<QJsonValue> data = jsonData(source);
    if (!data)
        return data.error();
    const QJsonArray codes = data.value().toArray();
    if (codes.isEmpty())
        return loadError(source, 0, MastersText::tr("expected a list of {\"hsn_code\", \"description\"}"));
    hsnEInvoice.reserve(codes.size());
    for (const QJsonValue& v : codes) {
        const QString code = v.toObject().value(u"hsn_code").toString();
        const quint32 key = hsnKey(code);
        if (key == 0)
            return loadError(source, 0, MastersText::tr("\"%1\" is not an HSN/SAC code").arg(code));
        hsnEInvoice.insert(key);
    }
    return std::nullopt;
}

std::optional<Error> Masters::Private::loadHsnPortal(const Source& source)
{
    return readCsv(source, { u"code"_qs, u"description"_qs, u"kind"_qs, u"digits"_qs, u"flags"_qs },
                   [&](const QStringList& f) -> std::optional<QString> {
                       const QString& code = f[0];
                       // Spec §7.2: only 4/6/8-digit rows, never the flagged source errors.
                       const QString& flags = f[4];
                       if (flags.contains(u"test_row") || flags.contains(u"nonstandard_length")
                           || flags.contains(u"space_in_source_code"))
                           return std::nullopt;
                       if (code.size() != 4 && code.size() != 6 && code.size() != 8)
                           return std::nullopt;
                       const quint32 key = hsnKey(code);
                       if (key == 0)
                           return MastersText::tr("\"%1\" is not an HSN/SAC code").arg(code);
                       hsnPortal.insert(key);
                       return std::nullopt;
                   });
}

Masters::Masters() : d(std::make_unique<Private>()) {}
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
        return Error{ ErrorCode::InvalidArgument, MastersText::tr("Master folder %1 does not exist").arg(directory), {} };

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
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ ErrorCode::Io, MastersText::tr("Cannot read master file %1: %2").arg(path, file.errorString()), {} };
        s.bytes = file.readAll();
        if (s.replaced && s.name != QLatin1StringView(kManifest))
            replacedNames.append(s.name + u'@'
                                 + QString::fromLatin1(QCryptographicHash::hash(s.bytes, QCryptographicHash::Sha256).toHex().left(8)));
        return s;
    };

    std::shared_ptr<Masters> masters(new Masters);
    Private& p = *masters->d;
#define IRNDESK_LOAD(name, call)                                                                                     \
    {                                                                                                                \
        Result<Source> s = source(name);                                                                             \
        if (!s)                                                                                                      \
            return s.error();                                                                                        \
        if (std::optional<Error> e = p.call)                                                                         \
            return *e;                                                                                               \
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

Masters::PinState Masters::pinState(int pin, int stateCode) const
{
    const auto listed = d->pinStates.constFind(pin);
    if (listed != d->pinStates.cend())
        return listed->contains(stateCode) ? PinState::Matches : PinState::Mismatch;
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
    return d->pinStates.value(pin);
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
    c.pins = int(d->pinStates.size());
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
