// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QVector>

class QPainter;

namespace irndesk::print {

/// A QR symbol as a matrix of modules, made by libqrencode, drawn as filled squares: crisp on
/// paper and screen at any size (no bitmap is scaled).
class QrSymbol
{
public:
    /// Modules of white border on each side, as ISO/IEC 18004 asks: scanners need it.
    static constexpr int kQuietZone = 4;

    /// The symbol of `data` in byte mode (8-bit; the text is not changed or split into modes).
    ///
    /// Error correction: level M (15 % of the codewords recoverable). A SignedQRCode is a JWT of
    /// about 950 characters: at M that is version 25 (117 modules, 125 with the quiet zone); at
    /// 2.2 inches a module is about 0.45 mm, more than 5 printer dots at 300 dpi, which office
    /// printers and phone cameras read well, and M survives the creases, smudges and stamps a
    /// paper invoice gets. Q or H would need version 30+ (finer modules for no real gain); L gives
    /// up that margin. When the data is too long for M (more than 2,331 bytes), level L is used;
    /// beyond L's 2,953 bytes there is no symbol.
    static Result<QrSymbol> encode(const QByteArray& data);

    int version() const { return m_version; }
    /// 'L' or 'M': the error-correction level used.
    char level() const { return m_level; }
    /// Modules per side, without the quiet zone.
    int size() const { return m_size; }
    /// Modules per side, with the quiet zone on both sides.
    int sizeWithQuietZone() const { return m_size + 2 * kQuietZone; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x) != 0; }

    /// The symbol with its quiet zone as an image, each module `modulePixels` × `modulePixels`
    /// pixels (for the screen: whole pixels per module keep every edge sharp).
    QImage toImage(int modulePixels) const;
    /// Paints the symbol with its quiet zone into the square `target` (painter coordinates; on a
    /// QPdfWriter, device pixels): the quiet zone white, the dark modules one filled path, so
    /// no seams appear between neighbouring modules.
    void paint(QPainter& painter, const QRectF& target) const;

private:
    int m_version = 0;
    char m_level = 'M';
    int m_size = 0;
    QVector<char> m_modules;
};

} // namespace irndesk::print
