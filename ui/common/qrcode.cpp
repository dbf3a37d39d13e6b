#include "qrcode.h"

#include <QPainter>

#include <qrencode.h>

namespace Marquee {

QImage qrCodeImage(const QString &text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return QImage();
    constexpr int QuietZone = 4;
    const int modules = code->width + 2 * QuietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 0x01)
                painter.drawRect((x + QuietZone) * moduleSize, (y + QuietZone) * moduleSize, moduleSize, moduleSize);
        }
    }
    QRcode_free(code);
    return image;
}

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(120, 120);
}

void QrCodeWidget::setText(const QString &text)
{
    m_text = text;
    m_image = qrCodeImage(text, 1);
    setAccessibleName(text);
    update();
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (m_image.isNull())
        return;
    const int side = qMin(width(), height());
    const int scale = qMax(1, side / m_image.width());
    const int drawn = m_image.width() * scale;
    const QRect target((width() - drawn) / 2, (height() - drawn) / 2, drawn, drawn);
    painter.drawImage(target, m_image); // integer scaling keeps modules sharp
}

} // namespace Marquee
