#pragma once
#include "callcenter/CallAnalysis.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace wb {

/**
 * The call analysis report in the user's language: the metrics table, the
 * quality-score breakdown with where each input comes from and what the
 * seed's formula got wrong, the marker list and the transcript, as HTML the
 * Call analysis page shows; and the whole report with the timeline as a PDF.
 * GUI thread (or any thread with a QGuiApplication, for fonts); writePdf()
 * and writeCsv() write atomically and throw wb::Error naming the file.
 */
class CallReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(wb::CallReportDocument)

public:
    static QString metricsHtml(const CallAnalysis &a);
    static QString qualityHtml(const CallAnalysis &a);
    static QString markersHtml(const CallAnalysis &a);
    static QString transcriptHtml(const CallAnalysis &a);
    /** A term's name ("Sentiment") and, in words, where its value came from. */
    static QString termName(const QString &id);
    static QString termSource(const QualityTerm &term, const CallAnalysis &a);
    static QString seedNote();
    static QString partyTitle(const CallAnalysis &a, int party);

    /** The whole report (timeline image, measures, quality, markers, transcript) in doc. */
    static void buildDocument(QTextDocument &doc, const CallAnalysis &a, const QString &fileName);
    static void writePdf(const QString &path, const CallAnalysis &a, const QString &fileName);
    static void writeCsv(const QString &path, const CallAnalysis &a);
};

} // namespace wb
