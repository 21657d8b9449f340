// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/PortalResults.h"

#include "core/irp/Jwt.h"
#include "core/json/JsonCursor.h"
#include "core/model/Irn.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <vector>

namespace irndesk::io {

namespace {

class PortalText
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::io::PortalResults)
};

// ---------------------------------------------------------------------------------------------
// A small JSON tree with the line of every value and numbers kept as their text: AckNo and EwbNo
// are 12- and 15-digit JSON numbers, which must not pass through a double (QJsonValue would).

struct Node
{
    enum class Kind
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object,
    };
    Kind kind = Kind::Null;
    QString text; ///< a string's value, a number's source text, "true" or "false"
    std::vector<QString> keys; ///< an object's keys, in file order
    std::vector<Node> values; ///< an object's values (same order as keys) or an array's items
    int line = 0;

    bool isObject() const { return kind == Kind::Object; }
    bool isString() const { return kind == Kind::String; }

    /// The value of `key`: the exact key, else one that differs only in letter case, '_' or '-'
    /// (AckNo, ackNo, ACKNO, ack_no), as other tools write the IRP's names.
    const Node* get(QStringView key) const
    {
        if (kind != Kind::Object) {
            return nullptr;
        }
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] == key) {
                return &values[i];
            }
        }
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (sameName(keys[i], key)) {
                return &values[i];
            }
        }
        return nullptr;
    }
    const Node* get(QStringView key, QStringView inner) const
    {
        const Node* section = get(key);
        return section ? section->get(inner) : nullptr;
    }

    static bool sameName(QStringView a, QStringView b)
    {
        qsizetype i = 0;
        qsizetype j = 0;
        const auto skip = [](QStringView s, qsizetype& k) {
            while (k < s.size() && (s[k] == u'_' || s[k] == u'-')) {
                ++k;
            }
        };
        while (true) {
            skip(a, i);
            skip(b, j);
            if (i == a.size() || j == b.size()) {
                return i == a.size() && j == b.size();
            }
            if (a[i].toCaseFolded() != b[j].toCaseFolded()) {
                return false;
            }
            ++i;
            ++j;
        }
    }
};

/// Parses JSON text into a Node tree, with syntax errors located as JsonCursor locates them.
class TreeParser
{
public:
    TreeParser(QByteArrayView bytes, int firstLine)
        : m_cursor(bytes.data(), bytes.data() + bytes.size(), firstLine)
        , m_scan(bytes.data())
        , m_line(firstLine)
    {}

    /// One value and nothing after it.
    bool parse(Node& out)
    {
        if (!value(out, 0)) {
            return false;
        }
        if (!m_cursor.atEnd()) {
            m_cursor.fail(PortalText::tr("unexpected text after the end of the JSON value"));
            return false;
        }
        return true;
    }
    /// "line 3, column 7: message"
    QString error() const
    {
        return PortalText::tr("line %1, column %2: %3")
            .arg(m_cursor.errorLine())
            .arg(m_cursor.errorColumn())
            .arg(m_cursor.errorMessage());
    }

private:
    static constexpr int kMaxDepth = 200; // the parser recurses: bound the stack

    /// The line of `at`; positions only move forward, so the lines are counted once.
    int lineAt(const char* at)
    {
        m_line += int(std::count(m_scan, at, '\n'));
        m_scan = at;
        return m_line;
    }

