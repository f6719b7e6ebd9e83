#include "FastSpeech2Checkpoint.h"

#include "Error.h"

#include <sstream>

namespace wb {

namespace {

constexpr const char *kFormat = "wavebench-fastspeech2";

/** A number from the metadata, read by parse (std::stoi or std::stof); wb::Error when absent or not
 * a number. */
template <typename Parse>
auto numberOf(const std::map<std::string, std::string> &m, const std::string &key,
              const std::string &source, Parse parse)
{
    const auto it = m.find(key);
    if (it == m.end())
        throw Error("'" + source + "' lacks '" + key +
                    "': not a WaveBench FastSpeech 2 checkpoint");
    try {
        return parse(it->second);
    } catch (const std::exception &) {
        throw Error("'" + source + "': '" + key + "' is not a number");
    }
}

int intOf(const std::map<std::string, std::string> &m, const std::string &key,
          const std::string &source)
{
    return numberOf(m, key, source, [](const std::string &v) { return std::stoi(v); });
}

float floatOf(const std::map<std::string, std::string> &m, const std::string &key,
              const std::string &source)
{
    return numberOf(m, key, source, [](const std::string &v) { return std::stof(v); });
}

std::string str(float v)
{
    std::ostringstream s;
    s.precision(9);
    s << v;
    return s.str();
}

} // namespace

void FastSpeech2Config::validate() const
{
    const auto in = [](int v, int lo, int hi) { return v >= lo && v <= hi; };
    if (!in(vocab, 2, 10000) || !in(dModel, 8, 1024) || !in(heads, 1, 16) || dModel % heads != 0 ||
        !in(encoderLayers, 1, 12) || !in(decoderLayers, 1, 12) || !in(ffnFilter, 8, 4096) ||
        !in(ffnKernel, 1, 15) || ffnKernel % 2 == 0 || !in(predictorFilter, 8, 2048) ||
        !in(predictorKernel, 1, 15) || predictorKernel % 2 == 0 ||
        !(dropout >= 0.0f && dropout < 0.9f) || !in(nMels, 8, 256))
        throw Error("FastSpeech 2 configuration out of range: " + describe());
}

std::string FastSpeech2Config::describe() const
{
    std::ostringstream s;
    s << "d " << dModel << ", " << heads << " heads, " << encoderLayers << "+" << decoderLayers
      << " blocks, ffn " << ffnFilter << "x" << ffnKernel << ", predictors " << predictorFilter
      << "x" << predictorKernel << ", " << nMels << " mels, " << vocab << " symbols";
    return s.str();
}

std::map<std::string, std::string> FastSpeech2Config::toMetadata() const
{
    return {{"vocab", std::to_string(vocab)},
            {"d_model", std::to_string(dModel)},
            {"heads", std::to_string(heads)},
            {"encoder_layers", std::to_string(encoderLayers)},
            {"decoder_layers", std::to_string(decoderLayers)},
            {"ffn_filter", std::to_string(ffnFilter)},
            {"ffn_kernel", std::to_string(ffnKernel)},
            {"predictor_filter", std::to_string(predictorFilter)},
            {"predictor_kernel", std::to_string(predictorKernel)},
            {"dropout", str(dropout)},
            {"n_mels", std::to_string(nMels)}};
}

FastSpeech2Config FastSpeech2Config::fromMetadata(const std::map<std::string, std::string> &m,
                                                  const std::string &source)
{
    FastSpeech2Config c;
    c.vocab = intOf(m, "vocab", source);
    c.dModel = intOf(m, "d_model", source);
    c.heads = intOf(m, "heads", source);
    c.encoderLayers = intOf(m, "encoder_layers", source);
    c.decoderLayers = intOf(m, "decoder_layers", source);
    c.ffnFilter = intOf(m, "ffn_filter", source);
    c.ffnKernel = intOf(m, "ffn_kernel", source);
    c.predictorFilter = intOf(m, "predictor_filter", source);
    c.predictorKernel = intOf(m, "predictor_kernel", source);
    c.dropout = floatOf(m, "dropout", source);
    c.nMels = intOf(m, "n_mels", source);
    c.validate();
    return c;
}

void FastSpeech2Checkpoint::save(const std::string &path) const
{
    SafeTensors t = parameters;
    t.metadata() = config.toMetadata();
    for (const auto &n : notes)
        t.metadata()["note." + n.first] = n.second;
    auto &m = t.metadata();
    m["format"] = kFormat;
    m["symbols"] = symbols.toJson();
    m["sample_rate"] = std::to_string(features.sampleRate);
    m["n_fft"] = std::to_string(features.nFft);
    m["hop"] = std::to_string(features.hop);
    m["fmax"] = str(features.fmax);
    m["log_floor"] = str(features.logFloor);
    m["pitch_mean"] = str(features.pitchMean);
    m["pitch_std"] = str(features.pitchStd);
    m["energy_mean"] = str(features.energyMean);
    m["energy_std"] = str(features.energyStd);
    const auto n = std::int64_t(features.melMean.size());
    t.insert("stats.mel_mean", {{n}, features.melMean});
    t.insert("stats.mel_std", {{n}, features.melStd});
    t.save(path);
}

FastSpeech2Checkpoint FastSpeech2Checkpoint::load(const std::string &path)
{
    SafeTensors t = SafeTensors::load(path);
    const auto &m = t.metadata();
    const auto format = m.find("format");
    if (format == m.end() || format->second != kFormat)
        throw Error("'" + path + "' is not a WaveBench FastSpeech 2 checkpoint");
    FastSpeech2Checkpoint c;
    c.config = FastSpeech2Config::fromMetadata(m, path);
    const auto symbols = m.find("symbols");
    if (symbols == m.end())
        throw Error("'" + path + "' has no symbol table");
    c.symbols = text::SymbolTable::fromJson(symbols->second);
    if (c.symbols.size() != c.config.vocab)
        throw Error("'" + path + "': its symbol table has " + std::to_string(c.symbols.size()) +
                    " symbols, the model " + std::to_string(c.config.vocab));
    TtsFeatureSpec &f = c.features;
    f.sampleRate = intOf(m, "sample_rate", path);
    f.nFft = intOf(m, "n_fft", path);
    f.hop = intOf(m, "hop", path);
    f.nMels = c.config.nMels;
    f.fmax = floatOf(m, "fmax", path);
    f.logFloor = floatOf(m, "log_floor", path);
    f.pitchMean = floatOf(m, "pitch_mean", path);
    f.pitchStd = floatOf(m, "pitch_std", path);
    f.energyMean = floatOf(m, "energy_mean", path);
    f.energyStd = floatOf(m, "energy_std", path);
    f.melMean = t.at("stats.mel_mean").data;
    f.melStd = t.at("stats.mel_std").data;
    if (int(f.melMean.size()) != f.nMels || int(f.melStd.size()) != f.nMels)
        throw Error("'" + path + "': mel statistics do not match " + std::to_string(f.nMels) +
                    " bands");
    for (const auto &kv : m)
        if (kv.first.rfind("note.", 0) == 0)
            c.notes[kv.first.substr(5)] = kv.second;
    for (const auto &kv : t.tensors())
        if (kv.first.rfind("stats.", 0) != 0)
            c.parameters.insert(kv.first, kv.second);
    return c;
}

long long FastSpeech2Checkpoint::parameterCount() const
{
    long long n = 0;
    for (const auto &kv : parameters.tensors())
        n += kv.second.elementCount();
    return n;
}

} // namespace wb
