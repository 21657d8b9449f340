// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Theme.h"

#include <QApplication>
#include <QEvent>
#include <QListWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QStyle>
#include <QTimer>
#include <QVariant>
#include <QWidget>

#include <cmath>

#ifdef IRNDESK_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

namespace {

constexpr char kSheetProperty[] = "irndeskThemeSheet";
constexpr int kColourRole = Qt::UserRole + 0x7e01; // the Colour an item was given (setItemColour)
constexpr auto kFusion = "Fusion"_L1;

#ifdef IRNDESK_HAVE_DBUS
constexpr auto kPortalService = "org.freedesktop.portal.Desktop"_L1;
constexpr auto kPortalPath = "/org/freedesktop/portal/desktop"_L1;
constexpr auto kPortalInterface = "org.freedesktop.portal.Settings"_L1;
constexpr auto kAppearanceGroup = "org.freedesktop.appearance"_L1;
constexpr auto kColorSchemeKey = "color-scheme"_L1;

// The portal's value: 1 dark, 2 light, 0 (or anything else) no preference. Some portals wrap
// the variant twice.
Theme::Scheme schemeOf(QVariant value)
{
    while (value.metaType() == QMetaType::fromType<QDBusVariant>()) {
        value = value.value<QDBusVariant>().variant();
    }
    bool ok = false;
    const uint scheme = value.toUInt(&ok);
    if (!ok) {
        return Theme::Scheme::NoPreference;
    }
    return scheme == 1 ? Theme::Scheme::Dark : (scheme == 2 ? Theme::Scheme::Light : Theme::Scheme::NoPreference);
}
#endif

struct Pair
{
    QRgb light;
    QRgb dark;
};

// Every colour the app picks, for a light and a dark palette. Text colours keep a contrast of
// at least 4.5 (WCAG AA) on the Base, AlternateBase and Window of both app palettes
// (TestDesktop checks it); fills keep the palette's Text readable.
Pair pairOf(Theme::Colour colour)
{
    switch (colour) {
    case Theme::Colour::ErrorText:
        return { 0xb00020, 0xff8a80 };
    case Theme::Colour::WarningText:
        return { 0x805500, 0xf0c05a };
    case Theme::Colour::SuccessText:
        return { 0x1e6b34, 0x7bd88f };
    case Theme::Colour::MutedText:
        return { 0x5f656b, 0xa8a8a8 };
    case Theme::Colour::ErrorFill:
        return { 0xffcdd2, 0x5a1d22 };
    case Theme::Colour::WarningFill:
        return { 0xfff3c4, 0x4a3b00 };
    case Theme::Colour::ReadOnlyFill:
        return { 0xf0f0f0, 0x2c2c2c };
    case Theme::Colour::ErrorBorder:
        return { 0xc62828, 0xff6b6b };
    case Theme::Colour::WarningBorder:
        return { 0xe0a800, 0xd4a017 };
    case Theme::Colour::BannerText:
        return { 0x664d03, 0xffe08a };
    case Theme::Colour::BannerFill:
        return { 0xfff3cd, 0x3d3200 };
    case Theme::Colour::BannerBorder:
        return { 0xffda6a, 0x8a6d00 };
    }
    return { 0x000000, 0xffffff };
}

Pair statusPair(store::InvoiceStatus status)
{
    using store::InvoiceStatus;
    switch (status) {
    case InvoiceStatus::Draft:
        return { 0x616161, 0xb0b0b0 };
    case InvoiceStatus::Ready:
        return { 0x1a5fb4, 0x8ab4f8 };
    case InvoiceStatus::Exported:
        return { 0x613583, 0xc8a2e8 };
    case InvoiceStatus::Submitting:
        return { 0x7d5600, 0xe6c35c };
    case InvoiceStatus::Registered:
        return { 0x23702a, 0x81c995 };
    case InvoiceStatus::Unknown:
        return { 0x9a4f00, 0xf0a35e };
    case InvoiceStatus::Rejected:
        return { 0xb01e1e, 0xf28b82 };
    case InvoiceStatus::Cancelled:
        return { 0x5a3a2a, 0xc4a48a };
    }
    return { 0x000000, 0xffffff };
}

QColor pick(const Pair& pair, const QPalette& palette)
{
    return QColor::fromRgb(Theme::isDark(palette) ? pair.dark : pair.light);
}

double luminance(const QColor& colour)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

// A palette with every role of every group set.
QPalette completePalette(const QHash<QPalette::ColorRole, QColor>& active, const QHash<QPalette::ColorRole, QColor>& disabled)
{
    QPalette palette;
    for (auto it = active.cbegin(); it != active.cend(); ++it) {
        palette.setColor(QPalette::Active, it.key(), it.value());
        palette.setColor(QPalette::Inactive, it.key(), it.value());
        palette.setColor(QPalette::Disabled, it.key(), disabled.value(it.key(), it.value()));
    }
    return palette;
}

} // namespace

