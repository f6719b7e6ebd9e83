#pragma once
#include <QLabel>

namespace wb {

/**
 * A one-paragraph message inside a panel, where the user is looking: an
 * error (red) or a notice (amber), in rich text, hidden while there is
 * nothing to say. Used instead of a message box for problems a user can fix
 * on the spot (no model, empty text). GUI thread only; never fails.
 */
class MessageStrip : public QLabel
{
    Q_OBJECT
public:
    enum class Kind { Notice, Error };

    explicit MessageStrip(QWidget *parent = nullptr);

    void showMessage(const QString &html, Kind kind);
    void clearMessage();
    /** The message shown, empty when hidden. */
    QString message() const;
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Notice;
};

} // namespace wb