    bool value(Node& out, int depth)
    {
        if (depth > kMaxDepth) {
            m_cursor.fail(PortalText::tr("the JSON is nested more than %1 levels deep").arg(kMaxDepth));
            return false;
        }
        const JsonCursor::Kind kind = m_cursor.peekKind();
        out.line = lineAt(m_cursor.position());
        switch (kind) {
        case JsonCursor::Kind::Object:
            out.kind = Node::Kind::Object;
            m_cursor.consume('{');
            if (m_cursor.consume('}')) {
                return true;
            }
            while (true) {
                if (m_cursor.peekKind() != JsonCursor::Kind::String) {
                    m_cursor.fail(PortalText::tr("expected a key in double quotes"));
                    return false;
                }
                QString key;
                if (!m_cursor.readString(key)) {
                    return false;
                }
                if (!m_cursor.consume(':')) {
                    m_cursor.fail(PortalText::tr("expected ':' after the key"));
                    return false;
                }
                out.keys.push_back(std::move(key));
                out.values.emplace_back();
                if (!value(out.values.back(), depth + 1)) {
                    return false;
                }
                if (m_cursor.consume(',')) {
                    continue;
                }
                if (m_cursor.consume('}')) {
                    return true;
                }
                m_cursor.fail(PortalText::tr("expected ',' or '}' after a value"));
                return false;
            }
        case JsonCursor::Kind::Array:
            out.kind = Node::Kind::Array;
            m_cursor.consume('[');
            if (m_cursor.consume(']')) {
                return true;
            }
            while (true) {
                out.values.emplace_back();
                if (!value(out.values.back(), depth + 1)) {
                    return false;
                }
                if (m_cursor.consume(',')) {
                    continue;
                }
                if (m_cursor.consume(']')) {
                    return true;
                }
                m_cursor.fail(PortalText::tr("expected ',' or ']' after a value"));
                return false;
            }
        case JsonCursor::Kind::String:
            out.kind = Node::Kind::String;
            return m_cursor.readString(out.text);
        case JsonCursor::Kind::Number: {
            std::string_view text;
            if (!m_cursor.readNumber(text)) {
                return false;
            }
            out.kind = Node::Kind::Number;
            out.text = QString::fromLatin1(text.data(), qsizetype(text.size()));
            return true;
        }
        case JsonCursor::Kind::True:
        case JsonCursor::Kind::False:
            out.kind = Node::Kind::Bool;
            out.text = kind == JsonCursor::Kind::True ? QStringLiteral("true") : QStringLiteral("false");
            return m_cursor.readLiteral();
        case JsonCursor::Kind::Null:
        case JsonCursor::Kind::Invalid:
            out.kind = Node::Kind::Null;
            return m_cursor.readLiteral(); // fails with a message for what is not JSON
        case JsonCursor::Kind::End:
            m_cursor.fail(PortalText::tr("the text ends where a value was expected"));
            return false;
        }
        return false;
    }

    JsonCursor m_cursor;
    const char* m_scan;
    int m_line;
};

QByteArrayView withoutBom(QByteArrayView bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes;
}

/// A scalar as text: a string's value, a number's source text; empty for null and containers.
QString scalarText(const Node* node)
{
    if (!node || (node->kind != Node::Kind::String && node->kind != Node::Kind::Number)) {
        return {};
    }
    return node->text.trimmed();
}

bool isHex64(QStringView text)
{
    if (text.size() != 64) {
        return false;
    }
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
    });
}

/// A whole number written as digits, possibly with a zero fraction (232210036743849.0) as some
/// tools write it: the digits; empty when it is anything else (an exponent, a fraction, letters).
QString wholeNumber(const QString& text)
{
    qsizetype end = text.indexOf(QLatin1Char('.'));
    if (end < 0) {
        end = text.size();
    } else if (!std::all_of(text.begin() + end + 1, text.end(), [](QChar c) { return c == u'0'; })) {
        return {};
    }
    if (end == 0) {
        return {};
    }
    for (qsizetype i = 0; i < end; ++i) {
        if (text[i] < u'0' || text[i] > u'9') {
            return {};
        }
    }
    return text.left(end);
}

/// What a signed document holds, from whichever form it came in.
struct Signed
{
    Node data; ///< the parsed `data` claim (or the decoded document given as such)
    bool isInvoice() const { return data.get(u"DocDtls") != nullptr; }
    bool isQrCode() const { return !isInvoice() && (data.get(u"DocTyp") || data.get(u"SellerGstin")); }
};

/// Parses JSON text held in a string (a `data` claim, a NIC envelope's Data); `why` says what is
/// wrong when it cannot.
bool parseEmbeddedJson(const QString& text, Node& out, QString& why)
{
    const QByteArray utf8 = text.toUtf8();
    TreeParser parser(utf8, 1);
    if (!parser.parse(out)) {
        why = parser.error();
        return false;
    }
    return true;
}

