// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/print/QrSymbol.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace irndesk::print {

namespace {

struct QrFree
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};

} // namespace

Result<QrSymbol> QrSymbol::encode(const QByteArray& data)
{
    if (data.isEmpty()) {
        return Error{ ErrorCode::InvalidArgument,
            QCoreApplication::translate("irndesk::print", "There is no QR code to print."),
            {} };
    }
    // M first; L only when M cannot hold the data (see the header).
    for (const QRecLevel level : { QR_ECLEVEL_M, QR_ECLEVEL_L }) {
        std::unique_ptr<QRcode, QrFree> code(QRcode_encodeData(
            static_cast<int>(data.size()), reinterpret_cast<const unsigned char*>(data.constData()), 0, level));
        if (!code) {
            continue;
        }
        QrSymbol symbol;
        symbol.m_version = code->version;
        symbol.m_level = level == QR_ECLEVEL_M ? 'M' : 'L';
        symbol.m_size = code->width;
        symbol.m_modules.resize(qsizetype(code->width) * code->width);
        for (qsizetype i = 0; i < symbol.m_modules.size(); ++i) {
            symbol.m_modules[i] = (code->data[i] & 1) != 0 ? 1 : 0; // bit 0: dark module
        }
        return symbol;
    }
    return Error{ ErrorCode::TooLarge,
        QCoreApplication::translate("irndesk::print", "The QR code text is too long for a QR symbol (%1 bytes).")
            .arg(data.size()),
        {} };
}

QImage QrSymbol::toImage(int modulePixels) const
{
    modulePixels = qMax(1, modulePixels);
    const int side = sizeWithQuietZone() * modulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y)) {
                continue;
            }
            const int px = (x + kQuietZone) * modulePixels;
            const int py = (y + kQuietZone) * modulePixels;
            for (int dy = 0; dy < modulePixels; ++dy) {
                uchar* line = image.scanLine(py + dy);
                std::fill(line + px, line + px + modulePixels, uchar(0));
            }
        }
    }
    return image;
}

void QrSymbol::paint(QPainter& painter, const QRectF& target) const
{
    const qreal module = target.width() / sizeWithQuietZone();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.fillRect(target, Qt::white);
    // Each row's runs of dark modules as one rectangle, all in one path filled once.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y)) {
                ++x;
            }
            path.addRect(QRectF(target.left() + (start + kQuietZone) * module,
                target.top() + (y + kQuietZone) * module,
                (x - start) * module,
                module));
        }
    }
    painter.fillPath(path, Qt::black);
    painter.restore();
}

} // namespace irndesk::print
