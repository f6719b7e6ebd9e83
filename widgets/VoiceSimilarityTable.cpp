#include "VoiceSimilarityTable.h"

#include "SpeakerMapView.h"

#include <QEvent>
#include <QHeaderView>
#include <QProgressBar>

#include <algorithm>
#include <cmath>

namespace wb {

VoiceSimilarityTable::VoiceSimilarityTable(QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(3);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setAlternatingRowColors(true);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    setMinimumWidth(260);
    retranslate();
}

void VoiceSimilarityTable::setScores(const std::vector<SpeakerScore> &scores)
{
    m_scores = scores;
    clearContents();
    setRowCount(int(scores.size()));
    for (int row = 0; row < int(scores.size()); ++row) {
        const SpeakerScore &s = scores[std::size_t(row)];
        auto *name = new QTableWidgetItem(s.heldOut ? tr("%1 (unseen)").arg(QString::fromStdString(s.speaker))
                                                    : QString::fromStdString(s.speaker));
        name->setForeground(SpeakerMapView::speakerColor(s.index).darker(130));
        auto *value = new QTableWidgetItem(QLocale().toString(s.cosine, 'f', 3));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (row == 0) {
            QFont bold = font();
            bold.setBold(true);
            for (QTableWidgetItem *item : {name, value}) {
                item->setFont(bold);
                item->setBackground(QColor(255, 236, 153));
            }
            name->setToolTip(tr("The nearest known voice"));
        }
        setItem(row, 0, name);
        setItem(row, 1, value);
        // Cosine similarity runs from -1 to 1; the bar shows it from 0, where most voices sit.
        auto *bar = new QProgressBar(this);
        bar->setRange(0, 1000);
        bar->setValue(int(std::lround(std::clamp(s.cosine, 0.0, 1.0) * 1000.0)));
        bar->setTextVisible(false);
        bar->setMaximumHeight(12);
        setCellWidget(row, 2, bar);
    }
}

void VoiceSimilarityTable::clearScores()
{
    m_scores.clear();
    clearContents();
    setRowCount(0);
}

void VoiceSimilarityTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setScores(std::vector<SpeakerScore>(m_scores));
    }
    QTableWidget::changeEvent(event);
}

void VoiceSimilarityTable::retranslate()
{
    setHorizontalHeaderLabels({tr("Known voice"), tr("Cosine"), tr("Similarity")});
}

} // namespace wb