/// Splits a compact JWS, base64url-decodes its header and payload and parses the payload's
/// `data` claim. The signature is not checked (see the header). `why` says what is wrong.
bool decodeJwt(const QString& jwt, Signed& out, QString& why)
{
    const Result<irp::JwtParts> parts = irp::splitJwt(jwt);
    if (!parts) {
        why = parts.error().message;
        return false;
    }
    if (parts.value().signature.isEmpty()) {
        why = PortalText::tr("the JWT has no signature");
        return false;
    }
    Node headerNode;
    if (!TreeParser(parts.value().header, 1).parse(headerNode) || !headerNode.isObject()) {
        why = PortalText::tr("not a JWT: its header is not base64url-encoded JSON");
        return false;
    }
    Node payloadNode;
    TreeParser payloadParser(parts.value().payload, 1);
    if (!payloadParser.parse(payloadNode)) {
        why = PortalText::tr("the JWT payload is not JSON: %1").arg(payloadParser.error());
        return false;
    }
    const Node* data = payloadNode.get(u"data");
    if (!payloadNode.isObject() || !data || !data->isString()) {
        why = PortalText::tr("the JWT payload has no \"data\" text");
        return false;
    }
    if (!parseEmbeddedJson(data->text, out.data, why)) {
        why = PortalText::tr("the JWT's \"data\" is not JSON: %1").arg(why);
        return false;
    }
    if (!out.data.isObject()) {
        why = PortalText::tr("the JWT's \"data\" is not a JSON object");
        return false;
    }
    return true;
}

/// Reads the entries of a file into results and problems.
class Reader
{
public:
    PortalResults take()
    {
        joinQrCodes();
        return std::move(m_out);
    }

    /// One value of the file: an entry, a list of entries or a wrapper around them.
    void visit(const Node& node, int depth)
    {
        if (depth > 8) { // wrappers are one or two deep: more is a loop of envelopes
            problem(nextIndex(), node.line, PortalText::tr("too many wrappers inside each other"));
            return;
        }
        switch (node.kind) {
        case Node::Kind::Array:
            for (const Node& item : node.values) {
                visit(item, depth + 1);
            }
            return;
        case Node::Kind::String:
            jwtEntry(node.text, nextIndex(), node.line);
            return;
        case Node::Kind::Object:
            objectEntry(node, depth);
            return;
        case Node::Kind::Null:
        case Node::Kind::Bool:
        case Node::Kind::Number:
            problem(nextIndex(),
                node.line,
                PortalText::tr("expected an object or a JWT text, not %1")
                    .arg(node.text.isEmpty() ? QStringLiteral("null") : node.text));
            return;
        }
    }

    /// A JWT text on its own (a line of a text file, an array item).
    void jwtEntry(const QString& jwt, int index, int line)
    {
        Signed decoded;
        QString why;
        if (!decodeJwt(jwt, decoded, why)) {
            problem(index, line, why);
            return;
        }
        Fields fields;
        if (decoded.isInvoice()) {
            fields.signedInvoice = jwt.trimmed();
            build(fields, &decoded, nullptr, true, index, line);
        } else if (decoded.isQrCode()) {
            fields.signedQrCode = jwt.trimmed();
            build(fields, nullptr, &decoded, true, index, line);
        } else {
            problem(index,
                line,
                PortalText::tr("the JWT holds neither a signed invoice (DocDtls) nor a signed QR code (DocTyp)"));
        }
    }

private:
    /// The values given next to the signed documents (a generate response's keys).
    struct Fields
    {
        QString irn;
        QString ackNo;
        QString ackDate;
        QString status;
        QString ewbNo;
        QString ewbDate;
        QString ewbValidTill;
        QString signedInvoice;
        QString signedQrCode;
    };

    int nextIndex() { return ++m_index; }

    void problem(int index, int line, const QString& message)
    {
        m_out.problems.append(PortalProblem{ index, line, message });
    }

    static bool isEnvelopeStatus(const Node* status)
    {
        const QString text = scalarText(status);
        return text == u"0" || text == u"1";
    }

