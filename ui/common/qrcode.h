#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

namespace Marquee {

// A QR code of `text` (libqrencode, error correction M, with the 4-module quiet zone), each module
// `moduleSize` pixels. Null image if encoding fails.
QImage qrCodeImage(const QString &text, int moduleSize = 6);

// Shows one QR code, scaled to fit, crisp at any size.
class QrCodeWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);
    void setText(const QString &text);
    QString text() const { return m_text; }
    QSize sizeHint() const override { return QSize(180, 180); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    QImage m_image;
};

} // namespace Marquee
