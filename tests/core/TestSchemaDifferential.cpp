// SPDX-License-Identifier: GPL-3.0-or-later
// Our schema checks against the independent oracle (ajv on the draft-07 schema, tests/schema/).
//
// Valid invoices of the generator are mutated a couple of thousand times, deterministically and
// field by field as the schema file itself describes the fields (delete a key, wrong type, null,
// one character too long or too short, exactly the limits, a newline, a quote, a backslash, a |,
// lower case, the number limits and one step beyond, extra decimals, unknown keys, ...). The whole
// batch goes once through ajv and once through validateStream() (reader + rules); per invoice the
// verdicts must agree, counting only our SCHEMA, 2228 and 2173 errors.
//
// Where we differ from the oracle on purpose, the mutation says so and the test checks the
// difference exactly (ours invalid and ajv valid, or the other way round):
//   ours stricter:
//   * real calendar dates: 31/02/2026, 29/02/2027, 39/19/2029, 00/01/2026, 01/13/2026 pass the
//     published date pattern; EwbDtls.TransDocDt must be a dd/mm/yyyy date (its pattern admits
//     2026-11-10 and ABC-12/XYZ);
//   * the backslash in free text (NIC business rule);
//   * Version other than "1.1", any Irn, an empty ItemList (2228), more than 1,000 items (2173);
//   * `|` in Unit, OrgCntry, Port, ForCur, VehNo and RefClm (the published classes admit it);
//   * lengths in UTF-16 code units: a character outside the BMP counts 2 (ajv counts code points);
//   * numbers with more decimals than the field has (the reader rejects them; the schema only
//     annotates x-decimals), including a fractional Pin, CrDay or Distance.
//   ours looser:
//   * null reads as an absent field (a warning), so null in an optional field passes;
//   * a key in another letter case is read as the schema's key (a warning), as NIC's
//     case-insensitive binder does; ajv (additionalProperties: false) rejects it.
//   agreeing: unknown keys (ajv's additionalProperties, our reader's error), wrong JSON types,
//   everything else.
#include "core/json/InvoiceWriter.h"
#include "core/model/Decimal.h"
#include "core/rules/FileValidation.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <map>

#include "bench/InvoiceGenerator.h"

using namespace irndesk;

