#include "SafeTensors.h"

#include "AtomicFile.h"
#include "Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>

namespace wb {

namespace {

static_assert(sizeof(float) == 4 && std::numeric_limits<float>::is_iec559, "float32 must be IEEE 754");
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "SafeTensors assumes a little-endian host; add byte swapping for this platform"
#endif

// The Python reference refuses headers over 100 MB; a larger length is a corrupt file.
constexpr std::uint64_t kMaxHeader = 100u * 1000u * 1000u;
constexpr std::int64_t kMaxElements = std::int64_t(1) << 40;

Error bad(const std::string &source, const std::string &why)
{
    return Error("Cannot read checkpoint '" + source + "': " + why);
}

} // namespace

std::int64_t SafeTensors::Tensor::elementCount() const
{
    std::int64_t n = 1;
    for (std::int64_t d : shape)
        n *= d;
    return n;
}

void SafeTensors::insert(const std::string &name, Tensor tensor)
{
    if (name.empty() || name == "__metadata__")
        throw Error("invalid tensor name '" + name + "'");
    for (std::int64_t d : tensor.shape)
        if (d < 0)
            throw Error("tensor '" + name + "' has a negative dimension");
    if (std::int64_t(tensor.data.size()) != tensor.elementCount())
        throw Error("tensor '" + name + "' holds " + std::to_string(tensor.data.size()) +
                    " values but its shape needs " + std::to_string(tensor.elementCount()));
    m_tensors[name] = std::move(tensor);
}

const SafeTensors::Tensor &SafeTensors::at(const std::string &name) const
{
    auto it = m_tensors.find(name);
    if (it == m_tensors.end())
        throw Error("tensor '" + name + "' is missing");
    return it->second;
}

std::string SafeTensors::toBytes() const
{
    QJsonObject header;
    QJsonObject meta;
    for (const auto &[k, v] : m_metadata)
        meta.insert(QString::fromStdString(k), QString::fromStdString(v));
    header.insert(QStringLiteral("__metadata__"), meta);
    std::uint64_t offset = 0;
    for (const auto &[name, t] : m_tensors) {
        QJsonArray shape;
        for (std::int64_t d : t.shape)
            shape.append(double(d));
        const std::uint64_t size = t.data.size() * sizeof(float);
        QJsonObject entry;
        entry.insert(QStringLiteral("dtype"), QStringLiteral("F32"));
        entry.insert(QStringLiteral("shape"), shape);
        entry.insert(QStringLiteral("data_offsets"), QJsonArray{double(offset), double(offset + size)});
        header.insert(QString::fromStdString(name), entry);
        offset += size;
    }
    std::string json = QJsonDocument(header).toJson(QJsonDocument::Compact).toStdString();
    // Pad with spaces so the data starts 8-byte aligned, as the Python writer does.
    json.append((8 - (json.size() % 8)) % 8, ' ');

    std::string bytes;
    bytes.reserve(8 + json.size() + offset);
    const std::uint64_t n = json.size();
    for (int i = 0; i < 8; ++i)
        bytes.push_back(char((n >> (8 * i)) & 0xff));
    bytes += json;
    for (const auto &entry : m_tensors) {
        const auto &data = entry.second.data;
        bytes.append(reinterpret_cast<const char *>(data.data()), data.size() * sizeof(float));
    }
    return bytes;
}

SafeTensors SafeTensors::fromBytes(const std::string &bytes, const std::string &source)
{
    if (bytes.size() < 8)
        throw bad(source, "the file is too short to be safetensors");
    std::uint64_t n = 0;
    for (int i = 0; i < 8; ++i)
        n |= std::uint64_t(static_cast<unsigned char>(bytes[i])) << (8 * i);
    if (n > kMaxHeader || n > bytes.size() - 8)
        throw bad(source, "its header length (" + std::to_string(n) + " bytes) does not fit the file; "
                          "it is truncated or not safetensors");
    const QByteArray json = QByteArray::fromRawData(bytes.data() + 8, qsizetype(n));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw bad(source, "its header is not a JSON object (" + error.errorString().toStdString() + ")");
    const std::uint64_t dataSize = bytes.size() - 8 - n;
    const char *data = bytes.data() + 8 + n;

    SafeTensors out;
    const QJsonObject header = doc.object();
    for (auto it = header.begin(); it != header.end(); ++it) {
        const std::string name = it.key().toStdString();
        if (name == "__metadata__") {
            if (!it.value().isObject())
                throw bad(source, "\"__metadata__\" is not an object");
            const QJsonObject meta = it.value().toObject();
            for (auto m = meta.begin(); m != meta.end(); ++m) {
                if (!m.value().isString())
                    throw bad(source, "metadata \"" + m.key().toStdString() + "\" is not a string");
                out.m_metadata[m.key().toStdString()] = m.value().toString().toStdString();
            }
            continue;
        }
        const QJsonObject entry = it.value().toObject();
        const QString dtype = entry.value(QStringLiteral("dtype")).toString();
        if (dtype != QLatin1String("F32"))
            throw bad(source, "tensor '" + name + "' has dtype '" + dtype.toStdString() +
                                  "'; only F32 is supported");
        Tensor t;
        std::int64_t count = 1;
        const QJsonValue shapeValue = entry.value(QStringLiteral("shape"));
        if (!shapeValue.isArray())
            throw bad(source, "tensor '" + name + "' has no shape");
        for (const QJsonValue &d : shapeValue.toArray()) {
            const double v = d.toDouble(-1);
            if (!d.isDouble() || v < 0 || v != double(std::int64_t(v)) || v > double(kMaxElements))
                throw bad(source, "tensor '" + name + "' has an invalid shape");
            t.shape.push_back(std::int64_t(v));
            count *= t.shape.back();
            if (count > kMaxElements)
                throw bad(source, "tensor '" + name + "' is implausibly large");
        }
        const QJsonArray offsets = entry.value(QStringLiteral("data_offsets")).toArray();
        const double b = offsets.size() == 2 ? offsets.at(0).toDouble(-1) : -1;
        const double e = offsets.size() == 2 ? offsets.at(1).toDouble(-1) : -1;
        if (b < 0 || e < b || e > double(dataSize) || b != double(std::uint64_t(b)) ||
            e != double(std::uint64_t(e)))
            throw bad(source, "tensor '" + name + "' lies outside the file; it is truncated or corrupt");
        const std::uint64_t begin = std::uint64_t(b), end = std::uint64_t(e);
        if (end - begin != std::uint64_t(count) * sizeof(float))
            throw bad(source, "tensor '" + name + "' has " + std::to_string(end - begin) +
                                  " bytes but its shape needs " + std::to_string(count * 4));
        t.data.resize(std::size_t(count));
        if (count > 0)
            std::memcpy(t.data.data(), data + begin, std::size_t(end - begin));
        out.m_tensors.emplace(name, std::move(t));
    }
    return out;
}

void SafeTensors::save(const std::string &path) const
{
    const std::string bytes = toBytes();
    AtomicFile file(path);
    file.write(bytes.data(), bytes.size());
    file.commit();
}

SafeTensors SafeTensors::load(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("Cannot read checkpoint '" + path + "': it does not exist or is not readable");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        throw Error("Cannot read checkpoint '" + path + "': read error");
    return fromBytes(buffer.str(), path);
}

} // namespace wb
