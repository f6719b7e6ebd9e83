// The Call Center tab's ROI calculator, offscreen: it opens on the course's
// figures, edits update the cards and charts, bad inputs are outlined and
// explained in the panel, scenarios save and load, CSV and PDF export, the
// TTS speed is measured on the model backend without blocking, and the page
// is the Call Center tab's first. Screenshots go next to the test binary
// (roi_panel.png, roi_panel_3years.png, roi_panel_error.png).
#include "BundledModels.h"
#include "ChartTicks.h"
#include "CallCenterPanel.h"
#include "MessageStrip.h"
#include "ModelBackend.h"
#include "RoiCharts.h"
#include "RoiForm.h"
#include "RoiPanel.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace wb;

class TestRoiPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensOnTheCourse();
    void editsUpdateTheCards();
    void typedValueUpdatesTheCards();
    void badInputsAreExplained_data();
    void badInputsAreExplained();
    void contentCases();
    void roundTicks();
    void pricedFromTtsSpeed();
    void saveAndLoad();
    void exports();
    void measuresTtsSpeedInTheBackground();
    void isTheCallCenterTabsFirstPage();
    void screenshots();

private:
    /** The cumulative chart's time axis: its step between ticks. */
    double timeStep() const
    {
        const auto axes = m_panel->charts()->cumulativeView()->chart()->axes(Qt::Horizontal);
        const auto *time = axes.size() == 1 ? qobject_cast<QValueAxis *>(axes[0]) : nullptr;
        if (!time)
            return -1.0;
        return time->tickType() == QValueAxis::TicksDynamic ? time->tickInterval()
                                                             : (time->max() - time->min()) / (time->tickCount() - 1);
    }
    QString card(const char *name) const
    {
        auto *label = m_panel->findChild<QLabel *>(QLatin1String("roiCard") + QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no card %1>").arg(QLatin1String(name));
    }
    template <typename T> T *field(const char *name) const
    {
        T *w = m_panel->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }
    QString shot(const QString &name) const
    {
        return QCoreApplication::applicationDirPath() + QLatin1Char('/') + name;
    }

    QTemporaryDir m_tmp;
    std::unique_ptr<ModelBackend> m_backend;
    std::unique_ptr<RoiPanel> m_panel;
};

void TestRoiPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_tmp.isValid());
    m_backend = std::make_unique<ModelBackend>();
    m_panel = std::make_unique<RoiPanel>(m_backend.get());
    m_panel->resize(1280, 760);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestRoiPanel::init()
{
    m_panel->resetToCourse();
}

void TestRoiPanel::opensOnTheCourse()
{
    QVERIFY(m_panel->isValid());
    QVERIFY(m_panel->message().isEmpty());
    QCOMPARE(card("Traditional"), QStringLiteral("$500,000"));
    QCOMPARE(card("Ai"), QStringLiteral("$60,000"));
    QCOMPARE(card("Savings"), QStringLiteral("$440,000"));
    QCOMPARE(card("Roi"), QStringLiteral("733.3%"));
    QCOMPARE(card("Coverage"), QStringLiteral("1.0% → 100%"));
    QVERIFY(m_panel->result().has_value());
    QCOMPARE(m_panel->result()->savings, 440000.0);
    auto *summary = m_panel->findChild<QLabel *>(QStringLiteral("roiSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("Break-even after 0.27 months (8 days)")),
             qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QStringLiteral("$41.67")));
    // Every chart drawn: bars for cost and coverage, lines and a break-even point, content bars.
    RoiCharts *charts = m_panel->charts();
    QCOMPARE(charts->costView()->chart()->series().size(), 1);
    const auto *cost = qobject_cast<QAbstractBarSeries *>(charts->costView()->chart()->series()[0]);
    QCOMPARE(cost->count(), 2);
    QCOMPARE(charts->cumulativeView()->chart()->series().size(), 4); // team, AI, guide, marker
    QCOMPARE(charts->coverageView()->chart()->series().size(), 1);
    QCOMPARE(charts->contentView()->chart()->series().size(), 1);
    // A year shown in months, ticked every two (13 ticks did not fit a small window).
    QCOMPARE(timeStep(), 2.0);
}

