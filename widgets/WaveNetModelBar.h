#pragma once
#include "WaveNetConfig.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace wb {

/**
 * The WaveNet tab's model strip: layers, blocks, residual channels and levels,
 * the parameter count and true receptive field (WaveNetConfig's own figures)
 * updating as they change, a note on why the seed printed 2**layers, which
 * model is loaded, and the checkpoint buttons. GUI thread only; the spin box
 * ranges keep every configuration valid, so nothing here fails.
 */
class WaveNetModelBar : public QWidget
{
    Q_OBJECT
public:
    explicit WaveNetModelBar(QWidget *parent = nullptr);

    WaveNetConfig config() const;
    /** Shows config without emitting configChanged(). */
    void setConfig(const WaveNetConfig &config);
    /** One line on the model in use (already translated). */
    void setModelStatus(const QString &text);
    void setCheckpointButtonsEnabled(bool enabled);

    // For tests.
    QSpinBox *layersBox() const { return m_layers; }
    QSpinBox *blocksBox() const { return m_blocks; }
    QSpinBox *channelsBox() const { return m_channels; }
    QSpinBox *levelsBox() const { return m_levels; }
    QString parametersText() const;
    QString receptiveFieldText() const;
    QString noteText() const;
    QString modelStatus() const;

Q_SIGNALS:
    void configChanged(const wb::WaveNetConfig &config);
    void loadRequested();
    void saveRequested();
    void shippedRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFigures();
    void retranslate();

    QLabel *m_layersLabel, *m_blocksLabel, *m_channelsLabel, *m_levelsLabel;
    QSpinBox *m_layers, *m_blocks, *m_channels, *m_levels;
    QLabel *m_parameters;
    QLabel *m_field;
    QLabel *m_note;
    QLabel *m_status;
    QPushButton *m_load, *m_save, *m_shipped;
};

} // namespace wb
