#pragma once

#include <QDialog>

class QLabel;

namespace Marquee {

// Help → About: what is running here, for a support call (Marquee, Qt and server versions).
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const QString &serverVersion, QWidget *parent = nullptr);

    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_serverVersion;
    QLabel *m_label = nullptr;
};

} // namespace Marquee
