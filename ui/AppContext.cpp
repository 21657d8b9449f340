// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AppContext.h"

#include "core/irp/IrpProfile.h"
#include "core/sandbox/SandboxIrp.h"
#include "core/rules/Validator.h"
#include "ui/LocalSandbox.h"

#include <QApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

namespace {

constexpr auto kLastWorkspaceKey = "session/lastWorkspace"_L1;
constexpr auto kSandboxKey = "rules/sandbox"_L1;
constexpr auto kLanguageKey = "ui/language"_L1;
constexpr auto kStoreKey = "session/store"_L1; // the store the next start opens
constexpr auto kRoundKey = "editor/roundToRupee"_L1;
constexpr auto kAppearanceKey = "ui/appearance"_L1;

// Loads `name` for `locale` from the first directory that has it.
bool loadTranslation(QTranslator& translator, const QLocale& locale, const QString& name, const QStringList& directories)
{
    for (const QString& directory : directories) {
        if (translator.load(locale, name, u"_"_s, directory)) {
            return true;
        }
    }
    return false;
}

} // namespace

struct AppContext::Translators
{
    QTranslator app;
    QTranslator qt;
    bool installed = false;
};

AppContext::AppContext(QObject* parent)
    : QObject(parent)
    , m_translators(std::make_unique<Translators>())
{
    QSettings settings;
    m_sandbox = settings.value(kSandboxKey, false).toBool();
    m_language = settings.value(kLanguageKey).toString();
    m_roundToRupee = settings.value(kRoundKey, true).toBool();
    m_appearance = Theme::fromString(settings.value(kAppearanceKey).toString());
}

AppContext::~AppContext()
{
    if (m_translators->installed) {
        QCoreApplication::removeTranslator(&m_translators->app);
        QCoreApplication::removeTranslator(&m_translators->qt);
    }
}

Status AppContext::openStore(const QString& path)
{
    auto opened = store::Store::open(path);
    if (!opened) {
        return opened.error();
    }
    m_store = std::move(opened).value();
    m_workspaceId.reset();
    emit storeOpened();

    // The last workspace of this store, else the first one.
    const QList<store::Workspace> workspaces = m_store->workspaces();
    std::optional<qint64> chosen;
    const QVariant last = QSettings().value(kLastWorkspaceKey);
    for (const store::Workspace& workspace : workspaces) {
        if (last.isValid() && workspace.id == last.toLongLong()) {
            chosen = workspace.id;
        }
    }
    if (!chosen && !workspaces.isEmpty()) {
        chosen = workspaces.first().id;
    }
    setWorkspace(chosen);
    return Ok{};
}

Status AppContext::switchStore(const QString& path)
{
    Status opened = openStore(path);
    if (opened) {
        QSettings().setValue(kStoreKey, storePath());
        // Windows still open on it (an editor's completers, an invoice view) reload too.
        notifyWorkspacesChanged();
        notifyInvoicesChanged();
        notifyPartiesChanged();
        notifyProductsChanged();
    }
    return opened;
}

QString AppContext::rememberedStorePath()
{
    return QSettings().value(kStoreKey).toString();
}

QString AppContext::storePath() const
{
    return m_store ? m_store->path() : QString();
}

std::optional<store::Workspace> AppContext::workspace() const
{
    if (!m_store || !m_workspaceId) {
        return std::nullopt;
    }
    return m_store->workspace(*m_workspaceId);
}

void AppContext::setWorkspace(std::optional<qint64> id)
{
    m_workspaceId = id;
    if (id) {
        QSettings().setValue(kLastWorkspaceKey, *id);
    }
    emit workspaceChanged(id);
}

RuleContext AppContext::ruleContext() const
{
    RuleContext context = RuleContext::withBuiltInMasters(today());
    context.sandbox = m_sandbox;
    if (const auto current = workspace()) {
        context.aatoAtLeast10Crore = current->profile.aato10Crore;
    }
    return context;
}

