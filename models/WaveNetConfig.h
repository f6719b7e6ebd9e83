#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace wb {

/**
 * The shape of a WaveNet: how many dilated layers per block, how many blocks,
 * the channel width, the number of mu-law levels, and (for the vocoder variant)
 * how many mel bands condition it and how many samples one mel frame covers.
 * A plain value type without torch, so widgets can show parameter counts and
 * receptive fields. Any thread. validate() throws wb::Error naming the field.
 *
 * Layer sizes, chosen so the default reproduces the course's seed exactly
 * (151,360 parameters): skip channels equal the residual channels and every
 * convolution has a bias, except the mel projections, which add to convolutions
 * that already have one.
 */
struct WaveNetConfig
{
    int layers = 10;            ///< dilations 1, 2, ..., 2^(layers-1) in each block
    int blocks = 2;             ///< times the dilation cycle repeats
    int channels = 32;          ///< residual and skip channels
    int levels = 256;           ///< mu-law quantization levels (mu = levels - 1)
    int melChannels = 0;        ///< 0: unconditioned; otherwise mel bands added in every gate
    int hopLength = 256;        ///< samples per mel frame (upsampling by repetition)

    int totalLayers() const { return layers * blocks; }
    int dilation(int layer) const { return 1 << (layer % layers); }
    int mu() const { return levels - 1; }
    bool conditioned() const { return melChannels > 0; }

    /** Throws wb::Error when a field is out of range. */
    void validate() const;

    std::int64_t parameterCount() const;
    /**
     * Samples of input that one output sees: 1 + (kernel - 1) * (sum of all
     * dilations) + (kernel - 1) for the input convolution, with kernel 2:
     * blocks * (2^layers - 1) + 2. The seed printed 2**layers (1024), the
     * span of one block alone; the default's true figure is 2048.
     */
    std::int64_t receptiveField() const;
    /** A few sentences for the GUI: the figure, how it adds up, and why the seed said otherwise. */
    std::string receptiveFieldExplanation() const;

    /** Every tensor's name and shape, in the PyTorch state_dict naming. */
    std::map<std::string, std::vector<std::int64_t>> tensorShapes() const;

    /** As strings, for a checkpoint's "__metadata__". */
    std::map<std::string, std::string> toMetadata() const;
    /** Throws wb::Error when a key is missing or not a number. */
    static WaveNetConfig fromMetadata(const std::map<std::string, std::string> &metadata);

    /** "layers 10, blocks 2, channels 32, levels 256" (plus mel fields when conditioned). */
    std::string describe() const;

    bool operator==(const WaveNetConfig &o) const;
    bool operator!=(const WaveNetConfig &o) const { return !(*this == o); }
};

} // namespace wb