void TestRoiPanel::editsUpdateTheCards()
{
    field<QSpinBox>("roiAnalysts")->setValue(20);
    QCOMPARE(card("Traditional"), QStringLiteral("$1,000,000"));
    QCOMPARE(card("Savings"), QStringLiteral("$940,000"));
    QCOMPARE(card("Coverage"), QStringLiteral("2.0% → 100%"));
    field<QSpinBox>("roiYears")->setValue(3);
    QCOMPARE(card("Traditional"), QStringLiteral("$3,000,000"));
    QCOMPARE(card("Ai"), QStringLiteral("$160,000"));
    QCOMPARE(int(m_panel->result()->years.size()), 3);
    const auto *cost = qobject_cast<QAbstractBarSeries *>(
        m_panel->charts()->costView()->chart()->series()[0]);
    QCOMPARE(cost->barSets()[1]->count(), 3);
    // The cumulative chart's time axis ticks at a whole step, so its "%.0f" labels name their ticks.
    QVERIFY2(timeStep() >= 1.0 && std::fmod(timeStep(), 1.0) == 0.0, qPrintable(QString::number(timeStep())));
    field<QDoubleSpinBox>("roiSetupCost")->setValue(0.0);
    field<QDoubleSpinBox>("roiYearlyCost")->setValue(100000.0);
    QCOMPARE(card("Ai"), QStringLiteral("$300,000"));
    QCOMPARE(card("Roi"), QStringLiteral("900.0%"));
}

void TestRoiPanel::typedValueUpdatesTheCards()
{
    QSpinBox *analysts = field<QSpinBox>("roiAnalysts");
    analysts->setFocus();
    analysts->selectAll();
    QTest::keyClicks(analysts, QStringLiteral("5"));
    QTest::keyClick(analysts, Qt::Key_Return);
    QCOMPARE(analysts->value(), 5);
    QCOMPARE(card("Traditional"), QStringLiteral("$250,000"));
}

void TestRoiPanel::badInputsAreExplained_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("no analysts") << QStringLiteral("roiAnalysts") << 0.0
                                 << QStringLiteral("The number of QA analysts must be at least 1.");
    QTest::newRow("no calls") << QStringLiteral("roiCallVolume") << 0.0
                              << QStringLiteral("The call volume must be at least 1.");
    QTest::newRow("more reviews than calls")
        << QStringLiteral("roiCallVolume") << 500.0
        << QStringLiteral("more than the 500 calls the center takes");
    QTest::newRow("no calls per analyst") << QStringLiteral("roiCallsPerAnalyst") << 0.0
                                          << QStringLiteral("must be above zero");
    QTest::newRow("free AI") << QStringLiteral("roiYearlyCost") << 0.0
                             << QStringLiteral("would divide by zero");
    QTest::newRow("no audiobook") << QStringLiteral("roiBookHours") << 0.0
                                  << QStringLiteral("The audiobook's hours of audio must be above zero.");
    QTest::newRow("free voice actor") << QStringLiteral("roiFilmHumanRate") << 0.0
                                      << QStringLiteral("The dubbing studio's rate must be above zero.");
}

void TestRoiPanel::badInputsAreExplained()
{
    QFETCH(QString, name);
    QFETCH(double, value);
    QFETCH(QString, message);
    if (name == QLatin1String("roiYearlyCost"))
        field<QDoubleSpinBox>("roiSetupCost")->setValue(0.0);
    QAbstractSpinBox *box = m_panel->findChild<QAbstractSpinBox *>(name);
    QVERIFY(box);
    if (auto *spin = qobject_cast<QSpinBox *>(box))
        spin->setValue(int(value));
    else
        qobject_cast<QDoubleSpinBox *>(box)->setValue(value);
    QVERIFY(!m_panel->isValid());
    auto *strip = m_panel->findChild<MessageStrip *>(QStringLiteral("roiMessage"));
    QVERIFY(strip->isVisible());
    QCOMPARE(strip->kind(), MessageStrip::Kind::Error);
    QVERIFY2(m_panel->message().contains(message), qPrintable(m_panel->message()));
    QVERIFY(!box->styleSheet().isEmpty()); // outlined
    if (name.startsWith(QLatin1String("roiBook")) || name.startsWith(QLatin1String("roiFilm")))
        QCOMPARE(card("Roi"), QStringLiteral("733.3%")); // the call center is still fine
    else
        QCOMPARE(card("Roi"), QStringLiteral("—"));
    if (QTest::currentDataTag() == QLatin1String("more reviews than calls")) {
        QTest::qWait(50); // the charts lay out their new axes
        QVERIFY(m_panel->grab().save(shot(QStringLiteral("roi_panel_error.png"))));
    }
    QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("roiExportCsv"))->isEnabled());
    QVERIFY(!m_panel->exportCsv(m_tmp.filePath(QStringLiteral("bad.csv"))));
    QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("bad.csv"))));
    QVERIFY(m_panel->message().contains(message)); // still says what to fix
    m_panel->resetToCourse();
    QVERIFY(m_panel->isValid());
    QVERIFY(!strip->isVisible());
    QVERIFY(box->styleSheet().isEmpty());
}