Theme::Theme(QObject* parent)
    : QObject(parent)
    , m_platformStyle(QApplication::style() ? QApplication::style()->name() : QString())
    , m_platformPalette(QApplication::palette())
{
    qApp->installEventFilter(this);
    askPortal();
}

Theme::~Theme() = default;

void Theme::setAppearance(Appearance appearance)
{
    m_appearance = appearance;
    apply();
}

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightness()
        < palette.color(QPalette::Active, QPalette::WindowText).lightness();
}

bool Theme::systemPrefersDark() const
{
    switch (m_portalScheme) {
    case Scheme::Dark:
        return true;
    case Scheme::Light:
        return false;
    case Scheme::NoPreference:
        break;
    }
    if (qEnvironmentVariable("GTK_THEME").endsWith(u":dark"_s, Qt::CaseInsensitive)) {
        return true;
    }
    return isDark(m_platformPalette);
}

QString Theme::toString(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return u"light"_s;
    case Appearance::Dark:
        return u"dark"_s;
    case Appearance::System:
        break;
    }
    return u"system"_s;
}

Appearance Theme::fromString(const QString& text)
{
    if (text == u"light"_s) {
        return Appearance::Light;
    }
    if (text == u"dark"_s) {
        return Appearance::Dark;
    }
    return Appearance::System;
}

QPalette Theme::lightPalette()
{
    using R = QPalette::ColorRole;
    const QColor text(0x1b, 0x1b, 0x1b);
    const QColor off(0x8c, 0x8c, 0x8c);
    return completePalette(
        {
            { R::Window, QColor(0xf0, 0xf0, 0xf0) }, { R::WindowText, text }, { R::Base, Qt::white },
            { R::AlternateBase, QColor(0xf7, 0xf7, 0xf7) }, { R::ToolTipBase, QColor(0xff, 0xff, 0xdc) },
            { R::ToolTipText, text }, { R::PlaceholderText, QColor(0x6b, 0x6b, 0x6b) }, { R::Text, text },
            { R::Button, QColor(0xf0, 0xf0, 0xf0) }, { R::ButtonText, text }, { R::BrightText, Qt::white },
            { R::Light, Qt::white }, { R::Midlight, QColor(0xe3, 0xe3, 0xe3) }, { R::Mid, QColor(0xb8, 0xb8, 0xb8) },
            { R::Dark, QColor(0xa0, 0xa0, 0xa0) }, { R::Shadow, QColor(0x69, 0x69, 0x69) },
            { R::Highlight, QColor(0x2a, 0x64, 0xb0) }, { R::HighlightedText, Qt::white },
            { R::Link, QColor(0x1a, 0x5f, 0xb4) }, { R::LinkVisited, QColor(0x61, 0x35, 0x83) },
        },
        { { R::WindowText, off }, { R::Text, off }, { R::ButtonText, off }, { R::Highlight, QColor(0x9a, 0x9a, 0x9a) },
          { R::Base, QColor(0xf0, 0xf0, 0xf0) } });
}

