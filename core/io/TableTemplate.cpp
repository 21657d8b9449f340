// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/TableTemplate.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <cstring>
#include <string>
#include <type_traits>

namespace irndesk::io {

namespace {

// Text fields that hold a date or a Y/N flag (spec §2.2); every other Text field is free text.
bool isDateField(const char* name)
{
    static const char* const names[] = {
        "Dt", "ExpDt", "WrDt", "InvStDt", "InvEndDt", "InvDt", "RecAdvDt", "PORefDt", "ShipBDt", "TransDocDt"
    };
    for (const char* n : names) {
        if (std::strcmp(n, name) == 0) {
            return true;
        }
    }
    return false;
}

bool isYesNoField(const char* name)
{
    static const char* const names[] = { "RegRev", "IgstOnIntra", "IsServc", "RefClm" };
    for (const char* n : names) {
        if (std::strcmp(n, name) == 0) {
            return true;
        }
    }
    return false;
}

/// Walks a section's fields() list and adds a column for each scalar field, descending into
/// sections and into the first entry of lists. `Root` is Invoice for the invoice-level columns
/// and Item for the line columns; `locate` finds (and creates) the section T inside a Root,
/// `find` finds it without creating it (nullptr when absent).
template <class Root, class T> class Collector
{
public:
    using Locate = std::function<T&(Root&)>;
    using Find = std::function<const T*(const Root&)>;

    Collector(QList<TemplateColumn>& out, QString prefix, TemplateLevel level, Locate locate, Find find)
        : m_out(out)
        , m_prefix(std::move(prefix))
        , m_level(level)
        , m_locate(std::move(locate))
        , m_find(std::move(find))
    {}

    void field(const char* name, Text T::*member)
    {
        if constexpr (std::is_same_v<T, Invoice>) {
            if (std::strcmp(name, "Irn") == 0) {
                return; // computed by the IRP, never sent
            }
        }
        const TemplateKind kind =
            isDateField(name) ? TemplateKind::Date : (isYesNoField(name) ? TemplateKind::YesNo : TemplateKind::Text);
        Locate locate = m_locate;
        Find find = m_find;
        add(
            name,
            kind,
            0,
            [locate, member](Root& r, const TemplateValue& v) { locate(r).*member = v.text; },
            [find, member](const Root& r) -> std::optional<QString> {
                const T* t = find(r);
                if (t == nullptr || !(t->*member)) {
                    return std::nullopt;
                }
                return *(t->*member);
            });
    }
    template <int Scale> void field(const char* name, std::optional<Fixed<Scale>> T::*member)
    {
        Locate locate = m_locate;
        Find find = m_find;
        add(
            name,
            TemplateKind::Decimal,
            Scale,
            [locate, member](Root& r, const TemplateValue& v) { locate(r).*member = Fixed<Scale>::fromRaw(v.number); },
            [find, member](const Root& r) -> std::optional<QString> {
                const T* t = find(r);
                if (t == nullptr || !(t->*member)) {
                    return std::nullopt;
                }
                return (t->*member)->toString();
            });
    }
    void field(const char* name, Integer T::*member)
    {
        Locate locate = m_locate;
        Find find = m_find;
        add(
            name,
            TemplateKind::Integer,
            0,
            [locate, member](Root& r, const TemplateValue& v) { locate(r).*member = v.number; },
            [find, member](const Root& r) -> std::optional<QString> {
                const T* t = find(r);
                if (t == nullptr || !(t->*member)) {
                    return std::nullopt;
                }
                return QString::number(*(t->*member));
            });
    }
    /// The line items: their own columns, one row per line.
    void field(const char* name, QList<Item> T::* /*member*/)
    {
        Collector<Item, Item> inner(
            m_out,
            QString::fromLatin1(name) + u'.',
            TemplateLevel::Line,
            [](Item& item) -> Item& { return item; },
            [](const Item& item) -> const Item* { return &item; });
        Item::fields(inner);
    }
    template <class S> void field(const char* name, S T::*member) // a mandatory section
    {
        Locate locate = m_locate;
        Find find = m_find;
        Collector<Root, S> inner(
            m_out,
            m_prefix + QString::fromLatin1(name) + u'.',
            m_level,
            [locate, member](Root& r) -> S& { return locate(r).*member; },
            [find, member](const Root& r) -> const S* {
                const T* t = find(r);
                return t != nullptr ? &(t->*member) : nullptr;
            });
        S::fields(inner);
    }
    template <class S> void field(const char* name, std::optional<S> T::*member) // an optional section
    {
        Locate locate = m_locate;
        Find find = m_find;
        Collector<Root, S> inner(
            m_out,
            m_prefix + QString::fromLatin1(name) + u'.',
            m_level,
            [locate, member](Root& r) -> S& {
                std::optional<S>& section = locate(r).*member;
                if (!section) {
                    section.emplace();
                }
                return *section;
            },
            [find, member](const Root& r) -> const S* {
                const T* t = find(r);
                return t != nullptr && (t->*member) ? &*(t->*member) : nullptr;
            });
        S::fields(inner);
    }
    template <class S> void field(const char* name, QList<S> T::*member) // a list other than ItemList: its first entry
    {
        Locate locate = m_locate;
        Find find = m_find;
        Collector<Root, S> inner(
            m_out,
            m_prefix + QString::fromLatin1(name) + u'.',
            m_level,
            [locate, member](Root& r) -> S& {
                QList<S>& list = locate(r).*member;
                if (list.isEmpty()) {
                    list.append(S{});
                }
                return list.first();
            },
            [find, member](const Root& r) -> const S* {
                const T* t = find(r);
                return t != nullptr && !(t->*member).isEmpty() ? &(t->*member).constFirst() : nullptr;
            });
        S::fields(inner);
    }

private:
    void add(const char* name,
        TemplateKind kind,
        int scale,
        std::function<void(Root&, const TemplateValue&)> set,
        std::function<std::optional<QString>(const Root&)> get)
    {
        TemplateColumn column;
        column.name = m_prefix + QString::fromLatin1(name);
        column.level = m_level;
        column.kind = kind;
        column.scale = scale;
        if constexpr (std::is_same_v<Root, Invoice>) {
            column.setInvoice = std::move(set);
            column.getInvoice = std::move(get);
        } else {
            column.setItem = std::move(set);
            column.getItem = std::move(get);
        }
        m_out.append(std::move(column));
    }

    QList<TemplateColumn>& m_out;
    QString m_prefix;
    TemplateLevel m_level;
    Locate m_locate;
    Find m_find;
};

struct Catalogue
{
    QList<TemplateColumn> columns;
    int invoiceColumns = 0;
    QHash<QString, int> byLowerName;

