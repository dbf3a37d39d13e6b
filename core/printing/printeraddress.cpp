#include "printeraddress.h"

#include <QHostAddress>
#include <QUrl>

namespace Marquee {

PrinterAddress::PrinterAddress(QString host, quint16 port)
    : m_host(std::move(host))
    , m_port(port)
{
}

Result<PrinterAddress> PrinterAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    auto invalid = [&](const char *why) {
        return Error(ErrorCode::PrinterAddressInvalid, QStringLiteral("%1: %2").arg(trimmed, QLatin1String(why)));
    };
    if (!trimmed.startsWith(QLatin1String("escpos://"), Qt::CaseInsensitive))
        return invalid("not an escpos:// address");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return invalid("not a valid address");
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()
        || !(url.path().isEmpty() || url.path() == QLatin1String("/")))
        return invalid("only a host and a port may be given");
    const QString host = url.host(QUrl::FullyEncoded);
    if (host.isEmpty())
        return invalid("no host");
    // QUrl accepts a port it cannot represent as -1; "escpos://host:" has none either.
    const int port = url.port(DefaultPort);
    const QString afterHost = trimmed.mid(trimmed.indexOf(QLatin1String("//")) + 2);
    if (port <= 0 || port > 65535 || afterHost.endsWith(QLatin1Char(':')))
        return invalid("the port must be from 1 to 65535");
    return PrinterAddress(host, quint16(port));
}

QString PrinterAddress::toString() const
{
    const bool ipv6 = QHostAddress(m_host).protocol() == QAbstractSocket::IPv6Protocol;
    return QStringLiteral("escpos://%1:%2").arg(ipv6 ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host)
        .arg(m_port);
}

} // namespace Marquee
