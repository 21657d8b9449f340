// SPDX-License-Identifier: GPL-3.0-or-later
// The printed e-invoice. Its labels are English, like the amount in words: the invoice is a legal
// document whose data the IRP holds in English; only the messages to the user are translated.
#include "core/print/InvoicePdf.h"

#include "core/print/AmountInWords.h"
#include "core/print/QrSymbol.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>
#include <optional>
#include <vector>

namespace irndesk::print {

namespace {

// lupdate files Tr::tr() calls under this context wherever they are, inside classes too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::print)
};

QString text(const Text& t)
{
    return t.value_or(QString());
}

QString amount(const Amount& a)
{
    return a ? indianGrouping(*a) : QString();
}

QString decimal3(const Decimal3& d)
{
    return d ? d->toString() : QString();
}

QString title(const QString& docType)
{
    if (docType.compare(u"CRN", Qt::CaseInsensitive) == 0) {
        return QStringLiteral("Credit Note");
    }
    if (docType.compare(u"DBN", Qt::CaseInsensitive) == 0) {
        return QStringLiteral("Debit Note");
    }
    return QStringLiteral("Tax Invoice");
}

/// A column of the line table: header, width in mm, right-aligned (numbers) or not.
struct Column
{
    const char* header;
    double widthMm;
    bool right;
};

// 186 mm: A4 less two 12 mm margins.
constexpr Column kColumns[] = {
    { "S.No", 7, false },
    { "Description", 31, false },
    { "HSN", 14, false },
    { "Qty", 13, true },
    { "Unit", 9, false },
    { "Rate", 15, true },
    { "Taxable", 18, true },
    { "GST %", 9, true },
    { "IGST", 14, true },
    { "CGST", 13, true },
    { "SGST", 13, true },
    { "Cess", 12, true },
    { "Total", 18, true },
};
constexpr int kColumnCount = int(std::size(kColumns));
constexpr int kDescription = 1;

QString draftText()
{
    return QStringLiteral("DRAFT \u2013 not registered");
}

class Printer
{
public:
    Printer(const store::StoredInvoice& stored, QPagedPaintDevice& device, const PrintOptions& options)
        : m_stored(stored)
        , m_inv(stored.invoice)
        , m_device(device)
        , m_options(options)
    {}

    Status run();

private:
    double mm(double v) const { return v * m_dpi / 25.4; }
    QFont font(double points, bool bold = false) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }
    double lineHeight(const QFont& f) const { return QFontMetricsF(f, &m_device).lineSpacing(); }
    /// Draws `s` in a cell of `width`, shrinking the font until it fits on one line.
    void cell(double x, double y, double width, double height, const QString& s, bool right, const QFont& base);
    /// Lines of text (label: value) from top `y`; returns the y below them.
    double block(double x, double y, double width, const QString& heading, const QStringList& lines);
    QStringList sellerLines() const;
    QStringList buyerLines() const;
    QStringList itemCells(const Item& item, int index) const;
    double rowHeight(const QStringList& cells) const;
    double tableHeader(double y);
    double drawRow(double y, const QStringList& cells, double height);
    double drawFirstPageHead();
    double drawLaterPageHead();
    double totalsHeight() const;
    void drawTotals(double y);
    void drawFooter(int page, int pages);
    void drawWatermark();

    const store::StoredInvoice& m_stored;
    const Invoice& m_inv;
    QPagedPaintDevice& m_device;
    PrintOptions m_options;
    QPainter m_painter;
    double m_dpi = 0;
    double m_left = 0, m_top = 0, m_width = 0, m_bottom = 0;
    std::optional<QrSymbol> m_qr;
    QFont m_tableFont;
};

void Printer::cell(double x, double y, double width, double height, const QString& s, bool right, const QFont& base)
{
    QFont f = base;
    const double pad = mm(0.8);
    const double room = width - 2 * pad;
    while (QFontMetricsF(f, &m_device).horizontalAdvance(s) > room && f.pointSizeF() > 4) {
        f.setPointSizeF(f.pointSizeF() - 0.25);
    }
    m_painter.setFont(f);
    m_painter.drawText(
        QRectF(x + pad, y, room, height), Qt::AlignVCenter | (right ? Qt::AlignRight : Qt::AlignLeft), s);
}

