#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Marquee {

class DeskPrinter;

// Where this desk prints, chosen once: an ESC/POS receipt printer on the network (escpos://HOST[:PORT], port 9100
// by default), one of the computer's page printers, or none yet (the print dialog asks once). A wrong address is
// refused beside the field; nothing is stored until it is right.
class PrinterSetupDialog final : public QDialog
{
    Q_OBJECT

public:
    PrinterSetupDialog(DeskPrinter *printer, QWidget *parent = nullptr);

    QLineEdit *addressField() const { return m_address; }
    void accept() override;

private:
    DeskPrinter *m_printer = nullptr;
    QRadioButton *m_receipt = nullptr;
    QRadioButton *m_page = nullptr;
    QRadioButton *m_none = nullptr;
    QLineEdit *m_address = nullptr;
    QComboBox *m_pagePrinters = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Marquee