void TestRoiPanel::roundTicks()
{
    // About five (or the asked number of) intervals, each 1, 2 or 5 times a power of ten.
    QCOMPARE(roundTickStep(19.0), 5.0);   // epochs 1..20
    QCOMPARE(roundTickStep(7.0), 2.0);    // a loss axis of 0..7 nats
    QCOMPARE(roundTickStep(1.0), 0.2);
    QCOMPARE(roundTickStep(36.0, 8), 5.0); // three years in months
    QCOMPARE(roundTickStep(60.0, 8), 10.0);
    QCOMPARE(roundTickStep(12.0, 6), 2.0);
    QCOMPARE(roundTickStep(1000.0), 200.0);
    QCOMPARE(roundTickStep(0.0), 1.0); // nothing to span: a harmless default
    QValueAxis axis;
    axis.setRange(1, 18);
    setRoundTicks(&axis);
    QCOMPARE(axis.tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(axis.tickAnchor(), 0.0);
    QCOMPARE(axis.tickInterval(), 5.0);
}

void TestRoiPanel::contentCases()
{
    const QString book = field<QLabel>("roiBookResult")->text();
    QVERIFY2(book.contains(QStringLiteral("$2,000 against $50")), qPrintable(book));
    QVERIFY(book.contains(QStringLiteral("$1,950 saved (97.5%)")));
    const QString film = field<QLabel>("roiFilmResult")->text();
    QVERIFY2(film.contains(QStringLiteral("$4,500 against $90")), qPrintable(film));
    QVERIFY(film.contains(QStringLiteral("(98.0%)")));
    field<QDoubleSpinBox>("roiFilmMinutes")->setValue(120);
    QVERIFY(field<QLabel>("roiFilmResult")->text().contains(QStringLiteral("$6,000 against $120")));
}

void TestRoiPanel::pricedFromTtsSpeed()
{
    QDoubleSpinBox *bookAi = field<QDoubleSpinBox>("roiBookAiRate");
    QVERIFY(bookAi->isEnabled());
    field<QDoubleSpinBox>("roiRealTimeFactor")->setValue(0.04);
    field<QDoubleSpinBox>("roiComputePrice")->setValue(0.10);
    field<QCheckBox>("roiPriceFromTts")->setChecked(true);
    QVERIFY(!bookAi->isEnabled());
    QVERIFY(m_panel->scenario().priceFromTts);
    // 10 hours at 0.04 x $0.10: 4 cents of compute.
    const QString book = field<QLabel>("roiBookResult")->text();
    QVERIFY2(book.contains(QStringLiteral("$2,000 against $0.04")), qPrintable(book));
    QVERIFY2(field<QLabel>("roiTtsRate")->text().contains(QStringLiteral("$0.004")),
             qPrintable(field<QLabel>("roiTtsRate")->text()));
}

void TestRoiPanel::saveAndLoad()
{
    field<QSpinBox>("roiAnalysts")->setValue(12);
    field<QDoubleSpinBox>("roiSalary")->setValue(45000);
    field<QSpinBox>("roiYears")->setValue(4);
    field<QDoubleSpinBox>("roiFilmMinutes")->setValue(100);
    const RoiScenario saved = m_panel->scenario();
    const QString path = m_tmp.filePath(QStringLiteral("case.json"));
    QSignalSpy status(m_panel.get(), &RoiPanel::statusMessage);
    QVERIFY(m_panel->saveScenario(path));
    QCOMPARE(status.size(), 1);
    m_panel->resetToCourse();
    QCOMPARE(card("Traditional"), QStringLiteral("$500,000"));
    QVERIFY(m_panel->loadScenario(path));
    QCOMPARE(m_panel->scenario().toJson(), saved.toJson());
    QCOMPARE(field<QSpinBox>("roiAnalysts")->value(), 12);
    QCOMPARE(card("Traditional"), QStringLiteral("$2,160,000"));

    // A file that is not a scenario, or one with a negative salary, is refused in the panel.
    QFile bad(m_tmp.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format": "wavebench-roi", "call_center": {"salary": -5}})");
    bad.close();
    QVERIFY(!m_panel->loadScenario(bad.fileName()));
    QVERIFY2(m_panel->message().contains(QStringLiteral("cannot be negative")),
             qPrintable(m_panel->message()));
    QCOMPARE(field<QSpinBox>("roiAnalysts")->value(), 12); // nothing changed
    QVERIFY(!m_panel->loadScenario(m_tmp.filePath(QStringLiteral("missing.json"))));
    QVERIFY(m_panel->message().contains(QStringLiteral("was not loaded")));
    QVERIFY(!m_panel->saveScenario(QStringLiteral("/nonexistent/dir/case.json")));
    QVERIFY(m_panel->message().contains(QStringLiteral("was not saved")));
}

void TestRoiPanel::exports()
{
    const QString csv = m_tmp.filePath(QStringLiteral("roi.csv"));
    QVERIFY(m_panel->exportCsv(csv));
    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly));
    const QByteArray table = c.readAll();
    QVERIFY(table.startsWith("year,traditional_cost,ai_cost"));
    QVERIFY(table.contains("\r\n1,500000.00,60000.00,440000.00"));
    QVERIFY(table.contains("roi_percent,733.33"));
    QVERIFY(table.contains("audiobook,10,hour,200,5,2000.00"));
    QVERIFY(table.contains("dubbing,90,minute,50,1,4500.00"));

    const QString pdf = m_tmp.filePath(QStringLiteral("roi.pdf"));
    QVERIFY(m_panel->exportPdf(pdf));
    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    const QByteArray bytes = p.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY2(bytes.size() > 5000, qPrintable(QString::number(bytes.size())));
    // The same page as an image, and a copy of the PDF, for a look by eye.
    QImage page(1032, 703, QImage::Format_ARGB32);
    page.setDotsPerMeterX(3780); // 96 dpi, as the PDF
    page.setDotsPerMeterY(3780);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        painter.setRenderHint(QPainter::Antialiasing);
        m_panel->paintReport(&painter, QRectF(0, 0, page.width(), page.height()));
    }
    QVERIFY(page.save(shot(QStringLiteral("roi_report.png"))));
    QFile::remove(shot(QStringLiteral("roi_report.pdf")));
    QVERIFY(QFile::copy(pdf, shot(QStringLiteral("roi_report.pdf"))));
}

