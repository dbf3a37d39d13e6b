#pragma once

#include "common/result.h"

#include <QString>

namespace Marquee {

// Where a desk's ESC/POS printer listens: escpos://HOST[:PORT], the port 9100 (the raw printing port every
// network receipt printer opens) unless given.
class PrinterAddress
{
public:
    static constexpr quint16 DefaultPort = 9100;

    PrinterAddress() = default;
    PrinterAddress(QString host, quint16 port);

    // "escpos://192.168.1.50", "escpos://printer.local:9100", "escpos://[fe80::1]:9100". Nothing else: no
    // other scheme, no user, path, query or fragment, a port from 1 to 65535.
    static Result<PrinterAddress> parse(const QString &text);

    bool isValid() const { return !m_host.isEmpty() && m_port != 0; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    // The canonical form: escpos://host:port.
    QString toString() const;

    friend bool operator==(const PrinterAddress &a, const PrinterAddress &b)
    {
        return a.m_host == b.m_host && a.m_port == b.m_port;
    }
    friend bool operator!=(const PrinterAddress &a, const PrinterAddress &b) { return !(a == b); }

private:
    QString m_host;
    quint16 m_port = 0;
};

} // namespace Marquee
