#pragma once

#include <QWidget>

namespace Marquee {

class TerminalSession;

// Placeholder: replaced by the real view.
class BoxOfficeView final : public QWidget
{
    Q_OBJECT

public:
    explicit BoxOfficeView(TerminalSession *session, QWidget *parent = nullptr);

private:
    TerminalSession *m_session = nullptr;
};

} // namespace Marquee