Findings AppContext::validate(const Invoice& invoice) const
{
    return irndesk::validate(invoice, ruleContext());
}

void AppContext::setSandboxMode(bool sandbox)
{
    m_sandbox = sandbox;
    QSettings().setValue(kSandboxKey, sandbox);
}

void AppContext::setRoundToRupee(bool round)
{
    m_roundToRupee = round;
    QSettings().setValue(kRoundKey, round);
}

LocalSandbox& AppContext::localSandbox()
{
    if (!m_localSandbox) {
        m_localSandbox = std::make_unique<LocalSandbox>();
    }
    return *m_localSandbox;
}

Result<irp::IrpConnection> AppContext::irpConnection(const QString& profile)
{
    if (profile.isEmpty() || profile == kLocalSandboxProfile) {
        const auto current = workspace();
        if (!current) {
            return Error{ ErrorCode::InvalidArgument, tr("choose a workspace first"), {} };
        }
        return localSandbox().connectionFor(current->profile.gstin, {}, sandbox::gstinDetailsFromStore(*m_store));
    }
    const auto loaded = irp::IrpProfile::load(profile);
    if (!loaded) {
        return Error{ ErrorCode::NotFound, tr("there is no IRP profile '%1'").arg(profile), {} };
    }
    return loaded->connection();
}

QString AppContext::profileOf(qint64 id)
{
    if (!m_store) {
        return {};
    }
    const QList<store::SubmissionEntry> entries = m_store->requestsOf(id);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->outcome == u"registered") {
            return it->profile;
        }
    }
    return {};
}

QDate AppContext::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void AppContext::setLanguage(const QString& language)
{
    m_language = language;
    QSettings().setValue(kLanguageKey, language);
    installTranslators(language);
    emit languageChanged();
}

const QList<AppContext::Language>& AppContext::languages()
{
    // Hindi first among the Indian languages (the most users), then the languages of the two
    // states with the most registered businesses: Tamil (Tamil Nadu) and Marathi (Maharashtra).
    static const QList<Language> list{
        { u"en"_s, u"English"_s },
        { u"hi"_s, u"हिन्दी"_s },
        { u"ta"_s, u"தமிழ்"_s },
        { u"mr"_s, u"मराठी"_s },
    };
    return list;
}

void AppContext::setAppearance(Appearance appearance)
{
    m_appearance = appearance;
    QSettings().setValue(kAppearanceKey, Theme::toString(appearance));
    emit appearanceChanged(appearance);
}

void AppContext::installSavedLanguage()
{
    installTranslators(m_language);
}

void AppContext::installTranslators(const QString& language)
{
    if (m_translators->installed) {
        QCoreApplication::removeTranslator(&m_translators->app);
        QCoreApplication::removeTranslator(&m_translators->qt);
        m_translators->installed = false;
    }
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (locale.language() == QLocale::English) {
        return; // the source texts
    }
    // Ours are embedded at :/i18n in the program; $IRNDESK_TRANSLATIONS points tests at the
    // built .qm files. Qt's own come from next to the program, else from the Qt installation.
    QStringList ours{ u":/i18n"_s };
    const QString fromEnvironment = qEnvironmentVariable("IRNDESK_TRANSLATIONS");
    if (!fromEnvironment.isEmpty()) {
        ours.prepend(fromEnvironment);
    }
    bool installed = false;
    if (loadTranslation(m_translators->app, locale, u"irndesk"_s, ours)) {
        QCoreApplication::installTranslator(&m_translators->app);
        installed = true;
    }
    if (loadTranslation(m_translators->qt,
                        locale,
                        u"qtbase"_s,
                        { u":/i18n"_s,
                          QCoreApplication::applicationDirPath() + u"/translations"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath) })) {
        QCoreApplication::installTranslator(&m_translators->qt);
        installed = true;
    }
    m_translators->installed = installed;
}

} // namespace irndesk::ui