    Catalogue()
    {
        Collector<Invoice, Invoice> collector(
            columns,
            QString(),
            TemplateLevel::Invoice,
            [](Invoice& invoice) -> Invoice& { return invoice; },
            [](const Invoice& invoice) -> const Invoice* { return &invoice; });
        Invoice::fields(collector);
        for (int i = 0; i < columns.size(); ++i) {
            TemplateColumn& c = columns[i];
            c.index = i;
            if (c.level == TemplateLevel::Invoice) {
                c.invoiceIndex = invoiceColumns++;
            }
            byLowerName.insert(c.name.toLower(), i);
        }
    }
};

const Catalogue& catalogue()
{
    static const Catalogue instance;
    return instance;
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

/// The digits of `text` from `pos`, exactly `count` of them; -1 when they are not there.
int digitsAt(QStringView text, qsizetype& pos, int minCount, int maxCount)
{
    int value = 0;
    int count = 0;
    while (count < maxCount && pos < text.size() && isDigit(text[pos])) {
        value = value * 10 + (text[pos].unicode() - u'0');
        ++pos;
        ++count;
    }
    return count >= minCount ? value : -1;
}

const char* const kMonthNames[12] = { "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december" };

/// A month name at `pos` (the first three letters, or all of it), in any letter case.
int monthAt(QStringView text, qsizetype& pos, bool full)
{
    for (int m = 0; m < 12; ++m) {
        const qsizetype length = full ? static_cast<qsizetype>(std::strlen(kMonthNames[m])) : 3;
        if (pos + length <= text.size()
            && text.mid(pos, length).compare(QLatin1StringView(kMonthNames[m], length), Qt::CaseInsensitive) == 0) {
            pos += length;
            return m + 1;
        }
    }
    return -1;
}

/// A time after a date (" 10:30", "T10:30:00", " 10:30:00 AM", "T00:00:00Z").
bool isTimeSuffix(QStringView rest)
{
    if (rest.size() < 2 || (rest[0] != u' ' && rest[0] != u'T') || !isDigit(rest[1])) {
        return false;
    }
    for (const QChar c : rest.mid(1)) {
        const char16_t u = c.toUpper().unicode();
        if (!isDigit(c) && u != u':' && u != u'.' && u != u' ' && u != u'+' && u != u'-' && u != u'Z' && u != u'A'
            && u != u'P' && u != u'M') {
            return false;
        }
    }
    return true;
}

QString formatDate(int day, int month, int year)
{
    QString s(10, u'0');
    s[0] = QChar(u'0' + day / 10);
    s[1] = QChar(u'0' + day % 10);
    s[2] = u'/';
    s[3] = QChar(u'0' + month / 10);
    s[4] = QChar(u'0' + month % 10);
    s[5] = u'/';
    s[6] = QChar(u'0' + year / 1000);
    s[7] = QChar(u'0' + year / 100 % 10);
    s[8] = QChar(u'0' + year / 10 % 10);
    s[9] = QChar(u'0' + year % 10);
    return s;
}

constexpr qint64 kMaxSerial = 2958465; // 31/12/9999

/// An Excel serial day number as dd/mm/yyyy; an empty string with `error` set when it is none.
QString serialDate(qint64 serial, bool date1904, QString& error)
{
    QDate date;
    if (date1904) {
        if (serial >= 0 && serial <= kMaxSerial - 1462) {
            date = QDate(1904, 1, 1).addDays(serial);
        }
    } else if (serial == 60) {
        error = QCoreApplication::translate(
            "irndesk::io", "is Excel's day 60, 29/02/1900, a day that did not exist; type the date as dd/mm/yyyy");
        return {};
    } else if (serial >= 1 && serial < 60) {
        // Excel counts 1900 as a leap year (a Lotus 1-2-3 bug it kept): its days before the
        // phantom 29/02/1900 are one day later than the days after it.
        date = QDate(1899, 12, 31).addDays(serial);
    } else if (serial > 60 && serial <= kMaxSerial) {
        date = QDate(1899, 12, 30).addDays(serial);
    }
    if (!date.isValid()) {
        error = QCoreApplication::translate("irndesk::io", "is not a date: as an Excel day number it is out of range");
        return {};
    }
    return formatDate(date.day(), date.month(), date.year());
}

/// Number text with digit grouping and the given decimal separator, as plain ASCII with "." for
/// the point: "1,23,456.50" -> "123456.50", "1.234,50" (separator ',') -> "1234.50".
/// Returns false with `error` set when it is not a number or its grouping is wrong.
bool ungroup(QStringView text, QChar decimalSeparator, std::string& out, QString& error)
{
    const QChar groupSeparator = decimalSeparator == u',' ? u'.' : u',';
    out.clear();
    qsizetype i = 0;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+')) {
        out.push_back(static_cast<char>(text[i].unicode()));
        ++i;
    }
    QList<int> groups; // lengths of the digit groups of the integer part
    int current = 0;
    bool grouped = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isDigit(c)) {
            out.push_back(static_cast<char>(c.unicode()));
            ++current;
        } else if (c == groupSeparator || c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F)) {
            if (current == 0) {
                return false;
            }
            groups.append(current);
            current = 0;
            grouped = true;
        } else {
            break;
        }
    }
    if (grouped) {
        groups.append(current);
        // Western (1,234,567) or Indian (12,34,567) grouping: the last group has three digits,
        // the middle ones all two or all three, the first one no more than the middle ones.
        const qsizetype k = groups.size() - 1;
        bool ok = groups[k] == 3;
        const int middle = k > 1 ? groups[1] : 3;
        for (qsizetype g = 1; ok && g < k; ++g) {
            ok = groups[g] == middle && (middle == 2 || middle == 3);
        }
        ok = ok && groups[0] >= 1 && groups[0] <= middle;
        if (!ok) {
            error = decimalSeparator == u','
                ? QCoreApplication::translate(
                    "irndesk::io", "is not a number: its digits are not grouped in thousands (1.234.567,50)")
                : QCoreApplication::translate("irndesk::io",
                    "is not a number: its digits are not grouped as 1,234,567.50 or 12,34,567.50 (if \",\" is "
                    "the decimal separator, set \"decimalSeparator\": \",\" in the mapping file)");
            return false;
        }
    }
    if (i < text.size() && text[i] == decimalSeparator) {
        out.push_back('.');
        ++i;
        while (i < text.size() && isDigit(text[i])) {
            out.push_back(static_cast<char>(text[i++].unicode()));
        }
    }
    if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        out.push_back('e');
        ++i;
        if (i < text.size() && (text[i] == u'-' || text[i] == u'+')) {
            out.push_back(static_cast<char>(text[i++].unicode()));
        }
        while (i < text.size() && isDigit(text[i])) {
            out.push_back(static_cast<char>(text[i++].unicode()));
        }
    }
    return i == text.size();
}

