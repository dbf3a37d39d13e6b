#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

namespace Marquee {

namespace {

Q_LOGGING_CATEGORY(lcLanguage, "marquee.language")

const QString SettingsKey = QStringLiteral("language");

QLocale localeFor(const QString &code)
{
    if (code == QLatin1String("th"))
        return QLocale(QLocale::Thai, QLocale::Thailand);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    removeTranslators();
}

QStringList LanguageSwitcher::languages()
{
    return {QStringLiteral("en"), QStringLiteral("th")};
}

QString LanguageSwitcher::nativeName(const QString &code)
{
    if (code == QLatin1String("th"))
        return QStringLiteral("ไทย");
    return QStringLiteral("English");
}

void LanguageSwitcher::addSearchPath(const QString &directory)
{
    if (!m_searchPaths.contains(directory))
        m_searchPaths.append(directory);
}

std::unique_ptr<QTranslator> LanguageSwitcher::loadMarquee(const QString &code) const
{
    auto translator = std::make_unique<QTranslator>();
    const QString file = QStringLiteral("marquee_") + code;
    for (const QString &directory : m_searchPaths) {
        if (translator->load(file, directory))
            return translator;
    }
    if (translator->load(file, QStringLiteral(":/i18n")))
        return translator;
    return nullptr;
}

bool LanguageSwitcher::setLanguage(const QString &code)
{
    if (!languages().contains(code))
        return false;
    if (code == m_language && (code == QLatin1String("en") || !m_installed.empty()))
        return true;

    std::vector<std::unique_ptr<QTranslator>> translators;
    // English is the source language: its catalogue only matters for plural forms, so it may be missing.
    if (auto marquee = loadMarquee(code)) {
        translators.push_back(std::move(marquee));
    } else if (code != QLatin1String("en")) {
        qCWarning(lcLanguage) << "no translation marquee_" << code << "found; staying in" << m_language;
        return false;
    }
    // Qt's own strings (the buttons of standard dialogs, context menus). Not every Qt release ships
    // Thai; without it those few strings stay English.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        translators.push_back(std::move(qt));

    // The locale first, so widgets that format numbers while handling LanguageChange already see it.
    QLocale::setDefault(localeFor(code));
    removeTranslators();
    for (auto &translator : translators) {
        QCoreApplication::installTranslator(translator.get());
        m_installed.push_back(std::move(translator));
    }
    m_language = code;
    emit languageChanged(code);
    return true;
}

void LanguageSwitcher::removeTranslators()
{
    for (auto &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
    m_installed.clear();
}

QString LanguageSwitcher::savedLanguage()
{
    const QString code = QSettings().value(SettingsKey).toString();
    return languages().contains(code) ? code : QString();
}

void LanguageSwitcher::saveLanguage(const QString &code)
{
    QSettings().setValue(SettingsKey, code);
}

} // namespace Marquee
