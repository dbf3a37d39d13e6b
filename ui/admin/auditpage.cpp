#include "auditpage.h"

#include "audit/auditservice.h"
#include "audittablemodel.h"
#include "adminlook.h"
#include "common/texttone.h"
#include "session/terminalsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Marquee {

namespace {

QString prettyJson(const QString &text)
{
    if (text.isEmpty())
        return QString();
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isNull() ? text : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace

AuditPage::AuditPage(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new AuditTableModel(this);
    m_fromCheck = new QCheckBox(this);
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this);
    m_from->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_untilCheck = new QCheckBox(this);
    m_until = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_until->setCalendarPopup(true);
    m_until->setEnabled(false);
    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_actorLabel = new QLabel(this);
    m_actor = new QLineEdit(this);
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setClearButtonEnabled(true);
    m_actorLabel->setBuddy(m_actor);
    m_apply = new QPushButton(this);
    m_more = new QPushButton(this);
    m_status = new QLabel(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->resizeSection(AuditTableModel::OccurredAt, 150);
    m_view->horizontalHeader()->resizeSection(AuditTableModel::Actor, 140);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_values = new QPlainTextEdit(this);
    m_values->setObjectName(QStringLiteral("auditValues"));
    m_values->setReadOnly(true);
    m_values->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_fromCheck);
    bar->addWidget(m_from);
    bar->addWidget(m_untilCheck);
    bar->addWidget(m_until);
    bar->addWidget(m_table);
    bar->addWidget(m_actorLabel);
    bar->addWidget(m_actor, 1);
    bar->addWidget(m_apply);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_values);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);

    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_untilCheck, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_apply, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_actor, &QLineEdit::returnPressed, this, &AuditPage::reload);
    connect(m_table, &QComboBox::activated, this, &AuditPage::reload);
    connect(m_more, &QPushButton::clicked, this, [this] { load(true); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showEntry);
    retranslate();
    reload();
}

AuditQuery AuditPage::currentQuery() const
{
    AuditQuery query;
    if (m_fromCheck->isChecked())
        query.from = m_from->dateTime();
    if (m_untilCheck->isChecked())
        query.until = m_until->dateTime();
    query.tableName = m_table->currentData().toString();
    query.actor = m_actor->text().trimmed();
    query.limit = m_pageSize;
    return query;
}

void AuditPage::reload()
{
    load(false);
}

void AuditPage::load(bool more)
{
    AuditQuery query = currentQuery();
    if (more)
        query.beforeId = m_model->oldestId();
    m_more->setEnabled(false);
    // A new filter drops the page on its way for the old one.
    m_load.ask(m_session->audit().list(query), this, [this, more](Result<QList<AuditEntry>> result) {
        if (!result) {
            AdminLook::setTone(m_status, TextTone::Bad);
            m_status->setText(result.error().message());
            return;
        }
        AdminLook::setTone(m_status, TextTone::Plain);
        if (more) {
            m_model->appendEntries(result.value());
        } else {
            m_model->setEntries(result.value());
            m_values->clear();
            if (m_model->rowCount() > 0)
                m_view->setCurrentIndex(m_model->index(0, 0));
        }
        m_more->setEnabled(result->size() >= m_pageSize);
        m_status->setText(tr("%n entries shown", nullptr, m_model->rowCount()));
        emit loaded(m_model->rowCount());
    });
}

void AuditPage::showEntry()
{
    const AuditEntry *entry = m_model->entryAt(m_view->currentIndex().row());
    if (!entry) {
        m_values->clear();
        return;
    }
    QString text;
    if (!entry->oldValues.isEmpty())
        text += tr("Before:") + QLatin1Char('\n') + prettyJson(entry->oldValues) + QLatin1Char('\n');
    if (!entry->newValues.isEmpty())
        text += tr("After:") + QLatin1Char('\n') + prettyJson(entry->newValues);
    m_values->setPlainText(text);
}

void AuditPage::retranslate()
{
    m_fromCheck->setText(tr("From"));
    m_untilCheck->setText(tr("Until"));
    m_actorLabel->setText(tr("&Person"));
    m_actor->setPlaceholderText(tr("login name"));
    m_apply->setText(tr("Show"));
    m_more->setText(tr("Older entries"));
    const QVariant current = m_table->currentData();
    m_table->clear();
    m_table->addItem(tr("All tables"), QString());
    m_table->addItem(tr("Events"), QStringLiteral("events"));
    m_table->addItem(tr("Bookings"), QStringLiteral("bookings"));
    m_table->addItem(tr("Tickets"), QStringLiteral("tickets"));
    m_table->addItem(tr("Customers"), QStringLiteral("users"));
    m_table->addItem(tr("Staff logins"), QStringLiteral("staff_logins"));
    m_table->setCurrentIndex(qMax(0, m_table->findData(current)));
    m_model->retranslate();
    showEntry();
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Marquee