QString notANumber()
{
    return QCoreApplication::translate("irndesk::io", "is not a number");
}

/// The exact decimal text of a cell for a number column: XLSX numbers rounded to Excel's 15
/// significant digits, text read with the grouping of `options`.
std::optional<QByteArray> numberText(QStringView text, CellType type, const ValueOptions& options, QString& error)
{
    if (type == CellType::Number) {
        std::optional<QByteArray> exact = exactDecimalText(text, 15);
        if (!exact) {
            error = notANumber();
        }
        return exact;
    }
    std::string plain;
    if (!ungroup(text, options.decimalSeparator, plain, error)) {
        if (error.isEmpty()) {
            error = notANumber();
        }
        return std::nullopt;
    }
    std::optional<QByteArray> exact = exactDecimalText(QString::fromLatin1(plain.data(), qsizetype(plain.size())));
    if (!exact) {
        error = notANumber();
    }
    return exact;
}

QString parseDate(QStringView text, CellType type, const ValueOptions& options, TemplateValue& out)
{
    QString error;
    if (type == CellType::Number) {
        std::optional<QByteArray> exact = exactDecimalText(text, 15);
        if (!exact || exact->startsWith('-')) {
            return QCoreApplication::translate("irndesk::io", "is not a date");
        }
        const qsizetype point = exact->indexOf('.');
        // A date and time (45658.75) is the date: the time of day is dropped.
        const QByteArray whole = point < 0 ? *exact : exact->left(point);
        if (whole.size() > 9) {
            return QCoreApplication::translate(
                "irndesk::io", "is not a date: as an Excel day number it is out of range");
        }
        out.text = serialDate(whole.toLongLong(), options.date1904, error);
        return error;
    }
    int day = -1;
    int month = -1;
    int year = -1;
    bool allDigits = !text.isEmpty();
    for (const QChar c : text) {
        allDigits = allDigits && isDigit(c);
    }
    if (allDigits) {
        if (text.size() > 9) {
            return QCoreApplication::translate(
                "irndesk::io", "is not a date: as an Excel day number it is out of range");
        }
        out.text = serialDate(text.toLongLong(), options.date1904, error);
        return error;
    }
    bool matched = false;
    if (type == CellType::Date) {
        static const std::optional<DateFormat> iso = DateFormat::parse(QStringLiteral("yyyy-mm-dd"));
        matched = iso->match(text, day, month, year);
    }
    const QList<DateFormat>& formats = options.dateFormats.isEmpty() ? DateFormat::defaults() : options.dateFormats;
    for (qsizetype f = 0; !matched && f < formats.size(); ++f) {
        matched = formats[f].match(text, day, month, year);
    }
    if (!matched) {
        QStringList patterns;
        for (const DateFormat& f : formats) {
            patterns.append(f.pattern());
        }
        return QCoreApplication::translate("irndesk::io", "is not a date in a known format (%1, or an Excel date)")
            .arg(patterns.join(QStringLiteral(", ")));
    }
    if (!QDate::isValid(year, month, day) || year < 1) {
        return QCoreApplication::translate("irndesk::io", "is not a real calendar date");
    }
    out.text = formatDate(day, month, year);
    return {};
}

} // namespace