    void objectEntry(const Node& node, int depth)
    {
        // A GSP response: {"success": true, "message": ..., "result": <entries>}.
        if (const Node* success = node.get(u"success"); success && success->kind == Node::Kind::Bool) {
            if (success->text == u"false") {
                QString message = scalarText(node.get(u"message"));
                if (message.isEmpty()) {
                    message = scalarText(node.get(u"error_code"));
                }
                problem(nextIndex(), node.line, PortalText::tr("the response reports a failure: %1").arg(message));
                return;
            }
            if (const Node* result = node.get(u"result")) {
                visit(*result, depth + 1);
            } else {
                problem(nextIndex(), node.line, PortalText::tr("the response has no \"result\""));
            }
            return;
        }
        // The NIC envelope: {"Status": 1, "Data": ..., "ErrorDetails": ...}. Its Status is a
        // number (or "1"/"0"), the registration's Status is ACT or CNL.
        const Node* data = node.get(u"Data");
        if (data && isEnvelopeStatus(node.get(u"Status")) && !node.get(u"Irn") && !node.get(u"DocDtls")) {
            envelope(node, *data, depth);
            return;
        }
        // A decoded JWT payload, {"data": "<JSON text>", "iss": "NIC"}, or an envelope without its
        // Status: what the text holds is read as if it stood here.
        if (data && data->isString() && !node.get(u"Irn") && !node.get(u"DocDtls")) {
            Node inner;
            QString why;
            if (!parseEmbeddedJson(data->text, inner, why)) {
                problem(nextIndex(), data->line, PortalText::tr("\"data\" is not JSON: %1").arg(why));
                return;
            }
            setLines(inner, node.line); // its own lines mean nothing in the file
            visit(inner, depth + 1);
            return;
        }
        const int index = nextIndex();
        if (node.get(u"DocDtls") || node.get(u"DocTyp")) {
            Signed decoded;
            decoded.data = node;
            documentEntry(decoded, index, node.line);
            return;
        }
        responseEntry(node, index);
    }

    void envelope(const Node& node, const Node& data, int depth)
    {
        if (scalarText(node.get(u"Status")) == u"0") {
            QStringList errors;
            if (const Node* details = node.get(u"ErrorDetails"); details && details->kind == Node::Kind::Array) {
                for (const Node& detail : details->values) {
                    const QString text = scalarText(detail.get(u"ErrorCode")) + QLatin1Char(' ')
                        + scalarText(detail.get(u"ErrorMessage"));
                    errors.append(text.trimmed());
                }
            }
            problem(nextIndex(),
                node.line,
                PortalText::tr("the response reports a failure: %1").arg(errors.join(QLatin1String("; "))));
            return;
        }
        if (data.kind == Node::Kind::Object || data.kind == Node::Kind::Array) {
            visit(data, depth + 1);
            return;
        }
        const QString text = data.isString() ? data.text.trimmed() : QString();
        if (text.startsWith(QLatin1Char('{')) || text.startsWith(QLatin1Char('['))) {
            Node inner;
            QString why;
            if (!parseEmbeddedJson(text, inner, why)) {
                problem(nextIndex(), data.line, PortalText::tr("\"Data\" is not JSON: %1").arg(why));
                return;
            }
            setLines(inner, data.line); // its own lines mean nothing in the file
            visit(inner, depth + 1);
            return;
        }
        if (text.isEmpty()) {
            problem(nextIndex(), node.line, PortalText::tr("the response has no \"Data\""));
        } else {
            problem(nextIndex(),
                data.line,
                PortalText::tr("\"Data\" is not JSON: it is still encrypted with the session key (SEK); "
                               "decrypt it first, or use the decrypted response"));
        }
    }

    static void setLines(Node& node, int line)
    {
        node.line = line;
        for (Node& child : node.values) {
            setLines(child, line);
        }
    }

    /// A decoded document given as JSON: the signed invoice's data, or a QR code's.
    void documentEntry(const Signed& decoded, int index, int line)
    {
        Fields none;
        if (decoded.isInvoice()) {
            build(none, &decoded, nullptr, false, index, line);
        } else if (decoded.isQrCode()) {
            build(none, nullptr, &decoded, false, index, line);
        } else {
            problem(index,
                line,
                PortalText::tr(
                    "the decoded document is neither a signed invoice (DocDtls) nor a signed QR code (DocTyp)"));
        }
    }

