// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/irp/IrpProfile.h"


#include <QCoreApplication>
#include <QEventLoop>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace irndesk::irp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::irp::IrpProfile)
};

constexpr auto kGroup = QLatin1String("irpProfiles");
const QString kKeychainService = QStringLiteral("IRN Desk");

QString keychainKey(const QString& profile, const QString& which)
{
    return profile + QLatin1Char('/') + which;
}

// Runs a keychain job to its end (it is asynchronous), at most 10 seconds.
template <class Job>
bool runJob(Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}

} // namespace

Status IrpProfile::check() const
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_.-]{1,40}$"));
    if (!namePattern.match(name).hasMatch()) {
        return Error{ ErrorCode::InvalidArgument,
            Tr::tr("profile name '%1': use 1 to 40 letters, digits, '-', '_' or '.'").arg(name), {} };
    }
    const QUrl url(baseUrl);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
        return Error{ ErrorCode::InvalidArgument, Tr::tr("--base-url '%1' is not an http(s) URL").arg(baseUrl), {} };
    }
    // Plain HTTP only to this machine (the local sandbox): credentials never cross a network in clear.
    if (url.scheme() == u"http" && url.host() != u"127.0.0.1" && url.host() != u"localhost" && url.host() != u"::1") {
        return Error{ ErrorCode::InvalidArgument,
            Tr::tr("--base-url '%1': plain http is allowed only to this computer (127.0.0.1); use https").arg(baseUrl), {} };
    }
    if (clientId.isEmpty() || userName.isEmpty()) {
        return Error{ ErrorCode::InvalidArgument, Tr::tr("--client-id and --user are required"), {} };
    }
    if (!QRegularExpression(QStringLiteral("^[0-9]{2}[0-9A-Z]{13}$")).match(gstin).hasMatch()) {
        return Error{ ErrorCode::InvalidArgument, Tr::tr("--gstin '%1' is not a GSTIN (15 characters)").arg(gstin), {} };
    }
    if (Result<PublicKey> key = PublicKey::fromPem(publicKeyPem); !key) {
        return Error{ ErrorCode::InvalidArgument, Tr::tr("--public-key: %1").arg(key.error().message), {} };
    }
    if (!caCertPem.isEmpty() && QSslCertificate::fromData(caCertPem, QSsl::Pem).isEmpty()) {
        return Error{ ErrorCode::InvalidArgument, Tr::tr("--ca-cert: not a PEM certificate"), {} };
    }
    if (!keychain && (clientSecretEnv.isEmpty() || passwordEnv.isEmpty())) {
        return Error{ ErrorCode::InvalidArgument,
            Tr::tr("say where the secrets come from: --client-secret-env VAR and --password-env VAR (or --keychain)"), {} };
    }
    return Ok{};
}

QStringList IrpProfile::names()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    QStringList out = settings.childGroups();
    out.sort();
    return out;
}

std::optional<IrpProfile> IrpProfile::load(const QString& name)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    if (!settings.childGroups().contains(name)) {
        return std::nullopt;
    }
    settings.beginGroup(name);
    IrpProfile p;
    p.name = name;
    p.baseUrl = settings.value(QStringLiteral("baseUrl")).toString();
    p.clientId = settings.value(QStringLiteral("clientId")).toString();
    p.userName = settings.value(QStringLiteral("userName")).toString();
    p.gstin = settings.value(QStringLiteral("gstin")).toString();
    p.publicKeyPem = settings.value(QStringLiteral("publicKeyPem")).toByteArray();
    p.caCertPem = settings.value(QStringLiteral("caCertPem")).toByteArray();
    p.clientSecretEnv = settings.value(QStringLiteral("clientSecretEnv")).toString();
    p.passwordEnv = settings.value(QStringLiteral("passwordEnv")).toString();
    p.keychain = settings.value(QStringLiteral("keychain"), false).toBool();
    return p;
}