const QList<TemplateColumn>& templateColumns()
{
    return catalogue().columns;
}

int templateInvoiceColumnCount()
{
    return catalogue().invoiceColumns;
}

const TemplateColumn* findTemplateColumn(QStringView name)
{
    const Catalogue& c = catalogue();
    const auto it = c.byLowerName.constFind(name.trimmed().toString().toLower());
    return it == c.byLowerName.constEnd() ? nullptr : &c.columns[*it];
}

std::optional<DateFormat> DateFormat::parse(const QString& pattern)
{
    DateFormat format;
    format.m_pattern = pattern;
    const QString p = pattern.toLower();
    int days = 0;
    int months = 0;
    int years = 0;
    for (qsizetype i = 0; i < p.size();) {
        const QChar c = p[i];
        qsizetype run = 1;
        while (i + run < p.size() && p[i + run] == c) {
            ++run;
        }
        Part part;
        if (c == u'd' && run <= 2) {
            part.token = run == 1 ? Token::Day1 : Token::Day2;
            ++days;
        } else if (c == u'm' && run <= 4) {
            static constexpr Token tokens[4] = { Token::Month1, Token::Month2, Token::MonthShort, Token::MonthLong };
            part.token = tokens[run - 1];
            ++months;
        } else if (c == u'y' && (run == 2 || run == 4)) {
            part.token = run == 2 ? Token::Year2 : Token::Year4;
            ++years;
        } else if (c == u'd' || c == u'm' || c == u'y') {
            return std::nullopt;
        } else {
            for (qsizetype k = 0; k < run; ++k) {
                format.m_parts.append(Part{ Token::Literal, c });
            }
            i += run;
            continue;
        }
        format.m_parts.append(part);
        i += run;
    }
    if (days != 1 || months != 1 || years != 1) {
        return std::nullopt;
    }
    return format;
}