double Printer::block(double x, double y, double width, const QString& heading, const QStringList& lines)
{
    const QFont head = font(8, true);
    const QFont body = font(8);
    m_painter.setFont(head);
    const double h = lineHeight(head);
    m_painter.drawText(QRectF(x, y, width, h), Qt::AlignLeft | Qt::AlignVCenter, heading);
    y += h;
    m_painter.setFont(body);
    for (const QString& line : lines) {
        const QRectF bound = m_painter.boundingRect(QRectF(x, y, width, 1e6), Qt::TextWordWrap, line);
        m_painter.drawText(QRectF(x, y, width, bound.height()), Qt::TextWordWrap, line);
        y += bound.height();
    }
    return y;
}

QStringList Printer::sellerLines() const
{
    const SellerDetails& s = m_inv.sellerDtls;
    QStringList lines{ text(s.lglNm) };
    if (s.trdNm && *s.trdNm != text(s.lglNm)) {
        lines << *s.trdNm;
    }
    lines << text(s.addr1);
    if (s.addr2) {
        lines << *s.addr2;
    }
    lines << text(s.loc) + (s.pin ? QStringLiteral(" - %1").arg(*s.pin) : QString());
    lines << QStringLiteral("State code: %1").arg(text(s.stcd));
    lines << QStringLiteral("GSTIN: %1").arg(text(s.gstin));
    if (s.ph || s.em) {
        lines << QStringList{ text(s.ph), text(s.em) }
                     .filter(QRegularExpression(QStringLiteral(".")))
                     .join(QStringLiteral(", "));
    }
    return lines;
}

QStringList Printer::buyerLines() const
{
    const BuyerDetails& b = m_inv.buyerDtls;
    QStringList lines{ text(b.lglNm) };
    if (b.trdNm && *b.trdNm != text(b.lglNm)) {
        lines << *b.trdNm;
    }
    lines << text(b.addr1);
    if (b.addr2) {
        lines << *b.addr2;
    }
    lines << text(b.loc) + (b.pin ? QStringLiteral(" - %1").arg(*b.pin) : QString());
    lines << QStringLiteral("State code: %1").arg(text(b.stcd));
    lines << QStringLiteral("GSTIN: %1").arg(text(b.gstin));
    return lines;
}

QStringList Printer::itemCells(const Item& item, int index) const
{
    return {
        item.slNo.value_or(QString::number(index + 1)),
        text(item.prdDesc),
        text(item.hsnCd),
        decimal3(item.qty),
        text(item.unit),
        decimal3(item.unitPrice),
        amount(item.assAmt),
        decimal3(item.gstRt),
        amount(item.igstAmt),
        amount(item.cgstAmt),
        amount(item.sgstAmt),
        amount(item.cesAmt),
        amount(item.totItemVal),
    };
}

double Printer::rowHeight(const QStringList& cells) const
{
    // The description wraps (up to 4 lines); every other cell is one line, shrunk to fit.
    const QFontMetricsF metrics(m_tableFont, &m_device);
    const double width = mm(kColumns[kDescription].widthMm - 1.6);
    const QRectF bound = metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, cells.at(kDescription));
    const double line = metrics.lineSpacing();
    const double lines = qBound(1.0, std::ceil(bound.height() / line - 0.01), 4.0);
    return lines * line + mm(1.2);
}

double Printer::tableHeader(double y)
{
    const QFont head = font(7, true);
    const double h = lineHeight(head) + mm(1.6);
    m_painter.fillRect(QRectF(m_left, y, m_width, h), QColor(230, 230, 230));
    double x = m_left;
    for (const Column& c : kColumns) {
        cell(x, y, mm(c.widthMm), h, QString::fromLatin1(c.header), c.right, head);
        x += mm(c.widthMm);
    }
    m_painter.drawLine(QPointF(m_left, y + h), QPointF(m_left + m_width, y + h));
    return y + h;
}

