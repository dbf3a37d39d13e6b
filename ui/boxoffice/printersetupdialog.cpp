#include "printersetupdialog.h"

#include "desklook.h"
#include "deskprinter.h"
#include "printing/printeraddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Marquee {

PrinterSetupDialog::PrinterSetupDialog(DeskPrinter *printer, QWidget *parent)
    : QDialog(parent)
    , m_printer(printer)
{
    setWindowTitle(tr("This desk's printer"));
    m_receipt = new QRadioButton(tr("&Receipt and ticket printer on the network (ESC/POS)"), this);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("printerAddress"));
    m_address->setPlaceholderText(QStringLiteral("escpos://192.168.1.40:9100"));
    m_page = new QRadioButton(tr("&Page printer of this computer"), this);
    m_pagePrinters = new QComboBox(this);
    m_pagePrinters->addItems(QPrinterInfo::availablePrinterNames());
    m_none = new QRadioButton(tr("&None yet: ask with the print dialog once, then keep that printer"), this);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    DeskLook::setTone(m_error, TextTone::Bad);
    m_error->hide();

    switch (printer->kind()) {
    case DeskPrinter::Kind::ReceiptPrinter:
        m_receipt->setChecked(true);
        m_address->setText(printer->destination());
        break;
    case DeskPrinter::Kind::PagePrinter:
        m_page->setChecked(true);
        m_pagePrinters->setCurrentText(printer->destination());
        break;
    case DeskPrinter::Kind::NotChosen:
        m_none->setChecked(true);
        break;
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PrinterSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PrinterSetupDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_receipt);
    layout->addWidget(m_address);
    layout->addWidget(m_error);
    layout->addWidget(m_page);
    layout->addWidget(m_pagePrinters);
    layout->addWidget(m_none);
    layout->addWidget(buttons);
}

void PrinterSetupDialog::accept()
{
    if (m_receipt->isChecked()) {
        auto address = PrinterAddress::parse(m_address->text());
        if (!address) {
            m_error->setText(address.error().message());
            m_error->show();
            m_address->setFocus();
            return;
        }
        m_printer->useReceiptPrinter(address->toString());
    } else if (m_page->isChecked() && !m_pagePrinters->currentText().isEmpty()) {
        m_printer->usePagePrinter(m_pagePrinters->currentText());
    } else {
        m_printer->forget();
    }
    QDialog::accept();
}

} // namespace Marquee
