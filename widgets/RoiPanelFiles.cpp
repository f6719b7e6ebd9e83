#include "RoiPanel.h"

#include "MessageStrip.h"
#include "RoiCharts.h"
#include "RoiForm.h"
#include "RoiFormat.h"

#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocumentFragment>

// The ROI panel's words for what went wrong, and its files: scenarios saved and
// loaded, the CSV table and the PDF report.

namespace wb {

using Section = RoiForm::Section;

QString RoiPanel::issueText(int section, const RoiIssue &issue)
{
    using F = RoiIssue::Field;
    QString what;
    switch (Section(section)) {
    case Section::CallCenter:
        switch (issue.field) {
        case F::Analysts: what = tr("The number of QA analysts"); break;
        case F::Salary: what = tr("The salary per analyst"); break;
        case F::CallsPerAnalyst: what = tr("The calls reviewed per analyst"); break;
        case F::CallVolume: what = tr("The call volume"); break;
        case F::SetupCost: what = tr("The AI setup cost"); break;
        case F::YearlyCost: what = tr("The API/compute cost per year"); break;
        default: what = tr("The horizon"); break;
        }
        break;
    case Section::Audiobook:
        what = issue.field == F::Amount      ? tr("The audiobook's hours of audio")
               : issue.field == F::HumanRate ? tr("The voice actor's rate")
                                             : tr("The audiobook's AI rate");
        break;
    case Section::Dubbing:
        what = issue.field == F::Amount      ? tr("The film's minutes")
               : issue.field == F::HumanRate ? tr("The dubbing studio's rate")
                                             : tr("The dubbing AI rate");
        break;
    case Section::TtsPricing:
        what = issue.field == F::RealTimeFactor ? tr("The real-time factor")
                                                : tr("The compute price per hour");
        break;
    }
    const QLocale l;
    switch (issue.problem) {
    case RoiIssue::Problem::NotANumber: return tr("%1 is not a number.").arg(what);
    case RoiIssue::Problem::Negative: return tr("%1 cannot be negative.").arg(what);
    case RoiIssue::Problem::NotPositive: return tr("%1 must be above zero.").arg(what);
    case RoiIssue::Problem::BelowMinimum:
        return tr("%1 must be at least %2.").arg(what, l.toString(issue.limit));
    case RoiIssue::Problem::AboveMaximum:
        return tr("%1 must be at most %2.").arg(what, l.toString(issue.limit));
    case RoiIssue::Problem::ReviewsExceedVolume:
        return tr("The analysts would review %1 calls a month, more than the %2 calls the center "
                  "takes: lower the calls per analyst or raise the call volume.")
            .arg(l.toString(issue.value, 'f', 0), l.toString(issue.limit, 'f', 0));
    case RoiIssue::Problem::NoAiCost:
        return tr("The AI setup and yearly costs are both $0: the ROI (savings ÷ AI cost) would "
                  "divide by zero. Enter what the AI costs.");
    }
    return what;
}

QString RoiPanel::askPath(bool save, const QString &filter, const QString &suffix)
{
    QSettings settings;
    QString dir = settings.value(QStringLiteral("roi/directory")).toString();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = save ? QFileDialog::getSaveFileName(
                              this, tr("Save"), dir + QStringLiteral("/roi.") + suffix, filter)
                        : QFileDialog::getOpenFileName(this, tr("Open"), dir, filter);
    if (path.isEmpty())
        return path;
    if (save && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    settings.setValue(QStringLiteral("roi/directory"), QFileInfo(path).absolutePath());
    return path;
}

bool RoiPanel::saveScenario(const QString &path)
{
    try {
        m_form->scenario().save(QFile::encodeName(path).toStdString());
    } catch (const std::exception &e) {
        showProblem(tr("The scenario was not saved: %1").arg(QString::fromUtf8(e.what()).toHtmlEscaped()));
        return false;
    }
    Q_EMIT statusMessage(tr("Scenario saved to %1.").arg(QFileInfo(path).fileName()));
    return true;
}

bool RoiPanel::loadScenario(const QString &path)
{
    RoiScenario s;
    try {
        s = RoiScenario::load(QFile::encodeName(path).toStdString());
    } catch (const std::exception &e) {
        showProblem(tr("The scenario was not loaded: %1").arg(QString::fromUtf8(e.what()).toHtmlEscaped()));
        return false;
    }
    setScenario(s);
    Q_EMIT statusMessage(tr("Scenario loaded from %1.").arg(QFileInfo(path).fileName()));
    return true;
}

bool RoiPanel::exportCsv(const QString &path)
{
    if (!m_valid || !m_result)
        return false; // the buttons are disabled, and the message says what to fix
    try {
        const RoiScenario s = m_form->scenario();
        saveTextFile(QFile::encodeName(path).toStdString(),
                     roiCsv(s.callCenter, *m_result) + "\r\n" +
                         contentCsv({s.effectiveAudiobook(), s.effectiveDubbing()}));
    } catch (const std::exception &e) {
        showProblem(tr("The table was not exported: %1").arg(QString::fromUtf8(e.what()).toHtmlEscaped()));
        return false;
    }
    Q_EMIT statusMessage(tr("Table exported to %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void RoiPanel::paintReport(QPainter *painter, const QRectF &page) const
{
    QPainter &p = *painter;
    QFont font = this->font();
    font.setPointSizeF(15);
    font.setBold(true);
    p.setFont(font);
    QRectF line(page.left(), page.top(), page.width(), 26);
    p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
               tr("ROI calculator: call-center quality assurance"));
    font.setPointSizeF(9);
    font.setBold(false);
    p.setFont(font);
    p.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
               QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    // What the figures assume, in one line.
    const RoiScenario s = m_form->scenario();
    const RoiInputs &in = s.callCenter;
    const QLocale l;
    p.setPen(QColor(60, 60, 60));
    const QRectF assumptions(page.left(), line.bottom() + 2, page.width(), 18);
    p.drawText(assumptions, Qt::AlignLeft | Qt::AlignVCenter,
               tr("%1 analysts at %2 a year, each reviewing %3 of %4 calls a month; AI: %5 setup "
                  "+ %6 a year for every call; horizon: %7.")
                   .arg(l.toString(in.analysts), money(in.salary),
                        l.toString(in.callsPerAnalyst, 'f', 0), l.toString(in.callVolume, 'f', 0),
                        money(in.setupCost), money(in.yearlyCost),
                        in.years == 1 ? tr("1 year") : tr("%1 years").arg(in.years)));
    // The cards, as on screen.
    const double cardW = page.width() / 5.0;
    const QRectF cardsRect(page.left(), assumptions.bottom() + 4, page.width(), 72);
    for (int i = 0; i < 5; ++i) {
        const QRectF box(cardsRect.left() + i * cardW + 2, cardsRect.top(), cardW - 4,
                         cardsRect.height());
        p.setPen(QColor(200, 200, 200));
        p.drawRoundedRect(box, 4, 4);
        const QRectF in = box.adjusted(8, 4, -6, -4);
        p.setPen(QColor(85, 85, 85));
        font.setPointSizeF(9);
        font.setBold(false);
        p.setFont(font);
        p.drawText(in, Qt::AlignLeft | Qt::AlignTop, m_cards[i].title->text());
        font.setPointSizeF(15);
        font.setBold(true);
        p.setFont(font);
        p.setPen(m_cards[i].color);
        p.drawText(in.adjusted(0, 14, 0, 0), Qt::AlignLeft | Qt::AlignTop, m_cards[i].value->text());
        font.setPointSizeF(7.5);
        font.setBold(false);
        p.setFont(font);
        p.setPen(QColor(100, 100, 100));
        p.drawText(in, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, m_cards[i].detail->text());
    }
    font.setPointSizeF(9);
    p.setFont(font);
    p.setPen(Qt::black);
    const auto plain = [](const QString &html) {
        return QTextDocumentFragment::fromHtml(html).toPlainText();
    };
    const QLabel *book = m_form->findChild<QLabel *>(QStringLiteral("roiBookResult"));
    const QLabel *film = m_form->findChild<QLabel *>(QStringLiteral("roiFilmResult"));
    QRectF text(page.left(), cardsRect.bottom() + 6, page.width(), 36);
    p.drawText(text, Qt::AlignLeft | Qt::TextWordWrap,
               plain(m_summary->text()) + QLatin1Char('\n') +
                   tr("Audiobook, %1 h: %2.  Dubbing, %3 min: %4.")
                       .arg(l.toString(s.audiobook.amount), plain(book->text()),
                            l.toString(s.dubbing.amount), plain(film->text())));
    m_charts->render(&p, QRectF(page.left(), text.bottom() + 2, page.width(),
                                page.bottom() - text.bottom() - 2));
}

bool RoiPanel::exportPdf(const QString &path)
{
    if (!m_valid || !m_result)
        return false; // the buttons are disabled, and the message says what to fix
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showProblem(tr("The report was not exported: %1").arg(file.errorString().toHtmlEscaped()));
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        pdf.setResolution(96); // so that point sizes and the charts' pixels agree
        pdf.setTitle(tr("ROI calculator"));
        pdf.setCreator(QStringLiteral("WaveBench"));
        QPainter p(&pdf);
        paintReport(&p, QRectF(0, 0, pdf.width(), pdf.height()));
    }
    if (!file.commit()) {
        showProblem(tr("The report was not exported: %1").arg(file.errorString().toHtmlEscaped()));
        return false;
    }
    Q_EMIT statusMessage(tr("Report exported to %1.").arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace wb