double Printer::drawRow(double y, const QStringList& cells, double height)
{
    double x = m_left;
    for (int i = 0; i < kColumnCount; ++i) {
        const double w = mm(kColumns[i].widthMm);
        if (i == kDescription) {
            // Clipped to its (at most four) lines: a longer description does not run into the next row.
            const QRectF box(x + mm(0.8), y + mm(0.6), w - mm(1.6), height - mm(1.2));
            m_painter.save();
            m_painter.setClipRect(box);
            m_painter.setFont(m_tableFont);
            m_painter.drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, cells.at(i));
            m_painter.restore();
        } else {
            cell(x, y, w, height, cells.at(i), kColumns[i].right, m_tableFont);
        }
        x += w;
    }
    QPen pen(QColor(190, 190, 190));
    pen.setWidthF(mm(0.1));
    m_painter.save();
    m_painter.setPen(pen);
    m_painter.drawLine(QPointF(m_left, y + height), QPointF(m_left + m_width, y + height));
    m_painter.restore();
    return y + height;
}

double Printer::drawFirstPageHead()
{
    double y = m_top;
    const double qrSide = kQrSideInches * m_dpi;
    const double leftWidth = m_width - qrSide - mm(4);
    const QFont big = font(16, true);
    m_painter.setFont(big);
    const double titleHeight = lineHeight(big);
    m_painter.drawText(
        QRectF(m_left, y, leftWidth, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title(text(m_inv.docDtls.typ)));
    y += titleHeight + mm(1);
    // The e-invoice mark: a framed label, as on the portal's own print; a draft is marked as one.
    const QFont markFont = font(9, true);
    m_painter.setFont(markFont);
    const QString mark = m_options.draft ? draftText() : QStringLiteral("e-Invoice");
    const double markWidth = QFontMetricsF(markFont, &m_device).horizontalAdvance(mark) + mm(4);
    const QRectF markRect(m_left, y, markWidth, lineHeight(markFont) + mm(1.5));
    QPen framePen(Qt::black);
    framePen.setWidthF(mm(0.4));
    m_painter.save();
    m_painter.setPen(framePen);
    m_painter.drawRect(markRect);
    m_painter.restore();
    m_painter.drawText(markRect, Qt::AlignCenter, mark);
    y = markRect.bottom() + mm(3);

    QStringList irpLines;
    irpLines << QStringLiteral("IRN: %1").arg(m_stored.irp.irn);
    irpLines << QStringLiteral("Ack No: %1").arg(m_stored.irp.ackNo);
    irpLines << QStringLiteral("Ack Date: %1").arg(m_stored.irp.ackDate);
    if (!m_options.draft) {
        y = block(m_left, y, leftWidth, QStringLiteral("e-Invoice details"), irpLines) + mm(3);
    }
    QStringList docLines;
    docLines << QStringLiteral("Number: %1").arg(text(m_inv.docDtls.no));
    docLines << QStringLiteral("Date: %1").arg(text(m_inv.docDtls.dt));
    docLines << QStringLiteral("Supply type: %1").arg(text(m_inv.tranDtls.supTyp));
    docLines << QStringLiteral("Place of supply: %1").arg(text(m_inv.buyerDtls.pos));
    if (m_inv.tranDtls.regRev.value_or(QString()).compare(u"Y", Qt::CaseInsensitive) == 0) {
        docLines << QStringLiteral("Tax payable on reverse charge: Yes");
    }
    y = block(m_left, y, leftWidth, QStringLiteral("Document"), docLines) + mm(3);

    if (m_qr) {
        m_qr->paint(m_painter, QRectF(m_left + m_width - qrSide, m_top, qrSide, qrSide));
        y = std::max(y, m_top + qrSide + mm(3));
    }

    const double half = (m_width - mm(6)) / 2;
    const double sellerEnd = block(m_left, y, half, QStringLiteral("Seller"), sellerLines());
    const double buyerEnd = block(m_left + half + mm(6), y, half, QStringLiteral("Buyer"), buyerLines());
    y = std::max(sellerEnd, buyerEnd) + mm(3);

    if (m_inv.refDtls && !m_inv.refDtls->precDocDtls.isEmpty()) {
        QStringList lines;
        for (const PrecedingDocument& d : m_inv.refDtls->precDocDtls) {
            QString line = QStringLiteral("Invoice %1 dated %2").arg(text(d.invNo), text(d.invDt));
            if (d.othRefNo) {
                line += QStringLiteral(" (ref. %1)").arg(*d.othRefNo);
            }
            lines << line;
        }
        y = block(m_left, y, m_width, QStringLiteral("Preceding document"), lines) + mm(3);
    }
    if (m_inv.expDtls) {
        const ExportDetails& e = *m_inv.expDtls;
        QStringList lines;
        lines << QStringLiteral("Currency: %1").arg(text(e.forCur));
        lines << QStringLiteral("Port: %1").arg(text(e.port));
        lines << QStringLiteral("Shipping bill: %1 dated %2").arg(text(e.shipBNo), text(e.shipBDt));
        lines << QStringLiteral("Country: %1").arg(text(e.cntCode));
        if (m_inv.valDtls.totInvValFc) {
            lines << QStringLiteral("Total in %1: %2").arg(text(e.forCur), m_inv.valDtls.totInvValFc->toString());
        }
        y = block(m_left, y, m_width, QStringLiteral("Export"), lines) + mm(3);
    }
    return y;
}

double Printer::drawLaterPageHead()
{
    const QFont f = font(9, true);
    m_painter.setFont(f);
    const double h = lineHeight(f);
    m_painter.drawText(QRectF(m_left, m_top, m_width, h),
        Qt::AlignLeft | Qt::AlignVCenter,
        QStringLiteral("%1 %2 (e-Invoice) - continued").arg(title(text(m_inv.docDtls.typ)), text(m_inv.docDtls.no)));
    return m_top + h + mm(2);
}

// Totals: the label/value pairs, then the amount in words.
namespace {
QList<std::pair<QString, Amount>> totalRows(const ValueDetails& v)
{
    return {
        { QStringLiteral("Taxable value"), v.assVal },
        { QStringLiteral("IGST"), v.igstVal },
        { QStringLiteral("CGST"), v.cgstVal },
        { QStringLiteral("SGST"), v.sgstVal },
        { QStringLiteral("Cess"), v.cesVal },
        { QStringLiteral("State cess"), v.stCesVal },
        { QStringLiteral("Other charges"), v.othChrg },
        { QStringLiteral("Discount"), v.discount },
        { QStringLiteral("Round-off"), v.rndOffAmt },
    };
}
} // namespace

double Printer::totalsHeight() const
{
    int rows = 1; // the invoice total
    for (const auto& [label, value] : totalRows(m_inv.valDtls)) {
        rows += value && !value->isZero() ? 1 : 0;
    }
    return rows * lineHeight(font(8.5, true)) + 3 * lineHeight(font(8)) + mm(6);
}

void Printer::drawTotals(double y)
{
    y += mm(2);
    const double labelX = m_left + m_width - mm(80);
    const QFont body = font(8.5);
    const QFont bold = font(8.5, true);
    const double h = lineHeight(bold);
    for (const auto& [label, value] : totalRows(m_inv.valDtls)) {
        if (!value || value->isZero()) {
            continue; // a total the invoice does not have is left out, as on paper invoices
        }
        cell(labelX, y, mm(45), h, label, false, body);
        cell(labelX + mm(45), y, mm(35), h, indianGrouping(*value), true, body);
        y += h;
    }
    const Money total = m_inv.valDtls.totInvVal.value_or(Money{});
    cell(labelX, y, mm(45), h, QStringLiteral("Invoice total (INR)"), false, bold);
    cell(labelX + mm(45), y, mm(35), h, indianGrouping(total), true, bold);
    y += h + mm(2);
    m_painter.setFont(font(8));
    m_painter.drawText(QRectF(m_left, y, m_width, 3 * lineHeight(font(8))),
        Qt::TextWordWrap,
        QStringLiteral("Amount in words: %1").arg(amountInWords(total)));
}

void Printer::drawFooter(int page, int pages)
{
    const QFont f = font(7);
    m_painter.setFont(f);
    const double h = lineHeight(f);
    const QRectF r(m_left, m_bottom + mm(2), m_width, h);
    m_painter.drawText(r,
        Qt::AlignLeft | Qt::AlignVCenter,
        QStringLiteral("%1 %2").arg(title(text(m_inv.docDtls.typ)), text(m_inv.docDtls.no)));
    m_painter.drawText(r, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("Page %1 of %2").arg(page).arg(pages));
}

void Printer::drawWatermark()
{
    m_painter.save();
    QFont f = font(48, true);
    m_painter.setFont(f);
    m_painter.setPen(QColor(200, 200, 200));
    const QPointF centre(m_left + m_width / 2, (m_top + m_bottom) / 2);
    m_painter.translate(centre);
    m_painter.rotate(-45);
    m_painter.drawText(QRectF(-mm(150), -mm(20), mm(300), mm(40)), Qt::AlignCenter, draftText());
    m_painter.restore();
}

Status Printer::run()
{
    if (!m_options.draft) {
        if (m_stored.irp.irn.isEmpty() || m_stored.irp.signedQrCode.isEmpty()) {
            return Error{ ErrorCode::InvalidArgument,
                Tr::tr("%1 is not registered: it has no IRN or QR code to print.").arg(text(m_inv.docDtls.no)),
                {} };
        }
        Result<QrSymbol> qr = QrSymbol::encode(m_stored.irp.signedQrCode.toUtf8());
        if (!qr) {
            return qr.error();
        }
        m_qr = std::move(qr).value();
    }
    m_device.setPageSize(QPageSize(QPageSize::A4));
    m_device.setPageOrientation(QPageLayout::Portrait);
    if (!m_painter.begin(&m_device)) {
        return Error{ ErrorCode::Io, Tr::tr("Cannot start printing."), {} };
    }
    m_dpi = m_device.logicalDpiY();
    const double margin = mm(12);
    m_left = margin;
    m_top = margin;
    m_width = std::min(m_device.width() - 2 * margin, mm(186));
    m_bottom = m_device.height() - margin - mm(5); // the footer's line below
    m_tableFont = font(7);

    // Lay out first, to know the number of pages for the footers: the rows on each page.
    std::vector<QStringList> cells;
    std::vector<double> heights;
    for (int i = 0; i < m_inv.itemList.size(); ++i) {
        cells.push_back(itemCells(m_inv.itemList.at(i), i));
        heights.push_back(rowHeight(cells.back()));
    }
    // The first page's head is measured by drawing it (it is drawn on page 1 anyway).
    if (m_options.draft) {
        drawWatermark();
    }
    const double firstTableTop = drawFirstPageHead();
    const double headerHeight = lineHeight(font(7, true)) + mm(1.6);
    const double laterTableTop = m_top + lineHeight(font(9, true)) + mm(2);
    std::vector<int> pageOfRow(cells.size());
    int page = 0;
    double y = firstTableTop + headerHeight;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (y + heights[i] > m_bottom) {
            ++page;
            y = laterTableTop + headerHeight;
        }
        pageOfRow[i] = page;
        y += heights[i];
    }
    const bool totalsOnNewPage = y + totalsHeight() > m_bottom;
    const int pages = page + 1 + (totalsOnNewPage ? 1 : 0);

    int current = 0;
    y = tableHeader(firstTableTop);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (pageOfRow[i] != current) {
            drawFooter(current + 1, pages);
            m_device.newPage();
            ++current;
            if (m_options.draft) {
                drawWatermark();
            }
            y = tableHeader(drawLaterPageHead());
        }
        y = drawRow(y, cells[i], heights[i]);
    }
    if (totalsOnNewPage) {
        drawFooter(current + 1, pages);
        m_device.newPage();
        ++current;
        if (m_options.draft) {
            drawWatermark();
        }
        y = drawLaterPageHead();
    }
    drawTotals(y);
    drawFooter(current + 1, pages);
    m_painter.end();
    return Ok{};
}

} // namespace

Status paintInvoice(const store::StoredInvoice& stored, QPagedPaintDevice& device, const PrintOptions& options)
{
    return Printer(stored, device, options).run();
}

Status writeInvoicePdf(const store::StoredInvoice& stored, const QString& path, const PrintOptions& options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{ ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()), {} };
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("IRN Desk"));
        writer.setTitle(
            QStringLiteral("%1 %2").arg(title(text(stored.invoice.docDtls.typ)), text(stored.invoice.docDtls.no)));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        if (Status s = paintInvoice(stored, writer, options); !s) {
            file.cancelWriting();
            return s;
        }
    }
    if (!file.commit()) {
        return Error{ ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()), {} };
    }
    return Ok{};
}

} // namespace irndesk::print
