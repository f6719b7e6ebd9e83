#include "WaveNetFastGenerator.h"

#include "Error.h"
#include "WaveNetMath.h"

#include <algorithm>
#include <functional>

namespace wb {

namespace {

using Getter = std::function<float(int row, int column)>;

// Conv1d weights are [out, in, kernel], row-major.
float convWeight(const std::vector<float> &w, int in, int kernel, int o, int i, int k)
{
    return w[(std::size_t(o) * in + i) * kernel + k];
}

// The two hot loops are compiled twice where the platform allows: for the
// baseline x86-64 (SSE2) and for AVX2, picked at load time, so a portable
// build still runs the wider loops on the machines that have them. Without
// FMA both clones round exactly alike: each output lane sums in the same order.
#if defined(__x86_64__) && defined(__gnu_linux__) && !defined(__AVX2__) && !defined(__clang__)
#define WB_KERNEL_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define WB_KERNEL_CLONES
#endif

constexpr int kBlock = 32; // outputs accumulated at once: 8 SSE or 4 AVX registers

/**
 * out = W in + bias for a panel matrix: a block of kBlock outputs stays in
 * registers while every input is broadcast against its contiguous row of
 * weights. No horizontal sums, so the compiler vectorizes it without
 * reassociating float additions (no -ffast-math needed).
 */
WB_KERNEL_CLONES
void matVec(const float *weights, const float *bias, int blocks, int inputs, const float *in, float *out)
{
    const int grouped = inputs - inputs % 2;
    for (int b = 0; b < blocks; ++b) {
        const float *w = weights + std::size_t(b) * inputs * kBlock;
        float acc[kBlock];
        for (int k = 0; k < kBlock; ++k)
            acc[k] = bias[std::size_t(b) * kBlock + k];
        // Two inputs per pass over the block: at -O2, where GCC keeps acc in
        // memory, this halves its loads and stores; more inputs per pass spill
        // registers at -O3 with SSE's 16.
        for (int i = 0; i < grouped; i += 2) {
            const float x0 = in[i], x1 = in[i + 1];
            const float *w0 = w + std::size_t(i) * kBlock;
            for (int k = 0; k < kBlock; ++k)
                acc[k] += w0[k] * x0 + w0[kBlock + k] * x1;
        }
        for (int i = grouped; i < inputs; ++i) {
            const float xi = in[i];
            const float *wi = w + std::size_t(i) * kBlock;
            for (int k = 0; k < kBlock; ++k)
                acc[k] += wi[k] * xi;
        }
        for (int k = 0; k < kBlock; ++k)
            out[std::size_t(b) * kBlock + k] = acc[k];
    }
}

constexpr int kGateChunk = 8;

/**
 * z = tanh(filter) * sigmoid(gate); fg holds [filter (channels); gate].
 * Chunks of a fixed width so GCC's -O2 cost model vectorizes it too; the
 * caller pads fg and z so the last chunk may run past channels.
 */
WB_KERNEL_CLONES
void gatedActivation(const float *__restrict fg, int channels, float *__restrict z)
{
    for (int c0 = 0; c0 < channels; c0 += kGateChunk) {
        const float *f = fg + c0, *g = fg + channels + c0;
        float *out = z + c0;
        for (int k = 0; k < kGateChunk; ++k)
            out[k] = wavenet_math::tanh(f[k]) * wavenet_math::sigmoid(g[k]);
    }
}

} // namespace

static_assert(WaveNetFastGenerator::kPanelBlock == kBlock, "panels are laid out for the kernel's block");

WaveNetFastGenerator::Panel WaveNetFastGenerator::addPanel(int outputs, int inputs, const Getter &weight,
                                                           const std::function<float(int)> &bias)
{
    Panel p;
    p.outputs = outputs;
    p.inputs = inputs;
    p.blocks = (outputs + kBlock - 1) / kBlock;
    p.offset = m_arenaStorage.size();
    const std::size_t size = std::size_t(p.blocks) * kBlock * (std::size_t(inputs) + 1);
    m_arenaStorage.resize(p.offset + size, 0.0f);
    float *w = m_arenaStorage.data() + p.offset;
    for (int o = 0; o < outputs; ++o) {
        const int blk = o / kBlock, lane = o % kBlock;
        float *panel = w + std::size_t(blk) * inputs * kBlock;
        for (int i = 0; i < inputs; ++i)
            panel[std::size_t(i) * kBlock + lane] = weight(o, i);
        w[std::size_t(p.blocks) * inputs * kBlock + std::size_t(o)] = bias ? bias(o) : 0.0f;
    }
    return p;
}

const float *WaveNetFastGenerator::arena() const
{
    const auto address = reinterpret_cast<std::uintptr_t>(m_arenaStorage.data());
    const std::size_t skip = ((kAlign - address % kAlign) % kAlign) / sizeof(float);
    return m_arenaStorage.data() + skip;
}

WaveNetFastGenerator::WaveNetFastGenerator(const WaveNetWeights &weights) : m_config(weights.config())
{
    const int r = m_config.channels, l = m_config.levels, m = m_config.melChannels;
    auto panel = [&](int outputs, int inputs, const Getter &w, const std::function<float(int)> &b) {
        return addPanel(outputs, inputs, w, b);
    };

    const auto &inW = weights.values("input_conv.weight");
    const auto &inB = weights.values("input_conv.bias");
    m_inputTap0.resize(std::size_t(l) * r);
    m_inputTap1.resize(std::size_t(l) * r);
    for (int level = 0; level < l; ++level)
        for (int c = 0; c < r; ++c) {
            m_inputTap0[std::size_t(level) * r + c] = convWeight(inW, l, 2, c, level, 0);
            m_inputTap1[std::size_t(level) * r + c] = convWeight(inW, l, 2, c, level, 1);
        }
    m_inputBias = inB;

    for (int layer = 0; layer < m_config.totalLayers(); ++layer) {
        const std::string p = "layers." + std::to_string(layer) + ".";
        const auto &fW = weights.values(p + "filter.weight");
        const auto &fB = weights.values(p + "filter.bias");
        const auto &gW = weights.values(p + "gate.weight");
        const auto &gB = weights.values(p + "gate.bias");
        // Inputs [x(t-d); x(t)] meet kernel taps 0 and 1; outputs are [filter; gate].
        m_filterGate.push_back(panel(
            2 * r, 2 * r,
            [&](int o, int i) {
                const auto &w = o < r ? fW : gW;
                return convWeight(w, r, 2, o % r, i % r, i < r ? 0 : 1);
            },
            [&](int o) { return o < r ? fB[std::size_t(o)] : gB[std::size_t(o - r)]; }));
        const auto &rW = weights.values(p + "residual.weight");
        const auto &rB = weights.values(p + "residual.bias");
        const auto &sW = weights.values(p + "skip.weight");
        const auto &sB = weights.values(p + "skip.bias");
        m_residualSkip.push_back(panel(
            2 * r, r, [&](int o, int i) { return convWeight(o < r ? rW : sW, r, 1, o % r, i, 0); },
            [&](int o) { return o < r ? rB[std::size_t(o)] : sB[std::size_t(o - r)]; }));
        if (m_config.conditioned()) {
            const auto &cW = weights.values(p + "cond.weight");
            m_cond.push_back(panel(2 * r, m, [&](int o, int i) { return convWeight(cW, m, 1, o, i, 0); }, {}));
        }
        m_queues.emplace_back(std::size_t(m_config.dilation(layer)) * r, 0.0f);
    }
    const auto &o1W = weights.values("output1.weight");
    const auto &o1B = weights.values("output1.bias");
    const auto &o2W = weights.values("output2.weight");
    const auto &o2B = weights.values("output2.bias");
    m_output1 = panel(r, r, [&](int o, int i) { return convWeight(o1W, r, 1, o, i, 0); },
                      [&](int o) { return o1B[std::size_t(o)]; });
    m_output2 = panel(l, r, [&](int o, int i) { return convWeight(o2W, r, 1, o, i, 0); },
                      [&](int o) { return o2B[std::size_t(o)]; });

    // Until here the panels were packed from offset 0; now move them to an
    // address aligned to a cache line (panel sizes are multiples of kBlock floats,
    // so every panel then starts aligned too).
    const std::vector<float> packed = std::move(m_arenaStorage);
    m_arenaStorage.assign(packed.size() + kAlign / sizeof(float), 0.0f);
    std::copy(packed.begin(), packed.end(), m_arenaStorage.begin() + (arena() - m_arenaStorage.data()));

    const std::size_t padded2r = std::size_t(m_filterGate.front().blocks) * kBlock;
    m_x.resize(std::size_t(r));
    m_stacked.resize(2 * std::size_t(r));
    // Slack for gatedActivation's last chunk.
    m_fg.resize(padded2r + kGateChunk);
    m_z.resize(std::size_t(r) + kGateChunk);
    m_rs.resize(padded2r);
    m_skip.resize(std::size_t(r));
    m_hidden.resize(std::size_t(r));
    m_hidden2.resize(std::size_t(m_output1.blocks) * kBlock);
    m_logits.resize(std::size_t(m_output2.blocks) * kBlock);
    m_condTerms.assign(std::size_t(m_config.totalLayers()) * m_fg.size(), 0.0f);
}

void WaveNetFastGenerator::reset()
{
    for (auto &q : m_queues)
        std::fill(q.begin(), q.end(), 0.0f);
    m_previousCode = -1;
    m_position = 0;
}

void WaveNetFastGenerator::multiply(const Panel &p, const float *in, float *out) const
{
    const float *base = arena() + p.offset;
    matVec(base, base + std::size_t(p.blocks) * p.inputs * kBlock, p.blocks, p.inputs, in, out);
}

void WaveNetFastGenerator::setMelFrame(const float *frame)
{
    if (!m_config.conditioned())
        return;
    const std::size_t stride = m_fg.size();
    for (std::size_t layer = 0; layer < m_cond.size(); ++layer)
        multiply(m_cond[layer], frame, m_condTerms.data() + layer * stride);
    m_haveMel = true;
}

const float *WaveNetFastGenerator::step(int code)
{
    const int r = m_config.channels;
    if (code < 0 || code >= m_config.levels)
        throw Error("WaveNet input level " + std::to_string(code) + " is outside 0.." +
                    std::to_string(m_config.levels - 1));
    if (m_config.conditioned() && !m_haveMel)
        throw Error("this WaveNet is mel-conditioned: give it a mel frame before generating");

    float *x = m_x.data();
    const float *tap1 = m_inputTap1.data() + std::size_t(code) * r;
    for (int c = 0; c < r; ++c)
        x[c] = m_inputBias[std::size_t(c)] + tap1[c];
    if (m_previousCode >= 0) {
        const float *tap0 = m_inputTap0.data() + std::size_t(m_previousCode) * r;
        for (int c = 0; c < r; ++c)
            x[c] += tap0[c];
    }
    float *skip = m_skip.data();
    std::fill(m_skip.begin(), m_skip.end(), 0.0f);
    float *stacked = m_stacked.data(), *fg = m_fg.data(), *z = m_z.data(), *rs = m_rs.data();
    const std::size_t condStride = m_fg.size();

    for (int layer = 0; layer < m_config.totalLayers(); ++layer) {
        const int d = m_config.dilation(layer);
        float *slot = m_queues[std::size_t(layer)].data() + std::size_t(m_position & (d - 1)) * r;
        // The slot holds x(t - d); it is overwritten with x(t) for the step d ahead.
        for (int c = 0; c < r; ++c) {
            stacked[c] = slot[c];
            stacked[r + c] = x[c];
            slot[c] = x[c];
        }
        multiply(m_filterGate[std::size_t(layer)], stacked, fg);
        if (m_config.conditioned()) {
            const float *cond = m_condTerms.data() + std::size_t(layer) * condStride;
            for (int c = 0; c < 2 * r; ++c)
                fg[c] += cond[c];
        }
        gatedActivation(fg, r, z);
        multiply(m_residualSkip[std::size_t(layer)], z, rs);
        for (int c = 0; c < r; ++c) {
            x[c] += rs[c];
            skip[c] += rs[r + c];
        }
    }
    float *hidden = m_hidden.data(), *hidden2 = m_hidden2.data();
    for (int c = 0; c < r; ++c)
        hidden[c] = std::max(skip[c], 0.0f);
    multiply(m_output1, hidden, hidden2);
    for (int c = 0; c < r; ++c)
        hidden2[c] = std::max(hidden2[c], 0.0f);
    multiply(m_output2, hidden2, m_logits.data());

    m_previousCode = code;
    ++m_position;
    return m_logits.data();
}

} // namespace wb