namespace {

/// A JSON path as segments: a key, or an array index.
struct Segment
{
    QString key;
    int index = -1;
};
using JPath = QList<Segment>;

JPath child(JPath path, const QString& key)
{
    path.append({ key, -1 });
    return path;
}
JPath element(JPath path, int index)
{
    path.append({ QString(), index });
    return path;
}

/// "ItemList[0].BchDtls.Nm", as our findings name paths.
QString pathText(const JPath& path)
{
    QString s;
    for (const Segment& seg : path) {
        if (seg.index >= 0) {
            s += u'[' + QString::number(seg.index) + u']';
        } else {
            if (!s.isEmpty())
                s += u'.';
            s += seg.key;
        }
    }
    return s;
}

std::optional<QJsonValue> lookup(const QJsonValue& root, const JPath& path)
{
    QJsonValue node = root;
    for (const Segment& seg : path) {
        if (seg.index >= 0) {
            if (!node.isArray() || node.toArray().size() <= seg.index)
                return std::nullopt;
            node = node.toArray().at(seg.index);
        } else {
            if (!node.isObject() || !node.toObject().contains(seg.key))
                return std::nullopt;
            node = node.toObject().value(seg.key);
        }
    }
    return node;
}

/// `root` with the value at `path` replaced by `value` (std::nullopt removes the key), or its
/// key renamed to `newKey`.
QJsonValue edited(const QJsonValue& root,
    const JPath& path,
    qsizetype at,
    const std::optional<QJsonValue>& value,
    const QString& newKey = QString())
{
    const Segment& seg = path[at];
    const bool last = at == path.size() - 1;
    if (seg.index >= 0) {
        QJsonArray array = root.toArray();
        Q_ASSERT(value || !last);
        const QJsonValue old = array.at(seg.index);
        array[seg.index] = last ? *value : edited(old, path, at + 1, value, newKey);
        return array;
    }
    QJsonObject object = root.toObject();
    if (!last) {
        object[seg.key] = edited(object.value(seg.key), path, at + 1, value, newKey);
    } else if (!newKey.isEmpty()) {
        const QJsonValue old = object.take(seg.key);
        object.insert(newKey, old);
    } else if (value) {
        object[seg.key] = *value;
    } else {
        object.remove(seg.key);
    }
    return object;
}

enum class Expect
{
    Agree, ///< ajv and we give the same verdict (whichever it is)
    OursStricter, ///< a documented difference: we reject, ajv accepts
    OursLooser, ///< a documented difference: we accept, ajv rejects
};

struct Mutation
{
    QString what; ///< e.g. "max+1"
    JPath target; ///< the field or object changed
    Expect expect = Expect::Agree;
    QByteArray json; ///< the mutated invoice
};

/// The placeholder replaced by an exact number text after serialisation (QJsonValue holds a double).
const QString kNumberMark = u"@@NUMBER@@"_qs;

/// A number text at `decimals` places moved by `steps` units of the last place: ("99.99", 2, 1) -> "100.00".
QString stepped(const QString& text, int decimals, int steps)
{
    std::int64_t raw = 0;
    int places = 0;
    const QByteArray latin = text.toLatin1();
    const DecimalParse parsed =
        parseDecimal(std::string_view(latin.constData(), std::size_t(latin.size())), decimals, raw, places);
    Q_ASSERT(parsed == DecimalParse::Ok);
    char buffer[kDecimalBufferSize];
    const int n = formatDecimal(buffer, raw + steps, decimals);
    return QString::fromLatin1(buffer + kDecimalBufferSize - n, n);
}

/// One schema node with where it sits (array elements as index 0).
struct SchemaNode
{
    JPath path;
    QJsonObject schema;
    bool required = false; ///< listed in its parent's "required"
    bool inArray = false; ///< the node is an array element
};

void collect(const QJsonObject& node,
    const JPath& path,
    bool required,
    bool inArray,
    QList<SchemaNode>& objects,
    QList<SchemaNode>& arrays,
    QList<SchemaNode>& leaves)
{
    const QString type = node.value(u"type").toString();
    if (type == u"object") {
        objects.append({ path, node, required, inArray });
        const QJsonArray req = node.value(u"required").toArray();
        const QJsonObject properties = node.value(u"properties").toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            collect(
                it.value().toObject(), child(path, it.key()), req.contains(it.key()), false, objects, arrays, leaves);
    } else if (type == u"array") {
        arrays.append({ path, node, required, inArray });
        collect(node.value(u"items").toObject(), element(path, 0), false, true, objects, arrays, leaves);
    } else {
        leaves.append({ path, node, required, inArray });
    }
}

bool isFreeText(const QJsonObject& schema)
{
    return schema.value(u"pattern").toString() == u"^([^\"])*$";
}
bool isSchemaDate(const QJsonObject& schema)
{
    return schema.value(u"pattern").toString() == u"^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$";
}
/// A character class of the published pattern holds '|' (e.g. [A-Z|a-z]).
bool hasPipeClass(const QJsonObject& schema)
{
    static const QRegularExpression pipeClass(u"\\[[^\\]]*\\|[^\\]]*\\]"_qs);
    return pipeClass.match(schema.value(u"pattern").toString()).hasMatch();
}

struct Verdict
{
    bool invalid = false;
    QStringList details;
};

} // namespace

class TestSchemaDifferential : public QObject
{
    Q_OBJECT

    QList<QJsonObject> m_bases;
    QList<Mutation> m_mutations;

    QJsonObject m_schema;

