// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the masters land: every lookup answers "not found".
#include "core/rules/Masters.h"

namespace irndesk {

struct Masters::Private
{
};

Masters::Masters() : d(std::make_unique<Private>()) {}
Masters::~Masters() = default;

std::shared_ptr<const Masters> Masters::builtIn()
{
    static const std::shared_ptr<const Masters> instance(new Masters);
    return instance;
}

Result<std::shared_ptr<const Masters>> Masters::load(const QString&)
{
    return builtIn();
}

QString Masters::version() const { return QStringLiteral("none"); }
bool Masters::isStateCode(int) const { return false; }
QString Masters::stateName(int) const { return {}; }
Masters::PinState Masters::pinState(int, int) const { return PinState::Unknown; }
QList<int> Masters::statesOfPin(int) const { return {}; }
bool Masters::isUnit(QStringView) const { return false; }
bool Masters::isPort(QStringView) const { return false; }
bool Masters::isCurrency(QStringView) const { return false; }
bool Masters::isCountry(QStringView) const { return false; }
bool Masters::isGstRate(Rate) const { return false; }
Masters::HsnStatus Masters::hsnStatus(QStringView) const { return HsnStatus::Unknown; }
Masters::Counts Masters::counts() const { return {}; }

} // namespace irndesk
