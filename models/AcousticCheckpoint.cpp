#include "AcousticCheckpoint.h"

#include "Error.h"

#include <sstream>

namespace wb {

namespace {

template <typename Parse>
auto numberOf(const std::map<std::string, std::string> &m, const std::string &key,
              const std::string &source, Parse parse)
{
    const auto it = m.find(key);
    if (it == m.end())
        throw Error("'" + source + "' lacks '" + key + "': not a WaveBench checkpoint of this kind");
    try {
        return parse(it->second);
    } catch (const std::exception &) {
        throw Error("'" + source + "': '" + key + "' is not a number");
    }
}

} // namespace

int metadataInt(const std::map<std::string, std::string> &m, const std::string &key,
                const std::string &source)
{
    return numberOf(m, key, source, [](const std::string &v) { return std::stoi(v); });
}

float metadataFloat(const std::map<std::string, std::string> &m, const std::string &key,
                    const std::string &source)
{
    return numberOf(m, key, source, [](const std::string &v) { return std::stof(v); });
}

std::string metadataText(float v)
{
    std::ostringstream s;
    s.precision(9);
    s << v;
    return s.str();
}

long long parameterCountOf(const SafeTensors &parameters)
{
    long long n = 0;
    for (const auto &kv : parameters.tensors())
        n += kv.second.elementCount();
    return n;
}

SafeTensors checkedParameters(const SafeTensors &file,
                              const std::map<std::string, std::vector<std::int64_t>> &expected,
                              const std::string &path)
{
    SafeTensors out;
    for (const auto &[name, shape] : expected) {
        const auto it = file.tensors().find(name);
        if (it == file.tensors().end())
            throw Error("'" + path + "' lacks the parameter '" + name + "'");
        if (it->second.shape != shape)
            throw Error("'" + path + "': parameter '" + name + "' has the wrong shape");
        out.insert(name, it->second);
    }
    return out;
}

void checkVocabulary(int tableSize, int modelVocab, const std::string &path)
{
    if (tableSize != modelVocab)
        throw Error("'" + path + "': its symbol table has " + std::to_string(tableSize) +
                    " symbols, the model " + std::to_string(modelVocab));
}

void AcousticCheckpointParts::save(const std::string &path, const std::string &format) const
{
    SafeTensors t = parameters;
    auto &m = t.metadata();
    m = config;
    for (const auto &n : notes)
        m["note." + n.first] = n.second;
    m["format"] = format;
    m["symbols"] = symbols.toJson();
    m["sample_rate"] = std::to_string(features.sampleRate);
    m["n_fft"] = std::to_string(features.nFft);
    m["hop"] = std::to_string(features.hop);
    m["fmax"] = metadataText(features.fmax);
    m["log_floor"] = metadataText(features.logFloor);
    m["pitch_mean"] = metadataText(features.pitchMean);
    m["pitch_std"] = metadataText(features.pitchStd);
    m["energy_mean"] = metadataText(features.energyMean);
    m["energy_std"] = metadataText(features.energyStd);
    const auto n = std::int64_t(features.melMean.size());
    t.insert("stats.mel_mean", {{n}, features.melMean});
    t.insert("stats.mel_std", {{n}, features.melStd});
    t.save(path);
}

AcousticCheckpointParts AcousticCheckpointParts::load(const std::string &path,
                                                      const std::string &format,
                                                      const std::string &modelName)
{
    SafeTensors t = SafeTensors::load(path);
    const auto &m = t.metadata();
    const auto tag = m.find("format");
    if (tag == m.end() || tag->second != format)
        throw Error("'" + path + "' is not a WaveBench " + modelName + " checkpoint" +
                    (tag != m.end() ? " (it holds " + tag->second + ")" : std::string()));
    AcousticCheckpointParts c;
    for (const auto &kv : m)
        if (kv.first.rfind("note.", 0) == 0)
            c.notes[kv.first.substr(5)] = kv.second;
        else
            c.config[kv.first] = kv.second;
    const auto symbols = m.find("symbols");
    if (symbols == m.end())
        throw Error("'" + path + "' has no symbol table");
    c.symbols = text::SymbolTable::fromJson(symbols->second);
    TtsFeatureSpec &f = c.features;
    f.sampleRate = metadataInt(m, "sample_rate", path);
    f.nFft = metadataInt(m, "n_fft", path);
    f.hop = metadataInt(m, "hop", path);
    f.nMels = metadataInt(m, "n_mels", path);
    f.fmax = metadataFloat(m, "fmax", path);
    f.logFloor = metadataFloat(m, "log_floor", path);
    f.pitchMean = metadataFloat(m, "pitch_mean", path);
    f.pitchStd = metadataFloat(m, "pitch_std", path);
    f.energyMean = metadataFloat(m, "energy_mean", path);
    f.energyStd = metadataFloat(m, "energy_std", path);
    f.melMean = t.at("stats.mel_mean").data;
    f.melStd = t.at("stats.mel_std").data;
    if (int(f.melMean.size()) != f.nMels || int(f.melStd.size()) != f.nMels)
        throw Error("'" + path + "': mel statistics do not match " + std::to_string(f.nMels) +
                    " bands");
    for (const auto &kv : t.tensors())
        if (kv.first.rfind("stats.", 0) != 0)
            c.parameters.insert(kv.first, kv.second);
    return c;
}

} // namespace wb