    /// A generate / get-IRN response: the values and the signed documents as JWTs.
    void responseEntry(const Node& node, int index)
    {
        Fields fields;
        fields.irn = scalarText(node.get(u"Irn"));
        fields.ackNo = scalarText(node.get(u"AckNo"));
        fields.ackDate = scalarText(node.get(u"AckDt"));
        fields.status = scalarText(node.get(u"Status"));
        fields.ewbNo = scalarText(node.get(u"EwbNo"));
        fields.ewbDate = scalarText(node.get(u"EwbDt"));
        fields.ewbValidTill = scalarText(node.get(u"EwbValidTill"));
        fields.signedInvoice = scalarText(node.get(u"SignedInvoice"));
        fields.signedQrCode = scalarText(node.get(u"SignedQRCode"));
        if (fields.irn.isEmpty() && fields.signedInvoice.isEmpty() && fields.signedQrCode.isEmpty()) {
            problem(
                index, node.line, PortalText::tr("not an IRP result: it has no Irn, SignedInvoice or SignedQRCode"));
            return;
        }
        QStringList problems;
        Signed invoice;
        Signed qrCode;
        QString why;
        const bool hasInvoice = !fields.signedInvoice.isEmpty() && decodeJwt(fields.signedInvoice, invoice, why);
        if (!fields.signedInvoice.isEmpty() && !hasInvoice) {
            problems.append(PortalText::tr("SignedInvoice: %1").arg(why));
        } else if (hasInvoice && !invoice.isInvoice()) {
            problems.append(PortalText::tr("SignedInvoice holds no invoice (no DocDtls)"));
        }
        const bool hasQrCode = !fields.signedQrCode.isEmpty() && decodeJwt(fields.signedQrCode, qrCode, why);
        if (!fields.signedQrCode.isEmpty() && !hasQrCode) {
            problems.append(PortalText::tr("SignedQRCode: %1").arg(why));
        } else if (hasQrCode && !qrCode.isQrCode()) {
            problems.append(PortalText::tr("SignedQRCode holds no QR code data (no DocTyp)"));
        }
        if (!problems.isEmpty()) {
            for (const QString& message : std::as_const(problems)) {
                problem(index, node.line, message);
            }
            return;
        }
        build(fields, hasInvoice ? &invoice : nullptr, hasQrCode ? &qrCode : nullptr, true, index, node.line);
    }

