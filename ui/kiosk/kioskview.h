#pragma once

#include <QWidget>

namespace Marquee {

class TerminalSession;

// Placeholder: replaced by the real view.
class KioskView final : public QWidget
{
    Q_OBJECT

public:
    explicit KioskView(TerminalSession *session, QWidget *parent = nullptr);

private:
    TerminalSession *m_session = nullptr;
};

} // namespace Marquee