const QList<DateFormat>& DateFormat::defaults()
{
    static const QList<DateFormat> formats = [] {
        QList<DateFormat> list;
        for (const char* p : { "d/m/yyyy", "d-m-yyyy", "d.m.yyyy", "yyyy-m-d" }) {
            list.append(*DateFormat::parse(QString::fromLatin1(p)));
        }
        return list;
    }();
    return formats;
}

bool DateFormat::match(QStringView text, int& day, int& month, int& year) const
{
    qsizetype pos = 0;
    int d = 0;
    int m = 0;
    int y = 0;
    for (const Part& part : m_parts) {
        int value = 0;
        switch (part.token) {
        case Token::Literal:
            if (pos >= text.size() || text[pos].toLower() != part.literal) {
                return false;
            }
            ++pos;
            continue;
        case Token::Day1:
        case Token::Day2:
            value = d = digitsAt(text, pos, part.token == Token::Day1 ? 1 : 2, 2);
            break;
        case Token::Month1:
        case Token::Month2:
            value = m = digitsAt(text, pos, part.token == Token::Month1 ? 1 : 2, 2);
            break;
        case Token::MonthShort:
        case Token::MonthLong:
            value = m = monthAt(text, pos, part.token == Token::MonthLong);
            break;
        case Token::Year2:
            value = digitsAt(text, pos, 2, 2);
            y = 2000 + value;
            break;
        case Token::Year4:
            value = y = digitsAt(text, pos, 4, 4);
            break;
        }
        if (value < 0) {
            return false;
        }
    }
    if (pos != text.size() && !isTimeSuffix(text.mid(pos))) {
        return false;
    }
    day = d;
    month = m;
    year = y;
    return true;
}