    /// Puts the result together from the values given and the signed documents, and checks it.
    void build(const Fields& given, const Signed* invoice, const Signed* qrCode, bool fromJwt, int index, int line)
    {
        PortalResult r;
        r.index = index;
        r.line = line;
        r.signedInvoice = given.signedInvoice;
        r.signedQrCode = given.signedQrCode;
        r.status = given.status.toUpper();
        r.ewbNo = given.ewbNo;
        r.ewbDate = given.ewbDate;
        r.ewbValidTill = given.ewbValidTill;
        r.jwtDecoded = fromJwt && (invoice || qrCode);
        QStringList problems;

        // What was signed wins over what was given next to it; a difference is a problem, as the
        // file has been put together from different documents or edited.
        QString signedIrn;
        if (invoice) {
            const Node& d = invoice->data;
            r.sellerGstin = scalarText(d.get(u"SellerDtls", u"Gstin"));
            r.docType = scalarText(d.get(u"DocDtls", u"Typ"));
            r.docNo = scalarText(d.get(u"DocDtls", u"No"));
            r.docDate = scalarText(d.get(u"DocDtls", u"Dt"));
            signedIrn = scalarText(d.get(u"Irn"));
            r.ackNo = scalarText(d.get(u"AckNo"));
            r.ackDate = scalarText(d.get(u"AckDt"));
            if (const Node* status = d.get(u"Status"); status && r.status.isEmpty()) {
                r.status = scalarText(status).toUpper();
            }
        }
        if (qrCode) {
            const Node& d = qrCode->data;
            const QString qrIrn = scalarText(d.get(u"Irn"));
            if (!invoice) {
                r.sellerGstin = scalarText(d.get(u"SellerGstin"));
                r.docType = scalarText(d.get(u"DocTyp"));
                r.docNo = scalarText(d.get(u"DocNo"));
                r.docDate = scalarText(d.get(u"DocDt"));
                signedIrn = qrIrn;
            } else if (!qrIrn.isEmpty() && qrIrn.compare(signedIrn, Qt::CaseInsensitive) != 0) {
                problems.append(PortalText::tr("the SignedQRCode is for IRN %1, the SignedInvoice for IRN %2")
                                    .arg(qrIrn, signedIrn));
            }
        }
        if (!given.irn.isEmpty() && !signedIrn.isEmpty() && given.irn.compare(signedIrn, Qt::CaseInsensitive) != 0) {
            problems.append(PortalText::tr("the Irn given (%1) is not the one signed (%2)").arg(given.irn, signedIrn));
        }
        r.irn = (signedIrn.isEmpty() ? given.irn : signedIrn).toLower();
        if (!r.ackNo.isEmpty() && !given.ackNo.isEmpty() && wholeNumber(r.ackNo) != wholeNumber(given.ackNo)) {
            problems.append(
                PortalText::tr("the AckNo given (%1) is not the one signed (%2)").arg(given.ackNo, r.ackNo));
        }
        if (r.ackNo.isEmpty()) {
            r.ackNo = given.ackNo;
        }
        if (r.ackDate.isEmpty()) {
            r.ackDate = given.ackDate;
        }
        if (r.ewbNo.isEmpty() == false) {
            if (const QString digits = wholeNumber(r.ewbNo); !digits.isEmpty()) {
                r.ewbNo = digits;
            }
        }

        if (r.irn.isEmpty()) {
            problems.append(PortalText::tr("no Irn: this is an invoice as sent, not as registered"));
        } else if (!isHex64(r.irn)) {
            problems.append(PortalText::tr("the Irn '%1' is not 64 hexadecimal digits").arg(r.irn));
        }
        const bool qrOnly = !invoice && qrCode && given.ackNo.isEmpty();
        if (!qrOnly) {
            if (r.ackNo.isEmpty()) {
                problems.append(PortalText::tr("no AckNo"));
            } else if (const QString digits = wholeNumber(r.ackNo); digits.isEmpty()) {
                problems.append(PortalText::tr("the AckNo '%1' is not a whole number").arg(r.ackNo));
            } else {
                r.ackNo = digits;
            }
            if (r.ackDate.isEmpty()) {
                problems.append(PortalText::tr("no AckDt"));
            }
        }
        if (!r.status.isEmpty() && r.status != u"ACT" && r.status != u"CNL") {
            problems.append(
                PortalText::tr("the Status '%1' is neither ACT (active) nor CNL (cancelled)").arg(r.status));
        }
        if (!invoice && !qrCode) {
            problems.append(
                PortalText::tr("no document details: neither a SignedInvoice nor a SignedQRCode to read them from"));
        } else if (r.sellerGstin.isEmpty() || r.docType.isEmpty() || r.docNo.isEmpty() || r.docDate.isEmpty()) {
            problems.append(
                PortalText::tr("the signed document lacks its seller GSTIN, document type, number or date"));
        } else if (isHex64(r.irn)) {
            checkIrn(r, problems);
        }
        r.docType = r.docType.toUpper();

        if (!problems.isEmpty()) {
            for (const QString& message : std::as_const(problems)) {
                problem(index, line, message);
            }
            return;
        }
        if (qrOnly) {
            m_qrOnly.append(r);
            return;
        }
        if (const auto seen = m_byIrn.constFind(r.irn); seen != m_byIrn.cend()) {
            problem(index,
                line,
                PortalText::tr("the same IRN as entry %1: that entry is used").arg(m_out.results[*seen].index));
            return;
        }
        m_byIrn.insert(r.irn, m_out.results.size());
        m_out.results.append(std::move(r));
    }

    /// The Irn must be the hash of the document it was signed with: a mismatch means the document
    /// details or the Irn were changed after signing (or the file was put together wrongly).
    static void checkIrn(const PortalResult& r, QStringList& problems)
    {
        const Result<QString> expected = irnFromParts(r.sellerGstin, r.docDate, r.docType, r.docNo, DocNoCase::Upper);
        if (!expected) {
            problems.append(
                PortalText::tr("the signed document details are not valid: %1").arg(expected.error().message));
            return;
        }
        if (expected.value() == r.irn) {
            return;
        }
        // Before 1 June 2025 the IRP hashed the number as typed (spec §4.1): a lower-case number
        // signed then has the IRN of its own spelling.
        const Result<QString> asTyped = irnFromParts(r.sellerGstin, r.docDate, r.docType, r.docNo, DocNoCase::AsTyped);
        if (asTyped && asTyped.value() == r.irn) {
            return;
        }
        problems.append(PortalText::tr("the Irn %1 is not the IRN of %2 %3 dated %4 of GSTIN %5 (that is %6): "
                                       "the document or the Irn was changed")
                            .arg(r.irn, r.docType, r.docNo, r.docDate, r.sellerGstin, expected.value()));
    }