void TestRoiPanel::measuresTtsSpeedInTheBackground()
{
    try {
        bundledModelPath(kBundledFastSpeech2);
    } catch (const std::exception &e) {
        QSKIP(e.what());
    }
    QSignalSpy measured(m_panel.get(), &RoiPanel::ttsSpeedMeasured);
    QPushButton *button = m_panel->form()->measureButton();
    QVERIFY(button->isEnabled());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(clock.elapsed() < 500); // the click returns at once: the model runs on the backend
    QVERIFY(!button->isEnabled());
    QVERIFY(measured.wait(120000));
    const double rtf = measured.at(0).at(0).toDouble();
    QVERIFY(rtf > 0.0 && rtf < 50.0);
    QVERIFY(button->isEnabled());
    QVERIFY(m_panel->scenario().priceFromTts);
    QCOMPARE(m_panel->scenario().ttsPricing.realTimeFactor,
             field<QDoubleSpinBox>("roiRealTimeFactor")->value());
    QVERIFY2(m_panel->form()->measuredText().contains(QStringLiteral("real-time factor")),
             qPrintable(m_panel->form()->measuredText()));
    qInfo("TTS real-time factor here: %.4f", rtf);
}

void TestRoiPanel::isTheCallCenterTabsFirstPage()
{
    CallCenterPanel callCenter(m_backend.get());
    QVERIFY(qobject_cast<RoiPanel *>(callCenter.pages()->widget(0)));
    QCOMPARE(callCenter.pages()->tabText(0), QStringLiteral("ROI calculator"));
}

void TestRoiPanel::screenshots()
{
    QVERIFY(m_panel->isValid());
    QTest::qWait(50);
    QVERIFY(m_panel->grab().save(shot(QStringLiteral("roi_panel.png"))));
    field<QSpinBox>("roiYears")->setValue(3);
    field<QDoubleSpinBox>("roiSetupCost")->setValue(400000);
    QTest::qWait(50);
    QVERIFY(m_panel->grab().save(shot(QStringLiteral("roi_panel_3years.png"))));
}

QTEST_MAIN(TestRoiPanel)
#include "tst_roipanel.moc"