QPalette Theme::darkPalette()
{
    using R = QPalette::ColorRole;
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor off(0x80, 0x80, 0x80);
    return completePalette(
        {
            { R::Window, QColor(0x2b, 0x2b, 0x2b) }, { R::WindowText, text }, { R::Base, QColor(0x1e, 0x1e, 0x1e) },
            { R::AlternateBase, QColor(0x26, 0x26, 0x26) }, { R::ToolTipBase, QColor(0x3a, 0x3a, 0x3a) },
            { R::ToolTipText, text }, { R::PlaceholderText, QColor(0x9a, 0x9a, 0x9a) }, { R::Text, text },
            { R::Button, QColor(0x35, 0x35, 0x35) }, { R::ButtonText, text }, { R::BrightText, Qt::white },
            { R::Light, QColor(0x4a, 0x4a, 0x4a) }, { R::Midlight, QColor(0x3e, 0x3e, 0x3e) },
            { R::Mid, QColor(0x2f, 0x2f, 0x2f) }, { R::Dark, QColor(0x1a, 0x1a, 0x1a) },
            { R::Shadow, QColor(0x0d, 0x0d, 0x0d) }, { R::Highlight, QColor(0x2a, 0x64, 0xb0) },
            { R::HighlightedText, Qt::white }, { R::Link, QColor(0x8a, 0xb4, 0xf8) },
            { R::LinkVisited, QColor(0xc8, 0xa2, 0xe8) },
        },
        { { R::WindowText, off }, { R::Text, off }, { R::ButtonText, off }, { R::Highlight, QColor(0x50, 0x50, 0x50) },
          { R::Base, QColor(0x2b, 0x2b, 0x2b) } });
}

QColor Theme::colour(Colour colour, const QPalette& palette)
{
    return pick(pairOf(colour), palette);
}

QColor Theme::statusColour(store::InvoiceStatus status, const QPalette& palette)
{
    return pick(statusPair(status), palette);
}

double Theme::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString Theme::expand(const QString& sheet, const QPalette& palette)
{
    static const std::pair<QLatin1StringView, Colour> names[] = {
        { "{error}"_L1, Colour::ErrorText },
        { "{warning}"_L1, Colour::WarningText },
        { "{success}"_L1, Colour::SuccessText },
        { "{muted}"_L1, Colour::MutedText },
        { "{errorFill}"_L1, Colour::ErrorFill },
        { "{warningFill}"_L1, Colour::WarningFill },
        { "{errorBorder}"_L1, Colour::ErrorBorder },
        { "{warningBorder}"_L1, Colour::WarningBorder },
        { "{bannerText}"_L1, Colour::BannerText },
        { "{bannerFill}"_L1, Colour::BannerFill },
        { "{bannerBorder}"_L1, Colour::BannerBorder },
    };
    QString expanded = sheet;
    for (const auto& [name, role] : names) {
        expanded.replace(name, colour(role, palette).name());
    }
    return expanded;
}

void Theme::setStyleSheet(QWidget* widget, const QString& sheet)
{
    widget->setProperty(kSheetProperty, sheet.isEmpty() ? QVariant() : QVariant(sheet));
    widget->setStyleSheet(expand(sheet));
}

void Theme::setItemColour(QTreeWidgetItem* item, int column, Colour colour)
{
    item->setData(column, kColourRole, static_cast<int>(colour));
    item->setForeground(column, Theme::colour(colour));
}

void Theme::setItemColour(QTableWidgetItem* item, Colour colour)
{
    item->setData(kColourRole, static_cast<int>(colour));
    item->setForeground(Theme::colour(colour));
}

void Theme::setItemColour(QListWidgetItem* item, Colour colour)
{
    item->setData(kColourRole, static_cast<int>(colour));
    item->setForeground(Theme::colour(colour));
}

