#include "MessageStrip.h"

namespace wb {

MessageStrip::MessageStrip(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void MessageStrip::showMessage(const QString &html, Kind kind)
{
    m_kind = kind;
    setText(html);
    setStyleSheet(kind == Kind::Error
                      ? QStringLiteral("QLabel { background: #fdecea; border: 1px solid #e0a0a0; "
                                       "border-radius: 4px; padding: 6px; color: #611a15; }")
                      : QStringLiteral("QLabel { background: #fff8e1; border: 1px solid #e6c96a; "
                                       "border-radius: 4px; padding: 6px; color: #4d3c00; }"));
    setVisible(true);
}

void MessageStrip::clearMessage()
{
    clear();
    setVisible(false);
}

QString MessageStrip::message() const
{
    return isHidden() ? QString() : text();
}

} // namespace wb
