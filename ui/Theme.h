// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/InvoiceStatus.h"

#include <QColor>
#include <QGuiApplication>
#include <QObject>
#include <QPalette>
#include <QString>

class QDBusMessage;
class QListWidgetItem;
class QTableWidgetItem;
class QTreeWidgetItem;
class QWidget;

namespace irndesk::ui {

/// The user's choice in the settings: the system's light or dark, or one of them always.
enum class Appearance
{
    System,
    Light,
    Dark,
};

/// The app's light and dark looks, and every colour the app picks itself (status badges,
/// banners, findings), in pairs for a light and a dark palette, in this one place.
///
/// System follows what the desktop says, first of: the xdg-desktop-portal setting
/// org.freedesktop.appearance color-scheme (over D-Bus, followed while running), GTK_THEME ending
/// in ":dark", the lightness of the platform's own palette. When the platform's palette already
/// matches, its style and palette stay; when it does not (Qt 6.4 on a dark GNOME keeps a light
/// palette), the app's own Fusion palette of that scheme is applied. Light and Dark always apply
/// Fusion with a complete palette of the app's own.
class Theme : public QObject
{
    Q_OBJECT

public:
    /// What a source of the system's choice says.
    enum class Scheme
    {
        NoPreference,
        Light,
        Dark,
    };

    /// The colours the app sets itself. *Text colours are for text on the palette's Base or
    /// Window; *Fill colours are backgrounds under the palette's Text; Banner* go together.
    enum class Colour
    {
        ErrorText,
        WarningText,
        SuccessText,
        MutedText,
        ErrorFill,
        WarningFill,
        ReadOnlyFill,
        ErrorBorder,
        WarningBorder,
        BannerText,
        BannerFill,
        BannerBorder,
    };

    /// Remembers the platform's own style and palette and, where there is a session bus, asks
    /// the desktop portal (the answer comes later). Applies nothing until setAppearance().
    explicit Theme(QObject* parent = nullptr);
    ~Theme() override;

    Appearance appearance() const { return m_appearance; }
    /// Applies `appearance` to the application now, and again whenever the system changes.
    void setAppearance(Appearance appearance);
    /// Whether the application's palette is a dark one now.
    static bool isDark(const QPalette& palette = QGuiApplication::palette());
    /// Whether the system asks for dark (see the class comment for the order of the sources).
    bool systemPrefersDark() const;

    /// "system", "light", "dark", as saved; anything else is System.
    static QString toString(Appearance appearance);
    static Appearance fromString(const QString& text);

    /// The app's complete Fusion palettes.
    static QPalette lightPalette();
    static QPalette darkPalette();

    /// `colour` for `palette` (its light or dark variant).
    static QColor colour(Colour colour, const QPalette& palette = QGuiApplication::palette());
    /// The colour of an invoice status as text on the list (the status is always written too).
    static QColor statusColour(store::InvoiceStatus status, const QPalette& palette = QGuiApplication::palette());
    /// WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrast(const QColor& a, const QColor& b);

    /// Sets `widget`'s style sheet from `sheet`, where {error}, {warning}, {success}, {muted},
    /// {errorFill}, {warningFill}, {errorBorder}, {warningBorder}, {bannerText}, {bannerFill} and
    /// {bannerBorder} stand for the colours; set again with the new colours after a change of
    /// theme. An empty `sheet` clears it.
    static void setStyleSheet(QWidget* widget, const QString& sheet);
    /// Colours an item's text with `colour`, and again after a change of theme (item widgets
    /// keep the colour an item was given; models compute theirs with colour() when asked).
    static void setItemColour(QTreeWidgetItem* item, int column, Colour colour);
    static void setItemColour(QTableWidgetItem* item, Colour colour);
    static void setItemColour(QListWidgetItem* item, Colour colour);
    /// `sheet` with the colours of `palette` in place of their names.
    static QString expand(const QString& sheet, const QPalette& palette = QGuiApplication::palette());

public slots:
    /// What the desktop portal says (its answer, its SettingChanged signal; tests inject it).
    void setPortalScheme(irndesk::ui::Theme::Scheme scheme);

signals:
    /// The looks changed (appearance chosen, or the system's changed): `dark` is the new one.
    void changed(bool dark);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private slots:
    void onPortalSettingChanged(const QDBusMessage& message);

private:
    void apply();
    void askPortal();
    static void restyleWidgets();

    Appearance m_appearance = Appearance::System;
    Scheme m_portalScheme = Scheme::NoPreference;
    QString m_platformStyle;
    QPalette m_platformPalette;
    bool m_applying = false;
    bool m_applied = false;
    bool m_reapplyQueued = false;
};

} // namespace irndesk::ui
