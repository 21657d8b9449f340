// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace irndesk::io {

/// Decodes base64url (RFC 4648 §5: A-Z a-z 0-9 - _) as JWTs use it. Padding is optional, but
/// when present it must be right; anything else (the +/ alphabet, white space, a length that
/// leaves a lone character, non-zero bits after the last byte) gives std::nullopt, so a mangled
/// JWT part is reported rather than decoded to something else.
std::optional<QByteArray> decodeBase64Url(QByteArrayView text);

/// Encodes `bytes` as base64url without padding, as JWTs carry it.
QByteArray encodeBase64Url(QByteArrayView bytes);

} // namespace irndesk::io
