#pragma once
#include "WaveNetWeights.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace wb {

/**
 * The cached ("fast WaveNet") generation kernel: each dilated layer keeps a
 * queue of its past inputs, so a step computes only the newest column, about
 * 130k multiply-adds for the default model instead of re-running the network.
 * Plain C++ over weights copied out of WaveNetWeights into panels of 32 outputs
 * stored input-major, so the inner loop accumulates a block of outputs in
 * registers and vectorizes without -ffast-math; tanh and sigmoid come from
 * WaveNetMath.h. Zero-filled queues reproduce the causal zero padding of the
 * torch module exactly. One object per thread; a conditioned model needs
 * setMelFrame() before its first step (wb::Error otherwise).
 */
class WaveNetFastGenerator
{
public:
    explicit WaveNetFastGenerator(const WaveNetWeights &weights);
    // The aligned arena is found from its buffer's address: moves keep the buffer, copies would not.
    WaveNetFastGenerator(const WaveNetFastGenerator &) = delete;
    WaveNetFastGenerator &operator=(const WaveNetFastGenerator &) = delete;
    WaveNetFastGenerator(WaveNetFastGenerator &&) = default;
    WaveNetFastGenerator &operator=(WaveNetFastGenerator &&) = default;

    const WaveNetConfig &config() const { return m_config; }
    /** Forgets all history: as if the next step were the first sample. */
    void reset();
    /** Conditions the following steps on one mel frame (melChannels values). */
    void setMelFrame(const float *frame);
    /**
     * Feeds one input level (0..levels-1) as the newest column and returns the
     * logits (levels values) for the next sample; valid until the next call.
     */
    const float *step(int code);
    std::int64_t position() const { return m_position; }

    /** Outputs per panel block, as the kernel in the .cpp accumulates them. */
    static constexpr int kPanelBlock = 32;

private:
    /**
     * A matrix as panels of kBlock output rows, each panel stored input-major
     * ([block][input][kBlock]) and followed by its zero-padded bias, at an
     * offset into m_arena. All panels share one cache-line-aligned arena in
     * the order a step reads them: the ~600 kB of the default model stream
     * from L2 every step, and no 128-byte panel row straddles three lines.
     */
    struct Panel
    {
        int outputs = 0, inputs = 0, blocks = 0;
        std::size_t offset = 0;
    };
    static constexpr int kBlock = kPanelBlock;
    static constexpr std::size_t kAlign = 64;
    Panel addPanel(int outputs, int inputs, const std::function<float(int, int)> &weight,
                   const std::function<float(int)> &bias);
    const float *arena() const;
    void multiply(const Panel &p, const float *in, float *out) const;

    WaveNetConfig m_config;
    std::vector<float> m_arenaStorage;  ///< over-allocated so arena() can align
    std::vector<float> m_inputTap0, m_inputTap1, m_inputBias; ///< [level][channels]
    std::vector<Panel> m_filterGate;    ///< per layer: [f; g] from [x(t-d); x(t)]
    std::vector<Panel> m_residualSkip;  ///< per layer: [residual; skip] from z
    std::vector<Panel> m_cond;          ///< per layer: [f; g] additions from a mel frame
    Panel m_output1, m_output2;

    std::vector<std::vector<float>> m_queues; ///< per layer: dilation * channels past inputs
    std::vector<float> m_condTerms;           ///< per layer: 2 * channels, for the current frame
    bool m_haveMel = false;
    int m_previousCode = -1;                  ///< -1: the zero padding before the first sample
    std::int64_t m_position = 0;

    // Scratch, sized once so step() never allocates.
    std::vector<float> m_x, m_stacked, m_fg, m_z, m_rs, m_skip, m_hidden, m_hidden2, m_logits;
};

} // namespace wb