std::optional<QByteArray> exactDecimalText(QStringView text, int significantDigits)
{
    constexpr int kMaxDigits = 400;
    constexpr long kMaxPoint = 40;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    std::string digits;
    long point = 0; // the value is 0.<digits> x 10^point
    bool any = false;
    for (; i < n && isDigit(text[i]); ++i) {
        digits.push_back(static_cast<char>(text[i].unicode()));
        ++point;
        any = true;
    }
    if (i < n && text[i] == u'.') {
        for (++i; i < n && isDigit(text[i]); ++i) {
            digits.push_back(static_cast<char>(text[i].unicode()));
            any = true;
        }
    }
    if (!any || digits.size() > kMaxDigits) {
        return std::nullopt;
    }
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool expNegative = false;
        if (i < n && (text[i] == u'-' || text[i] == u'+')) {
            expNegative = text[i] == u'-';
            ++i;
        }
        if (i >= n) {
            return std::nullopt;
        }
        long exponent = 0;
        for (; i < n && isDigit(text[i]); ++i) {
            exponent = exponent * 10 + (text[i].unicode() - u'0');
            if (exponent > 100000) {
                return std::nullopt;
            }
        }
        point += expNegative ? -exponent : exponent;
    }
    if (i != n) {
        return std::nullopt;
    }
    std::size_t lead = 0;
    while (lead < digits.size() && digits[lead] == '0') {
        ++lead;
        --point;
    }
    digits.erase(0, lead);
    while (!digits.empty() && digits.back() == '0') {
        digits.pop_back();
    }
    if (digits.empty()) {
        return QByteArray("0");
    }
    if (significantDigits > 0 && digits.size() > static_cast<std::size_t>(significantDigits)) {
        const bool up = digits[static_cast<std::size_t>(significantDigits)] >= '5';
        digits.resize(static_cast<std::size_t>(significantDigits));
        if (up) {
            int k = significantDigits - 1;
            while (k >= 0 && digits[static_cast<std::size_t>(k)] == '9') {
                digits[static_cast<std::size_t>(k)] = '0';
                --k;
            }
            if (k < 0) {
                digits.insert(digits.begin(), '1');
                ++point;
            } else {
                ++digits[static_cast<std::size_t>(k)];
            }
        }
        while (!digits.empty() && digits.back() == '0') {
            digits.pop_back();
        }
    }
    if (point > kMaxPoint || point < -kMaxPoint) {
        return std::nullopt;
    }
    QByteArray out;
    out.reserve(static_cast<qsizetype>(digits.size()) + 44);
    if (negative) {
        out.append('-');
    }
    const auto size = static_cast<long>(digits.size());
    if (point <= 0) {
        out.append("0.");
        out.append(QByteArray(-point, '0'));
        out.append(digits.data(), static_cast<qsizetype>(digits.size()));
    } else if (point >= size) {
        out.append(digits.data(), static_cast<qsizetype>(digits.size()));
        out.append(QByteArray(point - size, '0'));
    } else {
        out.append(digits.data(), point);
        out.append('.');
        out.append(digits.data() + point, size - point);
    }
    return out;
}

QString parseTemplateValue(
    const TemplateColumn& column, QStringView text, CellType type, const ValueOptions& options, TemplateValue& out)
{
    if (type == CellType::Error) {
        return QCoreApplication::translate("irndesk::io", "is an error value of the spreadsheet, not a value");
    }
    switch (column.kind) {
    case TemplateKind::Text:
        if (type == CellType::Number) {
            std::optional<QByteArray> exact = exactDecimalText(text, 15);
            out.text = exact ? QString::fromLatin1(*exact) : text.toString();
        } else {
            out.text = text.toString();
        }
        return {};
    case TemplateKind::YesNo: {
        static const char* const yes[] = { "y", "yes", "true" };
        static const char* const no[] = { "n", "no", "false" };
        for (const char* y : yes) {
            if (text.compare(QLatin1StringView(y), Qt::CaseInsensitive) == 0) {
                out.text = QStringLiteral("Y");
                return {};
            }
        }
        for (const char* n : no) {
            if (text.compare(QLatin1StringView(n), Qt::CaseInsensitive) == 0) {
                out.text = QStringLiteral("N");
                return {};
            }
        }
        return QCoreApplication::translate("irndesk::io", "is not Y or N (Yes, No, True and False are read too)");
    }
    case TemplateKind::Date:
        return parseDate(text, type, options, out);
    case TemplateKind::Decimal:
    case TemplateKind::Integer: {
        QString error;
        const std::optional<QByteArray> exact = numberText(text, type, options, error);
        if (!exact) {
            return error;
        }
        const int scale = column.kind == TemplateKind::Integer ? 0 : column.scale;
        std::int64_t raw = 0;
        int decimals = 0;
        const DecimalParse parsed =
            parseDecimal(std::string_view(exact->constData(), std::size_t(exact->size())), scale, raw, decimals);
        if (parsed == DecimalParse::Overflow) {
            return QCoreApplication::translate("irndesk::io", "is too large");
        }
        if (parsed != DecimalParse::Ok) {
            return notANumber();
        }
        if (decimals > scale) {
            if (column.kind == TemplateKind::Integer) {
                return QCoreApplication::translate("irndesk::io", "is not a whole number");
            }
            return QCoreApplication::translate("irndesk::io", "has %1 decimal places; %2 allows at most %3")
                .arg(decimals)
                .arg(column.name)
                .arg(scale);
        }
        out.number = raw;
        out.text = QString::fromLatin1(*exact);
        return {};
    }
    }
    return {};
}

} // namespace irndesk::io
