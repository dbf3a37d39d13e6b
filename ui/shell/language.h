#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace Marquee {

// Switches the whole application between English and Thai while it runs. Installing or removing a
// translator makes Qt send LanguageChange to every widget, so each one retranslates itself in its
// changeEvent; the default QLocale follows, so numbers, dates and money are shown the Thai way too.
class LanguageSwitcher final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // The languages Marquee speaks, as codes ("en", "th").
    static QStringList languages();
    // A language's own name ("English", "ไทย"): never translated, so a customer can find theirs.
    static QString nativeName(const QString &code);

    // Folders where marquee_<code>.qm is looked for before the built-in ":/i18n".
    void addSearchPath(const QString &directory);

    QString language() const { return m_language; }

    // Returns false (and stays in the current language) for an unknown code or a missing translation.
    bool setLanguage(const QString &code);

    // The staff's own choice, remembered between runs (a customer's choice at the kiosk is not).
    static QString savedLanguage();
    static void saveLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    std::unique_ptr<QTranslator> loadMarquee(const QString &code) const;
    void removeTranslators();

    QString m_language = QStringLiteral("en");
    QStringList m_searchPaths;
    std::vector<std::unique_ptr<QTranslator>> m_installed;
};

} // namespace Marquee