    /// A SignedQRCode given on its own goes with the SignedInvoice of the same IRN.
    void joinQrCodes()
    {
        for (const PortalResult& qr : std::as_const(m_qrOnly)) {
            const auto found = m_byIrn.constFind(qr.irn);
            if (found == m_byIrn.cend()) {
                problem(qr.index,
                    qr.line,
                    PortalText::tr("a SignedQRCode (IRN %1) without its SignedInvoice or AckNo: "
                                   "the QR code does not carry the acknowledgement")
                        .arg(qr.irn));
                continue;
            }
            PortalResult& target = m_out.results[*found];
            if (target.signedQrCode.isEmpty()) {
                target.signedQrCode = qr.signedQrCode;
            } else if (target.signedQrCode != qr.signedQrCode) {
                problem(qr.index,
                    qr.line,
                    PortalText::tr("a second, different SignedQRCode for IRN %1 (entry %2 has one)")
                        .arg(qr.irn)
                        .arg(target.index));
            }
        }
        // Stable: the problems of one entry keep the order they were found in.
        std::stable_sort(m_out.problems.begin(),
            m_out.problems.end(),
            [](const PortalProblem& a, const PortalProblem& b) { return a.index < b.index; });
    }

    PortalResults m_out;
    QList<PortalResult> m_qrOnly;
    QHash<QString, qsizetype> m_byIrn;
    int m_index = 0;
};

/// A text file of JWTs, one per line. A line may be quoted and end with a comma, as when JWTs are
/// copied out of JSON.
Result<PortalResults> parseJwtLines(QByteArrayView bytes, const QString& fileName)
{
    Reader reader;
    int lineNumber = 0;
    int index = 0;
    bool sawJwtShape = false;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            end = bytes.size();
        }
        ++lineNumber;
        QString line = QString::fromUtf8(bytes.sliced(start, end - start)).trimmed();
        start = end + 1;
        if (line.endsWith(QLatin1Char(','))) {
            line.chop(1);
        }
        if (line.size() >= 2 && line.startsWith(QLatin1Char('"')) && line.endsWith(QLatin1Char('"'))) {
            line = line.sliced(1, line.size() - 2);
        }
        if (line.isEmpty()) {
            continue;
        }
        sawJwtShape = sawJwtShape || line.count(QLatin1Char('.')) == 2;
        reader.jwtEntry(line, ++index, lineNumber);
    }
    if (index == 0) {
        return Error{ ErrorCode::Syntax, PortalText::tr("%1: the file is empty").arg(fileName), {} };
    }
    PortalResults results = reader.take();
    if (results.results.isEmpty() && !sawJwtShape) {
        // No line even looks like a JWT: a file of another kind, not a list of broken JWTs.
        return Error{ ErrorCode::Syntax,
            PortalText::tr("%1: neither JSON nor a JWT per line: %2").arg(fileName, results.problems.first().message),
            {} };
    }
    return results;
}

} // namespace

QString PortalProblem::toString() const
{
    if (line > 0) {
        return PortalText::tr("entry %1 (line %2): %3").arg(index).arg(line).arg(message);
    }
    return PortalText::tr("entry %1: %2").arg(index).arg(message);
}

Result<PortalResults> parsePortalResults(const QByteArray& content, const QString& fileName)
{
    const QByteArrayView bytes = withoutBom(content);
    qsizetype first = 0;
    while (first < bytes.size()
        && (bytes[first] == ' ' || bytes[first] == '\t' || bytes[first] == '\r' || bytes[first] == '\n')) {
        ++first;
    }
    if (first == bytes.size()) {
        return Error{ ErrorCode::Syntax, PortalText::tr("%1: the file is empty").arg(fileName), {} };
    }
    const char c = bytes[first];
    if (c != '{' && c != '[' && c != '"') {
        return parseJwtLines(bytes, fileName);
    }
    Node root;
    TreeParser parser(bytes, 1);
    if (!parser.parse(root)) {
        return Error{ ErrorCode::Syntax, PortalText::tr("%1: %2").arg(fileName, parser.error()), {} };
    }
    Reader reader;
    reader.visit(root, 0);
    PortalResults results = reader.take();
    if (results.results.isEmpty() && results.problems.isEmpty()) {
        return Error{ ErrorCode::Syntax, PortalText::tr("%1: the file holds no results").arg(fileName), {} };
    }
    return results;
}

Result<PortalResults> readPortalResults(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ ErrorCode::Io,
            PortalText::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            {} };
    }
    return parsePortalResults(file.readAll(), QDir::toNativeSeparators(path));
}

} // namespace irndesk::io