    /// Adds a mutation of base invoice `base`: the value at `target` set (std::nullopt: removed).
    void add(int base,
        const QString& what,
        const JPath& target,
        const std::optional<QJsonValue>& value,
        Expect expect = Expect::Agree,
        const QString& numberText = QString(),
        const QString& newKey = QString())
    {
        const QJsonValue root = edited(m_bases[base], target, 0, value, newKey);
        QByteArray json = QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact);
        if (!numberText.isEmpty())
            json.replace(u"\"%1\""_qs.arg(kNumberMark).toLatin1(), numberText.toLatin1());
        m_mutations.append({ what, target, expect, json });
    }
    void addNumber(
        int base, const QString& what, const JPath& target, const QString& text, Expect expect = Expect::Agree)
    {
        add(base, what, target, QJsonValue(kNumberMark), expect, text);
    }

    /// The first base invoice that has `path`, or -1.
    int baseWith(const JPath& path) const
    {
        for (int i = 0; i < m_bases.size(); ++i)
            if (lookup(m_bases[i], path))
                return i;
        return -1;
    }

    void mutateString(const SchemaNode& leaf)
    {
        const QString name = leaf.path.last().key;
        if (leaf.path.size() == 1 && (name == u"Version" || name == u"Irn"))
            return; // their own cases below
        const JPath parent = leaf.path.mid(0, leaf.path.size() - 1);
        int base = baseWith(leaf.path);
        QString value;
        if (base >= 0) {
            value = lookup(m_bases[base], leaf.path)->toString();
        } else {
            // Not generated (EcmGstin, Docs, ...): start from a value of the right kind.
            base = baseWith(parent);
            QVERIFY2(base >= 0, qPrintable(pathText(leaf.path)));
            value = name.endsWith(u"Gstin") ? u"29AAGCB7383J1Z4"_qs : u"Sample text"_qs;
        }
        const QJsonObject& s = leaf.schema;
        const int minLength = s.value(u"minLength").toInt(0);
        const int maxLength = s.value(u"maxLength").toInt(1000);
        const bool freeText = isFreeText(s);
        const bool hasEnum = s.contains(u"enum");
        const QChar pad = value.isEmpty() ? u'A' : value.back();
        const JPath& p = leaf.path;
        QSet<QString> done{ value };
        auto set = [&](const QString& what, const QString& v, Expect expect = Expect::Agree) {
            if (done.contains(v) && expect == Expect::Agree)
                return;
            done.insert(v);
            add(base, what, p, QJsonValue(v), expect);
        };

        add(base, u"delete"_qs, p, std::nullopt);
        add(base, u"null"_qs, p, QJsonValue(QJsonValue::Null), leaf.required ? Expect::Agree : Expect::OursLooser);
        add(base, u"number"_qs, p, QJsonValue(7));
        set(u"max+1"_qs, value.leftJustified(maxLength + 1, pad, true));
        set(u"max"_qs, value.leftJustified(maxLength, pad, true));
        if (value.size() >= minLength)
            set(u"min"_qs, value.left(minLength));
        if (minLength > 1)
            set(u"min-1"_qs, value.leftJustified(minLength - 1, pad, true));
        set(u"empty"_qs, QString());
        set(u"newline"_qs, (value.size() < maxLength ? value : value.chopped(1)) + u'\n');
        const qsizetype middle = value.size() / 2;
        if (!value.isEmpty()) {
            QString quoted = value, backslashed = value, spaced = value;
            quoted[middle] = u'"';
            backslashed[middle] = u'\\';
            spaced[middle] = u' ';
            set(u"quote"_qs, quoted);
            set(u"backslash"_qs, backslashed, freeText ? Expect::OursStricter : Expect::Agree);
            set(u"space"_qs, spaced);
            if (freeText) { // the first and the last character (our scan reads four at a time)
                for (const qsizetype at : { qsizetype(0), value.size() - 1 }) {
                    QString q = value, b = value;
                    q[at] = u'"';
                    b[at] = u'\\';
                    set(u"quote-edge"_qs, q);
                    set(u"backslash-edge"_qs, b, Expect::OursStricter);
                }
            }
        }
        set(u"pipe"_qs,
            QString(std::max<qsizetype>(value.size(), minLength), u'|'),
            hasPipeClass(s) && !hasEnum ? Expect::OursStricter : Expect::Agree);
        set(u"lower"_qs, value.toLower());
        set(u"upper"_qs, value.toUpper());
        if (!isSchemaDate(s) && name != u"TransDocDt") // 00/11/2026 is a date question, below
            set(u"digit-first"_qs, u'0' + value.mid(1));
        if (freeText) // maxLength characters for ajv, maxLength + 1 UTF-16 units for us
            set(u"astral"_qs,
                QString(maxLength - 1, u'A') + QString::fromUtf8("\xF0\x9F\x98\x80"),
                Expect::OursStricter);
        if (hasEnum) {
            for (const QJsonValue& allowed : s.value(u"enum").toArray()) {
                set(u"enum"_qs, allowed.toString());
                set(u"enum-lower"_qs, allowed.toString().toLower());
            }
        }
        if (isSchemaDate(s)) {
            set(u"leap-day"_qs, u"29/02/2028"_qs);
            set(u"last-year"_qs, u"31/12/2029"_qs);
            set(u"first-year"_qs, u"01/01/2010"_qs);
            set(u"year-2031"_qs, u"10/11/2031"_qs);
            set(u"year-2009"_qs, u"10/11/2009"_qs);
            set(u"iso-date"_qs, u"2026-11-10"_qs);
            set(u"day-40"_qs, u"40/01/2026"_qs);
            for (const char* impossible :
                { "31/02/2026", "29/02/2027", "39/19/2029", "00/01/2026", "01/13/2026", "31/04/2026" })
                set(u"no-such-day"_qs, QString::fromLatin1(impossible), Expect::OursStricter);
        }
        if (name == u"TransDocDt") {
            set(u"iso-date"_qs, u"2026-11-10"_qs, Expect::OursStricter);
            set(u"not-a-date"_qs, u"ABC-12/XYZ"_qs, Expect::OursStricter);
            set(u"no-such-day"_qs, u"31/02/2026"_qs, Expect::OursStricter);
            set(u"year-2031"_qs, u"10/11/2031"_qs);
        }
    }

    void mutateNumber(const SchemaNode& leaf)
    {
        const JPath& p = leaf.path;
        const JPath parent = p.mid(0, p.size() - 1);
        int base = baseWith(p);
        if (base < 0)
            base = baseWith(parent);
        QVERIFY2(base >= 0, qPrintable(pathText(p)));
        const int decimals = leaf.schema.value(u"x-decimals").toInt(-1);
        QVERIFY2(decimals >= 0, qPrintable(pathText(p)));
        const QString max = QString::number(leaf.schema.value(u"maximum").toDouble(), 'f', decimals);
        const QString min = QString::number(leaf.schema.value(u"minimum").toDouble(), 'f', decimals);

        add(base, u"delete"_qs, p, std::nullopt);
        add(base, u"null"_qs, p, QJsonValue(QJsonValue::Null), leaf.required ? Expect::Agree : Expect::OursLooser);
        add(base, u"string"_qs, p, QJsonValue(u"1"_qs));
        add(base, u"bool"_qs, p, QJsonValue(true));
        addNumber(base, u"max"_qs, p, max);
        addNumber(base, u"max+step"_qs, p, stepped(max, decimals, 1));
        addNumber(base, u"max+1"_qs, p, stepped(max, decimals, int(pow10(decimals))));
        addNumber(base, u"min"_qs, p, min);
        addNumber(base, u"min-step"_qs, p, stepped(min, decimals, -1));
        addNumber(base, u"min-1"_qs, p, stepped(min, decimals, -int(pow10(decimals))));
        const QString inside = leaf.schema.value(u"minimum").toDouble() > 1 ? min.section(u'.', 0, 0) : u"1"_qs;
        addNumber(base, u"extra-decimal"_qs, p, inside + u'.' + QString(decimals, u'0') + u'5', Expect::OursStricter);
        const QString mantissa = inside.size() > 1 ? inside.left(1) + u'.' + inside.mid(1) : inside;
        addNumber(base, u"exponent"_qs, p, mantissa + u'e' + QString::number(inside.size() - 1));
        addNumber(base, u"negative-zero"_qs, p, u"-0"_qs);
    }

    void mutateObject(const SchemaNode& object)
    {
        const JPath& p = object.path;
        const int base = p.isEmpty() ? 0 : baseWith(p);
        QVERIFY2(base >= 0, qPrintable(pathText(p)));
        add(base, u"unknown-key"_qs, child(p, u"Xyz"_qs), QJsonValue(u"1"_qs));
        if (p.isEmpty())
            return;
        if (!object.inArray)
            add(base, u"delete-section"_qs, p, std::nullopt);
        add(base,
            u"null-section"_qs,
            p,
            QJsonValue(QJsonValue::Null),
            object.required || object.inArray ? Expect::Agree : Expect::OursLooser);
        add(base, u"string-section"_qs, p, QJsonValue(u"x"_qs));
        add(base, u"empty-section"_qs, p, QJsonObject());
        // Another letter case of a key the section holds: we read it (with a warning), ajv does not.
        const QJsonObject instance = lookup(m_bases[base], p)->toObject();
        for (auto it = instance.begin(); it != instance.end(); ++it) {
            if (it.key().toLower() != it.key() && !instance.contains(it.key().toLower())) {
                add(base,
                    u"key-case"_qs,
                    child(p, it.key()),
                    std::nullopt,
                    Expect::OursLooser,
                    QString(),
                    it.key().toLower());
                break;
            }
        }
    }

    void mutateArray(const SchemaNode& array)
    {
        const JPath& p = array.path;
        const int base = baseWith(p);
        QVERIFY2(base >= 0, qPrintable(pathText(p)));
        const bool itemList = p.size() == 1 && p[0].key == u"ItemList";
        add(base, u"empty-array"_qs, p, QJsonArray(), itemList ? Expect::OursStricter : Expect::Agree);
        add(base, u"object-for-array"_qs, p, QJsonObject());
        add(base, u"number-element"_qs, p, QJsonArray{ 1 });
        add(base, u"null-array"_qs, p, QJsonValue(QJsonValue::Null), itemList ? Expect::Agree : Expect::OursLooser);
        if (!itemList)
            return;
        const QJsonArray items = lookup(m_bases[base], p)->toArray();
        for (const int count : { 1000, 1001 }) {
            QJsonArray many;
            for (int i = 0; i < count; ++i) {
                QJsonObject item = items.at(i % items.size()).toObject();
                item[u"SlNo"_qs] = QString::number(i + 1);
                many.append(item);
            }
            add(base, u"%1-items"_qs.arg(count), p, many, count > 1000 ? Expect::OursStricter : Expect::Agree);
        }
    }

    void mutateRoot()
    {
        const JPath version{ { u"Version"_qs, -1 } };
        const JPath irn{ { u"Irn"_qs, -1 } };
        add(0, u"version-1.0"_qs, version, QJsonValue(u"1.0"_qs), Expect::OursStricter);
        add(0, u"version-1.10"_qs, version, QJsonValue(u"1.10"_qs), Expect::OursStricter);
        add(0, u"version-empty"_qs, version, QJsonValue(u""_qs));
        add(0, u"version-too-long"_qs, version, QJsonValue(u"1.1.0.0"_qs));
        add(0, u"version-number"_qs, version, QJsonValue(1.1));
        add(0, u"version-delete"_qs, version, std::nullopt);
        add(0, u"irn"_qs, irn, QJsonValue(QString(64, u'a')), Expect::OursStricter);
        add(0, u"irn-short"_qs, irn, QJsonValue(QString(63, u'a')));
    }

    /// ajv's verdict on every invoice of `file` (a bulk array).
    QList<Verdict> runOracle(const QString& file, qsizetype count)
    {
        const QString validator = qEnvironmentVariable("IRNDESK_SCHEMA_VALIDATOR");
        QProcess node;
        node.start(
            qEnvironmentVariable("IRNDESK_NODE"), { validator, u"--quiet"_qs, u"--max-errors"_qs, u"0"_qs, file });
        [&] {
            QVERIFY2(node.waitForFinished(120000), "ajv did not finish");
        }();
        const QString out = QString::fromUtf8(node.readAllStandardOutput());
        const QString err = QString::fromUtf8(node.readAllStandardError());
        [&] {
            QVERIFY2(node.exitStatus() == QProcess::NormalExit && (node.exitCode() == 0 || node.exitCode() == 1),
                qPrintable(u"ajv could not run (npm ci --prefix tests/schema?):\n"_qs + err + out.left(2000)));
        }();
        QList<Verdict> verdicts(count);
        static const QRegularExpression line(u"^.*: invoice (\\d+): (.*)$"_qs);
        for (const QString& l : out.split(u'\n')) {
            const QRegularExpressionMatch m = line.match(l);
            if (!m.hasMatch())
                continue;
            const int index = m.captured(1).toInt();
            if (index >= 0 && index < count) {
                verdicts[index].invalid = true;
                verdicts[index].details.append(m.captured(2));
            }
        }
        return verdicts;
    }

