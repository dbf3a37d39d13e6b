#include "eventform.h"
#include "ui_eventform.h"

#include "adminlook.h"
#include "common/texttone.h"
#include "events/eventservice.h"
#include "seating/seatingplanservice.h"
#include "session/terminalsession.h"
#include "tickettypes/tickettypeseditor.h"
#include "validation/validation.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QSet>

namespace Marquee {

EventForm::EventForm(TerminalSession *session, const std::optional<Event> &existing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EventForm>())
    , m_session(session)
    , m_existing(existing)
{
    m_ui->setupUi(this);
    m_errorLabels = {
        {QStringLiteral("title"), m_ui->titleError},
        {QStringLiteral("venue"), m_ui->venueError},
        {QStringLiteral("description"), m_ui->descriptionError},
        {QStringLiteral("startsAt"), m_ui->startsAtError},
        {QStringLiteral("capacity"), m_ui->capacityError},
        {QStringLiteral("price"), m_ui->priceError},
        {QStringLiteral("status"), m_ui->statusError},
        {QStringLiteral("maxTicketsPerBooking"), m_ui->maxTicketsError},
        {QStringLiteral("seatingPlan"), m_ui->seatingPlanError},
    };
    for (QLabel *label : std::as_const(m_errorLabels))
        AdminLook::setTone(label, TextTone::Bad);
    AdminLook::setTone(m_ui->formError, TextTone::Bad);
    fillStatusCombo();
    m_ui->startsAtEdit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_ui->capacityFromPlan->setTextFormat(Qt::PlainText);
    m_ui->ticketTypesNote->setTextFormat(Qt::PlainText);
    m_ticketTypes = new TicketTypesEditor(*m_session, m_ui->ticketTypesBox);
    m_ticketTypes->setSaveButtonVisible(false); // the form's Save stores them
    m_ui->ticketTypesLayout->addWidget(m_ticketTypes);

    if (m_existing) {
        const Event &event = *m_existing;
        m_ui->titleEdit->setText(event.title);
        m_ui->venueEdit->setText(event.venue);
        m_ui->descriptionEdit->setPlainText(event.description);
        m_ui->startsAtEdit->setDateTime(event.startsAt.toLocalTime());
        m_ui->capacitySpin->setValue(event.capacity);
        m_ui->priceEdit->setText(event.price.toDecimalString());
        m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(int(event.status)));
        m_ui->maxTicketsSpin->setValue(event.maxTicketsPerBooking);
        m_wantedPlan = event.seatingPlanId;
        m_ticketTypes->setEvent(event.id);
    } else {
        // A sensible default: a week ahead at eight in the evening.
        m_ui->startsAtEdit->setDateTime(QDateTime(QDate::currentDate().addDays(7), QTime(20, 0)));
        m_ui->capacitySpin->setValue(100);
        m_ui->priceEdit->setText(QStringLiteral("0.00"));
        m_ui->statusCombo->setEnabled(false); // a new event starts on sale
        m_ticketTypes->setEnabled(false);       // its types exist once it does
    }
    fillPlanCombo();
    loadPlans();

    // A field's message appears once the person has changed it, and goes as soon as it is right.
    auto touch = [this](const QString &field) {
        m_touched.insert(field);
        showErrors(check(), true);
    };
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, [touch] { touch(QStringLiteral("title")); });
    connect(m_ui->venueEdit, &QLineEdit::textEdited, this, [touch] { touch(QStringLiteral("venue")); });
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, [touch] { touch(QStringLiteral("description")); });
    connect(m_ui->startsAtEdit, &QDateTimeEdit::dateTimeChanged, this, [touch] { touch(QStringLiteral("startsAt")); });
    connect(m_ui->capacitySpin, &QSpinBox::valueChanged, this, [touch] { touch(QStringLiteral("capacity")); });
    connect(m_ui->priceEdit, &QLineEdit::textEdited, this, [touch] { touch(QStringLiteral("price")); });
    connect(m_ui->maxTicketsSpin, &QSpinBox::valueChanged, this, [touch] { touch(QStringLiteral("maxTicketsPerBooking")); });
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, [touch] { touch(QStringLiteral("status")); });
    connect(m_ui->seatingPlanCombo, &QComboBox::currentIndexChanged, this, [this, touch] {
        m_wantedPlan = m_ui->seatingPlanCombo->currentData().toLongLong();
        planChosen();
        touch(QStringLiteral("seatingPlan"));
    });

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EventForm::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

EventForm::~EventForm() = default;

