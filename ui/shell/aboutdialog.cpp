#include "aboutdialog.h"
#include "version.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>

namespace Marquee {

AboutDialog::AboutDialog(const QString &serverVersion, QWidget *parent)
    : QDialog(parent)
    , m_serverVersion(serverVersion)
    , m_label(new QLabel(this))
{
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    retranslate();
}

QString AboutDialog::text() const
{
    return m_label->text();
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Marquee"));
    const QString server = m_serverVersion.isEmpty() ? tr("not connected") : m_serverVersion.toHtmlEscaped();
    m_label->setText(QStringLiteral("<h2>Marquee</h2><p>%1</p><p>%2<br>%3<br>%4</p><p>%5</p>")
        .arg(tr("Ticketing for venues: box office, kiosk and administration."),
             tr("Version %1").arg(QStringLiteral(MARQUEE_VERSION).toHtmlEscaped()),
             tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
             tr("PostgreSQL server %1").arg(server),
             tr("Copyright © 2026 Marquee developers. Released under the MIT License.")));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Marquee
