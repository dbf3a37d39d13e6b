#pragma once

#include "common/money.h"
#include "service/reply.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Marquee {

// A card terminal at a kiosk — an interface only, not implemented, and on purpose not callable today.
//
// A kiosk's login must never be able to confirm a booking or record a payment: whatever a kiosk can do, anyone
// with its login and psql can do too, so a function "the card was accepted, confirm reservation X" open to kiosks
// would let anyone confirm any reservation for free. A kiosk therefore only reserves (marquee.book_tickets), and
// the box office takes the payment (marquee.pay_reservation, closed to kiosks).
//
// Payment at a kiosk becomes possible once the *database* can check that a payment provider approved this very
// payment, without trusting the kiosk:
//   1. The provider signs its approval (Ed25519 or ECDSA; an HMAC would need a secret the kiosk holds too) over
//      at least: the provider's transaction id, the amount and currency, the booking reference, and a time.
//   2. A new definer function, e.g. marquee.confirm_card_payment(p_reference text, p_approval bytea,
//      p_signature bytea), open to kiosks, verifies the signature against the provider's public key kept in a
//      table only the owner writes — which needs an extension that verifies signatures inside PostgreSQL
//      (pgcrypto does not; e.g. a pgsodium- or plpython-based verifier installed by the DBA) —, checks that
//      amount, currency and reference match the reservation, refuses an approval seen before (a unique key on
//      the provider's transaction id), and only then confirms the booking like pay_reservation does.
//   3. The kiosk's terminal driver implements this interface: it asks the provider's device for a payment and
//      hands the signed approval to that function. The approval is proof; the kiosk is only the messenger.
// Until then there is no implementation, and BookingService has no method for it.
class CardTerminal
{
public:
    // What the provider returns for an approved payment: the message it signed and its signature, as given.
    struct Approval
    {
        QString providerTransactionId;
        Money amount;
        QString currency;          // ISO 4217
        QString bookingReference;
        QDateTime approvedAt;
        QByteArray signedMessage;  // exactly the bytes the provider signed
        QByteArray signature;
    };

    virtual ~CardTerminal() = default;

    // Asks the device to take `amount` for the reservation `bookingReference`; answers the provider's signed
    // approval, or an error (declined, cancelled by the customer, device unreachable).
    virtual Reply<Approval> charge(const QString &bookingReference, Money amount, const QString &currency) = 0;
    // Gives up a charge still in progress (the customer walked away).
    virtual void abort() = 0;
};

} // namespace Marquee