Status IrpProfile::save() const
{
    if (Status ok = check(); !ok) {
        return ok;
    }
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.remove(name);
    settings.beginGroup(name);
    settings.setValue(QStringLiteral("baseUrl"), baseUrl);
    settings.setValue(QStringLiteral("clientId"), clientId);
    settings.setValue(QStringLiteral("userName"), userName);
    settings.setValue(QStringLiteral("gstin"), gstin);
    settings.setValue(QStringLiteral("publicKeyPem"), publicKeyPem);
    settings.setValue(QStringLiteral("caCertPem"), caCertPem);
    settings.setValue(QStringLiteral("clientSecretEnv"), clientSecretEnv);
    settings.setValue(QStringLiteral("passwordEnv"), passwordEnv);
    settings.setValue(QStringLiteral("keychain"), keychain);
    settings.endGroup();
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        return Error{ ErrorCode::Io, Tr::tr("cannot write the settings file %1").arg(settings.fileName()), {} };
    }
    return Ok{};
}

Status IrpProfile::remove(const QString& name)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    if (!settings.childGroups().contains(name)) {
        return Error{ ErrorCode::NotFound, Tr::tr("there is no IRP profile '%1'").arg(name), {} };
    }
    const bool keychain = settings.value(name + QStringLiteral("/keychain"), false).toBool();
    settings.remove(name);
    settings.sync();
    if (keychain) {
        (void)deleteSecret(name, QStringLiteral("client-secret"));
        (void)deleteSecret(name, QStringLiteral("password"));
    }
    return Ok{};
}

Result<IrpConnection> IrpProfile::connection() const
{
    IrpConnection c;
    c.baseUrl = baseUrl;
    c.clientId = clientId;
    c.userName = userName;
    c.gstin = gstin;
    Result<PublicKey> key = PublicKey::fromPem(publicKeyPem);
    if (!key) {
        return Error{ ErrorCode::InvalidArgument, Tr::tr("profile %1: the IRP's public key: %2").arg(name, key.error().message), {} };
    }
    c.authKey = key.value();
    if (!caCertPem.isEmpty()) {
        c.caCertificates = QSslCertificate::fromData(caCertPem, QSsl::Pem);
    }
    const auto secret = [&](const QString& which, const QString& variable, QString& out) -> Status {
        if (keychain) {
            if (Result<QString> stored = readSecret(name, which); stored) {
                out = stored.value();
                return Ok{};
            }
        }
        if (!variable.isEmpty() && qEnvironmentVariableIsSet(variable.toLocal8Bit().constData())) {
            out = qEnvironmentVariable(variable.toLocal8Bit().constData());
            return Ok{};
        }
        return Error{ ErrorCode::InvalidArgument,
            variable.isEmpty() ? Tr::tr("profile %1: the %2 is not in the keychain").arg(name, which)
                               : Tr::tr("profile %1: the %2 is read from the environment variable %3, which is not set")
                                     .arg(name, which, variable),
            {} };
    };
    if (Status s = secret(QStringLiteral("client-secret"), clientSecretEnv, c.clientSecret); !s) {
        return s.error();
    }
    if (Status s = secret(QStringLiteral("password"), passwordEnv, c.password); !s) {
        return s.error();
    }
    return c;
}

Status writeSecret(const QString& profile, const QString& which, const QString& value)
{
    QKeychain::WritePasswordJob job(kKeychainService);
    job.setKey(keychainKey(profile, which));
    job.setTextData(value);
    if (!runJob(job)) {
        return Error{ ErrorCode::Io, Tr::tr("no keychain took the secret: %1").arg(job.errorString()), {} };
    }
    return Ok{};
}

Result<QString> readSecret(const QString& profile, const QString& which)
{
    QKeychain::ReadPasswordJob job(kKeychainService);
    job.setKey(keychainKey(profile, which));
    if (!runJob(job)) {
        return Error{ ErrorCode::NotFound, Tr::tr("the keychain did not give the secret: %1").arg(job.errorString()), {} };
    }
    return job.textData();
}

Status deleteSecret(const QString& profile, const QString& which)
{
    QKeychain::DeletePasswordJob job(kKeychainService);
    job.setKey(keychainKey(profile, which));
    if (!runJob(job)) {
        return Error{ ErrorCode::Io, job.errorString(), {} };
    }
    return Ok{};
}

} // namespace irndesk::irp
