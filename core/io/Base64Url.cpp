// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/Base64Url.h"

namespace irndesk::io {

namespace {

/// The 6-bit value of a base64url character, or -1.
int sextet(char c)
{
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '-') {
        return 62;
    }
    if (c == '_') {
        return 63;
    }
    return -1;
}

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

} // namespace

std::optional<QByteArray> decodeBase64Url(QByteArrayView text)
{
    qsizetype size = text.size();
    if (size % 4 == 0) { // padded: at most two '='
        for (int k = 0; k < 2 && size > 0 && text[size - 1] == '='; ++k) {
            --size;
        }
        if (text.size() - size > 0 && size % 4 < 2) {
            return std::nullopt;
        }
    }
    if (size % 4 == 1) {
        return std::nullopt; // a lone character carries less than a byte
    }
    QByteArray out;
    out.reserve(size / 4 * 3 + 2);
    quint32 bits = 0;
    int count = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const int value = sextet(text[i]);
        if (value < 0) {
            return std::nullopt;
        }
        bits = (bits << 6) | quint32(value);
        if (++count == 4) {
            out.append(char(bits >> 16)).append(char(bits >> 8)).append(char(bits));
            bits = 0;
            count = 0;
        }
    }
    // The tail: 2 characters carry one byte and 4 spare bits, 3 carry two bytes and 2 spare bits.
    // The spare bits must be zero (RFC 4648 §3.5), or two texts would decode to the same bytes.
    if (count == 2) {
        if ((bits & 0xF) != 0) {
            return std::nullopt;
        }
        out.append(char(bits >> 4));
    } else if (count == 3) {
        if ((bits & 0x3) != 0) {
            return std::nullopt;
        }
        out.append(char(bits >> 10)).append(char(bits >> 2));
    }
    return out;
}

QByteArray encodeBase64Url(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    qsizetype i = 0;
    const auto byteAt = [&](qsizetype k) {
        return quint32(static_cast<unsigned char>(bytes[k]));
    };
    for (; i + 3 <= bytes.size(); i += 3) {
        const quint32 v = (byteAt(i) << 16) | (byteAt(i + 1) << 8) | byteAt(i + 2);
        out.append(kAlphabet[(v >> 18) & 63]).append(kAlphabet[(v >> 12) & 63]);
        out.append(kAlphabet[(v >> 6) & 63]).append(kAlphabet[v & 63]);
    }
    if (bytes.size() - i == 1) {
        const quint32 v = byteAt(i) << 16;
        out.append(kAlphabet[(v >> 18) & 63]).append(kAlphabet[(v >> 12) & 63]);
    } else if (bytes.size() - i == 2) {
        const quint32 v = (byteAt(i) << 16) | (byteAt(i + 1) << 8);
        out.append(kAlphabet[(v >> 18) & 63]).append(kAlphabet[(v >> 12) & 63]).append(kAlphabet[(v >> 6) & 63]);
    }
    return out;
}

} // namespace irndesk::io
