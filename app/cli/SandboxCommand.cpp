// SPDX-License-Identifier: GPL-3.0-or-later
// `irndesk-cli sandbox`: the local sandbox IRP (core/sandbox) on 127.0.0.1 until SIGINT/SIGTERM.
// The first line it prints is the URL it listens on ("listening on http://127.0.0.1:41234"), so
// scripts and tests can start it with --port 0 and read the port.
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "app/cli/StoreOption.h"
#include "core/sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace irndesk::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("irndesk::cli", text);
}

#ifdef Q_OS_UNIX
int g_signalPipe[2] = { -1, -1 };

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
}
#endif

/// A whole number >= `minimum` from option `name`; std::nullopt after saying so on `err`.
std::optional<int> wholeNumber(const QCommandLineParser& parser, const QCommandLineOption& option, int minimum,
                               QTextStream& err)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum) {
        err << tr("sandbox: --%1 must be a whole number of at least %2, got '%3'")
                   .arg(option.names().constFirst())
                   .arg(minimum)
                   .arg(parser.value(option))
            << Qt::endl;
        return std::nullopt;
    }
    return value;
}

} // namespace

int commandSandbox(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"), tr("port on 127.0.0.1 (0: any free port)"),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption keysDir(QStringLiteral("keys-dir"),
                                     tr("folder of the sandbox's keys; auth_public.pem and sign_cert.pem are written "
                                        "there for clients (default: 'sandbox' in the application data folder)"),
                                     QStringLiteral("DIR"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), tr("client id of a user (repeatable)"),
                                      QStringLiteral("ID"));
    const QCommandLineOption clientSecret(QStringLiteral("client-secret"), tr("client secret of a user (repeatable)"),
                                          QStringLiteral("S"));
    const QCommandLineOption user(QStringLiteral("user"), tr("API user name (repeatable)"), QStringLiteral("U"));
    const QCommandLineOption password(QStringLiteral("password"), tr("password of a user (repeatable)"),
                                      QStringLiteral("P"));
    const QCommandLineOption gstin(QStringLiteral("gstin"), tr("GSTIN of a user (repeatable)"), QStringLiteral("G"));
    const QCommandLineOption users(QStringLiteral("users"), tr("users from a JSON file"), QStringLiteral("FILE"));
    const QCommandLineOption tokenMinutes(QStringLiteral("token-minutes"), tr("token validity (default 60)"),
                                          QStringLiteral("M"), QStringLiteral("60"));
    const QCommandLineOption tls(QStringLiteral("tls"),
                                 tr("HTTPS with a certificate of the sandbox's own CA (ca_cert.pem in the keys folder)"));
    const QCommandLineOption failEvery(QStringLiteral("fail-every"),
                                       tr("answer every Nth request with HTTP 500, unprocessed"), QStringLiteral("N"),
                                       QStringLiteral("0"));
    const QCommandLineOption dropEvery(QStringLiteral("drop-every"),
                                       tr("process every Nth request, then close the connection without a reply"),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption generateOnly(QStringLiteral("faults-generate-only"),
                                          tr("count only IRN generations for --fail-every and --drop-every"));
    const QCommandLineOption statusAsString(QStringLiteral("status-as-string"),
                                            tr("write the envelope's Status as a string (\"1\"/\"0\")"));
    const QCommandLineOption delayMs(QStringLiteral("delay-ms"), tr("delay every reply"), QStringLiteral("MS"),
                                     QStringLiteral("0"));
    const QCommandLineOption clockOffset(QStringLiteral("clock-offset-hours"),
                                         tr("move the sandbox's clock (for the 24 h and 48 h limits)"),
                                         QStringLiteral("H"), QStringLiteral("0"));
    const QCommandLineOption store(QStringLiteral("store"), tr("GSTIN details from this store's workspaces and parties"),
                                   QStringLiteral("DB"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   tr("keep the registrations in this file across restarts (default: in memory only)"),
                                   QStringLiteral("FILE"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     tr("print one line per request on standard error (method, path, outcome)"));
    const QCommandLineOption noRules(QStringLiteral("no-rules"),
                                     tr("reject only what fails the schema, not the business rules"));
    parser.addOptions({ port, keysDir, clientId, clientSecret, user, password, gstin, users, tokenMinutes, tls,
                        failEvery, dropEvery, generateOnly, statusAsString, delayMs, clockOffset, store, state, noRules, verbose });
    parser.addHelpOption();
    if (!parse(parser, QStringLiteral("sandbox"), arguments, err)) {
        return kExitCannotRun;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("sandbox: unexpected argument '%1'").arg(parser.positionalArguments().constFirst()) << Qt::endl;
        return kExitCannotRun;
    }

    sandbox::SandboxOptions options;
    const std::optional<int> portNumber = wholeNumber(parser, port, 0, err);
    const std::optional<int> minutes = wholeNumber(parser, tokenMinutes, 1, err);
    const std::optional<int> fail = wholeNumber(parser, failEvery, 0, err);
    const std::optional<int> drop = wholeNumber(parser, dropEvery, 0, err);
    const std::optional<int> delay = wholeNumber(parser, delayMs, 0, err);
    if (!portNumber || !minutes || !fail || !drop || !delay) {
        return kExitCannotRun;
    }
    if (*portNumber > 65535) {
        err << tr("sandbox: --port must be at most 65535") << Qt::endl;
        return kExitCannotRun;
    }
    bool hoursOk = false;
    const double hours = parser.value(clockOffset).toDouble(&hoursOk);
    if (!hoursOk) {
        err << tr("sandbox: --clock-offset-hours must be a number of hours, got '%1'").arg(parser.value(clockOffset))
            << Qt::endl;
        return kExitCannotRun;
    }
    options.port = static_cast<quint16>(*portNumber);
    options.tokenMinutes = *minutes;
    options.faults = sandbox::SandboxFaults{ *fail, *drop, *delay, parser.isSet(generateOnly), parser.isSet(statusAsString) };
    options.clockOffsetSeconds = static_cast<qint64>(hours * 3600.0);
    options.tls = parser.isSet(tls);
    options.businessRules = !parser.isSet(noRules);
    options.stateFile = parser.value(state);
    options.keysDir = parser.isSet(keysDir)
        ? parser.value(keysDir)
        : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sandbox"));

    // Users: --user/--password/--gstin once per user; --client-id/--client-secret once per user,
    // or once for all of them (NIC gives one client per PAN).
    const QStringList ids = parser.values(clientId);
    const QStringList secrets = parser.values(clientSecret);
    const QStringList names = parser.values(user);
    const QStringList passwords = parser.values(password);
    const QStringList gstins = parser.values(gstin);
    const qsizetype n = names.size();
    auto fits = [n](const QStringList& list, bool shared) { return list.size() == n || (shared && list.size() == 1); };
    if (!fits(ids, true) || !fits(secrets, true) || !fits(passwords, false) || !fits(gstins, false)) {
        err << tr("sandbox: give --user, --password and --gstin once per user, and --client-id and --client-secret "
                  "once per user or once for all")
            << Qt::endl;
        return kExitCannotRun;
    }
    for (qsizetype i = 0; i < n; ++i) {
        options.users.append({ ids.size() == 1 ? ids.at(0) : ids.at(i), secrets.size() == 1 ? secrets.at(0) : secrets.at(i),
                               names.at(i), passwords.at(i), gstins.at(i).trimmed().toUpper() });
    }
    if (parser.isSet(users)) {
        Result<QList<sandbox::SandboxUser>> fromFile = sandbox::readUsersFile(parser.value(users));
        if (!fromFile) {
            err << tr("sandbox: %1").arg(fromFile.error().message) << Qt::endl;
            return kExitCannotRun;
        }
        options.users += fromFile.value();
    }
    if (options.users.isEmpty()) {
        err << tr("sandbox: no API user: give --client-id ID --client-secret S --user U --password P --gstin G, "
                  "or --users FILE")
            << Qt::endl;
        return kExitCannotRun;
    }
    if (parser.isSet(store)) {
        const auto db = openStore(parser.value(store), StoreAccess::Existing, QStringLiteral("sandbox"), err);
        if (!db) {
            return kExitCannotRun;
        }
        options.gstins = sandbox::gstinDetailsFromStore(*db);
    }

    sandbox::SandboxServer server(options);
    if (Status started = server.start(); !started) {
        err << tr("sandbox: %1").arg(started.error().message) << Qt::endl;
        return kExitCannotRun;
    }
    if (parser.isSet(verbose)) {
        QObject::connect(&server, &sandbox::SandboxServer::requestHandled, &server,
                         [&err](const QString& method, const QString& path, const QString& outcome) {
                             err << method << ' ' << path << ' ' << outcome << Qt::endl;
                         });
    }
    out << "listening on " << server.url().toString() << Qt::endl;
    out << tr("keys: %1 (clients encrypt with auth_public.pem and verify with sign_cert.pem%2)")
               .arg(QDir::toNativeSeparators(options.keysDir), options.tls ? tr("; trust ca_cert.pem") : QString())
        << Qt::endl;
    out << tr("users: %1; tokens valid %2 minutes; registrations %3")
               .arg(options.users.size())
               .arg(options.tokenMinutes)
               .arg(options.stateFile.isEmpty() ? tr("in memory only (lost when the sandbox stops)")
                                                : tr("kept in %1").arg(options.stateFile))
        << Qt::endl;
    out.flush();

#ifdef Q_OS_UNIX
    // SIGINT/SIGTERM end the event loop through a socket pair: a signal handler may only write().
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        err << tr("sandbox: cannot set up the signal handlers") << Qt::endl;
        return kExitCannotRun;
    }
    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#endif
    QCoreApplication::exec();
    server.stop();
    out << tr("sandbox stopped: %1 requests, %2 IRNs registered")
               .arg(server.requestCount())
               .arg(server.registrations().size())
        << Qt::endl;
    return kExitOk;
}

} // namespace irndesk::cli