private slots:
    void initTestCase()
    {
        const QFileInfo validator(qEnvironmentVariable("IRNDESK_SCHEMA_VALIDATOR"));
        QVERIFY2(validator.exists(), "IRNDESK_SCHEMA_VALIDATOR is not set: run the tests through ctest");
        QVERIFY2(QFileInfo::exists(validator.dir().filePath(u"node_modules/ajv/package.json"_qs)),
            "ajv is not installed: run `make deps` or `npm ci --prefix tests/schema`");
        QFile schemaFile(validator.dir().filePath(u"inv01-v1.1.schema.json"_qs));
        QVERIFY(schemaFile.open(QIODevice::ReadOnly));
        m_schema = QJsonDocument::fromJson(schemaFile.readAll()).object();
        QVERIFY(m_schema.contains(u"properties"));

        // Base invoices: enough of the generator's output that every section and nearly every
        // field appears in one of them.
        bench::GeneratorOptions options;
        options.seed = 7202611;
        options.itemsMax = 3;
        options.today = QDate(2026, 11, 21);
        bench::InvoiceGenerator generator(options);
        for (int i = 0; i < 400; ++i)
            m_bases.append(QJsonDocument::fromJson(invoiceToJson(generator.next())).object());
    }

    void agreesWithTheOracle()
    {
        QElapsedTimer timer;
        timer.start();
        QList<SchemaNode> objects, arrays, leaves;
        collect(m_schema, {}, true, false, objects, arrays, leaves);
        QCOMPARE(leaves.size(), 132); // spec §2.1.2: 93 string and 39 number fields
        QCOMPARE(objects.size(), 19); // spec §2.1.2: 19 objects, the invoice included
        QCOMPARE(arrays.size(), 5);

        // The unmutated bases come first: valid for both.
        for (int i = 0; i < 40; ++i)
            m_mutations.append(
                { u"none"_qs, {}, Expect::Agree, QJsonDocument(m_bases[i]).toJson(QJsonDocument::Compact) });
        mutateRoot();
        for (const SchemaNode& object : std::as_const(objects))
            mutateObject(object);
        for (const SchemaNode& array : std::as_const(arrays))
            mutateArray(array);
        for (const SchemaNode& leaf : std::as_const(leaves)) {
            if (leaf.schema.value(u"type").toString() == u"string")
                mutateString(leaf);
            else
                mutateNumber(leaf);
        }
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_mutations.size() > 1500);

        QByteArray batch = "[";
        for (int i = 0; i < m_mutations.size(); ++i) {
            if (i > 0)
                batch += ",\n";
            batch += m_mutations[i].json;
        }
        batch += "]\n";
        QTemporaryDir dir;
        const QString file = dir.filePath(u"mutations.json"_qs);
        if (qEnvironmentVariableIsSet("IRNDESK_KEEP_DIFFERENTIAL")) { // to look at the batch by hand
            dir.setAutoRemove(false);
            qInfo("batch kept in %s", qPrintable(file));
        }
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(batch);
        }
        const QList<Verdict> ajv = runOracle(file, m_mutations.size());
        if (QTest::currentTestFailed())
            return;

        // Ours, on the same bytes.
        QList<Verdict> ours(m_mutations.size());
        QStringList repeated;
        QBuffer buffer(&batch);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        RuleContext context = RuleContext::withBuiltInMasters(QDate(2026, 11, 21));
        const Diagnostics fileProblems = validateStream(&buffer, context, [&](InvoiceReport&& report) {
            QSet<QString> schemaPaths;
            for (const Finding& f : report.findings) {
                const bool counted = f.code == u"SCHEMA" || f.code == u"2228" || f.code == u"2173";
                if (!f.isError() || !counted)
                    continue;
                ours[report.index].invalid = true;
                ours[report.index].details.append(f.path + u": "_qs + f.rule + u": "_qs + f.message);
                // One finding per field from the schema checks.
                if (f.rule.startsWith(u"schema.") && f.rule != u"schema.json") {
                    if (schemaPaths.contains(f.path))
                        repeated.append(u"[%1] %2"_qs.arg(report.index).arg(f.path));
                    schemaPaths.insert(f.path);
                }
            }
        });
        QVERIFY(!hasErrors(fileProblems));

        QStringList mismatches;
        std::map<QString, int> tally; // "agree both invalid" etc.
        for (int i = 0; i < m_mutations.size(); ++i) {
            const Mutation& m = m_mutations[i];
            const bool o = ours[i].invalid, a = ajv[i].invalid;
            bool ok = false;
            switch (m.expect) {
            case Expect::Agree:
                ok = o == a;
                // Where both reject, we must name the field changed (or one inside it).
                if (ok && o) {
                    const QString target = pathText(m.target);
                    bool named = false;
                    for (const QString& d : ours[i].details)
                        named = named || d.startsWith(target + u':') || d.startsWith(target + u'.')
                            || d.startsWith(target + u'[');
                    ok = named;
                }
                ++tally[o ? u"agree, both invalid"_qs : u"agree, both valid"_qs];
                break;
            case Expect::OursStricter:
                ok = o && !a;
                ++tally[u"ours stricter"_qs];
                break;
            case Expect::OursLooser:
                ok = !o && a;
                ++tally[u"ours looser"_qs];
                break;
            }
            if (!ok) {
                mismatches.append(
                    u"[%1] %2 at %3 (%4): ours %5, ajv %6\n    ours: %7\n    ajv: %8"_qs.arg(i).arg(m.what,
                        pathText(m.target),
                        m.expect == Expect::Agree              ? u"should agree"_qs
                            : m.expect == Expect::OursStricter ? u"ours stricter"_qs
                                                               : u"ours looser"_qs,
                        o ? u"invalid"_qs : u"valid"_qs,
                        a ? u"invalid"_qs : u"valid"_qs,
                        ours[i].details.join(u" | "_qs).left(600),
                        ajv[i].details.join(u" | "_qs).left(600)));
            }
        }
        QString summary;
        for (const auto& [k, v] : tally)
            summary += u"%1: %2; "_qs.arg(k).arg(v);
        qInfo("%lld invoices in %lld ms: %s", qint64(m_mutations.size()), timer.elapsed(), qPrintable(summary));
        QVERIFY2(mismatches.isEmpty(),
            qPrintable(u"%1 of %2 disagree:\n"_qs.arg(mismatches.size()).arg(m_mutations.size())
                + mismatches.mid(0, 40).join(u'\n')));
        QVERIFY2(
            repeated.isEmpty(), qPrintable(u"two schema findings at one path:\n"_qs + repeated.mid(0, 20).join(u'\n')));

        // The batch exercised both sides: many rejections and many boundary values accepted, and
        // every kind of schema keyword failed somewhere.
        QVERIFY(tally[u"agree, both invalid"_qs] > 1000);
        QVERIFY(tally[u"agree, both valid"_qs] > 300);
        QString keywords;
        for (const Verdict& v : ajv)
            keywords += v.details.join(u'\n');
        for (const char* keyword : { "(required)",
                 "(maxLength)",
                 "(minLength)",
                 "(pattern)",
                 "(enum)",
                 "(minimum)",
                 "(maximum)",
                 "(type)",
                 "(additionalProperties)" })
            QVERIFY2(keywords.contains(QLatin1StringView(keyword)), keyword);
    }
};

QTEST_GUILESS_MAIN(TestSchemaDifferential)
#include "TestSchemaDifferential.moc"