namespace {

// Colours again the items of an item widget's model that setItemColour() coloured.
void recolour(QAbstractItemModel* model, const QModelIndex& parent)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            const QVariant colour = index.data(kColourRole);
            if (colour.isValid()) {
                const QColor now = Theme::colour(static_cast<Theme::Colour>(colour.toInt()));
                if (index.data(Qt::ForegroundRole).value<QBrush>().color() != now) {
                    model->setData(index, QBrush(now), Qt::ForegroundRole);
                }
            }
            if (column == 0 && model->hasChildren(index)) {
                recolour(model, index);
            }
        }
    }
}

} // namespace

void Theme::restyleWidgets()
{
    const QList<QWidget*> widgets = QApplication::allWidgets();
    for (QWidget* widget : widgets) {
        const QVariant sheet = widget->property(kSheetProperty);
        if (sheet.isValid()) {
            widget->setStyleSheet(expand(sheet.toString()));
        }
        // Item widgets only: their models are small, a model of the store's may hold millions.
        if (qobject_cast<QTreeWidget*>(widget) || qobject_cast<QTableWidget*>(widget) || qobject_cast<QListWidget*>(widget)) {
            recolour(static_cast<QAbstractItemView*>(widget)->model(), {});
        }
    }
}

void Theme::setPortalScheme(Scheme scheme)
{
    if (scheme == m_portalScheme) {
        return;
    }
    m_portalScheme = scheme;
    if (m_applied && m_appearance == Appearance::System) {
        apply();
    }
}

void Theme::apply()
{
    m_applying = true;
    bool dark = m_appearance == Appearance::Dark;
    if (m_appearance == Appearance::System) {
        // The platform's own look first, to see what it gives now.
        if (QApplication::style()->name().compare(m_platformStyle, Qt::CaseInsensitive) != 0) {
            QApplication::setStyle(m_platformStyle);
        }
        QPalette platform(Qt::black);
        platform.setResolveMask(0); // nothing set: every role from the platform
        QApplication::setPalette(platform);
        m_platformPalette = QApplication::palette();
        dark = systemPrefersDark();
        if (dark != isDark(m_platformPalette)) {
            QApplication::setStyle(QString(kFusion));
            QApplication::setPalette(dark ? darkPalette() : lightPalette());
        }
    } else {
        if (QApplication::style()->name().compare(kFusion, Qt::CaseInsensitive) != 0) {
            QApplication::setStyle(QString(kFusion));
        }
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
    }
    m_applying = false;
    m_applied = true;
    restyleWidgets();
    emit changed(dark);
}

bool Theme::eventFilter(QObject* watched, QEvent* event)
{
    // The platform says its theme or palette changed: in System, look again (once per burst).
    if (!m_applying && m_applied && m_appearance == Appearance::System
        && (event->type() == QEvent::ThemeChange || (event->type() == QEvent::ApplicationPaletteChange && watched == qApp))) {
        if (!m_reapplyQueued) {
            m_reapplyQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_reapplyQueued = false;
                if (m_appearance == Appearance::System) {
                    apply();
                }
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

void Theme::askPortal()
{
#ifdef IRNDESK_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return;
    }
    bus.connect(kPortalService, kPortalPath, kPortalInterface, u"SettingChanged"_s, this,
                SLOT(onPortalSettingChanged(QDBusMessage)));
    QDBusMessage call = QDBusMessage::createMethodCall(kPortalService, kPortalPath, kPortalInterface, u"Read"_s);
    call << QString(kAppearanceGroup) << QString(kColorSchemeKey);
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 3000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* finished) {
        finished->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *finished;
        if (!reply.isError()) {
            setPortalScheme(schemeOf(reply.value().variant()));
        }
    });
#endif
}

void Theme::onPortalSettingChanged(const QDBusMessage& message)
{
#ifdef IRNDESK_HAVE_DBUS
    const QList<QVariant> arguments = message.arguments();
    if (arguments.size() >= 3 && arguments.at(0).toString() == kAppearanceGroup
        && arguments.at(1).toString() == kColorSchemeKey) {
        setPortalScheme(schemeOf(arguments.at(2)));
    }
#else
    Q_UNUSED(message);
#endif
}

} // namespace irndesk::ui
