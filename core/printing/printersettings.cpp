#include "printersettings.h"

#include <QSettings>

#include <memory>

namespace Marquee {

namespace {

const QString AddressKey = QStringLiteral("printing/receiptPrinter");
const QString PaperKey = QStringLiteral("printing/paperMillimetres");

// The application's QSettings when none was given; made per call, as QSettings is cheap and thread-bound.
template<typename Use>
auto withSettings(QSettings *given, Use &&use)
{
    if (given)
        return use(*given);
    QSettings settings;
    return use(settings);
}

} // namespace

PrinterSettings::PrinterSettings(QSettings *settings)
    : m_settings(settings)
{
}

bool PrinterSettings::hasReceiptPrinter() const
{
    return withSettings(m_settings, [](QSettings &s) { return !s.value(AddressKey).toString().trimmed().isEmpty(); });
}

Result<PrinterAddress> PrinterSettings::receiptPrinter() const
{
    const QString stored = withSettings(m_settings, [](QSettings &s) { return s.value(AddressKey).toString(); });
    if (stored.trimmed().isEmpty())
        return Error(ErrorCode::PrinterNotConfigured);
    return PrinterAddress::parse(stored);
}

void PrinterSettings::setReceiptPrinter(const PrinterAddress &address)
{
    withSettings(m_settings, [&](QSettings &s) {
        s.setValue(AddressKey, address.toString());
        s.sync();
        return 0;
    });
}

void PrinterSettings::clearReceiptPrinter()
{
    withSettings(m_settings, [](QSettings &s) {
        s.remove(AddressKey);
        s.sync();
        return 0;
    });
}

PaperRoll PrinterSettings::paperRoll() const
{
    const int mm = withSettings(m_settings, [](QSettings &s) { return s.value(PaperKey, 80).toInt(); });
    return mm == 58 ? PaperRoll::fiftyEight() : PaperRoll::eighty();
}

void PrinterSettings::setPaperRoll(const PaperRoll &roll)
{
    withSettings(m_settings, [&](QSettings &s) {
        s.setValue(PaperKey, roll.millimetres == 58 ? 58 : 80);
        s.sync();
        return 0;
    });
}

} // namespace Marquee