void EventForm::fillStatusCombo()
{
    const int current = m_ui->statusCombo->currentData().isValid() ? m_ui->statusCombo->currentData().toInt()
                                                                    : int(EventStatus::Active);
    const QSignalBlocker blocker(m_ui->statusCombo);
    m_ui->statusCombo->clear();
    m_ui->statusCombo->addItem(tr("On sale"), int(EventStatus::Active));
    m_ui->statusCombo->addItem(tr("Cancelled"), int(EventStatus::Cancelled));
    m_ui->statusCombo->addItem(tr("Completed"), int(EventStatus::Completed));
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(current));
}

void EventForm::loadPlans()
{
    if (!m_session)
        return;
    m_planList.ask(m_session->seatingPlans().list(), this, [this](Result<QList<SeatingPlanSummary>> plans) {
        if (!plans) {
            m_ui->seatingPlanError->setText(plans.error().message());
            m_ui->seatingPlanError->setVisible(true);
            return;
        }
        m_plans = plans.value();
        fillPlanCombo();
        planChosen();
        emit plansLoaded();
    });
}

void EventForm::fillPlanCombo()
{
    // The choice is m_wantedPlan's: the list may arrive after the event's own plan is known.
    const qint64 current = m_wantedPlan;
    const QSignalBlocker blocker(m_ui->seatingPlanCombo);
    m_ui->seatingPlanCombo->clear();
    m_ui->seatingPlanCombo->addItem(tr("None (general admission)"), qint64(0));
    const QLocale locale;
    for (const SeatingPlanSummary &plan : std::as_const(m_plans))
        m_ui->seatingPlanCombo->addItem(tr("%1 (%2 seats)").arg(plan.name, locale.toString(plan.seatCount)), plan.id);
    const int index = m_ui->seatingPlanCombo->findData(current);
    m_ui->seatingPlanCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void EventForm::setSeatingPlan(qint64 planId)
{
    const int index = m_ui->seatingPlanCombo->findData(planId);
    if (index >= 0)
        m_ui->seatingPlanCombo->setCurrentIndex(index); // sets m_wantedPlan
    m_wantedPlan = planId;
    planChosen();
}

qint64 EventForm::seatingPlan() const
{
    return m_wantedPlan;
}

QString EventForm::capacityFromPlan() const
{
    return m_ui->capacityFromPlan->isHidden() ? QString() : m_ui->capacityFromPlan->text();
}

void EventForm::planChosen()
{
    const qint64 planId = seatingPlan();
    const bool seated = planId > 0;
    m_ui->capacitySpin->setVisible(!seated);
    m_ui->capacityFromPlan->setVisible(seated);
    if (seated) {
        // Unchanged plan: the event's capacity (its seats not blocked); a new plan: all of its seats.
        int seats = 0;
        if (m_existing && m_existing->seatingPlanId == planId) {
            seats = m_existing->capacity;
        } else {
            for (const SeatingPlanSummary &plan : std::as_const(m_plans)) {
                if (plan.id == planId)
                    seats = plan.seatCount;
            }
        }
        m_ui->capacityFromPlan->setText(tr("%n seat(s) (from the plan)", nullptr, seats));
        const QSignalBlocker blocker(m_ui->capacitySpin);
        m_ui->capacitySpin->setValue(seats);
    } else if (m_existing && m_existing->seatingPlanId > 0) {
        const QSignalBlocker blocker(m_ui->capacitySpin);
        m_ui->capacitySpin->setValue(m_existing->capacity);
    }
    // The types' seat categories are the plan's.
    if (!seated || !m_session) {
        m_ticketTypes->setSeatCategories({});
        return;
    }
    m_planCategories.ask(m_session->seatingPlans().load(planId), this, [this](Result<SeatingPlan> plan) {
        if (!plan)
            return; // the choice still works; categories are then typed
        QStringList names;
        for (const SeatCategory &category : plan->categories)
            names << category.name;
        m_ticketTypes->setSeatCategories(names);
    });
}

void EventForm::retranslate()
{
    m_ui->retranslateUi(this);
    fillStatusCombo();
    fillPlanCombo();
    planChosen();
    m_ui->ticketTypesNote->setText(
        isNew() ? tr("Ticket types can be edited once the event is saved: save it, then open it again with Edit. "
                     "It starts with one type at the price above.")
                : tr("Each type has its own price and, if you like, its own quota; for a seated event a type can "
                     "be for one seat category. Save stores the event and its ticket types."));
    setWindowTitle(isNew() ? tr("New event") : tr("Edit event"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    // Shown messages are re-made in the new language.
    if (!m_touched.isEmpty())
        showErrors(check(), true);
}

void EventForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

std::optional<EventDraft> EventForm::draft() const
{
    const auto price = Money::fromDecimalString(m_ui->priceEdit->text().trimmed());
    if (!price)
        return std::nullopt;
    EventDraft d;
    d.title = m_ui->titleEdit->text();
    d.venue = m_ui->venueEdit->text();
    d.description = m_ui->descriptionEdit->toPlainText();
    d.startsAt = m_ui->startsAtEdit->dateTime();
    d.capacity = m_ui->capacitySpin->value();
    d.price = *price;
    d.status = EventStatus(m_ui->statusCombo->currentData().toInt());
    d.maxTicketsPerBooking = m_ui->maxTicketsSpin->value();
    d.seatingPlanId = seatingPlan();
    return d;
}

QList<Error> EventForm::check() const
{
    // An unreadable price is checked here; the rest exactly as the database does.
    auto d = draft();
    QList<Error> errors;
    if (!d) {
        errors.append(Error(ErrorCode::PriceInvalid));
        EventDraft rest;
        rest.title = m_ui->titleEdit->text();
        rest.venue = m_ui->venueEdit->text();
        rest.description = m_ui->descriptionEdit->toPlainText();
        rest.startsAt = m_ui->startsAtEdit->dateTime();
        rest.capacity = m_ui->capacitySpin->value();
        rest.status = EventStatus(m_ui->statusCombo->currentData().toInt());
        rest.maxTicketsPerBooking = m_ui->maxTicketsSpin->value();
        rest.seatingPlanId = seatingPlan();
        d = rest;
    }
    const int sold = m_existing ? m_existing->ticketsSold : 0;
    errors.append(Validation::checkEvent(*d, isNew(), sold));
    return errors;
}

void EventForm::showErrors(const QList<Error> &errors, bool onlyTouched)
{
    QHash<QString, QString> messages;
    for (const Error &error : errors) {
        const QString field = error.field().isEmpty() ? QString() : error.field();
        if (!messages.contains(field))
            messages.insert(field, error.message());
    }
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const bool show = messages.contains(it.key()) && (!onlyTouched || m_touched.contains(it.key()));
        it.value()->setText(show ? messages.value(it.key()) : QString());
        it.value()->setVisible(show);
    }
    // A message with no field of its own (should not happen for the form's rules) goes below all fields.
    if (messages.contains(QString()) && !onlyTouched)
        showFormError(messages.value(QString()));
    else
        showFormError(QString());
}

void EventForm::showFormError(const QString &message)
{
    m_ui->formError->setText(message);
    m_ui->formError->setVisible(!message.isEmpty());
}

QString EventForm::fieldError(const QString &field) const
{
    QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void EventForm::save()
{
    if (m_saving)
        return;
    const QList<Error> errors = check();
    if (!errors.isEmpty()) {
        for (const Error &error : errors)
            m_touched.insert(error.field());
        showErrors(errors, false);
        return; // nothing is sent while a field is wrong
    }
    showErrors({}, false);
    const EventDraft d = *draft();
    const std::optional<qint64> eventId = m_existing ? std::optional<qint64>(m_existing->id) : std::nullopt;
    m_saving = true;
    m_ui->buttonBox->setEnabled(false);
    EventService &events = m_session->events();
    (eventId ? events.update(*eventId, d) : events.create(d)).then(this, [this](Result<Event> result) {
        m_saving = false;
        m_ui->buttonBox->setEnabled(true);
        if (!result) {
            const Error &error = result.error();
            // The database keeps a plan once tickets are sold: its sentence goes beside the plan.
            const QString field = error.code() == ErrorCode::SeatingFixed ? QStringLiteral("seatingPlan") : error.field();
            if (m_errorLabels.contains(field)) {
                m_touched.insert(field);
                QLabel *label = m_errorLabels.value(field);
                label->setText(error.message());
                label->setVisible(true);
            } else {
                showFormError(error.message());
            }
            return;
        }
        finishSave(result.value());
    });
}

void EventForm::finishSave(const Event &event)
{
    // The event is stored; now its ticket types (an edited event's), each row as the editor checked it.
    if (!m_ticketTypes->isEnabled() || !m_ticketTypes->hasChanges()) {
        emit saved(event);
        accept();
        return;
    }
    m_saving = true;
    m_ui->buttonBox->setEnabled(false);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_ticketTypes, &TicketTypesEditor::saved, this, [this, event, connection](bool ok, const QString &message) {
        disconnect(*connection);
        m_saving = false;
        m_ui->buttonBox->setEnabled(true);
        if (!ok) {
            showFormError(message);
            return;
        }
        emit saved(event);
        accept();
    });
    m_ticketTypes->save();
}


} // namespace Marquee
